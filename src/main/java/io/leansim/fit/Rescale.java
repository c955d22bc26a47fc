package io.leansim.fit;

import io.leansim.scenario.DistSpec;

/** Distributions fitted in minutes, restated in another time unit. */
public final class Rescale {
  private Rescale() {}

  /** {@code d} (in minutes) in a unit of {@code minutesPerUnit} minutes. */
  public static DistSpec inUnit(DistSpec d, double minutesPerUnit) {
    double f = 1 / minutesPerUnit;
    return d.match(new DistSpec.Cases<>() {
      public DistSpec constant(DistSpec.Constant c) {
        return new DistSpec.Constant(c.value() * f);
      }

      public DistSpec exponential(DistSpec.Exponential e) {
        return new DistSpec.Exponential(e.mean() * f);
      }

      public DistSpec uniform(DistSpec.Uniform u) {
        return new DistSpec.Uniform(u.min() * f, u.max() * f);
      }

      public DistSpec triangular(DistSpec.Triangular t) {
        return new DistSpec.Triangular(t.min() * f, t.mode() * f, t.max() * f);
      }

      public DistSpec normal(DistSpec.Normal n) {
        return new DistSpec.Normal(n.mu() * f, n.sigma() * f);
      }

      public DistSpec lognormal(DistSpec.Lognormal l) {
        return new DistSpec.Lognormal(l.mean() * f, l.sd() * f);
      }

      public DistSpec gamma(DistSpec.Gamma g) {
        return new DistSpec.Gamma(g.mean() * f, g.sd() * f);
      }

      public DistSpec erlang(DistSpec.Erlang e) {
        return new DistSpec.Erlang(e.k(), e.mean() * f);
      }

      public DistSpec weibull(DistSpec.Weibull w) {
        return new DistSpec.Weibull(w.shape(), w.scale() * f);
      }

      public DistSpec empirical(DistSpec.Empirical e) {
        return new DistSpec.Empirical(e.values().stream().map(x -> x * f).toList());
      }
    });
  }
}
