package io.leansim.scenario.load;

import io.leansim.scenario.DistSpec;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A distribution as the scenario format's shorthand ({@code exp(4)}, {@code logn(6.8, 3.1)}),
 * numbers to 3 significant digits: the line a user pastes into a scenario. Reads back with the
 * loader to the same law up to that rounding.
 */
public final class Shorthand {
  private Shorthand() {}

  /** The shorthand of {@code d}; an empirical distribution has none (null). */
  public static String of(DistSpec d) {
    if (d instanceof DistSpec.Constant c) {
      return num(c.value());
    } else if (d instanceof DistSpec.Exponential e) {
      return "exp(" + num(e.mean()) + ")";
    } else if (d instanceof DistSpec.Uniform u) {
      return "unif(" + num(u.min()) + ", " + num(u.max()) + ")";
    } else if (d instanceof DistSpec.Triangular t) {
      return "tri(" + num(t.min()) + ", " + num(t.mode()) + ", " + num(t.max()) + ")";
    } else if (d instanceof DistSpec.Normal n) {
      return "norm(" + num(n.mu()) + ", " + num(n.sigma()) + ")";
    } else if (d instanceof DistSpec.Lognormal l) {
      return "logn(" + num(l.mean()) + ", " + num(l.sd()) + ")";
    } else if (d instanceof DistSpec.Gamma g) {
      return "gamma(" + num(g.mean()) + ", " + num(g.sd()) + ")";
    } else if (d instanceof DistSpec.Erlang e) {
      return "erlang(" + e.k() + ", " + num(e.mean()) + ")";
    } else if (d instanceof DistSpec.Weibull w) {
      return "weib(" + num(w.shape()) + ", " + num(w.scale()) + ")";
    }
    return null;
  }

  /** {@code x} to 3 significant digits, without exponent or trailing zeros. */
  public static String num(double x) {
    if (x == 0) {
      return "0";
    }
    return new BigDecimal(x).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }
}
