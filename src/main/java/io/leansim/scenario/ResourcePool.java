package io.leansim.scenario;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A staffed pool of identical servers (counters, desks, kiosks, clerks).
 *
 * <p>Staff on duty is {@code capacity} all day, or follows {@code shifts} (non-empty: staff from
 * each run time on; 0 before the first; {@code capacity} is then the largest staff of any shift).
 * {@code serves} lists the customer types the pool may serve (empty: all). {@code costPerHour} is
 * per server on duty. {@code outages} (null: none) stop the whole pool from time to time.
 */
public record ResourcePool(
    String name, int capacity, List<Shift> shifts, List<String> serves, OptionalDouble costPerHour, Outages outages) {
  public ResourcePool {
    Objects.requireNonNull(name, "name");
    shifts = List.copyOf(shifts);
    serves = List.copyOf(serves);
    Objects.requireNonNull(costPerHour, "costPerHour");
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be >= 0, got " + capacity);
    }
    for (int i = 1; i < shifts.size(); i++) {
      if (!(shifts.get(i).from() > shifts.get(i - 1).from())) {
        throw new IllegalArgumentException("shifts must be in increasing time order");
      }
    }
    if (!shifts.isEmpty() && capacity != shifts.stream().mapToInt(Shift::staff).max().orElse(0)) {
      throw new IllegalArgumentException("with shifts, capacity is the largest staff of any shift");
    }
    if (costPerHour.isPresent() && !(costPerHour.getAsDouble() >= 0)) {
      throw new IllegalArgumentException("cost_per_hour must be >= 0");
    }
  }

  /** A pool of {@code capacity} servers all day, serving every type, without cost or outages. */
  public ResourcePool(String name, int capacity) {
    this(name, capacity, List.of(), List.of(), OptionalDouble.empty(), null);
  }

  /** A pool staffed by {@code shifts}, serving every type, without cost or outages. */
  public static ResourcePool shifts(String name, List<Shift> shifts) {
    return new ResourcePool(name, shifts.stream().mapToInt(Shift::staff).max().orElse(0), shifts, List.of(),
        OptionalDouble.empty(), null);
  }

  /**
   * This pool staffed by {@code newShifts} (non-empty, in increasing time order) instead of its
   * capacity or shifts; {@code capacity} becomes their largest staff. Serves, cost and outages stay.
   */
  public ResourcePool withShifts(List<Shift> newShifts) {
    if (newShifts.isEmpty()) {
      throw new IllegalArgumentException("needs at least one shift");
    }
    return new ResourcePool(name, newShifts.stream().mapToInt(Shift::staff).max().orElse(0), newShifts, serves,
        costPerHour, outages);
  }

  /** Whether this pool may serve customers of {@code type}. */
  public boolean serves(String type) {
    return serves.isEmpty() || serves.contains(type);
  }

  /** From run time {@code from} on (until the next shift), {@code staff} servers are on duty. */
  public record Shift(double from, int staff) {
    public Shift {
      if (!Double.isFinite(from)) {
        throw new IllegalArgumentException("from must be finite");
      }
      if (staff < 0) {
        throw new IllegalArgumentException("staff must be >= 0");
      }
    }
  }

  /**
   * Outages of the whole pool: the time from the end of one outage (or the start of the run) to the
   * start of the next is {@code every}; each lasts {@code duration}. Service in progress pauses and
   * resumes afterwards.
   */
  public record Outages(DistSpec every, DistSpec duration) {
    public Outages {
      Objects.requireNonNull(every, "every");
      Objects.requireNonNull(duration, "duration");
    }
  }
}
