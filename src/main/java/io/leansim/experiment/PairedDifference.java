package io.leansim.experiment;

import io.leansim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;

/**
 * A variant against the baseline on one figure: both means (over all their replications), the
 * mean of the paired differences variant − baseline (replication by replication: under common
 * random numbers replication k of both saw the same customers), its 95% Student-t half-width, the
 * relative change diff / |baseline|, and whether the difference is significant at 95% (the
 * interval excludes 0). {@code n} counts the pairs where both defined the figure.
 */
public record PairedDifference(
    double baseline, double variant, double diff, double halfWidth, double relative, boolean significant, int n) {

  /** The paired difference of per-replication values (index-aligned; NaN values skip their pair). */
  public static PairedDifference of(double baselineMean, double variantMean, List<Double> base, List<Double> var) {
    List<Double> d = new ArrayList<>();
    for (int r = 0; r < Math.min(base.size(), var.size()); r++) {
      double b = base.get(r);
      double v = var.get(r);
      if (!Double.isNaN(b) && !Double.isNaN(v)) {
        d.add(v - b);
      }
    }
    Estimate e = Estimate.of(d);
    double relative = baselineMean == 0 || Double.isNaN(baselineMean) ? Double.NaN : e.mean() / Math.abs(baselineMean);
    boolean significant = e.n() >= 2 && Math.abs(e.mean()) > e.halfWidth();
    return new PairedDifference(baselineMean, variantMean, e.mean(), e.halfWidth(), relative, significant, e.n());
  }
}
