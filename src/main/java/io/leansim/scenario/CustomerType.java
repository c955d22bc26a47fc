package io.leansim.scenario;

import java.util.Objects;

/**
 * A customer type. {@code priority} is an integer >= 1 (1 is called first where a step's
 * discipline is priority or preemptive), or {@link #NO_PRIORITY} when the file gives none: such
 * types rank last. {@code patience} (null: infinitely patient) is how long a customer of this type
 * waits in a queue before giving up and leaving, per queue visit, from joining.
 */
public record CustomerType(String name, int priority, DistSpec patience) {
  /** The rank of a type without {@code priority}: after every numbered priority. */
  public static final int NO_PRIORITY = Integer.MAX_VALUE;

  public CustomerType {
    Objects.requireNonNull(name, "name");
    if (priority < 1) {
      throw new IllegalArgumentException("priority must be >= 1, got " + priority);
    }
  }

  /** A type with a priority and unlimited patience. */
  public CustomerType(String name, int priority) {
    this(name, priority, null);
  }

  /** A type without priority. */
  public static CustomerType of(String name) {
    return new CustomerType(name, NO_PRIORITY, null);
  }

  /** Whether the file gave this type a priority. */
  public boolean hasPriority() {
    return priority != NO_PRIORITY;
  }
}
