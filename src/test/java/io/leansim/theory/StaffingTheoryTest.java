package io.leansim.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Service levels and staffing rules against Erlang C, limiting cases and an independent numerical
 * solution. Tolerances are numerical, not statistical.
 */
class StaffingTheoryTest {
  @Test
  void erlangAWaitWithinWithoutAbandonmentIsErlangC() {
    for (double t : new double[] {0, 0.1, 0.5, 2, 10}) {
      ErlangA.WaitWithin w = ErlangA.waitWithin(4, 1, 6, 0, t);
      double erlangC = 1 - QueueingTheory.mmcWaitTail(4, 1, 6, t);
      assertThat(w.left()).as("t = " + t).isCloseTo(erlangC, within(1e-9));
      assertThat(w.served()).as("t = " + t).isCloseTo(erlangC, within(1e-9));
    }
  }

  @Test
  void erlangAWaitWithinStartsAtNoWaitAndTendsToOneAndToTheServedShare() {
    double lambda = 6;
    double mu = 1;
    int c = 5;
    double theta = 0.4;
    double[] p = ErlangA.stationary(lambda, mu, c, theta);
    double noWait = 0;
    for (int n = 0; n < c; n++) {
      noWait += p[n];
    }
    ErlangA.WaitWithin zero = ErlangA.waitWithin(lambda, mu, c, theta, 0);
    assertThat(zero.left()).isCloseTo(noWait, within(1e-12));
    assertThat(zero.served()).isCloseTo(noWait, within(1e-12));
    ErlangA.WaitWithin late = ErlangA.waitWithin(lambda, mu, c, theta, 200);
    assertThat(late.left()).isCloseTo(1, within(1e-9));
    assertThat(late.served()).isCloseTo(1 - ErlangA.of(lambda, mu, c, theta).abandonProbability(), within(1e-9));
    double previous = 0;
    for (double t = 0; t <= 10; t += 0.5) {
      double left = ErlangA.waitWithin(lambda, mu, c, theta, t).left();
      assertThat(left).isGreaterThanOrEqualTo(previous - 1e-12);
      previous = left;
    }
  }

  @Test
  void erlangAWaitWithinAgreesWithTheKolmogorovEquationsSolvedByRungeKutta() {
    // The tagged customer's chain, solved independently: u_j(t) = P(out of line by t | j ahead),
    // u_j' = (c mu + j theta) (u_{j-1} - u_j) + theta (1 - u_j), u_{-1} = 1, u_j(0) = 0 (and the
    // same without the theta term for "served").
    double lambda = 3;
    double mu = 1;
    int c = 2;
    double theta = 0.5;
    double t = 1.5;
    double[] p = ErlangA.stationary(lambda, mu, c, theta);
    int jobs = p.length - c;
    double[] left = rungeKutta(jobs, c, mu, theta, t, true);
    double[] served = rungeKutta(jobs, c, mu, theta, t, false);
    double expectLeft = p[0] + p[1];
    double expectServed = p[0] + p[1];
    for (int j = 0; j < jobs; j++) {
      expectLeft += p[c + j] * left[j];
      expectServed += p[c + j] * served[j];
    }
    ErlangA.WaitWithin w = ErlangA.waitWithin(lambda, mu, c, theta, t);
    assertThat(w.left()).isCloseTo(expectLeft, within(1e-8));
    assertThat(w.served()).isCloseTo(expectServed, within(1e-8));
  }

  private static double[] rungeKutta(int jobs, int c, double mu, double theta, double t, boolean abandonCounts) {
    double[] u = new double[jobs];
    int steps = 20_000;
    double h = t / steps;
    for (int s = 0; s < steps; s++) {
      double[] k1 = derivative(u, c, mu, theta, abandonCounts);
      double[] k2 = derivative(add(u, k1, h / 2), c, mu, theta, abandonCounts);
      double[] k3 = derivative(add(u, k2, h / 2), c, mu, theta, abandonCounts);
      double[] k4 = derivative(add(u, k3, h), c, mu, theta, abandonCounts);
      for (int j = 0; j < jobs; j++) {
        u[j] += h / 6 * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]);
      }
    }
    return u;
  }

  private static double[] derivative(double[] u, int c, double mu, double theta, boolean abandonCounts) {
    double[] d = new double[u.length];
    for (int j = 0; j < u.length; j++) {
      double below = j == 0 ? 1 : u[j - 1];
      d[j] = (c * mu + j * theta) * (below - u[j]) + theta * ((abandonCounts ? 1 : 0) - u[j]);
    }
    return d;
  }

  private static double[] add(double[] u, double[] k, double h) {
    double[] out = new double[u.length];
    for (int j = 0; j < u.length; j++) {
      out[j] = u[j] + h * k[j];
    }
    return out;
  }

  @Test
  void smallestStaffIsTheFirstCountThatMeetsTheTarget() {
    double[][] cases = {{4, 1, 0, 0.5, 0.8}, {2, 1, 0, 0.5, 0.8}, {100, 1, 0, 0.05, 0.9}, {6, 1, 0.4, 0.25, 0.8},
        {30, 0.5, 0, 0, 0.5}, {0.3, 0.1, 1, 1, 0.95}};
    for (double[] k : cases) {
      double lambda = k[0];
      double mu = k[1];
      double theta = k[2];
      double t = k[3];
      double target = k[4];
      int c = StaffingTheory.smallestStaff(lambda, mu, theta, t, target, 10_000).orElseThrow();
      assertThat(StaffingTheory.serviceLevel(lambda, mu, theta, c, t)).isGreaterThanOrEqualTo(target);
      assertThat(StaffingTheory.serviceLevel(lambda, mu, theta, c - 1, t)).isLessThan(target);
    }
    assertThat(StaffingTheory.smallestStaff(4, 1, 0, 0.5, 0.8, 6)).hasValue(6);
    assertThat(StaffingTheory.smallestStaff(4, 1, 0, 0.5, 0.8, 5)).isEmpty();
    assertThat(StaffingTheory.smallestStaff(0, 1, 0, 0.5, 0.8, 5)).hasValue(0);
  }

  @Test
  void squareRootStaffingSolvesTheHalfinWhittApproximationAndIsCloseToErlangCForLargeLoads() {
    StaffingTheory.SquareRoot r = StaffingTheory.squareRoot(100, 1, 0.05, 0.9);
    assertThat(StaffingTheory.halfinWhitt(r.beta(), 100, 1, 0.05)).isCloseTo(0.9, within(1e-9));
    assertThat(r.servers()).isEqualTo((int) Math.ceil(100 + r.beta() * 10));
    int erlang = StaffingTheory.smallestStaff(100, 1, 0, 0.05, 0.9, 10_000).orElseThrow();
    assertThat(r.servers()).isBetween(erlang - 2, erlang + 2);
    assertThat(StaffingTheory.squareRoot(0, 1, 1, 0.8).servers()).isZero();
  }
}
