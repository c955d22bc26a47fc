package io.leansim.fit;

import io.leansim.scenario.DistSpec;

/** Distributions fitted in minutes, restated in another time unit. */
public final class Rescale {
  private Rescale() {}

  /** {@code d} (in minutes) in a unit of {@code minutesPerUnit} minutes. */
  public static DistSpec inUnit(DistSpec d, double minutesPerUnit) {
    double f = 1 / minutesPerUnit;
    if (d instanceof DistSpec.Constant c) {
      return new DistSpec.Constant(c.value() * f);
    } else if (d instanceof DistSpec.Exponential e) {
      return new DistSpec.Exponential(e.mean() * f);
    } else if (d instanceof DistSpec.Uniform u) {
      return new DistSpec.Uniform(u.min() * f, u.max() * f);
    } else if (d instanceof DistSpec.Triangular t) {
      return new DistSpec.Triangular(t.min() * f, t.mode() * f, t.max() * f);
    } else if (d instanceof DistSpec.Normal n) {
      return new DistSpec.Normal(n.mu() * f, n.sigma() * f);
    } else if (d instanceof DistSpec.Lognormal l) {
      return new DistSpec.Lognormal(l.mean() * f, l.sd() * f);
    } else if (d instanceof DistSpec.Gamma g) {
      return new DistSpec.Gamma(g.mean() * f, g.sd() * f);
    } else if (d instanceof DistSpec.Erlang e) {
      return new DistSpec.Erlang(e.k(), e.mean() * f);
    } else if (d instanceof DistSpec.Weibull w) {
      return new DistSpec.Weibull(w.shape(), w.scale() * f);
    }
    throw new IllegalArgumentException("cannot restate " + d.kind() + " in another unit");
  }
}
