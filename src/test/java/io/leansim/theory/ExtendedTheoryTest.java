package io.leansim.theory;

import static io.leansim.theory.QueueingTheory.erlangB;
import static io.leansim.theory.QueueingTheory.erlangC;
import static io.leansim.theory.QueueingTheory.mmcQueueMean;
import static io.leansim.theory.QueueingTheory.mmcSojournMean;
import static io.leansim.theory.QueueingTheory.mmcSystemMean;
import static io.leansim.theory.QueueingTheory.mmcWaitMean;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.leansim.scenario.ResourcePool;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Erlang-A, M/M/c/K, feedback, preemptive priority and the transient M/M/c against textbook values,
 * limiting cases and independent computations. Tolerances are numerical, not statistical.
 */
class ExtendedTheoryTest {
  private static final double ROUNDING = 1e-12;

  @Test
  void waitTailIsErlangCAtZeroAndMatchesTheQuantile() {
    assertThat(QueueingTheory.mmcWaitTail(4, 1, 5, 0)).isCloseTo(erlangC(5, 4), within(ROUNDING));
    double q = QueueingTheory.mmcWaitQuantile(4, 1, 5, 0.9);
    assertThat(QueueingTheory.mmcWaitTail(4, 1, 5, q)).isCloseTo(0.1, within(ROUNDING));
  }

  @Test
  void erlangAWithoutAbandonmentIsErlangC() {
    ErlangA a = ErlangA.of(4, 1, 5, 0);
    assertThat(a.abandonProbability()).isZero();
    assertThat(a.waitMean()).isCloseTo(mmcWaitMean(4, 1, 5), within(1e-12));
    assertThat(a.waitServedMean()).isCloseTo(mmcWaitMean(4, 1, 5), within(1e-12));
    assertThat(a.queueMean()).isCloseTo(mmcQueueMean(4, 1, 5), within(1e-12));
  }

  @Test
  void erlangAApproachesErlangCAsPatienceGrows() {
    ErlangA a = ErlangA.of(4, 1, 5, 1e-7);
    assertThat(a.waitMean()).isCloseTo(mmcWaitMean(4, 1, 5), within(1e-5));
    assertThat(a.abandonProbability()).isCloseTo(1e-7 * mmcWaitMean(4, 1, 5), within(1e-10));
  }

  @Test
  void erlangAWithPatienceEqualToServiceIsAnInfiniteServerQueue() {
    // theta = mu: death rate n mu in every state, so N is Poisson(lambda / mu) (M/M/infinity);
    // the customers in line are those beyond c.
    double lambda = 3;
    int c = 2;
    ErlangA a = ErlangA.of(lambda, 1, c, 1);
    double lq = 0;
    double pn = Math.exp(-lambda);
    for (int n = 0; n < 200; n++) {
      lq += Math.max(n - c, 0) * pn;
      pn *= lambda / (n + 1);
    }
    assertThat(a.queueMean()).isCloseTo(lq, within(1e-12));
    assertThat(a.abandonProbability()).isCloseTo(lq / lambda, within(1e-12));
  }

