package io.leansim.experiment;

import io.leansim.scenario.RunSpec;
import io.leansim.stats.Estimate;
import io.leansim.stats.Metric.Scope;
import io.leansim.stats.ReplicationStats;
import java.util.List;

/**
 * Where a run with a precision target stands (docs/statistics.md). The target {@code target} is a
 * relative error γ: the estimate should lie within γ of the truth with 95% confidence. Following
 * Law (Simulation Modeling and Analysis, 5th ed., 9.4.1) that holds once the half-width is at most
 * γ / (1 + γ) of the estimate; {@code reached} is the relative error the half-width now vouches for,
 * h / (|x| − h) (infinite without an interval or when h ≥ |x|), and the target is {@code met} when
 * it is at most γ.
 *
 * <p>In a comparison ({@code difference}), the target bounds what is judged: for every variant, the
 * half-width of its paired difference from the baseline on the figure, relative to the baseline's
 * estimate; all jobs run the same replications. {@code replicationsWanted} is how many replications
 * the next round asks for: the usual n (h / target)² projection, at least one more, at most the
 * maximum (a deterministic function of the replications so far).
 */
public record PrecisionOutcome(
    String metric, double target, double reached, boolean met, int replications, int maxReplications,
    int replicationsWanted, boolean difference) {

  /** The half-width, relative to the estimate, at which the relative error {@code gamma} is vouched for: γ / (1 + γ). */
  public static double halfWidthFor(double gamma) {
    return gamma / (1 + gamma);
  }

  /**
   * The outcome of {@code jobs} (the first the baseline) after the replications {@code reps} (per job,
   * all of the same length): on the overall figure {@code p.metric()} of the baseline alone, or on the
   * differences of every variant from it.
   */
  static PrecisionOutcome of(RunSpec.Precision p, List<Experiment.Job> jobs, List<List<ReplicationStats>> reps) {
    Estimators.Run base = Estimators.Run.of(reps.get(0));
    Estimate b = Estimators.estimates(base, Scope.OVERALL, "").get(p.metric());
    double relative;
    if (jobs.size() == 1) {
      relative = b == null || !b.hasInterval() || b.mean() == 0 ? Double.POSITIVE_INFINITY
          : b.halfWidth() / Math.abs(b.mean());
    } else {
      relative = 0;
      for (int j = 1; j < jobs.size(); j++) {
        Estimators.Run run = Estimators.Run.of(reps.get(j));
        Estimate v = Estimators.estimates(run, Scope.OVERALL, "").get(p.metric());
        PairedDifference d = b == null || v == null ? null
            : Estimators.difference(base, run, Scope.OVERALL, "", p.metric(), b, v);
        relative = Math.max(relative, d == null || Double.isNaN(d.halfWidth()) || b.mean() == 0
            ? Double.POSITIVE_INFINITY : d.halfWidth() / Math.abs(b.mean()));
      }
    }
    return of(p, relative, reps.get(0).size(), jobs.size() > 1);
  }

  /**
   * The outcome after {@code n} replications whose half-width is {@code relative} times the estimate
   * (the baseline's, in a comparison).
   */
  public static PrecisionOutcome of(RunSpec.Precision p, double relative, int n, boolean difference) {
    double allowed = halfWidthFor(p.relative());
    double reached = relative < 1 ? relative / (1 - relative) : Double.POSITIVE_INFINITY;
    boolean met = relative <= allowed;
    int wanted;
    if (met) {
      wanted = n;
    } else if (Double.isInfinite(relative) || Double.isNaN(relative)) {
      wanted = Math.min(p.maxReplications(), 2 * n);
    } else {
      double projected = Math.ceil(n * (relative / allowed) * (relative / allowed));
      wanted = (int) Math.min(p.maxReplications(), Math.max(n + 1, Math.min(projected, 4.0 * n)));
    }
    return new PrecisionOutcome(p.metric(), p.relative(), reached, met, n, p.maxReplications(), wanted, difference);
  }
}
