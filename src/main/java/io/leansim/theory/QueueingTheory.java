package io.leansim.theory;

/**
 * Closed-form steady-state results of queueing theory that the analytic validation tests compare
 * the simulator with. Rates are per time unit; every queue here has Poisson arrivals, a FIFO line
 * of unlimited size (unless stated) and identical servers.
 *
 * <p>Notation: {@code lambda} arrival rate, {@code mu} service rate of one server (mean service
 * time 1/mu), {@code c} servers, offered load {@code a = lambda / mu} (in Erlangs) and server
 * utilisation {@code rho = a / c}, which must be below 1 for a steady state to exist.
 *
 * <p>Models with abandonment, a finite waiting room and time-dependent behaviour live in {@link
 * ErlangA}, {@link FiniteQueue} and {@link TransientMmc}.
 */
public final class QueueingTheory {
  private QueueingTheory() {}

  /**
   * Erlang B, the blocking probability of an M/M/c/c loss system with offered load {@code a},
   * by the numerically stable recursion B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1)). The recursion
   * never forms a^c or c!, so it neither overflows nor loses precision for large c.
   */
  public static double erlangB(int c, double a) {
    requireServers(c);
    if (!(a >= 0) || Double.isInfinite(a)) {
      throw new IllegalArgumentException("offered load must be >= 0, got " + a);
    }
    double b = 1;
    for (int k = 1; k <= c; k++) {
      b = a * b / (k + a * b);
    }
    return b;
  }

  /**
   * Erlang C, the probability that an arriving customer of an M/M/c queue has to wait (all c
   * servers busy), from Erlang B: C = c B / (c - a (1 - B)), valid for a < c.
   */
  public static double erlangC(int c, double a) {
    requireStable(c, a);
    double b = erlangB(c, a);
    return c * b / (c - a * (1 - b));
  }

  /** Server utilisation of an M/G/c queue: rho = lambda / (c mu). */
  public static double utilization(double lambda, double mu, int c) {
    requireStable(c, lambda / mu);
    return lambda / (c * mu);
  }

  /**
   * Mean wait in queue Wq of an M/M/c queue: Erlang C divided by the rate at which the queue
   * empties while all servers are busy, Wq = C(c, a) / (c mu - lambda). For c = 1 this is
   * rho / (mu - lambda).
   */
  public static double mmcWaitMean(double lambda, double mu, int c) {
    return erlangC(c, lambda / mu) / (c * mu - lambda);
  }

  /** Mean number waiting in the queue of an M/M/c queue, Lq = lambda Wq (Little's law). */
  public static double mmcQueueMean(double lambda, double mu, int c) {
    return lambda * mmcWaitMean(lambda, mu, c);
  }

  /** Mean time in system of an M/M/c queue, W = Wq + 1 / mu. */
  public static double mmcSojournMean(double lambda, double mu, int c) {
    return mmcWaitMean(lambda, mu, c) + 1 / mu;
  }

  /** Mean number in system of an M/M/c queue, L = lambda W (Little's law). */
  public static double mmcSystemMean(double lambda, double mu, int c) {
    return lambda * mmcSojournMean(lambda, mu, c);
  }