  @Test
  void erlangAServedWaitAgreesWithTheMeanWaitOfEveryone() {
    // E[W] = P(served) E[W | served] + P(abandon) E[W | abandon]; an abandoner with j ahead
    // waits, given that it abandons, the same holding times as a served one up to the state it
    // left from. Independent check: P(abandon) = theta E[W] (every waiting moment carries the
    // abandonment hazard theta).
    ErlangA a = ErlangA.of(5.5, 1, 5, 0.5);
    assertThat(a.abandonProbability()).isCloseTo(0.5 * a.waitMean(), within(ROUNDING));
    assertThat(a.waitServedMean()).isGreaterThan(0).isLessThan(a.waitMean() / (1 - a.abandonProbability()) + 1e-9);
    // Mean wait of everyone recomputed from arrivals' view: sum over j of P(j ahead) E[W | j],
    // where E[W | j] = sum_{i=0..j} P(reach i) / (c mu + (i + 1) theta).
    double lambda = 5.5;
    int c = 5;
    double theta = 0.5;
    double[] p = new double[400];
    p[0] = 1;
    double mass = 1;
    for (int n = 1; n < p.length; n++) {
      p[n] = p[n - 1] * lambda / (Math.min(n, c) + Math.max(n - c, 0) * theta);
      mass += p[n];
    }
    double wait = 0;
    double served = 0;
    double servedWait = 0;
    for (int j = 0; c + j < p.length; j++) {
      double reach = 1;
      double w = 0;
      double hold = 0;
      for (int i = j; i >= 0; i--) { // from j ahead down to 0 ahead
        double rate = c + (i + 1) * theta;
        w += reach / rate;
        hold += 1 / rate;
        reach *= (c + i * theta) / rate;
      }
      wait += p[c + j] / mass * w;
      served += p[c + j] / mass * reach;
      servedWait += p[c + j] / mass * reach * hold;
    }
    for (int n = 0; n < c; n++) {
      served += p[n] / mass;
    }
    assertThat(a.waitMean()).isCloseTo(wait, within(1e-12));
    assertThat(a.abandonProbability()).isCloseTo(1 - served, within(1e-12));
    assertThat(a.waitServedMean()).isCloseTo(servedWait / served, within(1e-12));
  }

  @Test
  void finiteQueueWithoutRoomIsErlangB() {
    assertThat(FiniteQueue.of(3, 1, 4, 0).blockProbability()).isCloseTo(erlangB(4, 3), within(ROUNDING));
    assertThat(FiniteQueue.of(3, 1, 4, 0).queueMean()).isZero();
  }

  @Test
  void finiteQueueWithHugeRoomIsTheMmcQueue() {
    FiniteQueue q = FiniteQueue.of(4, 1, 5, 5000);
    assertThat(q.blockProbability()).isLessThan(1e-300 + 1e-100);
    assertThat(q.waitAdmittedMean()).isCloseTo(mmcWaitMean(4, 1, 5), within(1e-12));
    assertThat(q.queueMean()).isCloseTo(mmcQueueMean(4, 1, 5), within(1e-12));
  }

  @Test
  void finiteSingleServerQueueMatchesTheTextbookMm1k() {
    // M/M/1/K: p_K = (1 - rho) rho^K / (1 - rho^{K+1}).
    double rho = 0.9;
    int k = 4;
    FiniteQueue q = FiniteQueue.of(rho, 1, 1, k - 1);
    assertThat(q.blockProbability()).isCloseTo((1 - rho) * Math.pow(rho, k) / (1 - Math.pow(rho, k + 1)),
        within(ROUNDING));
    // L = rho / (1 - rho) - (K + 1) rho^{K+1} / (1 - rho^{K+1}); Lq = L - (1 - p_0)
    double l = rho / (1 - rho) - (k + 1) * Math.pow(rho, k + 1) / (1 - Math.pow(rho, k + 1));
    double p0 = (1 - rho) / (1 - Math.pow(rho, k + 1));
    assertThat(q.queueMean()).isCloseTo(l - (1 - p0), within(ROUNDING));
  }

  @Test
  void feedbackWithoutReturnsIsTheMm1Queue() {
    assertThat(QueueingTheory.feedbackVisits(0)).isEqualTo(1);
    assertThat(QueueingTheory.feedbackWaitPerVisit(0.7, 1, 0)).isCloseTo(mmcWaitMean(0.7, 1, 1), within(ROUNDING));
    assertThat(QueueingTheory.feedbackSojournMean(0.7, 1, 0)).isCloseTo(mmcSojournMean(0.7, 1, 1), within(ROUNDING));
  }

