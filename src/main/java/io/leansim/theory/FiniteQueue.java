package io.leansim.theory;

/**
 * The M/M/c/K queue in steady state: Poisson arrivals at {@code lambda}, {@code c} servers with
 * exponential service of rate {@code mu}, FIFO, and room for K = c + queueLimit customers in the
 * system. LeanSim writes the waiting room as {@code queue_limit = K - c}: an arrival who finds
 * {@code queueLimit} customers waiting (so K in the system) balks and leaves at once. Stable for
 * any load.
 *
 * <p>The number in system is the birth-death chain on 0..K with birth rate lambda (below K) and
 * death rate min(n, c) mu; p_n is proportional to prod_{i=1..n} lambda / (min(i, c) mu), summed in
 * full (no truncation). By PASTA an arrival is blocked with probability p_K ({@code
 * blockProbability}); Lq = sum (n - c)^+ p_n ({@code queueMean}), and the mean wait of the admitted
 * customers is Lq / (lambda (1 - p_K)) by Little's law over admitted customers ({@code
 * waitAdmittedMean}). With queueLimit = 0 p_K is Erlang B.
 */
public record FiniteQueue(double blockProbability, double queueMean, double waitAdmittedMean) {

  /** The M/M/c/(c + queueLimit) queue. */
  public static FiniteQueue of(double lambda, double mu, int c, int queueLimit) {
    QueueingTheory.requireServers(c);
    if (!(lambda > 0 && mu > 0) || Double.isInfinite(lambda + mu)) {
      throw new IllegalArgumentException("needs lambda > 0 and mu > 0");
    }
    if (queueLimit < 0) {
      throw new IllegalArgumentException("queue limit must be >= 0, got " + queueLimit);
    }
    int k = c + queueLimit;
    double[] p = new double[k + 1];
    p[0] = 1;
    double mass = 1;
    for (int n = 1; n <= k; n++) {
      p[n] = p[n - 1] * lambda / (Math.min(n, c) * mu);
      mass += p[n];
      if (mass > 1e250) {
        for (int i = 0; i <= n; i++) {
          p[i] /= mass;
        }
        mass = 1;
      }
    }
    double lq = 0;
    for (int n = c + 1; n <= k; n++) {
      lq += (n - c) * p[n] / mass;
    }
    double block = p[k] / mass;
    return new FiniteQueue(block, lq, lq / (lambda * (1 - block)));
  }
}
