package io.leansim.model;

import io.leansim.engine.Kernel;
import io.leansim.engine.Sampler;
import io.leansim.engine.Samplers;
import io.leansim.engine.Uniforms;
import io.leansim.scenario.ArrivalPattern;
import io.leansim.scenario.ArrivalStream;
import io.leansim.scenario.DistSpec;
import java.util.Arrays;
import java.util.List;

/**
 * One arrival stream at run time. Each arrival event brings a group of customers ({@code batch},
 * default 1). Arrival epochs and batch sizes come from the stream's own random stream; customer
 * types from each customer's own substream (or from the record, for a replay). Arrivals stop at
 * the horizon.
 */
abstract class ArrivalSource extends Kernel.Action {
  private static final Sampler UNIT_EXPONENTIAL = Samplers.of(new DistSpec.Exponential(1));
  /**
   * Appointment slots of one stream in one replication, at most: they are laid out before the run
   * (8 bytes each), so a slot interval far below any real one ({@code every: 1e-300}) stops as an
   * unstable system instead of exhausting memory.
   */
  static final int MAX_APPOINTMENTS = 10_000_000;

  final ServiceSystem system;
  final int index;
  final double horizon;
  final Uniforms epochs;
  private final Sampler batch;
  private final int[] mixTypes;
  private final double[] mixCumulative;

  ArrivalSource(ServiceSystem system, int index, ArrivalStream spec, double horizon, Uniforms epochs) {
    super(system.kernel());
    this.system = system;
    this.index = index;
    this.horizon = horizon;
    this.epochs = epochs;
    this.batch = spec.batch() == null ? null : Samplers.of(spec.batch());
    int types = system.scenario().customers().size();
    int n = (int) spec.mix().values().stream().filter(p -> p > 0).count();
    this.mixTypes = new int[n];
    this.mixCumulative = new double[n];
    int i = 0;
    double cum = 0;
    // Fixed order (the scenario's customer order), so a uniform maps to the same type everywhere.
    for (int type = 0; type < types; type++) {
      double p = spec.probability(system.typeName(type));
      if (p > 0) {
        cum += p;
        mixTypes[i] = type;
        mixCumulative[i] = cum;
        i++;
      }
    }
  }

  /** The arrival source of {@code spec}. */
  static ArrivalSource of(ServiceSystem system, int index, ArrivalStream spec, double horizon, Uniforms epochs) {
    ArrivalPattern p = spec.pattern();
    if (p instanceof ArrivalPattern.Poisson poisson) {
      return new PoissonSource(system, index, spec, horizon, epochs, poisson.periods());
    } else if (p instanceof ArrivalPattern.Appointments a) {
      return new ListSource(system, index, spec, horizon, epochs, appointments(spec.name(), a, horizon, epochs), null);
    } else if (p instanceof ArrivalPattern.Replay r) {
      double[] times = r.arrivals().stream().mapToDouble(ArrivalPattern.RecordedArrival::time).toArray();
      int[] types = r.arrivals().stream().mapToInt(x -> system.typeIndex(x.type())).toArray();
      return new ListSource(system, index, spec, horizon, epochs, times, types);
    }
    throw new AssertionError("no arrival source for " + p.getClass().getSimpleName());
  }

  /** Index of this stream in the scenario's arrival list. */
  int index() {
    return index;
  }

  /** Schedules the first arrival, if any comes before the horizon. */
  abstract void start();

  /** Brings one arrival's group; {@code type} is -1 to draw each customer's type from the mix. */
  final void arrive(int type) {
    int size = batch == null ? 1 : (int) Math.max(1, Math.round(batch.sample(epochs.next())));
    for (int k = 0; k < size; k++) {
      system.arrive(this, type);
    }
  }

  /** Whether the mix has several types, so that the type is drawn (else {@link #typeFor} ignores its uniform). */
  boolean mixed() {
    return mixTypes.length > 1;
  }

  /** The customer type for uniform {@code u}: inversion of the mix's cumulative probabilities. */
  int typeFor(double u) {
    for (int i = 0; i < mixCumulative.length - 1; i++) {
      if (u < mixCumulative[i]) {
        return mixTypes[i];
      }
    }
    return mixTypes[mixTypes.length - 1];
  }

