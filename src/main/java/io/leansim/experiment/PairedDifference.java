package io.leansim.experiment;

import io.leansim.stats.Estimate;
import java.util.List;
import umontreal.ssj.stat.Tally;

/**
 * A variant against the baseline on one figure: both estimates, the difference variant − baseline
 * with its 95% Student-t half-width from the replications paired by index (under common random
 * numbers replication k of both saw the same customers), the relative change diff / |baseline|, the
 * two-sided p-value of "no difference" ({@code pValue}, raw), the p-value adjusted for every
 * comparison made together ({@code pAdjusted}, Holm's method over the whole comparison: see
 * {@link Comparison}), and {@code significant}: the adjusted decision at 5%. {@code n} counts the
 * pairs. A figure the variant does not change (its paired differences all 0, or within rounding of
 * 0: a billionth of the figure, such as the arrivals under common random numbers, or a value-added
 * time summed in another order) is not a test: its p-values are NaN and it is never significant;
 * so is a difference from fewer than 2 pairs (no interval: half-width NaN).
 */
public record PairedDifference(
    double baseline, double variant, double diff, double halfWidth, double relative, double pValue,
    double pAdjusted, boolean significant, int n) {

  /** Differences within this share of the figure are rounding, not change (sums in another order). */
  private static final double ROUNDING = 1e-9;

  private static double finite(double x) {
    return Double.isFinite(x) ? Math.abs(x) : 0;
  }

  /** The family-wise error rate of the marks: 5%, the complement of {@link Estimate#LEVEL}. */
  public static final double ALPHA = 1 - Estimate.LEVEL;

  /**
   * The difference {@code diff} (NaN: the mean of the contributions) with its interval and p-value
   * from the paired per-replication {@code contributions}: the differences of the replications'
   * values, or of their linearised ratios; their sample standard deviation / √n is the standard
   * error. Not yet adjusted: {@code pAdjusted} is the raw p-value and {@code significant} the
   * single test's decision until {@link #adjusted} says otherwise.
   */
  static PairedDifference of(double baselineMean, double variantMean, double diff, List<Double> contributions) {
    Tally t = new Tally();
    double rounding = ROUNDING * Math.max(finite(baselineMean), finite(variantMean));
    boolean allZero = Double.isNaN(diff) || Math.abs(diff) <= rounding;
    for (double c : contributions) {
      t.add(c);
      allZero &= Math.abs(c) <= rounding;
    }
    int n = t.numberObs();
    double centre = Double.isNaN(diff) ? (n == 0 ? Double.NaN : t.average()) : diff;
    double relative = baselineMean == 0 || Double.isNaN(baselineMean) || Double.isNaN(centre) ? Double.NaN
        : centre / Math.abs(baselineMean);
    if (n < 2) {
      return new PairedDifference(baselineMean, variantMean, centre, Double.NaN, relative, Double.NaN, Double.NaN,
          false, n);
    }
    double se = t.standardDeviation() / Math.sqrt(n);
    double half = Estimate.critical(n) * se;
    double p;
    if (allZero) {
      p = Double.NaN; // nothing to test: the variant does not change the figure
    } else if (se > 0) {
      p = Estimators.pValue(centre / se, n - 1);
    } else {
      p = centre == 0 ? 1 : 0;
    }
    return new PairedDifference(baselineMean, variantMean, centre, half, relative, p, p, p < ALPHA, n);
  }

  /** The same difference with {@code pAdjusted} as its adjusted p-value, significant when below {@link #ALPHA}. */
  public PairedDifference adjusted(double pAdjusted) {
    return new PairedDifference(baseline, variant, diff, halfWidth, relative, pValue, pAdjusted,
        pAdjusted < ALPHA, n);
  }

  /** Whether the difference is a test (not a figure no variant can change, and from at least 2 pairs). */
  public boolean tested() {
    return !Double.isNaN(pValue);
  }
}
