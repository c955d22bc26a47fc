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
  private Samplers() {}

  /**
   * The sampler of {@code spec}. SSJ's parameterisations differ from the scenario format's, hence
   * the mapping: exponential and Erlang take a rate, lognormal and gamma the variance, the
   * triangular takes (min, max, mode), Weibull takes lambda = 1/scale; the normal is truncated to
   * values >= 0 by inverting u into [F(0), 1).
   */
  public static Sampler of(DistSpec spec) {
    return spec.match(new Inversion(true));
  }

  /**
   * The sampler of {@code spec} for a signed quantity (an appointment's lateness, which may be
   * negative): as {@link #of(DistSpec)}, except that a normal is not truncated at 0.
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
      return inversion(new ExponentialDist(1 / e.mean()));
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
      return u -> Math.max(0, d.inverseF(f0 + u * (1 - f0)));
    }

    public Sampler lognormal(DistSpec.Lognormal l) {
      return inversion(new LognormalDistFromMoments(l.mean(), l.sd() * l.sd()));
    }

    public Sampler gamma(DistSpec.Gamma g) {
      return inversion(new GammaDistFromMoments(g.mean(), g.sd() * g.sd()));
    }

    public Sampler erlang(DistSpec.Erlang e) {
      return inversion(new ErlangDist(e.k(), e.k() / e.mean()));
    }

    public Sampler weibull(DistSpec.Weibull w) {
      return inversion(new WeibullDist(w.shape(), 1 / w.scale(), 0));
    }

    public Sampler empirical(DistSpec.Empirical em) {
      double[] sorted = em.values().stream().mapToDouble(Double::doubleValue).toArray();
      EmpiricalDist d = new EmpiricalDist(sorted);
      return d::inverseF;
    }
  }

  private static Sampler inversion(ContinuousDistribution d) {
    return d::inverseF;
  }
}
