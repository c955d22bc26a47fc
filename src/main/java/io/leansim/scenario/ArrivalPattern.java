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
   * Appointments: one customer per slot of {@code slots} (slots at or after the horizon never
   * come); each comes {@code jitter} off its slot (null: on time; a draw below 0 is early, and an
   * arrival before run time 0 is clamped at 0, the opening) unless it is a no-show (probability
   * {@code noShow}).
   */
  record Appointments(Slots slots, DistSpec jitter, double noShow) implements ArrivalPattern {
    public Appointments {
      Objects.requireNonNull(slots, "slots");
      if (!(noShow >= 0 && noShow < 1)) {
        throw new IllegalArgumentException("no_show must be in [0, 1)");
      }
    }

    /** One appointment every {@code every} time units from {@code start} on (to the horizon). */
    public Appointments(double every, double start, DistSpec jitter, double noShow) {
      this(new Every(every, start, Double.POSITIVE_INFINITY), jitter, noShow);
    }
  }

  /** The slot times of an appointment stream, in run time, in order. */
  sealed interface Slots permits Every, Listed {
    /**
     * The number of slots in [{@code from}, {@code to}), a double: a tiny interval over a long
     * window makes more than a {@code long} counts.
     */
    double count(double from, double to);

    /** The slot times before {@code to}, in order (call {@link #count} first to bound it). */
    double[] before(double to);
  }

  /**
   * A slot every {@code every} time units from {@code start}, the last one strictly before {@code
   * until} (the end of the block; infinite for none: slots go on to the horizon). Slot k is at
   * {@code start + k * every}, computed so, never by accumulation.
   */
  record Every(double every, double start, double until) implements Slots {
    public Every {
      if (!(every > 0) || Double.isInfinite(every)) {
        throw new IllegalArgumentException("every must be > 0");
      }
      if (!(start >= 0) || Double.isInfinite(start)) {
        throw new IllegalArgumentException("start must be >= 0");
      }
      if (!(until > start)) {
        throw new IllegalArgumentException("until must be after start, got " + until + " <= " + start);
      }
    }

    /** Whether the block ends before the horizon ({@code until} given). */
    public boolean ends() {
      return until != Double.POSITIVE_INFINITY;
    }

    public double count(double from, double to) {
      return Math.max(0, index(Math.min(to, until)) - index(from));
    }

    public double[] before(double to) {
      int n = (int) count(0, to);
      double[] out = new double[n];
      for (int k = 0; k < n; k++) {
        out[k] = start + k * every;
      }
      return out;
    }

    /**
     * The number of slots before {@code x}: the least k >= 0 with {@code start + k * every >= x},
     * exact for the slot times as computed (the quotient is corrected by one either way when it
     * rounded), up to 2^53 slots.
     */
    private double index(double x) {
      if (x <= start) {
        return 0;
      }
      double k = Math.ceil((x - start) / every);
      if (k < 0x1p53) {
        while (k > 0 && start + (k - 1) * every >= x) {
          k--;
        }
        while (start + k * every < x) {
          k++;
        }
      }
      return k;
    }
  }

  /**
   * Slots at listed run times, in order (a time listed twice is two appointments at that time):
   * {@code slots: ["09:30", "09:45"]}.
   */
  record Listed(List<Double> times) implements Slots {
    public Listed {
      times = List.copyOf(times);
      if (times.isEmpty()) {
        throw new IllegalArgumentException("a slot list needs at least one slot");
      }
      for (int i = 0; i < times.size(); i++) {
        double t = times.get(i);
        if (!(t >= 0) || Double.isInfinite(t) || (i > 0 && t < times.get(i - 1))) {
          throw new IllegalArgumentException("slots must be finite times >= 0 in time order, got " + times);
        }
      }
    }

    public double count(double from, double to) {
      return times.stream().filter(t -> t >= from && t < to).count();
    }

    public double[] before(double to) {
      return times.stream().mapToDouble(Double::doubleValue).filter(t -> t < to).toArray();
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
