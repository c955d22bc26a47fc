package io.leansim.fit;

import io.leansim.scenario.DistSpec;
import java.util.Arrays;
import java.util.Locale;
import umontreal.ssj.probdist.ContinuousDistribution;
import umontreal.ssj.probdist.ErlangDist;
import umontreal.ssj.probdist.ExponentialDist;
import umontreal.ssj.probdist.GammaDist;
import umontreal.ssj.probdist.LognormalDist;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.probdist.TriangularDist;
import umontreal.ssj.probdist.UniformDist;
import umontreal.ssj.probdist.WeibullDist;

/**
 * The scenario format's continuous families, each fitted by maximum likelihood with SSJ ({@code
 * getInstanceFromMLE}) and written back in the scenario format's own parameters (a lognormal by the
 * mean and sd of the variable, not of its log; a Weibull by shape and scale).
 */
public enum Family {
  EXPONENTIAL("exponential", 1, false),
  GAMMA("gamma", 2, true),
  LOGNORMAL("lognormal", 2, true),
  WEIBULL("weibull", 2, true),
  ERLANG("erlang", 2, true),
  NORMAL("normal", 2, false),
  UNIFORM("uniform", 2, false),
  TRIANGULAR("triangular", 3, false);

  private final String key;
  private final int parameters;
  private final boolean positive;

  Family(String key, int parameters, boolean positive) {
    this.key = key;
    this.parameters = parameters;
    this.positive = positive;
  }

  /** Whether its fit needs every observation > 0 (a zero has no density, or breaks the estimate). */
  public boolean needsPositive() {
    return positive;
  }

  /** The family's name in the scenario format. */
  public String key() {
    return key;
  }

  /** Number of parameters estimated (for AIC and BIC). */
  public int parameters() {
    return parameters;
  }

  /**
   * The maximum-likelihood member of the family for {@code x} (all finite; positive where the
   * family needs it), as SSJ's distribution and as the scenario format's distribution.
   */
  Fitted fit(double[] x) {
    int n = x.length;
    switch (this) {
      case EXPONENTIAL -> {
        ExponentialDist d = ExponentialDist.getInstanceFromMLE(x, n);
        return new Fitted(d, new DistSpec.Exponential(1 / d.getLambda()));
      }
      case GAMMA -> {
        GammaDist d = GammaDist.getInstanceFromMLE(x, n);
        return new Fitted(d, new DistSpec.Gamma(d.getMean(), Math.sqrt(d.getVariance())));
      }
      case LOGNORMAL -> {
        LognormalDist d = LognormalDist.getInstanceFromMLE(x, n);
        return new Fitted(d, new DistSpec.Lognormal(d.getMean(), Math.sqrt(d.getVariance())));
      }
      case WEIBULL -> {
        WeibullDist d = WeibullDist.getInstanceFromMLE(x, n);
        return new Fitted(d, new DistSpec.Weibull(d.getAlpha(), 1 / d.getLambda()));
      }
      case ERLANG -> {
        ErlangDist d = ErlangDist.getInstanceFromMLE(x, n);
        int k = (int) Math.round(d.getParams()[0]);
        return new Fitted(d, new DistSpec.Erlang(k, d.getMean()));
      }
      case NORMAL -> {
        NormalDist d = NormalDist.getInstanceFromMLE(x, n);
        return new Fitted(d, new DistSpec.Normal(d.getMu(), d.getSigma()));
      }
      case UNIFORM -> {
        UniformDist d = UniformDist.getInstanceFromMLE(x, n);
        return new Fitted(d, new DistSpec.Uniform(d.getA(), d.getB()));
      }
      case TRIANGULAR -> {
        // The MLE of the mode given the range; the range widened by one spacing each side, so that
        // the extreme observations keep a positive density.
        double min = Arrays.stream(x).min().orElseThrow();
        double max = Arrays.stream(x).max().orElseThrow();
        double pad = (max - min) / n;
        double a = Math.max(0, min - pad);
        double b = max + pad;
        TriangularDist d = TriangularDist.getInstanceFromMLE(x, n, a, b);
        return new Fitted(d, new DistSpec.Triangular(d.getA(), d.getM(), d.getB()));
      }
      default -> throw new AssertionError(this);
    }
  }

  /** A fitted member: SSJ's distribution, and the same law in the scenario format. */
  record Fitted(ContinuousDistribution distribution, DistSpec spec) {}

  @Override
  public String toString() {
    return key.toLowerCase(Locale.ROOT);
  }
}
