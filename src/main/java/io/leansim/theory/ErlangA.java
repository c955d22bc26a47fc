package io.leansim.theory;

import org.apache.commons.math3.special.Gamma;

/**
 * The Erlang-A (M/M/c+M) queue in steady state: Poisson arrivals at {@code lambda}, {@code c}
 * servers with exponential service of rate {@code mu}, one FIFO line of unlimited size, and each
 * waiting customer abandons after an exponential patience of rate {@code theta} (mean 1 / theta)
 * counted from joining the line; customers in service never abandon.
 *
 * <p>The number in system is a birth-death chain with birth rate lambda and death rate
 * min(n, c) mu + max(n - c, 0) theta, stable for every theta > 0. Its stationary probabilities are
 * summed from n = 0 upwards and the sum is truncated at the first n > c where the death rate exceeds
 * lambda (ratio r = lambda / death rate of n + 1 below 1) and the geometric bound p_n r / (1 - r)
 * on the remaining mass is below 1e-15 of the mass so far; ratios only fall after that n, so the
 * neglected mass is below that bound. With theta = 0 the chain is the M/M/c queue (needs lambda <
 * c mu).
 *
 * <p>Figures, by PASTA (arrivals see the stationary state) and Little's law:
 *
 * <ul>
 *   <li>{@code queueMean}: Lq = sum (n - c)^+ p_n;
 *   <li>{@code abandonProbability}: the abandonment rate theta Lq over lambda;
 *   <li>{@code waitMean}: mean time in line of every customer, abandoners included, Lq / lambda;
 *   <li>{@code waitServedMean}: mean wait of the customers who are served. An arrival that finds
 *       j >= 0 customers ahead of it in line moves up at rate c mu + j theta and abandons at rate
 *       theta; it is served with probability prod_{i=0..j} (c mu + i theta) / (c mu + (i + 1) theta)
 *       and, given that, waits sum_{i=0..j} 1 / (c mu + (i + 1) theta) on average (the holding time
 *       of a state of a Markov chain does not depend on the way it leaves).
 * </ul>
 *
 * @param states number of states kept (0 .. states - 1)
 */