  /**
   * Appointment arrival times, in time order: per slot before the horizon, in slot order, two
   * uniforms are always drawn (no-show, then lateness), so slot k draws the same two numbers in
   * every variant (common random numbers) whatever its law of lateness or chance of no-show. An
   * arrival is its slot plus its lateness (signed: below 0 is early), clamped at time 0 (the
   * opening) and dropped at or after the horizon (doors closed). The times are sorted: an early
   * customer of one slot may come before a late one of the slot before.
   */
  static double[] appointments(String stream, ArrivalPattern.Appointments a, double horizon, Uniforms epochs) {
    Sampler jitter = a.jitter() == null ? null : Samplers.signed(a.jitter());
    double count = a.slots().count(0, horizon);
    if (count > MAX_APPOINTMENTS) {
      String every = a.slots() instanceof ArrivalPattern.Every e ? " (every " + e.every() + ")" : "";
      throw new UnstableSystemException(String.format(java.util.Locale.ROOT,
          "the system is unstable: the appointments of stream '%s'%s make %.3g slots before the horizon,"
              + " more than %,d in one replication; make 'every' longer or the horizon shorter",
          stream, every, count, MAX_APPOINTMENTS));
    }
    double[] slots = a.slots().before(horizon);
    double[] times = new double[slots.length];
    int n = 0;
    for (double slot : slots) {
      double uShow = epochs.next();
      double uLate = epochs.next();
      if (uShow < a.noShow()) {
        continue;
      }
      double t = Math.max(0, slot + (jitter == null ? 0 : jitter.sample(uLate)));
      if (t < horizon) {
        times[n++] = t;
      }
    }
    double[] kept = Arrays.copyOf(times, n);
    Arrays.sort(kept);
    return kept;
  }

  /**
   * A Poisson stream with a piecewise-constant rate (times the stream's {@code scale}), by
   * inversion of its cumulative rate.
   */
  private static final class PoissonSource extends ArrivalSource {
    private final double[] from;
    private final double[] rate;
    private double t;
    private int period = -1;

    PoissonSource(ServiceSystem system, int index, ArrivalStream spec, double horizon, Uniforms epochs,
        List<ArrivalPattern.RatePeriod> periods) {
      super(system, index, spec, horizon, epochs);
      this.from = periods.stream().mapToDouble(ArrivalPattern.RatePeriod::from).toArray();
      // Scaling the rate keeps one uniform per arrival: a scaled variant is paired with its baseline.
      this.rate = periods.stream().mapToDouble(p -> p.rate() * spec.scale()).toArray();
    }

    @Override
    void start() {
      scheduleNext();
    }

    @Override
    protected void fire() {
      arrive(-1);
      scheduleNext();
    }

    /** Each gap is a unit exponential on the cumulative-rate scale: one uniform per arrival. */
    private void scheduleNext() {
      double remaining = UNIT_EXPONENTIAL.sample(epochs.next());
      while (true) {
        double r = period < 0 ? 0 : rate[period];
        double end = period + 1 < from.length ? Math.min(from[period + 1], horizon) : horizon;
        if (r > 0 && remaining < r * (end - t)) {
          t += remaining / r;
          schedule(t - system.kernel().now());
          return;
        }
        remaining -= r * (end - t);
        t = end;
        if (t >= horizon) {
          return;
        }
        period++;
      }
    }
  }

  /** Arrivals at listed times (appointments, or a replayed record with its types). */
  private static final class ListSource extends ArrivalSource {
    private final double[] times;
    private final int[] types;
    private int next;

    ListSource(ServiceSystem system, int index, ArrivalStream spec, double horizon, Uniforms epochs,
        double[] times, int[] types) {
      super(system, index, spec, horizon, epochs);
      this.times = times;
      this.types = types;
    }

    @Override
    void start() {
      scheduleNext();
    }

    @Override
    protected void fire() {
      arrive(types == null ? -1 : types[next]);
      next++;
      scheduleNext();
    }

    private void scheduleNext() {
      if (next < times.length && times[next] < horizon) {
        schedule(times[next] - system.kernel().now());
      }
    }
  }
}
