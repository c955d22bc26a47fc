package io.leansim.scenario;

import java.util.Objects;

/** A staffed pool of {@code capacity} identical servers (counters, desks, kiosks, clerks). */
public record ResourcePool(String name, int capacity) {
  public ResourcePool {
    Objects.requireNonNull(name, "name");
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be >= 0, got " + capacity);
    }
  }
}
