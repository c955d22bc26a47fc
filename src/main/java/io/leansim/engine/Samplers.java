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
    if (spec instanceof DistSpec.Constant c) {
      double v = c.value();
      return u -> v;
    } else if (spec instanceof DistSpec.Exponential e) {
      return inversion(new ExponentialDist(1 / e.mean()));
    } else if (spec instanceof DistSpec.Uniform un) {
      return inversion(new UniformDist(un.min(), un.max()));
    } else if (spec instanceof DistSpec.Triangular t) {
      return inversion(new TriangularDist(t.min(), t.max(), t.mode()));
    } else if (spec instanceof DistSpec.Normal n) {
      NormalDist d = new NormalDist(n.mu(), n.sigma());
      double f0 = d.cdf(0);
      return u -> Math.max(0, d.inverseF(f0 + u * (1 - f0)));
    } else if (spec instanceof DistSpec.Lognormal l) {
      return inversion(new LognormalDistFromMoments(l.mean(), l.sd() * l.sd()));
    } else if (spec instanceof DistSpec.Gamma g) {
      return inversion(new GammaDistFromMoments(g.mean(), g.sd() * g.sd()));
    } else if (spec instanceof DistSpec.Erlang e) {
      return inversion(new ErlangDist(e.k(), e.k() / e.mean()));
    } else if (spec instanceof DistSpec.Weibull w) {
      return inversion(new WeibullDist(w.shape(), 1 / w.scale(), 0));
    } else if (spec instanceof DistSpec.Empirical em) {
      double[] sorted = em.values().stream().mapToDouble(Double::doubleValue).toArray();
      EmpiricalDist d = new EmpiricalDist(sorted);
      return d::inverseF;
    }
    throw new AssertionError("no sampler for " + spec.getClass().getSimpleName());
  }

  /**
   * The sampler of {@code spec} for a signed quantity (an appointment's lateness, which may be
   * negative): as {@link #of(DistSpec)}, except that a normal is not truncated at 0.
   */
  public static Sampler signed(DistSpec spec) {
    if (spec instanceof DistSpec.Normal n) {
      return inversion(new NormalDist(n.mu(), n.sigma()));
    }
    return of(spec);
  }

  private static Sampler inversion(ContinuousDistribution d) {
    return d::inverseF;
  }
}
