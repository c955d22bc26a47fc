package io.leansim.validation;

import static io.leansim.testing.Validation.assertAgrees;

import io.leansim.experiment.Summary;
import io.leansim.scenario.DistSpec;
import io.leansim.testing.Models;
import io.leansim.theory.QueueingTheory;
import io.leansim.testing.Validation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * M/M/1 with lambda = 0.7, mu = 1 (rho = 0.7) against its closed forms: Wq = rho / (mu - lambda),
 * W = 1 / (mu - lambda), Lq = lambda Wq, L = lambda W, utilisation rho, and the 90th percentile of
 * the wait from P(Wq > t) = rho e^{-(mu - lambda) t}.
 *
 * <p>Steady state: 20 replications of 40,000 minutes without drain, the first 1,000 discarded
 * (the relaxation time of this queue, 1 / (mu (1 - sqrt(rho))^2), is about 38 minutes); about
 * 27,000 customers per replication. K and the seed: {@link Validation}.
 */
class MM1ValidationTest {
  private static final double LAMBDA = 0.7;
  private static final double MU = 1;
  /** Largest half-width accepted, as a fraction of the theory value. */
  private static final double PRECISION = 0.05;

  private static Summary summary;

  @BeforeAll
  static void run() {
    summary = Validation.run(Models.singleQueue(LAMBDA, new DistSpec.Exponential(1 / MU), 1,
        Models.steady(40_000, 1_000, 20, Validation.SEED)));
  }

  @Test
  void waitMeanMatchesRhoOverMuMinusLambda() {
    double wq = QueueingTheory.mmcWaitMean(LAMBDA, MU, 1);
    assertAgrees("M/M/1 overall wait_mean", summary.overall().get("wait_mean"), wq, PRECISION);
    assertAgrees("M/M/1 step wait_mean", summary.steps().get("serve").get("wait_mean"), wq, PRECISION);
  }

  @Test
  void leadTimeMeanMatchesOneOverMuMinusLambda() {
    assertAgrees("M/M/1 lead_time_mean", summary.overall().get("lead_time_mean"), 1 / (MU - LAMBDA), PRECISION);
  }

  @Test
  void queueMeanMatchesLambdaTimesWait() {
    assertAgrees("M/M/1 queue_mean", summary.steps().get("serve").get("queue_mean"),
        QueueingTheory.mmcQueueMean(LAMBDA, MU, 1), PRECISION);
  }

  @Test
  void wipMeanMatchesRhoOverOneMinusRho() {
    assertAgrees("M/M/1 wip_mean", summary.overall().get("wip_mean"),
        QueueingTheory.mmcSystemMean(LAMBDA, MU, 1), PRECISION);
  }

  @Test
  void utilizationMatchesRho() {
    assertAgrees("M/M/1 utilization", summary.resources().get("desk").get("utilization"),
        QueueingTheory.utilization(LAMBDA, MU, 1), PRECISION);
  }

  @Test
  void waitP90MatchesTheExponentialTail() {
    assertAgrees("M/M/1 wait_p90", summary.overall().get("wait_p90"),
        QueueingTheory.mmcWaitQuantile(LAMBDA, MU, 1, 0.9), PRECISION);
  }
}
