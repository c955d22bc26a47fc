package io.leansim.theory;

import io.leansim.scenario.ResourcePool;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * The M/M/c queue out of steady state, starting empty at time 0: Poisson arrivals at {@code
 * lambda}, exponential service of rate {@code mu}, FIFO, and a number of servers that may rise at
 * given times (a staffing plan of {@link ResourcePool.Shift}s: {@code staff} servers from {@code
 * from} on, none before the first). A new server takes the first waiting customer at once.
 *
 * <p>Method: the number in system is a continuous-time Markov chain with birth rate lambda and
 * death rate min(n, c(t)) mu. Between staffing changes its distribution is computed exactly by
 * uniformization (Jensen's method): with q = lambda + c mu and the jump matrix P = I + Q / q,
 * pi(s) = sum_k e^{-q s} (q s)^k / k! pi P^k; the Poisson sum is cut where the remaining Poisson
 * mass is below 1e-16 (a geometric bound past the mode). The time integral of E[N(s)] over a period
 * of length tau is exact too: the integral of a Poisson(q s) weight of k over [0, tau] is P(Poisson(q
 * tau) > k) / q.
 *
 * <p>Truncation: the chain is kept on states 0..N with arrivals refused at N, where N is the
 * smallest number with P(Poisson(lambda T) >= N) below 1e-12 for the horizon T. The number in
 * system never exceeds the arrivals so far, so the truncated chain differs from the true one with
 * probability below that bound ({@link Result#truncationBound}, checked).
 *
 * <p>Exact only when staff never drops: with fewer servers than customers in service, the real
 * queue lets the busy servers finish, which the chain on the number in system cannot express, so
 * falling staff is refused.
 */
public final class TransientMmc {
  /** Largest accepted bound on the probability mass lost by truncating the state space. */
  public static final double TRUNCATION = 1e-12;

  private static final double POISSON_TAIL = 1e-16;

  private TransientMmc() {}

  /**
   * The transient figures at and up to a horizon.
   *
   * @param meanAtHorizon E[N(T)], the mean number in system at the horizon T
   * @param timeAverageMean (1/T) times the integral of E[N(t)] over [0, T], the expected time-average
   *     number in system (what a run of length T without warm-up estimates as its WIP)
   * @param states number of states kept (N + 1)
   * @param truncationBound bound on the probability that the true chain leaves the kept states by T
   */
  public record Result(double meanAtHorizon, double timeAverageMean, int states, double truncationBound) {}

  /** E[N(t)] of an M/M/c queue empty at time 0. */
  public static double meanInSystem(double lambda, double mu, int c, double t) {
    return solve(lambda, mu, List.of(new ResourcePool.Shift(0, c)), t).meanAtHorizon();
  }

  /** The M/M/c queue empty at time 0, up to {@code horizon}, with {@code c} servers throughout. */
  public static Result solve(double lambda, double mu, int c, double horizon) {
    return solve(lambda, mu, List.of(new ResourcePool.Shift(0, c)), horizon);
  }

  /** The queue empty at time 0, up to {@code horizon}, staffed by {@code shifts} (staff never dropping). */
  public static Result solve(double lambda, double mu, List<ResourcePool.Shift> shifts, double horizon) {
    if (!(lambda > 0 && mu > 0 && horizon > 0) || Double.isInfinite(lambda + mu + horizon)) {
      throw new IllegalArgumentException("needs lambda > 0, mu > 0 and a finite horizon > 0");
    }
    if (shifts.isEmpty()) {
      throw new IllegalArgumentException("needs at least one shift");
    }
    for (int i = 1; i < shifts.size(); i++) {
      if (shifts.get(i).staff() < shifts.get(i - 1).staff()) {
        throw new IllegalArgumentException("staff must never drop for the chain to be exact");
      }
    }
    int n = truncation(lambda * horizon);
    double bound = poissonTail(lambda * horizon, n);
    if (!(bound < TRUNCATION)) {
      throw new IllegalStateException("truncation bound " + bound + " not below " + TRUNCATION);
    }
    // Periods of constant staff: boundaries at shift starts inside (0, horizon).
    List<double[]> periods = new ArrayList<>(); // {start, end, servers}
    double start = 0;
    int servers = staffAt(shifts, 0);
    for (ResourcePool.Shift s : shifts) {
      if (s.from() > 0 && s.from() < horizon) {
        periods.add(new double[] {start, s.from(), servers});
        start = s.from();
        servers = s.staff();
      }
    }
    periods.add(new double[] {start, horizon, servers});
    double[] pi = new double[n + 1];
    pi[0] = 1;
    double integral = 0;
    for (double[] period : periods) {
      double[] next = new double[n + 1];
      integral += advance(pi, lambda, mu, (int) period[2], period[1] - period[0], next);
      pi = next;
    }
    return new Result(mean(pi), integral / horizon, n + 1, bound);
  }

  private static int staffAt(List<ResourcePool.Shift> shifts, double t) {
    int staff = 0;
    for (ResourcePool.Shift s : shifts) {
      if (s.from() <= t) {
        staff = s.staff();
      }
    }
    return staff;
  }

  /**
   * Moves {@code pi} forward by {@code tau} into {@code out} by uniformization and returns the
   * integral of E[N(s)] over the period.
   */
  private static double advance(double[] pi, double lambda, double mu, int c, double tau, double[] out) {
    int last = pi.length - 1;
    double q = lambda + Math.max(c, 1) * mu;
    double qt = q * tau;
    double[] v = pi.clone();
    double[] w = new double[v.length];
    double cumulative = 0;
    double integral = 0;
    java.util.Arrays.fill(out, 0);
    for (int k = 0; ; k++) {
      double weight = Math.exp(-qt + k * Math.log(qt) - Gamma.logGamma(k + 1.0));
      if (qt == 0) {
        weight = k == 0 ? 1 : 0;
      }
      cumulative += weight;
      double m = mean(v);
      // integral over [0, tau] of the Poisson(q s) weight of k is P(Poisson(q tau) > k) / q
      integral += m * Math.max(0, 1 - cumulative) / q;
      for (int i = 0; i <= last; i++) {
        out[i] += weight * v[i];
      }
      double r = qt / (k + 1);
      if (k > qt && weight * r / (1 - r) < POISSON_TAIL) {
        break;
      }
      // one jump of the uniformized chain: w = v P
      java.util.Arrays.fill(w, 0);
      for (int i = 0; i <= last; i++) {
        double p = v[i];
        if (p == 0) {
          continue;
        }
        double up = i < last ? lambda / q : 0;
        double down = Math.min(i, c) * mu / q;
        if (i < last) {
          w[i + 1] += p * up;
        }
        if (i > 0) {
          w[i - 1] += p * down;
        }
        w[i] += p * (1 - up - down);
      }
      double[] t = v;
      v = w;
      w = t;
    }
    return integral;
  }

  private static double mean(double[] pi) {
    double m = 0;
    for (int i = 1; i < pi.length; i++) {
      m += i * pi[i];
    }
    return m;
  }

  /** Smallest n with P(Poisson(m) >= n) < TRUNCATION / 10. */
  private static int truncation(double m) {
    int n = (int) Math.ceil(m);
    while (poissonTail(m, n) >= TRUNCATION / 10) {
      n += 1 + n / 20;
    }
    return Math.max(n, 1);
  }

  /** P(Poisson(m) >= n), summed from n up with a geometric bound on the rest. */
  static double poissonTail(double m, int n) {
    double sum = 0;
    for (int k = n; ; k++) {
      double t = Math.exp(-m + k * Math.log(m) - Gamma.logGamma(k + 1.0));
      sum += t;
      double r = m / (k + 1);
      if (r < 1 && t * r / (1 - r) < 1e-3 * Math.max(sum, 1e-300)) {
        return sum + t * r / (1 - r);
      }
      if (k > n + 100_000) {
        return sum;
      }
    }
  }
}
