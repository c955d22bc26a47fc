package io.leansim.scenario;

import java.util.Objects;

/**
 * A customer type. {@code priority} is an integer >= 1 (1 is called first where a step's
 * discipline is priority), or {@link #NO_PRIORITY} when the file gives none: such types rank last.
 */
public record CustomerType(String name, int priority) {
  /** The rank of a type without {@code priority}: after every numbered priority. */
  public static final int NO_PRIORITY = Integer.MAX_VALUE;

  public CustomerType {
    Objects.requireNonNull(name, "name");
    if (priority < 1) {
      throw new IllegalArgumentException("priority must be >= 1, got " + priority);
    }
  }

  /** A type without priority. */
  public static CustomerType of(String name) {
    return new CustomerType(name, NO_PRIORITY);
  }

  /** Whether the file gave this type a priority. */
  public boolean hasPriority() {
    return priority != NO_PRIORITY;
  }
}