public record ErlangA(double abandonProbability, double waitMean, double waitServedMean, double queueMean,
    int states) {

  /** Relative mass of the truncated tail of the stationary distribution. */
  public static final double TRUNCATION = 1e-15;

  /** The Erlang-A queue with the given rates ({@code theta} may be 0: no abandonment). */
  public static ErlangA of(double lambda, double mu, int c, double theta) {
    double[] p = stationary(lambda, mu, c, theta);
    double lq = 0;
    double waitServed = 0; // E[W 1{served}]
    double served = 0; // P(served)
    for (int n = 0; n < p.length; n++) {
      double pn = p[n];
      if (n < c) {
        served += pn;
        continue;
      }
      lq += (n - c) * pn;
    }
    // Customers ahead j = n - c, accumulate survival and mean holding times along j.
    double survive = 1;
    double hold = 0;
    for (int j = 0; c + j < p.length; j++) {
      double rate = c * mu + (j + 1) * theta;
      survive *= (c * mu + j * theta) / rate;
      hold += 1 / rate;
      double pn = p[c + j];
      served += pn * survive;
      waitServed += pn * survive * hold;
    }
    return new ErlangA(theta * lq / lambda, lq / lambda, waitServed / served, lq, p.length);
  }

  /**
   * The stationary distribution p_0 .. p_N of the number in system, truncated as the class comment
   * says, normalised to sum to 1.
   */
  static double[] stationary(double lambda, double mu, int c, double theta) {
    QueueingTheory.requireServers(c);
    if (!(lambda > 0 && mu > 0 && theta >= 0) || Double.isInfinite(lambda + mu + theta)) {
      throw new IllegalArgumentException("needs lambda > 0, mu > 0, theta >= 0");
    }
    if (theta == 0 && !(lambda < c * mu)) {
      throw new IllegalArgumentException("no steady state without abandonment: lambda >= c mu");
    }
    // Unnormalised p_n with p_0 = 1 would overflow for large loads: scale as we go.
    java.util.List<Double> p = new java.util.ArrayList<>();
    double term = 1;
    double mass = 0;
    p.add(term);
    mass += term;
    for (int n = 0; ; n++) {
      double death = Math.min(n + 1, c) * mu + Math.max(n + 1 - c, 0) * theta;
      double r = lambda / death;
      if (n > c && r < 1 && term * r / (1 - r) < TRUNCATION * mass) {
        break;
      }
      term *= r;
      p.add(term);
      mass += term;
      if (mass > 1e250) {
        for (int i = 0; i < p.size(); i++) {
          p.set(i, p.get(i) / mass);
        }
        term /= mass;
        mass = 1;
      }
      if (p.size() > 50_000_000) {
        throw new IllegalArgumentException("Erlang-A chain does not converge (theta too small?)");
      }
    }
    double[] out = new double[p.size()];
    for (int n = 0; n < out.length; n++) {
      out[n] = p.get(n) / mass;
    }
    return out;
  }

  /**
   * The share of customers of the Erlang-A queue who wait at most {@code t} in line, two ways:
   *
   * @param left P(time in line <= t), where the time in line of a customer who abandons is its
   *     patience
   * @param served P(served after a wait <= t): customers who abandon count as failures, as
   *     docs/results-format.md defines LeanSim's {@code service_level}
   */
  public record WaitWithin(double left, double served) {}

  /**
   * {@link WaitWithin} for the Erlang-A queue of {@link #of} and a wait limit {@code t >= 0}.
   *
   * <p>An arrival that finds n < c in system is served at once. One that finds n = c + j (j >= 0
   * customers ahead of it in line) leaves the line at the first event of a small chain: from i
   * ahead, the line ahead shrinks at rate c mu + i theta (a service ends, or one ahead abandons;
   * from i = 0 a service end calls it), and it abandons at rate theta. The probability that this
   * chain is absorbed (served, or served or abandoned) by t is computed for every j at once by
   * uniformization at rate q = c mu + (J + 1) theta (J the largest j kept): sum over k of the
   * Poisson(q t) weight of k times the probability of absorption within k jumps of the uniformized
   * chain, the Poisson sum cut where the geometric bound on its remaining mass is below 1e-15. With
   * theta = 0 this is Erlang C: P(W <= t) = 1 - C e^{-(c mu - lambda) t}.
   */
  public static WaitWithin waitWithin(double lambda, double mu, int c, double theta, double t) {
    if (!(t >= 0) || Double.isInfinite(t)) {
      throw new IllegalArgumentException("t must be a finite duration >= 0, got " + t);
    }
    double[] p = stationary(lambda, mu, c, theta);
    double noWait = 0;
    for (int n = 0; n < Math.min(c, p.length); n++) {
      noWait += p[n];
    }
    int jobs = p.length - c; // j = 0 .. jobs - 1
    if (jobs <= 0 || t == 0) {
      return new WaitWithin(noWait, noWait);
    }
    double q = c * mu + jobs * theta;
    double qt = q * t;
    double[] left = new double[jobs]; // P(absorbed within k jumps | j ahead)
    double[] served = new double[jobs];
    double[] leftBy = new double[jobs]; // the Poisson mixtures
    double[] servedBy = new double[jobs];
    for (int k = 0; ; k++) {
      double weight = Math.exp(-qt + k * Math.log(qt) - Gamma.logGamma(k + 1.0));
      for (int j = 0; j < jobs; j++) {
        leftBy[j] += weight * left[j];
        servedBy[j] += weight * served[j];
      }
      double r = qt / (k + 1);
      if (k > qt && weight * r / (1 - r) < 1e-15) {
        break;
      }
      // one jump, from the top down so that index j - 1 still holds the previous step
      for (int j = jobs - 1; j >= 0; j--) {
        double down = (c * mu + j * theta) / q;
        double stay = 1 - down - theta / q;
        double leftBelow = j == 0 ? 1 : left[j - 1];
        double servedBelow = j == 0 ? 1 : served[j - 1];
        left[j] = down * leftBelow + theta / q + stay * left[j];
        served[j] = down * servedBelow + stay * served[j];
      }
    }
    double sumLeft = noWait;
    double sumServed = noWait;
    for (int j = 0; j < jobs; j++) {
      sumLeft += p[c + j] * leftBy[j];
      sumServed += p[c + j] * servedBy[j];
    }
    return new WaitWithin(Math.min(1, sumLeft), Math.min(1, sumServed));
  }
}
