package io.leansim.fit;

import io.leansim.scenario.DistSpec;
import io.leansim.scenario.load.Shorthand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import umontreal.ssj.gof.GofStat;
import umontreal.ssj.probdist.ContinuousDistribution;

/**
 * Fits every family of the scenario format to observed durations by maximum likelihood and ranks
 * them by AIC, with BIC and the Kolmogorov-Smirnov and Anderson-Darling p-values (SSJ's {@code
 * GofStat}) beside.
 *
 * <p>The p-values treat the fitted parameters as known, while they were estimated from the same
 * data: they are conservative (too high; the Lilliefors effect). A small p-value still rejects the
 * family; a large one does not prove it.
 */
public final class Fitter {
  /** Fewer observations than this are refused: the tests would have no power and the parameters little precision. */
  public static final int MIN_OBSERVATIONS = 30;

  private Fitter() {}

  /**
   * One family fitted: its law in the scenario format and as the shorthand to paste, its
   * log-likelihood, AIC and BIC, and the goodness-of-fit p-values; {@code distribution} is SSJ's
   * fitted distribution (for charts).
   */
  public record Fit(Family family, DistSpec spec, String shorthand, double logLikelihood, double aic, double bic,
      double ksP, double adP, ContinuousDistribution distribution) {}

  /** Summary of the observations: count, mean, standard deviation, min, median, max. */
  public record Describe(int n, double mean, double sd, double min, double median, double max) {
    static Describe of(double[] sorted) {
      int n = sorted.length;
      double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
      double ss = 0;
      for (double v : sorted) {
        ss += (v - mean) * (v - mean);
      }
      double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
      return new Describe(n, mean, n > 1 ? Math.sqrt(ss / (n - 1)) : 0, sorted[0], median, sorted[n - 1]);
    }
  }

  /** The outcome: the data's summary, the fits best first (lowest AIC), and the families that could not be fitted, with why. */
  public record Result(Describe data, List<Fit> fits, List<String> skipped) {
    /** The best fit (lowest AIC). */
    public Fit best() {
      return fits.get(0);
    }
  }

  /**
   * Fits every family to {@code values} (at least {@link #MIN_OBSERVATIONS}, finite, >= 0).
   * Families whose support excludes some observation (a zero for the lognormal) are skipped.
   */
  public static Result fit(double[] values) {
    if (values.length < MIN_OBSERVATIONS) {
      throw new IllegalArgumentException("need at least " + MIN_OBSERVATIONS + " observations, got " + values.length);
    }
    double[] x = values.clone();
    Arrays.sort(x);
    Describe describe = Describe.of(x);
    List<Fit> fits = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Family f : Family.values()) {
      if (describe.min() <= 0 && f.needsPositive()) {
        skipped.add(f.key() + ": needs durations > 0 (the data has zeros)");
        continue;
      }
      if (describe.sd() == 0) {
        skipped.add(f.key() + ": every observation is the same (use a constant)");
        continue;
      }
      Family.Fitted fitted;
      try {
        fitted = f.fit(x);
      } catch (RuntimeException e) {
        skipped.add(f.key() + ": the maximum-likelihood fit did not converge (" + e.getMessage() + ")");
        continue;
      }
      double ll = 0;
      if (f == Family.UNIFORM) { // the MLE is [min, max]: every observation inside, the ends included
        ll = -x.length * Math.log(x[x.length - 1] - x[0]);
      } else {
        for (double v : x) {
          ll += Math.log(fitted.distribution().density(v));
        }
      }
      if (!Double.isFinite(ll)) {
        skipped.add(f.key() + ": some observation is impossible under the fitted law");
        continue;
      }
      int k = f.parameters();
      double[] sval = new double[3];
      double[] pval = new double[3];
      GofStat.kolmogorovSmirnov(x, fitted.distribution(), sval, pval);
      double ad = GofStat.andersonDarling(x, fitted.distribution())[1];
      fits.add(new Fit(f, fitted.spec(), Shorthand.of(fitted.spec()), ll, 2 * k - 2 * ll,
          k * Math.log(x.length) - 2 * ll, pval[2], ad, fitted.distribution()));
    }
    fits.sort(Comparator.comparingDouble(Fit::aic));
    if (fits.isEmpty()) {
      throw new IllegalArgumentException("no family could be fitted: " + String.join("; ", skipped));
    }
    return new Result(describe, List.copyOf(fits), List.copyOf(skipped));
  }
}