  /**
   * The p-quantile of the FIFO wait in queue of an M/M/c queue. The wait is 0 with probability
   * 1 - C and otherwise exponential with rate c mu - lambda, so P(Wq > t) = C e^{-(c mu - lambda) t}
   * (for c = 1: rho e^{-(mu - lambda) t}); the quantile is ln(C / (1 - p)) / (c mu - lambda), or 0
   * when 1 - p >= C.
   */
  public static double mmcWaitQuantile(double lambda, double mu, int c, double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p must be in (0, 1), got " + p);
    }
    double wait = erlangC(c, lambda / mu);
    return wait <= 1 - p ? 0 : Math.log(wait / (1 - p)) / (c * mu - lambda);
  }

  /**
   * Cobham's formula for the mean wait in queue of priority class {@code k} (1 = called first) of
   * an M/M/c queue with non-preemptive priorities, FIFO within a class, and the same exponential
   * service rate {@code mu} for every class:
   *
   * <p>W_k = (C(c, a) / (c mu)) / ((1 - sigma_{k-1}) (1 - sigma_k)), with sigma_k = sum over the
   * classes i <= k of lambda_i / (c mu), sigma_0 = 0 and a the total offered load. C(c, a) / (c mu)
   * is the mean time until the next server frees up, seen by an arrival (it has to wait with
   * probability C, then the residual time to a departure is exponential with rate c mu).
   *
   * @param lambdas arrival rate of each class, in priority order (index 0 is class 1)
   * @param k the class, from 1
   */
  public static double cobhamWaitMean(double[] lambdas, double mu, int c, int k) {
    if (k < 1 || k > lambdas.length) {
      throw new IllegalArgumentException("class " + k + " not in 1.." + lambdas.length);
    }
    double total = 0;
    for (double l : lambdas) {
      total += l;
    }
    double residual = erlangC(c, total / mu) / (c * mu);
    double sigmaBefore = 0;
    for (int i = 0; i < k - 1; i++) {
      sigmaBefore += lambdas[i] / (c * mu);
    }
    double sigma = sigmaBefore + lambdas[k - 1] / (c * mu);
    return residual / ((1 - sigmaBefore) * (1 - sigma));
  }

  /**
   * The Pollaczek-Khinchine formula for the mean wait in queue of an M/G/1 queue with service time
   * S of mean {@code meanService} and variance {@code varService}: Wq = lambda E[S^2] / (2 (1 - rho)),
   * with E[S^2] = Var S + (E S)^2 and rho = lambda E S.
   */
  public static double pollaczekKhinchineWaitMean(double lambda, double meanService, double varService) {
    double rho = lambda * meanService;
    requireStable(1, rho);
    double secondMoment = varService + meanService * meanService;
    return lambda * secondMoment / (2 * (1 - rho));
  }

  /**
   * The tail of the FIFO wait in queue of an M/M/c queue: P(Wq > t) = C(c, a) e^{-(c mu - lambda) t}
   * for t >= 0 (an arrival waits with the Erlang C probability, and then for the first of the
   * customers ahead of it and the c in service to clear, an exponential time of rate c mu - lambda).
   */
  public static double mmcWaitTail(double lambda, double mu, int c, double t) {
    if (!(t >= 0)) {
      throw new IllegalArgumentException("t must be >= 0, got " + t);
    }
    return erlangC(c, lambda / mu) * Math.exp(-(c * mu - lambda) * t);
  }

  /**
   * Mean time in system of class {@code k} (1 = highest) of an M/M/1 queue with preemptive-resume
   * priorities: Poisson arrivals per class, exponential service with the same mean 1/mu for every
   * class, FIFO within a class, and an arrival of a strictly higher class interrupting the service
   * in progress, which resumes later where it stopped. Class k does not see lower classes, so
   *
   * <p>T_k = (1/mu) / (1 - sigma_{k-1}) + (sum_{i <= k} lambda_i / mu^2) / ((1 - sigma_{k-1})
   * (1 - sigma_k)),
   *
   * <p>with sigma_k = sum_{i <= k} lambda_i / mu: the first term is the own service stretched by
   * the higher-class work arriving during it, the second the residual work of classes 1..k found on
   * arrival (for exponential service E[S^2] / 2 = 1 / mu^2) and the higher-class work arriving
   * while it waits.
   *
   * @param lambdas arrival rate of each class, in priority order (index 0 is class 1)
   * @param k the class, from 1
   */
  public static double preemptiveResumeSojournMean(double[] lambdas, double mu, int k) {
    if (k < 1 || k > lambdas.length) {
      throw new IllegalArgumentException("class " + k + " not in 1.." + lambdas.length);
    }
    double total = 0;
    for (double l : lambdas) {
      total += l;
    }
    requireStable(1, total / mu);
    double sigmaBefore = 0;
    for (int i = 0; i < k - 1; i++) {
      sigmaBefore += lambdas[i] / mu;
    }
    double sigma = sigmaBefore + lambdas[k - 1] / mu;
    double residual = sigma / mu; // sum_{i <= k} lambda_i / mu^2
    return (1 / mu) / (1 - sigmaBefore) + residual / ((1 - sigmaBefore) * (1 - sigma));
  }

  /**
   * Mean time class {@code k} of the preemptive-resume M/M/1 queue of {@link
   * #preemptiveResumeSojournMean} spends not being served (waiting before its first service and
   * while interrupted): T_k - 1/mu.
   */
  public static double preemptiveResumeDelayMean(double[] lambdas, double mu, int k) {
    return preemptiveResumeSojournMean(lambdas, mu, k) - 1 / mu;
  }

  /**
   * Visits per customer of a step with Bernoulli feedback: after each service the customer comes
   * back with probability {@code p}, independently, so the visits are geometric with mean 1 / (1 - p).
   */
  public static double feedbackVisits(double p) {
    if (!(p >= 0 && p < 1)) {
      throw new IllegalArgumentException("feedback probability must be in [0, 1), got " + p);
    }
    return 1 / (1 - p);
  }

  /**
   * Mean wait in queue per visit of an M/M/1 queue with Bernoulli feedback: Poisson arrivals at
   * {@code lambda}, exponential service of rate {@code mu} at every visit (a fresh draw), and after
   * each service the customer rejoins the back of the queue with probability {@code p}. The number
   * in system is a birth-death chain with birth rate lambda and death rate mu (1 - p), that is the
   * M/M/1 queue with utilisation rho = Lambda / mu where Lambda = lambda / (1 - p) is the rate of
   * visits; so Lq = rho^2 / (1 - rho) and, by Little's law over visits, Wq = Lq / Lambda = rho /
   * (mu - Lambda), the M/M/1 wait at the visit rate.
   */
  public static double feedbackWaitPerVisit(double lambda, double mu, double p) {
    double visitRate = lambda * feedbackVisits(p);
    return mmcWaitMean(visitRate, mu, 1);
  }

  /**
   * Mean total time in system per customer of the M/M/1 queue with Bernoulli feedback of {@link
   * #feedbackWaitPerVisit}: L / lambda with L = rho / (1 - rho) (Little's law over customers), which
   * is also visits x (wait per visit + 1 / mu).
   */
  public static double feedbackSojournMean(double lambda, double mu, double p) {
    double rho = utilization(lambda * feedbackVisits(p), mu, 1);
    return rho / (1 - rho) / lambda;
  }

  static void requireServers(int c) {
    if (c < 1) {
      throw new IllegalArgumentException("needs at least one server, got " + c);
    }
  }

  static void requireStable(int c, double a) {
    requireServers(c);
    if (!(a >= 0 && a < c)) {
      throw new IllegalArgumentException("no steady state: offered load " + a + " with " + c + " servers");
    }
  }
}
