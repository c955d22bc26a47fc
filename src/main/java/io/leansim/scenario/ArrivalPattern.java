package io.leansim.scenario;

import java.util.List;
import java.util.Objects;

/** When the customers of one arrival stream come. Rates are per time unit, times are run times. */
public sealed interface ArrivalPattern
    permits ArrivalPattern.Poisson, ArrivalPattern.Appointments, ArrivalPattern.Replay {

  /** A Poisson stream with a piecewise-constant rate ({@code rate} or {@code schedule}). */
  sealed interface Poisson extends ArrivalPattern permits PoissonRate, PoissonSchedule {
    /**
     * The periods of the rate, ordered by start time. A constant rate is one period from run time
     * 0. Before the first period the rate is 0.
     */
    List<RatePeriod> periods();
  }

  /** A Poisson stream at a constant {@code rate} per time unit. */
  record PoissonRate(double rate) implements Poisson {
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
  record PoissonSchedule(List<RatePeriod> periods) implements Poisson {
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

  /**
   * Appointments: one every {@code every} time units from {@code start} until the horizon; each
   * comes {@code jitter} late (null: on time; negative draws mean early, the arrival time is
   * clamped at 0) unless it is a no-show (probability {@code noShow}).
   */
  record Appointments(double every, double start, DistSpec jitter, double noShow) implements ArrivalPattern {
    public Appointments {
      if (!(every > 0) || Double.isInfinite(every)) {
        throw new IllegalArgumentException("every must be > 0");
      }
      if (!(start >= 0) || Double.isInfinite(start)) {
        throw new IllegalArgumentException("start must be >= 0");
      }
      if (!(noShow >= 0 && noShow < 1)) {
        throw new IllegalArgumentException("no_show must be in [0, 1)");
      }
    }
  }

  /** Observed arrivals replayed as recorded: each at its run time, with its type. */
  record Replay(String file, List<RecordedArrival> arrivals) implements ArrivalPattern {
    public Replay {
      Objects.requireNonNull(file, "file");
      arrivals = List.copyOf(arrivals);
      for (int i = 1; i < arrivals.size(); i++) {
        if (arrivals.get(i).time() < arrivals.get(i - 1).time()) {
          throw new IllegalArgumentException("recorded arrivals must be in time order");
        }
      }
    }
  }

  /** One observed arrival: run time and customer type. */
  record RecordedArrival(double time, String type) {
    public RecordedArrival {
      if (!(time >= 0) || Double.isInfinite(time)) {
        throw new IllegalArgumentException("time must be >= 0");
      }
      Objects.requireNonNull(type, "type");
    }
  }
}
