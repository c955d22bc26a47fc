package io.leansim.stats;

import java.util.List;
import umontreal.ssj.probdist.StudentDist;
import umontreal.ssj.stat.Tally;

/**
 * A figure estimated over replications (docs/statistics.md): the point estimate {@code mean}, its
 * 95% confidence interval {@code [low, high]} with {@code halfWidth} half its width, the smallest
 * and largest value of a single replication, {@code n} the replications behind it and {@code
 * customers} the customers (or step visits) behind it, summed over the replications (-1 where the
 * figure is not an average over customers).
 *
 * <p>How the point estimate and the interval are made depends on what the figure estimates ({@link
 * Metric.Estimand}): the mean of the days' values with a Student-t interval ({@link #of}); a ratio of
 * sums with a delta-method interval, kept within [0, 1] for shares ({@link #ratio}); a quantile of the
 * pooled customers with an interval by sectioning ({@link #quantile}). The interval is symmetric
 * about the point estimate except for shares.
 *
 * <p>One replication gives no interval: {@code halfWidth}, {@code low} and {@code high} are NaN
 * (written {@code null}, shown "n/a"). With n = 0 every field is NaN.
 */
public record Estimate(
    double mean, double halfWidth, double low, double high, double min, double max, int n, long customers) {
  /** Confidence level of every interval. */
  public static final double LEVEL = 0.95;

  /**
   * Below this many customers over all replications, the normal approximation behind an interval
   * of a per-customer figure is doubtful: the figure is flagged ({@link #fewCustomers()}).
   */
  public static final long FEW_CUSTOMERS = 30;

  /** An estimate with the symmetric interval mean ± halfWidth, not an average over customers. */
  public Estimate(double mean, double halfWidth, double min, double max, int n) {
    this(mean, halfWidth, mean - halfWidth, mean + halfWidth, min, max, n, -1);
  }

  /** An estimate with no value (no replication defined the figure). */
  public static Estimate undefined() {
    return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, -1);
  }

  /**
   * The mean of per-replication {@code values} (in replication order; NaN values are skipped) with its
   * Student-t interval: the estimate of a {@link Metric.Estimand#DAILY} figure.
   */
  public static Estimate of(List<Double> values) {
    Tally tally = new Tally();
    for (double v : values) {
      if (!Double.isNaN(v)) {
        tally.add(v);
      }
    }
    int n = tally.numberObs();
    if (n == 0) {
      return undefined();
    }
    double half = Double.NaN;
    if (n > 1) {
      double[] ci = new double[2];
      tally.confidenceIntervalStudent(LEVEL, ci);
      half = ci[1];
    }
    return new Estimate(tally.average(), half, tally.min(), tally.max(), n);
  }

  /**
   * The ratio estimator Σ y / Σ x over replications, y being what the figure averages (a day's value
   * times its base) and x its base (customers, visits, or time), with the delta-method interval
   * (Law, Simulation Modeling and Analysis, 5th ed., 9.5.3): standard error s / (√n x̄), s² the
   * sample variance of y − R x. {@code values} are the days' figures (NaN on a day whose base is 0),
   * {@code bases} their bases. A {@code share} gets an interval within [0, 1]: Wilson's score
   * interval on the effective number of customers p(1 − p) / se² (Korn and Graubard, 1998), or on
   * the customers themselves ({@code countedBase}) when every day agrees at 0 or 1. {@code
   * countedBase}: the bases count customers or visits, reported as {@link #customers()}.
   */
  public static Estimate ratio(List<Double> values, List<Double> bases, boolean share, boolean countedBase) {
    int n = values.size();
    double sumY = 0;
    double sumX = 0;
    double min = Double.NaN;
    double max = Double.NaN;
    for (int i = 0; i < n; i++) {
      double x = bases.get(i);
      double v = values.get(i);
      if (x > 0 && !Double.isNaN(v)) {
        sumY += v * x;
        sumX += x;
        min = Double.isNaN(min) ? v : Math.min(min, v);
        max = Double.isNaN(max) ? v : Math.max(max, v);
      }
    }
    long customers = countedBase ? Math.round(sumX) : -1;
    if (sumX == 0) {
      return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, customers);
    }
    double r = sumY / sumX;
    if (n < 2) {
      return new Estimate(r, Double.NaN, Double.NaN, Double.NaN, min, max, n, customers);
    }
    double se = Math.sqrt(residualVariance(values, bases, r) / n) / (sumX / n);
    double t = critical(n);
    if (!share) {
      return new Estimate(r, t * se, r - t * se, r + t * se, min, max, n, customers);
    }
    double effective = r > 0 && r < 1 && se > 0 ? r * (1 - r) / (se * se) : Double.POSITIVE_INFINITY;
    if (countedBase) {
      effective = Math.min(effective, sumX);
    }
    if (Double.isInfinite(effective)) {
      return new Estimate(r, 0, r, r, min, max, n, customers);
    }
    double[] w = wilson(r, effective, t);
    return new Estimate(r, (w[1] - w[0]) / 2, w[0], w[1], min, max, n, customers);
  }

  /**
   * A quantile of the customers of all replications pooled ({@code pooled}, read from their merged
   * histogram), with its interval from the replications' linearised contributions {@code influence}
   * (Bahadur's representation: −(C − pN) / (f N̄) for a day with N customers of whom C waited at most
   * the quantile, f the density there; Serfling, Approximation Theorems of Mathematical Statistics,
   * 1980, 2.5): the Student-t half-width of their mean. Where the density cannot be estimated
   * ({@code influence} null: an atom, such as most customers not waiting), by sectioning (Nakayama,
   * 2014): the spread of the replications' own quantiles {@code values} (NaN on a day without
   * customers) about the pooled one. {@code customers}: how many customers the pooled histogram holds.
   */
  public static Estimate quantile(double pooled, List<Double> influence, List<Double> values, long customers) {
    Estimate days = of(values);
    if (days.n() == 0 || Double.isNaN(pooled)) {
      return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, customers);
    }
    double half = Double.NaN;
    if (influence != null && influence.size() > 1) {
      half = of(influence).halfWidth();
    } else if (days.n() > 1) {
      double sumSq = 0;
      for (double v : values) {
        if (!Double.isNaN(v)) {
          sumSq += (v - pooled) * (v - pooled);
        }
      }
      half = critical(days.n()) * Math.sqrt(sumSq / (days.n() - 1) / days.n());
    }
    return new Estimate(pooled, half, pooled - half, pooled + half, days.min(), days.max(), days.n(), customers);
  }

  /** The sample variance of y − r x over the replications (y = value × base, 0 on a day without base). */
  static double residualVariance(List<Double> values, List<Double> bases, double r) {
    int n = values.size();
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += residual(values.get(i), bases.get(i), r);
    }
    double mean = sum / n; // 0 but for rounding: two passes keep the variance exact to the last digits
    double sumSq = 0;
    for (int i = 0; i < n; i++) {
      double e = residual(values.get(i), bases.get(i), r) - mean;
      sumSq += e * e;
    }
    return sumSq / (n - 1);
  }

  /** y − r x of one replication: the linearised contribution of a day to a ratio estimator. */
  public static double residual(double value, double base, double r) {
    return base > 0 && !Double.isNaN(value) ? value * base - r * base : 0;
  }

  /** The Student-t critical value of a two-sided 95% interval from {@code n} values (n − 1 degrees of freedom). */
  public static double critical(int n) {
    return StudentDist.inverseF(n - 1, 0.5 + LEVEL / 2);
  }

  /** Wilson's score interval for a share {@code p} of {@code m} trials with critical value {@code z}. */
  static double[] wilson(double p, double m, double z) {
    double z2m = z * z / m;
    double centre = (p + z2m / 2) / (1 + z2m);
    double half = z / (1 + z2m) * Math.sqrt(p * (1 - p) / m + z2m / (4 * m));
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  /** Whether the estimate has an interval (two or more replications). */
  public boolean hasInterval() {
    return !Double.isNaN(halfWidth);
  }

  /** Whether the figure is an average over fewer than {@link #FEW_CUSTOMERS} customers or visits in all. */
  public boolean fewCustomers() {
    return customers >= 0 && customers < FEW_CUSTOMERS;
  }

  /** Whether {@code x} lies within mean ± k half-widths. */
  public boolean covers(double x, double k) {
    return Math.abs(x - mean) <= k * halfWidth;
  }
}
