package io.leansim.theory;

import java.util.OptionalInt;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Staffing rules of queueing theory for a target service level: the smallest number of servers c
 * such that P(wait <= t) >= target in steady state, and the square-root staffing rule.
 *
 * <p>Notation as in {@link QueueingTheory}: arrival rate {@code lambda}, service rate of one server
 * {@code mu}, offered load a = lambda / mu, wait limit {@code t} (same time unit), {@code target} in
 * (0, 1); {@code theta} the abandonment rate of a waiting customer (1 / mean patience; 0: nobody
 * abandons). Pure functions.
 */
public final class StaffingTheory {
  private StaffingTheory() {}

  /** Highest standardised safety staffing beta the square-root rule searches. */
  private static final double MAX_BETA = 20;

  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

  /**
   * P(wait <= t) with {@code c} servers: Erlang C, 1 - C(c, a) e^{-(c mu - lambda) t}, when theta =
   * 0 (0 when a >= c: no steady state, the line grows); with theta > 0 the Erlang-A share {@link
   * ErlangA.WaitWithin#served} (a customer who abandons counts as a failure, as docs/results-format.md
   * defines {@code service_level}). 1 when lambda = 0; 0 when c = 0 and lambda > 0.
   */
  public static double serviceLevel(double lambda, double mu, double theta, int c, double t) {
    if (!(lambda >= 0 && mu > 0 && theta >= 0 && t >= 0)) {
      throw new IllegalArgumentException("needs lambda >= 0, mu > 0, theta >= 0 and t >= 0");
    }
    if (lambda == 0) {
      return 1;
    }
    if (c <= 0) {
      return 0;
    }
    if (theta > 0) {
      return ErlangA.waitWithin(lambda, mu, c, theta, t).served();
    }
    double a = lambda / mu;
    if (!(a < c)) {
      return 0;
    }
    return 1 - QueueingTheory.mmcWaitTail(lambda, mu, c, t);
  }

  /**
   * The smallest c in [0, {@code cap}] with {@link #serviceLevel} >= {@code target} (0 when lambda =
   * 0), or empty when even {@code cap} servers fall short. The service level grows with c, so the
   * search doubles c until it meets the target and then bisects.
   */
  public static OptionalInt smallestStaff(double lambda, double mu, double theta, double t, double target, int cap) {
    if (!(target > 0 && target < 1)) {
      throw new IllegalArgumentException("target must be in (0, 1), got " + target);
    }
    if (lambda == 0) {
      return OptionalInt.of(0);
    }
    int lo = theta > 0 ? 0 : (int) Math.floor(lambda / mu); // known to fall short
    int hi = Math.max(lo + 1, 1);
    if (hi > cap) {
      return OptionalInt.empty();
    }
    while (serviceLevel(lambda, mu, theta, hi, t) < target) {
      if (hi >= cap) {
        return OptionalInt.empty();
      }
      lo = hi;
      hi = (int) Math.min(cap, 2L * hi);
    }
    while (hi - lo > 1) {
      int mid = lo + (hi - lo) / 2;
      if (serviceLevel(lambda, mu, theta, mid, t) >= target) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return OptionalInt.of(hi);
  }

  /**
   * Square-root staffing: c = ceil(a + beta sqrt(a)).
   *
   * @param beta the standardised safety staffing
   * @param servers c (0 when a = 0)
   */
  public record SquareRoot(double beta, int servers) {}

  /**
   * Square-root staffing for P(wait <= t) >= target in the Halfin-Whitt (quality and efficiency
   * driven) regime: with c = a + beta sqrt(a), the probability of waiting tends to alpha(beta) = 1 /
   * (1 + beta Phi(beta) / phi(beta)) (Phi, phi: the standard normal distribution and density) and
   * the queue empties at rate c mu - lambda = beta sqrt(a) mu, so P(wait <= t) ~ 1 - alpha(beta)
   * e^{-beta sqrt(a) mu t}. Beta is the root of that approximation = target, by bisection in (0,
   * 20]. A reference that needs no Erlang tables; Erlang C is the exact M/M/c answer.
   */
  public static SquareRoot squareRoot(double lambda, double mu, double t, double target) {
    if (!(target > 0 && target < 1)) {
      throw new IllegalArgumentException("target must be in (0, 1), got " + target);
    }
    if (!(lambda >= 0 && mu > 0 && t >= 0)) {
      throw new IllegalArgumentException("needs lambda >= 0, mu > 0 and t >= 0");
    }
    double a = lambda / mu;
    if (a == 0) {
      return new SquareRoot(0, 0);
    }
    double lo = 0;
    double hi = MAX_BETA;
    for (int i = 0; i < 100 && hi - lo > 1e-12; i++) {
      double mid = (lo + hi) / 2;
      if (halfinWhitt(mid, a, mu, t) >= target) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return new SquareRoot(hi, (int) Math.ceil(a + hi * Math.sqrt(a) - 1e-9));
  }

  /** The Halfin-Whitt approximation of P(wait <= t) at safety staffing {@code beta} > 0. */
  static double halfinWhitt(double beta, double a, double mu, double t) {
    double alpha = 1 / (1 + beta * NORMAL.cumulativeProbability(beta) / NORMAL.density(beta));
    return 1 - alpha * Math.exp(-beta * Math.sqrt(a) * mu * t);
  }
}