  @Test
  void feedbackSojournIsVisitsTimesTimePerVisit() {
    double lambda = 0.5;
    double p = 0.3;
    double visits = QueueingTheory.feedbackVisits(p);
    assertThat(visits).isCloseTo(1 / 0.7, within(ROUNDING));
    assertThat(QueueingTheory.feedbackSojournMean(lambda, 1, p))
        .isCloseTo(visits * (QueueingTheory.feedbackWaitPerVisit(lambda, 1, p) + 1), within(ROUNDING));
    // lambda = 0.5, p = 0.3: rho = 0.5 / 0.7, T = rho / (1 - rho) / lambda = 2.5 / 0.5 = 5.
    assertThat(QueueingTheory.feedbackSojournMean(lambda, 1, p)).isCloseTo(5, within(ROUNDING));
  }

  @Test
  void preemptiveTopClassIsAnMm1QueueOnItsOwn() {
    double[] lambdas = {0.3, 0.5};
    assertThat(QueueingTheory.preemptiveResumeSojournMean(lambdas, 1, 1))
        .isCloseTo(mmcSojournMean(0.3, 1, 1), within(ROUNDING));
  }

  @Test
  void preemptiveClassesConserveTheFifoNumberInSystem() {
    // With identical exponential service the number in system does not depend on the
    // work-conserving order, so sum_k lambda_k T_k = L of the M/M/1 queue.
    double[] lambdas = {0.2, 0.3, 0.25};
    double l = 0;
    for (int k = 1; k <= 3; k++) {
      l += lambdas[k - 1] * QueueingTheory.preemptiveResumeSojournMean(lambdas, 1.1, k);
    }
    assertThat(l).isCloseTo(mmcSystemMean(0.75, 1.1, 1), within(ROUNDING));
    assertThat(QueueingTheory.preemptiveResumeDelayMean(lambdas, 1.1, 2))
        .isCloseTo(QueueingTheory.preemptiveResumeSojournMean(lambdas, 1.1, 2) - 1 / 1.1, within(ROUNDING));
  }

  @Test
  void transientSingleServerMatchesTheInfiniteServerFormulaWhenNobodyQueues() {
    // With many servers nobody waits: M/M/infinity from empty has E[N(t)] = (lambda / mu)(1 - e^{-mu t}),
    // time average (lambda / mu)(1 - (1 - e^{-mu T}) / (mu T)).
    double lambda = 0.5;
    double t = 3;
    TransientMmc.Result r = TransientMmc.solve(lambda, 1, 60, t);
    assertThat(r.meanAtHorizon()).isCloseTo(lambda * (1 - Math.exp(-t)), within(1e-11));
    assertThat(r.timeAverageMean()).isCloseTo(lambda * (1 - (1 - Math.exp(-t)) / t), within(1e-11));
    assertThat(r.truncationBound()).isLessThan(TransientMmc.TRUNCATION);
  }

  @Test
  void transientMmcApproachesTheStationaryMean() {
    TransientMmc.Result r = TransientMmc.solve(4, 1, 5, 400);
    assertThat(r.meanAtHorizon()).isCloseTo(mmcSystemMean(4, 1, 5), within(1e-8));
    assertThat(r.timeAverageMean()).isLessThan(mmcSystemMean(4, 1, 5));
  }

