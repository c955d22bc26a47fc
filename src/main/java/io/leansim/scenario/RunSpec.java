package io.leansim.scenario;

import java.util.Objects;

/**
 * How to run a scenario. {@code horizon}: arrivals stop at this run time (doors close). {@code
 * drain}: whether customers inside at the horizon are still served. {@code warmup}: statistics
 * discard customers who arrive before it and time before it. {@code seed} fixes every random number.
 * {@code precision} (null: none): add replications until a metric is precise enough.
 */
public record RunSpec(double horizon, boolean drain, double warmup, int replications, long seed, Precision precision) {
  /** Default number of replications. */
  public static final int DEFAULT_REPLICATIONS = 10;

  public RunSpec {
    if (!(horizon > 0) || Double.isInfinite(horizon)) {
      throw new IllegalArgumentException("horizon must be > 0");
    }
    if (!(warmup >= 0 && warmup < horizon)) {
      throw new IllegalArgumentException("warmup must be in [0, horizon)");
    }
    if (replications < 1) {
      throw new IllegalArgumentException("replications must be >= 1");
    }
    if (precision != null && precision.maxReplications() < replications) {
      throw new IllegalArgumentException("max_replications must be >= replications");
    }
  }

  /** A run without a precision target. */
  public RunSpec(double horizon, boolean drain, double warmup, int replications, long seed) {
    this(horizon, drain, warmup, replications, seed, null);
  }

  /** The same run with {@code n} replications (a precision target's maximum grows to at least n). */
  public RunSpec withReplications(int n) {
    Precision p = precision == null || precision.maxReplications() >= n ? precision
        : new Precision(precision.metric(), precision.relative(), n);
    return new RunSpec(horizon, drain, warmup, n, seed, p);
  }

  /** The same run with another seed. */
  public RunSpec withSeed(long s) {
    return new RunSpec(horizon, drain, warmup, replications, s, precision);
  }

  /**
   * Sequential precision: after the first {@code replications}, keep adding replications until the
   * 95% half-width of the overall {@code metric} is at most {@code relative} times its mean, or
   * {@code maxReplications} have run.
   */
  public record Precision(String metric, double relative, int maxReplications) {
    public Precision {
      Objects.requireNonNull(metric, "metric");
      if (!(relative > 0) || Double.isInfinite(relative)) {
        throw new IllegalArgumentException("relative must be > 0");
      }
      if (maxReplications < 2) {
        throw new IllegalArgumentException("max_replications must be >= 2");
      }
    }
  }
}
