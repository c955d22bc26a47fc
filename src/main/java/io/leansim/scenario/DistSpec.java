package io.leansim.scenario;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;


/**
 * A distribution of a duration (or count), with parameters already in the scenario's time unit.
 * A duration is never negative: a law whose values can be ({@link #canBeNegative()}: a constant,
 * uniform, triangular or empirical law below 0) describes a signed quantity, an appointment's
 * lateness, and only {@code Samplers.signed} samples it. One record per {@code dist:} of the scenario format. {@link #mean()} and {@link
 * #variance()} are exact and serve load warnings and tests; sampling lives in the engine.
 *
 * <p>Code that does something different for each distribution implements {@link Cases} and calls
 * {@link #match(Cases)}: {@code Cases} has one method per record, so adding a distribution is a
 * compile error at every place that must handle it (Java 17 has no pattern-matching {@code switch}).
 */
public sealed interface DistSpec
    permits DistSpec.Constant,
        DistSpec.Exponential,
        DistSpec.Uniform,
        DistSpec.Triangular,
        DistSpec.Normal,
        DistSpec.Lognormal,
        DistSpec.Gamma,
        DistSpec.Erlang,
        DistSpec.Weibull,
        DistSpec.Empirical {

  /**
   * The smallest time other than 0 a law may take as a parameter, in time units: below it the
   * conversions to the samplers' parameters (a rate, a variance) underflow or overflow.
   */
  double MIN_TIME = 1e-12;

  /**
   * The largest time a law may take as a parameter, in time units (about 2 million years in
   * minutes): above it draws overflow, and the simulation clock could no longer tell the events
   * of a day apart.
   */
  double MAX_TIME = 1e12;

  /**
   * The smallest coefficient of variation (sd / mean) of a lognormal or gamma: below it the law's
   * shape parameter, computed from mean and sd, is lost to rounding ({@code logn(1e9, 3)} would
   * have sigma 0); such a small spread is a normal or a constant.
   */
  double MIN_CV = 1e-6;

  /** The largest coefficient of variation of a gamma: above it almost every draw is 0 in double precision. */
  double MAX_GAMMA_CV = 1e3;

  /**
   * The smallest Weibull shape: below it the draws span hundreds of orders of magnitude (at 0.01
   * the variance overflows).
   */
  double MIN_WEIBULL_SHAPE = 0.05;

  /** Expected value. */
  double mean();

  /** Variance. */
  double variance();

  /** The {@code dist:} name in scenario files. */
  String kind();

  /** {@code cases}' method for this distribution, applied to it. */
  <R> R match(Cases<R> cases);

  /**
   * One method per distribution: what to do with each. Implement it (an anonymous class or a
   * small named one) rather than testing types with {@code instanceof}, so that a new record
   * cannot be forgotten.
   *
   * @param <R> the result
   */
  interface Cases<R> {
    R constant(Constant d);

    R exponential(Exponential d);

    R uniform(Uniform d);

    R triangular(Triangular d);

    R normal(Normal d);

    R lognormal(Lognormal d);

    R gamma(Gamma d);

    R erlang(Erlang d);

    R weibull(Weibull d);

    R empirical(Empirical d);
  }

  /**
   * Whether some values of this law are below 0, which only a signed quantity (an appointment's
   * lateness, early when negative) may have. False for the laws that are positive by nature and
   * for the normal, which is truncated at 0 wherever a duration is drawn (a lateness draws it whole).
   */
  default boolean canBeNegative() {
    return false;
  }

  /** Squared coefficient of variation, variance / mean^2 (0 for a constant). */
  default double scv() {
    double m = mean();
    return m == 0 ? 0 : variance() / (m * m);
  }

  /** Always {@code value} (below 0 only for a lateness). */
  record Constant(double value) implements DistSpec {
    public Constant {
      requireFinite("value", value);
    }

    @Override
    public boolean canBeNegative() {
      return value < 0;
    }

    public double mean() {
      return value;
    }

    public double variance() {
      return 0;
    }

    public <R> R match(Cases<R> cases) {
      return cases.constant(this);
    }

    public String kind() {
      return "constant";
    }
  }

  /** Exponential with the given mean (rate 1/mean). */
  record Exponential(double mean) implements DistSpec {
    public Exponential {
      requirePositive("mean", mean);
    }

    public double variance() {
      return mean * mean;
    }

    public <R> R match(Cases<R> cases) {
      return cases.exponential(this);
    }

    public String kind() {
      return "exponential";
    }
  }

  /** Uniform on [min, max] (min below 0 only for a lateness). */
  record Uniform(double min, double max) implements DistSpec {
    public Uniform {
      requireFinite("min", min);
      if (!(max > min) || Double.isInfinite(max)) {
        throw new IllegalArgumentException("uniform needs min < max, got " + min + ", " + max);
      }
    }

    @Override
    public boolean canBeNegative() {
      return min < 0;
    }

    public double mean() {
      return (min + max) / 2;
    }

    public double variance() {
      return (max - min) * (max - min) / 12;
    }

    public <R> R match(Cases<R> cases) {
      return cases.uniform(this);
    }

    public String kind() {
      return "uniform";
    }
  }

  /** Triangular on [min, max] with the given mode (min below 0 only for a lateness). */
  record Triangular(double min, double mode, double max) implements DistSpec {
    public Triangular {
      requireFinite("min", min);
      if (!(min <= mode && mode <= max && min < max) || Double.isInfinite(max)) {
        throw new IllegalArgumentException("triangular needs min <= mode <= max and min < max");
      }
    }

    @Override
    public boolean canBeNegative() {
      return min < 0;
    }

    public double mean() {
      return (min + mode + max) / 3;
    }

    public double variance() {
      return (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
    }

    public <R> R match(Cases<R> cases) {
      return cases.triangular(this);
    }

    public String kind() {
      return "triangular";
    }
  }

  /**
   * Normal with parameters {@code mu} and {@code sigma} (the file's {@code mean} and {@code sd}),
   * truncated to values >= 0; {@link #mean()} and {@link #variance()} are those of the truncated law.
   */
  record Normal(double mu, double sigma) implements DistSpec {
    /**
     * From this many sd below 0 for the mean ({@code alpha = -mu / sigma}), the truncated moments
     * divide by the upper tail {@code Phi(-alpha)} itself, not by {@code 1 - Phi(alpha)} (which
     * rounds to 0 near alpha = 8).
     */
    private static final double TAIL = 5;

    /**
     * From this many sd, the truncated moments follow the tail asymptotics (Mills ratio): mean
     * sigma (1/a - 2/a^3 + 10/a^5), variance sigma^2 (1/a^2 - 6/a^4 + 50/a^6), relative error
     * below 1e-5; the tail itself underflows near alpha = 38.
     */
    private static final double FAR_TAIL = 20;

    public Normal {
      requirePositive("sd", sigma);
      if (!Double.isFinite(mu)) {
        throw new IllegalArgumentException("mean must be finite");
      }
    }

    /** The inverse Mills ratio phi(alpha) / (1 - Phi(alpha)), for alpha below {@link #FAR_TAIL}. */
    private static double mills(double alpha) {
      NormalDistribution z = new NormalDistribution(null, 0, 1);
      double tail = alpha < TAIL ? 1 - z.cumulativeProbability(alpha) : z.cumulativeProbability(-alpha);
      return z.density(alpha) / tail;
    }

    public double massBelowZero() {
      return new NormalDistribution(null, mu, sigma).cumulativeProbability(0);
    }

    public double mean() {
      double alpha = -mu / sigma;
      if (alpha > FAR_TAIL) {
        double a2 = alpha * alpha;
        return sigma / alpha * (1 - 2 / a2 + 10 / (a2 * a2));
      }
      return mu + sigma * mills(alpha);
    }

    public double variance() {
      double alpha = -mu / sigma;
      if (alpha > FAR_TAIL) {
        double a2 = alpha * alpha;
        return sigma * sigma / a2 * (1 - 6 / a2 + 50 / (a2 * a2));
      }
      double lambda = mills(alpha);
      return sigma * sigma * (1 + alpha * lambda - lambda * lambda);
    }

    public <R> R match(Cases<R> cases) {
      return cases.normal(this);
    }

    public String kind() {
      return "normal";
    }
  }

  /** Lognormal with the mean and standard deviation of the variable itself (not of its log). */
  record Lognormal(double mean, double sd) implements DistSpec {
    public Lognormal {
      requirePositive("mean", mean);
      requirePositive("sd", sd);
    }

    public double variance() {
      return sd * sd;
    }

    public <R> R match(Cases<R> cases) {
      return cases.lognormal(this);
    }

    public String kind() {
      return "lognormal";
    }
  }

  /** Gamma with the given mean and standard deviation. */
  record Gamma(double mean, double sd) implements DistSpec {
    public Gamma {
      requirePositive("mean", mean);
      requirePositive("sd", sd);
    }

    public double variance() {
      return sd * sd;
    }

    public <R> R match(Cases<R> cases) {
      return cases.gamma(this);
    }

    public String kind() {
      return "gamma";
    }
  }

  /** Erlang: the sum of {@code k} exponential phases, total mean {@code mean}. */
  record Erlang(int k, double mean) implements DistSpec {
    public Erlang {
      if (k < 1) {
        throw new IllegalArgumentException("k must be >= 1");
      }
      requirePositive("mean", mean);
    }

    public double variance() {
      return mean * mean / k;
    }

    public <R> R match(Cases<R> cases) {
      return cases.erlang(this);
    }

    public String kind() {
      return "erlang";
    }
  }

  /** Weibull with F(x) = 1 - exp(-(x/scale)^shape). */
  record Weibull(double shape, double scale) implements DistSpec {
    public Weibull {
      requirePositive("shape", shape);
      requirePositive("scale", scale);
    }

    public double mean() {
      return scale * Math.exp(org.apache.commons.math3.special.Gamma.logGamma(1 + 1 / shape));
    }

    public double variance() {
      double g1 = Math.exp(org.apache.commons.math3.special.Gamma.logGamma(1 + 1 / shape));
      double g2 = Math.exp(org.apache.commons.math3.special.Gamma.logGamma(1 + 2 / shape));
      return scale * scale * (g2 - g1 * g1);
    }

    public <R> R match(Cases<R> cases) {
      return cases.weibull(this);
    }

    public String kind() {
      return "weibull";
    }
  }

  /**
   * Resampling of observed values: each draw is one of {@code values}, equally likely. The values
   * are kept sorted ascending, so that sampling by inversion is monotone; some are below 0 only
   * for a lateness.
   */
  record Empirical(List<Double> values) implements DistSpec {
    public Empirical {
      if (values.isEmpty()) {
        throw new IllegalArgumentException("empirical needs at least one value");
      }
      values = values.stream().sorted().toList();
      for (double v : values) {
        requireFinite("value", v);
      }
    }

    @Override
    public boolean canBeNegative() {
      return values.get(0) < 0;
    }

    public double mean() {
      return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    public double variance() {
      double m = mean();
      return values.stream().mapToDouble(v -> (v - m) * (v - m)).sum() / values.size();
    }

    public <R> R match(Cases<R> cases) {
      return cases.empirical(this);
    }

    public String kind() {
      return "empirical";
    }
  }

  private static void requirePositive(String what, double x) {
    if (!(x > 0) || Double.isInfinite(x)) {
      throw new IllegalArgumentException(what + " must be > 0, got " + x);
    }
  }

  private static void requireFinite(String what, double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException(what + " must be a finite number, got " + x);
    }
  }
}