  @Test
  void transientMm1AgreesWithAnIndependentOdeSolution() {
    // Forward Kolmogorov equations integrated by classical Runge-Kutta with a fine step.
    double lambda = 0.9;
    double mu = 1;
    int c = 1;
    double horizon = 5;
    int n = 80;
    double[] p = new double[n + 1];
    p[0] = 1;
    double h = 1e-3;
    double area = 0;
    int steps = (int) Math.round(horizon / h);
    for (int s = 0; s < steps; s++) {
      double m0 = mean(p);
      double[] k1 = deriv(p, lambda, mu, c);
      double[] k2 = deriv(add(p, k1, h / 2), lambda, mu, c);
      double[] k3 = deriv(add(p, k2, h / 2), lambda, mu, c);
      double[] k4 = deriv(add(p, k3, h), lambda, mu, c);
      for (int i = 0; i <= n; i++) {
        p[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
      }
      area += h / 2 * (m0 + mean(p)); // trapezoid: error O(h^2)
    }
    TransientMmc.Result r = TransientMmc.solve(lambda, mu, c, horizon);
    assertThat(r.meanAtHorizon()).isCloseTo(mean(p), within(1e-9));
    assertThat(r.timeAverageMean()).isCloseTo(area / horizon, within(1e-6));
  }

  @Test
  void risingStaffGivesTheSameAnswerAsSolvingInTwoSteps() {
    // One server until 2, three after: E[N] at 2 with one server, then compare the shift chain
    // with its extreme cases.
    double lambda = 2;
    List<ResourcePool.Shift> shifts = List.of(new ResourcePool.Shift(0, 1), new ResourcePool.Shift(2, 3));
    TransientMmc.Result shift = TransientMmc.solve(lambda, 1, shifts, 6);
    TransientMmc.Result one = TransientMmc.solve(lambda, 1, 1, 6);
    TransientMmc.Result three = TransientMmc.solve(lambda, 1, 3, 6);
    assertThat(shift.meanAtHorizon()).isStrictlyBetween(three.meanAtHorizon(), one.meanAtHorizon());
    assertThat(shift.timeAverageMean()).isStrictlyBetween(three.timeAverageMean(), one.timeAverageMean());
    // before the change the shift plan is the one-server queue
    TransientMmc.Result early = TransientMmc.solve(lambda, 1, shifts, 2);
    assertThat(early.meanAtHorizon()).isCloseTo(TransientMmc.meanInSystem(lambda, 1, 1, 2), within(1e-12));
    // a shift that starts at 0 is the plain queue
    assertThat(TransientMmc.solve(lambda, 1, List.of(new ResourcePool.Shift(0, 3)), 6).timeAverageMean())
        .isCloseTo(three.timeAverageMean(), within(1e-12));
    assertThatThrownBy(() -> TransientMmc.solve(lambda, 1,
        List.of(new ResourcePool.Shift(0, 3), new ResourcePool.Shift(2, 1)), 6))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void risingStaffAgreesWithAnIndependentOdeSolution() {
    double lambda = 2;
    List<ResourcePool.Shift> shifts = List.of(new ResourcePool.Shift(0, 1), new ResourcePool.Shift(2, 3));
    int n = 120;
    double[] p = new double[n + 1];
    p[0] = 1;
    double h = 1e-3;
    double area = 0;
    for (int s = 0; s < 6000; s++) {
      int c = s < 2000 ? 1 : 3;
      double m0 = mean(p);
      double[] k1 = deriv(p, lambda, 1, c);
      double[] k2 = deriv(add(p, k1, h / 2), lambda, 1, c);
      double[] k3 = deriv(add(p, k2, h / 2), lambda, 1, c);
      double[] k4 = deriv(add(p, k3, h), lambda, 1, c);
      for (int i = 0; i <= n; i++) {
        p[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
      }
      area += h / 2 * (m0 + mean(p));
    }
    TransientMmc.Result r = TransientMmc.solve(lambda, 1, shifts, 6);
    assertThat(r.meanAtHorizon()).isCloseTo(mean(p), within(1e-9));
    assertThat(r.timeAverageMean()).isCloseTo(area / 6, within(1e-6));
  }

  private static double[] deriv(double[] p, double lambda, double mu, int c) {
    int n = p.length - 1;
    double[] d = new double[p.length];
    for (int i = 0; i <= n; i++) {
      double up = i < n ? lambda : 0;
      double down = Math.min(i, c) * mu;
      d[i] -= (up + down) * p[i];
      if (i < n) {
        d[i + 1] += up * p[i];
      }
      if (i > 0) {
        d[i - 1] += down * p[i];
      }
    }
    return d;
  }

  private static double[] add(double[] p, double[] k, double h) {
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = p[i] + h * k[i];
    }
    return out;
  }

  private static double mean(double[] p) {
    double m = 0;
    for (int i = 0; i < p.length; i++) {
      m += i * p[i];
    }
    return m;
  }
}
