package io.leansim.engine;

import io.leansim.scenario.DistSpec;
import umontreal.ssj.probdist.ContinuousDistribution;
import umontreal.ssj.probdist.EmpiricalDist;
import umontreal.ssj.probdist.ErlangDist;
import umontreal.ssj.probdist.ExponentialDist;
import umontreal.ssj.probdist.GammaDistFromMoments;
import umontreal.ssj.probdist.LognormalDistFromMoments;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.probdist.TriangularDist;
import umontreal.ssj.probdist.UniformDist;
import umontreal.ssj.probdist.WeibullDist;

/** Builds inversion samplers on SSJ's {@code probdist} from scenario distributions. */
public final class Samplers {
  /** Below this mass above 0, a truncated normal is sampled from its upper tail (see {@code normal}). */
  private static final double TAIL = 1e-6;

  private Samplers() {}

  /**
   * The sampler of {@code spec}. SSJ's parameterisations differ from the scenario format's, hence
   * the mapping: exponential and Erlang take a rate, lognormal and gamma the variance, the
   * triangular takes (min, max, mode), Weibull takes lambda = 1/scale; the normal is truncated to
   * values >= 0 by inverting u into [F(0), 1).
   *
   * @throws IllegalArgumentException if {@code spec} can draw values below 0 ({@link
   *     DistSpec#canBeNegative()}): a duration cannot be negative (the loader refuses such a law
   *     everywhere but an appointment's jitter)
   */
  public static Sampler of(DistSpec spec) {
    if (spec.canBeNegative()) {
      throw new IllegalArgumentException("cannot sample " + spec + " as a duration: it has values below 0"
          + " (only an appointment's lateness may, sampled with Samplers.signed)");
    }
    return spec.match(new Inversion(true));
  }

  /**
   * The sampler of {@code spec} for a signed quantity (an appointment's lateness, which may be
   * negative: early): as {@link #of(DistSpec)}, except that a normal is not truncated at 0 and a
   * constant, uniform, triangular or empirical law may lie below 0.
   */
  public static Sampler signed(DistSpec spec) {
    return spec.match(new Inversion(false));
  }

  /** Each distribution's sampler; {@code truncateNormal} says whether a normal stays >= 0. */
  private record Inversion(boolean truncateNormal) implements DistSpec.Cases<Sampler> {
    public Sampler constant(DistSpec.Constant c) {
      double v = c.value();
      return u -> v;
    }

    public Sampler exponential(DistSpec.Exponential e) {
      return inversion(new ExponentialDist(positive(1 / e.mean(), "rate", e)));
    }

    public Sampler uniform(DistSpec.Uniform un) {
      return inversion(new UniformDist(un.min(), un.max()));
    }

    public Sampler triangular(DistSpec.Triangular t) {
      return inversion(new TriangularDist(t.min(), t.max(), t.mode()));
    }

    public Sampler normal(DistSpec.Normal n) {
      NormalDist d = new NormalDist(n.mu(), n.sigma());
      if (!truncateNormal) {
        return inversion(d);
      }
      double f0 = d.cdf(0);
      if (1 - f0 >= TAIL) {
        return u -> Math.max(0, d.inverseF(f0 + u * (1 - f0)));
      }
      // nearly all the mass is below 0: f0 + u (1 - f0) would round to 1 (an infinite draw), so
      // invert the upper tail instead, P(X > x | X > 0) = 1 - u; 0 once even that underflows
      double above = NormalDist.cdf01(n.mu() / n.sigma());
      return u -> above > 0 ? Math.max(0, n.mu() - n.sigma() * NormalDist.inverseF01(Math.max(Double.MIN_VALUE, (1 - u) * above))) : 0;
    }

    public Sampler lognormal(DistSpec.Lognormal l) {
      double variance = positive(l.sd() * l.sd(), "variance", l);
      positive(Math.log(variance / (l.mean() * l.mean()) + 1), "sigma squared", l);
      return inversion(new LognormalDistFromMoments(l.mean(), variance));
    }

    public Sampler gamma(DistSpec.Gamma g) {
      double variance = positive(g.sd() * g.sd(), "variance", g);
      positive(g.mean() * g.mean() / variance, "alpha", g);
      positive(g.mean() / variance, "lambda", g);
      return inversion(new GammaDistFromMoments(g.mean(), variance));
    }

    public Sampler erlang(DistSpec.Erlang e) {
      return inversion(new ErlangDist(e.k(), positive(e.k() / e.mean(), "rate", e)));
    }

    public Sampler weibull(DistSpec.Weibull w) {
      return inversion(new WeibullDist(w.shape(), positive(1 / w.scale(), "lambda", w), 0));
    }

    public Sampler empirical(DistSpec.Empirical em) {
      double[] sorted = em.values().stream().mapToDouble(Double::doubleValue).toArray();
      EmpiricalDist d = new EmpiricalDist(sorted);
      return d::inverseF;
    }
  }

  /**
   * {@code x}, a parameter of SSJ's law computed from {@code spec}'s, when finite and > 0 (the
   * loader refuses laws whose conversion would lose it; this guards laws built by code).
   *
   * @throws IllegalArgumentException naming the parameter and the law
   */
  private static double positive(double x, String what, DistSpec spec) {
    if (!(x > 0) || Double.isInfinite(x)) {
      throw new IllegalArgumentException("cannot sample " + spec + ": its " + what + " is " + x
          + " in double precision (the scenario loader refuses such a law)");
    }
    return x;
  }

  private static Sampler inversion(ContinuousDistribution d) {
    return d::inverseF;
  }
}
