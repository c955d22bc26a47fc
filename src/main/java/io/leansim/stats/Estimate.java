package io.leansim.stats;

import java.util.List;
import umontreal.ssj.stat.Tally;

/**
 * A figure estimated over replications: the mean of the per-replication values, the half-width
 * of its 95% Student-t confidence interval (0 with a single value), and the smallest and largest
 * value. {@code n} counts the replications where the figure was defined; with n = 0 every field
 * is NaN.
 */
public record Estimate(double mean, double halfWidth, double min, double max, int n) {
  /** Confidence level of every half-width. */
  public static final double LEVEL = 0.95;

  /** The estimate from per-replication {@code values} in replication order; NaN values are skipped. */
  public static Estimate of(List<Double> values) {
    Tally tally = new Tally();
    for (double v : values) {
      if (!Double.isNaN(v)) {
        tally.add(v);
      }
    }
    int n = tally.numberObs();
    if (n == 0) {
      return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
    }
    double half = 0;
    if (n > 1) {
      double[] ci = new double[2];
      tally.confidenceIntervalStudent(LEVEL, ci);
      half = ci[1];
    }
    return new Estimate(tally.average(), half, tally.min(), tally.max(), n);
  }

  /** The lower end of the 95% confidence interval (NaN without one). */
  public double low() {
    return mean - halfWidth;
  }

  /** The upper end of the 95% confidence interval (NaN without one). */
  public double high() {
    return mean + halfWidth;
  }

  /** Whether {@code x} lies within mean ± k half-widths. */
  public boolean covers(double x, double k) {
    return Math.abs(x - mean) <= k * halfWidth;
  }
}
