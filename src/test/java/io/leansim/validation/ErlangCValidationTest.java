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
 * M/M/c against Erlang C for c = 2 and c = 5 at utilisation 0.8 (mu = 1): Wq = C(c, a) / (c mu -
 * lambda), Lq = lambda Wq, L = Lq + a, utilisation lambda / (c mu), and the 90th percentile of the
 * wait from P(Wq > t) = C e^{-(c mu - lambda) t}.
 *
 * <p>Steady state: 20 replications of 60,000 minutes without drain, the first 1,000 discarded.
 * K and the seed: {@link Validation}.
 */
class ErlangCValidationTest {
  private static final double MU = 1;
  private static final double RHO = 0.8;
  /** Largest half-width accepted, as a fraction of the theory value. */
  private static final double PRECISION = 0.05;

  private static Summary two;
  private static Summary five;

  @BeforeAll
  static void run() {
    two = run(2);
    five = run(5);
  }

  private static Summary run(int c) {
    return Validation.run(Models.singleQueue(RHO * c * MU, new DistSpec.Exponential(1 / MU), c,
        Models.steady(60_000, 1_000, 20, Validation.SEED)));
  }

  private static void checkWait(Summary s, int c) {
    double lambda = RHO * c * MU;
    assertAgrees("M/M/" + c + " wait_mean", s.overall().get("wait_mean"),
        QueueingTheory.mmcWaitMean(lambda, MU, c), PRECISION);
    assertAgrees("M/M/" + c + " step wait_mean", s.steps().get("serve").get("wait_mean"),
        QueueingTheory.mmcWaitMean(lambda, MU, c), PRECISION);
  }

  private static void checkLengthsAndUtilization(Summary s, int c) {
    double lambda = RHO * c * MU;
    assertAgrees("M/M/" + c + " queue_mean", s.steps().get("serve").get("queue_mean"),
        QueueingTheory.mmcQueueMean(lambda, MU, c), PRECISION);
    assertAgrees("M/M/" + c + " wip_mean", s.overall().get("wip_mean"),
        QueueingTheory.mmcSystemMean(lambda, MU, c), PRECISION);
    assertAgrees("M/M/" + c + " utilization", s.resources().get("desk").get("utilization"),
        QueueingTheory.utilization(lambda, MU, c), PRECISION);
  }

  private static void checkWaitP90(Summary s, int c) {
    double lambda = RHO * c * MU;
    assertAgrees("M/M/" + c + " wait_p90", s.overall().get("wait_p90"),
        QueueingTheory.mmcWaitQuantile(lambda, MU, c, 0.9), PRECISION);
  }

  @Test
  void erlangCWaitMatchesTheoryForTwoServers() {
    checkWait(two, 2);
  }

  @Test
  void erlangCWaitMatchesTheoryForFiveServers() {
    checkWait(five, 5);
  }

  @Test
  void queueLengthWipAndUtilizationMatchTheoryForTwoServers() {
    checkLengthsAndUtilization(two, 2);
  }

  @Test
  void queueLengthWipAndUtilizationMatchTheoryForFiveServers() {
    checkLengthsAndUtilization(five, 5);
  }

  @Test
  void waitP90MatchesTheErlangCTailForTwoServers() {
    checkWaitP90(two, 2);
  }

  @Test
  void waitP90MatchesTheErlangCTailForFiveServers() {
    checkWaitP90(five, 5);
  }
}
