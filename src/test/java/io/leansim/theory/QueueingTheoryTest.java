package io.leansim.theory;

import static io.leansim.theory.QueueingTheory.cobhamWaitMean;
import static io.leansim.theory.QueueingTheory.erlangB;
import static io.leansim.theory.QueueingTheory.erlangC;
import static io.leansim.theory.QueueingTheory.mmcQueueMean;
import static io.leansim.theory.QueueingTheory.mmcSystemMean;
import static io.leansim.theory.QueueingTheory.mmcWaitMean;
import static io.leansim.theory.QueueingTheory.mmcWaitQuantile;
import static io.leansim.theory.QueueingTheory.pollaczekKhinchineWaitMean;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The formulas of {@link io.leansim.theory.QueueingTheory} against textbook values and against
 * independent closed forms. Tolerances here are floating-point rounding (1e-12), not statistics.
 */
class QueueingTheoryTest {
  private static final double ROUNDING = 1e-12;

  @Test
  void erlangCForTwoServersAtOneErlangIsOneThird() {
    assertThat(erlangC(2, 1)).isCloseTo(1.0 / 3, within(ROUNDING));
  }

  @Test
  void erlangBForOneServerIsLoadOverOnePlusLoad() {
    assertThat(erlangB(1, 0.7)).isCloseTo(0.7 / 1.7, within(ROUNDING));
    assertThat(erlangB(2, 1)).isCloseTo(0.2, within(ROUNDING)); // (1/2) / (1 + 1 + 1/2)
  }

  @Test
  void erlangCForOneServerIsTheUtilization() {
    assertThat(erlangC(1, 0.8)).isCloseTo(0.8, within(ROUNDING));
  }

  @Test
  void erlangCMatchesTheClosedFormSum() {
    // C(c, a) = (a^c / c! * c / (c - a)) / (sum_{k<c} a^k / k! + a^c / c! * c / (c - a))
    for (int c = 1; c <= 30; c++) {
      for (double rho : new double[] {0.1, 0.5, 0.8, 0.95}) {
        double a = rho * c;
        double term = 1;
        double sum = 0;
        for (int k = 0; k < c; k++) {
          sum += term;
          term *= a / (k + 1);
        }
        double top = term * c / (c - a);
        assertThat(erlangC(c, a)).as("C(%d, %s)", c, a).isCloseTo(top / (sum + top), within(1e-10));
      }
    }
  }

  @Test
  void erlangCStaysFiniteForManyServers() {
    double c = erlangC(1000, 950);
    assertThat(c).isStrictlyBetween(0.0, 1.0);
  }

  @Test
  void mm1FormulasMatchTheTextbook() {
    // M/M/1 with lambda = 0.8, mu = 1: Wq = rho / (mu - lambda) = 4, Lq = 3.2, L = 4.
    assertThat(mmcWaitMean(0.8, 1, 1)).isCloseTo(4, within(ROUNDING));
    assertThat(mmcQueueMean(0.8, 1, 1)).isCloseTo(3.2, within(ROUNDING));
    assertThat(mmcSystemMean(0.8, 1, 1)).isCloseTo(4, within(ROUNDING));
    // P(Wq > t) = 0.8 e^{-0.2 t} = 0.1 at t = ln(8) / 0.2.
    assertThat(mmcWaitQuantile(0.8, 1, 1, 0.9)).isCloseTo(Math.log(8) / 0.2, within(ROUNDING));
    assertThat(mmcWaitQuantile(0.05, 1, 1, 0.9)).isZero();
  }

  @Test
  void mm2WaitIsOneThirdForOneErlang() {
    // lambda = 1, mu = 1, c = 2: Wq = C / (c mu - lambda) = (1/3) / 1.
    assertThat(mmcWaitMean(1, 1, 2)).isCloseTo(1.0 / 3, within(ROUNDING));
  }

  @Test
  void cobhamWithOneClassIsTheFifoWait() {
    assertThat(cobhamWaitMean(new double[] {2.4}, 1, 3, 1)).isCloseTo(mmcWaitMean(2.4, 1, 3), within(ROUNDING));
  }

  @Test
  void cobhamClassWaitsAverageToTheFifoWait() {
    // With equal service times the total work is the same for any non-preemptive order, so the
    // arrival-weighted mean of the class waits is the FIFO wait (Kleinrock's conservation law).
    double[] lambdas = {0.6, 0.9, 0.9};
    double weighted = 0;
    for (int k = 1; k <= 3; k++) {
      weighted += lambdas[k - 1] / 2.4 * cobhamWaitMean(lambdas, 1, 3, k);
    }
    assertThat(weighted).isCloseTo(mmcWaitMean(2.4, 1, 3), within(ROUNDING));
  }

  @Test
  void pollaczekKhinchineGivesTheMm1AndHalfOfItForMd1() {
    assertThat(pollaczekKhinchineWaitMean(0.7, 1, 1)).isCloseTo(mmcWaitMean(0.7, 1, 1), within(ROUNDING));
    assertThat(pollaczekKhinchineWaitMean(0.7, 1, 0)).isCloseTo(mmcWaitMean(0.7, 1, 1) / 2, within(ROUNDING));
  }

  @Test
  void unstableQueuesHaveNoSteadyState() {
    assertThatThrownBy(() -> erlangC(2, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pollaczekKhinchineWaitMean(1.2, 1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
