package io.leansim.experiment;

import io.leansim.scenario.RunSpec;
import io.leansim.stats.Estimate;

/**
 * Where a run with a precision target stands: the metric, the target relative half-width, the
 * relative half-width reached ({@code halfWidth / |mean|}), whether the target is met, and how
 * many replications the next round asks for (a deterministic function of the estimate: the usual
 * n (h/target)^2 projection, at least one more, at most the maximum).
 */
public record PrecisionOutcome(
    String metric, double target, double reached, boolean met, int replications, int maxReplications,
    int replicationsWanted) {

  /** The outcome after {@code n} replications whose overall {@code metric} is {@code e}. */
  public static PrecisionOutcome of(RunSpec.Precision p, Estimate e, int n) {
    double reached = e == null || e.n() < 2 || e.mean() == 0 ? Double.POSITIVE_INFINITY
        : e.halfWidth() / Math.abs(e.mean());
    boolean met = reached <= p.relative();
    int wanted;
    if (met) {
      wanted = n;
    } else if (Double.isInfinite(reached)) {
      wanted = Math.min(p.maxReplications(), 2 * n);
    } else {
      double projected = Math.ceil(n * (reached / p.relative()) * (reached / p.relative()));
      wanted = (int) Math.min(p.maxReplications(), Math.max(n + 1, Math.min(projected, 4.0 * n)));
    }
    return new PrecisionOutcome(p.metric(), p.relative(), reached, met, n, p.maxReplications(), wanted);
  }
}
