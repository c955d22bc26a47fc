package io.leansim.engine;

import umontreal.ssj.simevents.Accumulate;

/**
 * The time-average of a piecewise-constant quantity (queue length, busy servers, customers in the
 * system), on SSJ's {@link Accumulate} bound to its replication's simulator.
 */
public final class TimeAverage {
  private final Accumulate acc;

  TimeAverage(Accumulate acc) {
    this.acc = acc;
    acc.init(0);
  }

  /** The quantity takes value {@code x} from now on. */
  public void update(double x) {
    acc.update(x);
  }

  /** Forgets the past: the average restarts now from the current value (end of warm-up). */
  public void restart() {
    acc.init(acc.getLastValue());
  }

  /** The current value. */
  public double current() {
    return acc.getLastValue();
  }

  /** Time-average since the last restart, up to now. */
  public double average() {
    return acc.average();
  }

  /** Integral over time since the last restart, up to now. */
  public double area() {
    acc.update(acc.getLastValue());
    return acc.sum();
  }

  /** Largest value since the last restart. */
  public double max() {
    return acc.max();
  }
}
