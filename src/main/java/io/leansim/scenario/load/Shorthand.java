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
    return d.match(new DistSpec.Cases<>() {
      public String constant(DistSpec.Constant c) {
        return num(c.value());
      }

      public String exponential(DistSpec.Exponential e) {
        return call(e, num(e.mean()));
      }

      public String uniform(DistSpec.Uniform u) {
        return call(u, num(u.min()), num(u.max()));
      }

      public String triangular(DistSpec.Triangular t) {
        return call(t, num(t.min()), num(t.mode()), num(t.max()));
      }

      public String normal(DistSpec.Normal n) {
        return call(n, num(n.mu()), num(n.sigma()));
      }

      public String lognormal(DistSpec.Lognormal l) {
        return call(l, num(l.mean()), num(l.sd()));
      }

      public String gamma(DistSpec.Gamma g) {
        return call(g, num(g.mean()), num(g.sd()));
      }

      public String erlang(DistSpec.Erlang e) {
        return call(e, Integer.toString(e.k()), num(e.mean()));
      }

      public String weibull(DistSpec.Weibull w) {
        return call(w, num(w.shape()), num(w.scale()));
      }

      public String empirical(DistSpec.Empirical e) {
        return null;
      }
    });
  }

  /** {@code d}'s shorthand name (from the loader's table) applied to {@code args}. */
  private static String call(DistSpec d, String... args) {
    return DistReader.shorthandOf(d.kind()) + "(" + String.join(", ", args) + ")";
  }

  /** {@code x} to 3 significant digits, without exponent or trailing zeros. */
  public static String num(double x) {
    if (x == 0) {
      return "0";
    }
    return new BigDecimal(x).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }
}
