package io.leansim.scenario;

import java.util.List;

/** When the customers of one arrival stream come. Rates are per time unit. */
public sealed interface ArrivalPattern permits ArrivalPattern.PoissonRate, ArrivalPattern.PoissonSchedule {

  /**
   * The piecewise-constant Poisson rate this pattern follows, as periods ordered by start time. A
   * constant rate is one period from run time 0. Before the first period the rate is 0.
   */
  List<RatePeriod> periods();

  /** A Poisson stream at a constant {@code rate} per time unit. */
  record PoissonRate(double rate) implements ArrivalPattern {
    public PoissonRate {
      if (!(rate >= 0) || Double.isInfinite(rate)) {
        throw new IllegalArgumentException("rate must be >= 0, got " + rate);
      }
    }

    public List<RatePeriod> periods() {
      return List.of(new RatePeriod(0, rate));
    }
  }

  /** A non-homogeneous Poisson stream with a piecewise-constant rate by time of day. */
  record PoissonSchedule(List<RatePeriod> periods) implements ArrivalPattern {
    public PoissonSchedule {
      periods = List.copyOf(periods);
      if (periods.isEmpty()) {
        throw new IllegalArgumentException("a schedule needs at least one period");
      }
      for (int i = 1; i < periods.size(); i++) {
        if (!(periods.get(i).from() > periods.get(i - 1).from())) {
          throw new IllegalArgumentException("schedule periods must be in increasing time order");
        }
      }
    }
  }

  /** From run time {@code from} on (until the next period), customers arrive at {@code rate}. */
  record RatePeriod(double from, double rate) {
    public RatePeriod {
      if (!Double.isFinite(from)) {
        throw new IllegalArgumentException("from must be finite");
      }
      if (!(rate >= 0) || Double.isInfinite(rate)) {
        throw new IllegalArgumentException("rate must be >= 0, got " + rate);
      }
    }
  }
}
