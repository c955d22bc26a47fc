package io.leansim.scenario;

import java.util.OptionalDouble;

/** Service targets: {@code waitWithin} defines the service level (share waiting at most that long). */
public record Targets(OptionalDouble waitWithin) {
  /** No target. */
  public static final Targets NONE = new Targets(OptionalDouble.empty());

  public Targets {
    if (waitWithin.isPresent() && !(waitWithin.getAsDouble() >= 0)) {
      throw new IllegalArgumentException("wait_within must be >= 0");
    }
  }
}
