package io.leansim.scenario;

/**
 * How to run a scenario. {@code horizon}: arrivals stop at this run time (doors close). {@code
 * drain}: whether customers inside at the horizon are still served. {@code warmup}: statistics
 * discard customers who arrive before it and time before it. {@code seed} fixes every random number.
 */
public record RunSpec(double horizon, boolean drain, double warmup, int replications, long seed) {
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
  }

  /** The same run with {@code n} replications. */
  public RunSpec withReplications(int n) {
    return new RunSpec(horizon, drain, warmup, n, seed);
  }

  /** The same run with another seed. */
  public RunSpec withSeed(long s) {
    return new RunSpec(horizon, drain, warmup, replications, s);
  }
}
