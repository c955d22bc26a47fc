package io.leansim.validation;

import static io.leansim.testing.Validation.assertAgrees;

import io.leansim.experiment.Summary;
import io.leansim.scenario.DistSpec;
import io.leansim.testing.Models;
import io.leansim.theory.QueueingTheory;
import io.leansim.testing.Validation;
import io.leansim.testing.ValidationModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A tandem line (a Jackson network in series): Poisson arrivals at lambda = 0.7 walk an M/M/1
 * station (mean service 1) and then an M/M/2 station (mean service 2 per server). By Burke's
 * theorem the departures of an M/M/c queue are Poisson, so each station behaves in steady state as
 * its own M/M/c queue (rho = 0.7 at both); the total wait is the sum of the station waits.
 *
 * <p>Steady state: 20 replications of 40,000 minutes without drain, the first 1,000 discarded.
 * K and the seed: {@link Validation}.
 */
class TandemValidationTest {
  private static final double LAMBDA = 0.7;
  private static final double MU0 = 1;
  private static final double MU1 = 0.5;
  /** Largest half-width accepted, as a fraction of the theory value. */
  private static final double PRECISION = 0.05;

  private static Summary summary;

  @BeforeAll
  static void run() {
    summary = Validation.run(ValidationModels.tandem(LAMBDA, new int[] {1, 2},
        new DistSpec[] {new DistSpec.Exponential(1 / MU0), new DistSpec.Exponential(1 / MU1)},
        Models.steady(40_000, 1_000, 20, Validation.SEED)));
  }

  @Test
  void eachStationWaitMatchesItsOwnMmcFormula() {
    assertAgrees("tandem M/M/1 station wait_mean", summary.steps().get("s0").get("wait_mean"),
        QueueingTheory.mmcWaitMean(LAMBDA, MU0, 1), PRECISION);
    assertAgrees("tandem M/M/2 station wait_mean", summary.steps().get("s1").get("wait_mean"),
        QueueingTheory.mmcWaitMean(LAMBDA, MU1, 2), PRECISION);
    assertAgrees("tandem M/M/2 station queue_mean", summary.steps().get("s1").get("queue_mean"),
        QueueingTheory.mmcQueueMean(LAMBDA, MU1, 2), PRECISION);
  }

  @Test
  void totalWaitAndLeadTimeAreSumsOverStations() {
    double wait = QueueingTheory.mmcWaitMean(LAMBDA, MU0, 1) + QueueingTheory.mmcWaitMean(LAMBDA, MU1, 2);
    assertAgrees("tandem overall wait_mean", summary.overall().get("wait_mean"), wait, PRECISION);
    assertAgrees("tandem lead_time_mean", summary.overall().get("lead_time_mean"), wait + 1 / MU0 + 1 / MU1,
        PRECISION);
    assertAgrees("tandem wip_mean", summary.overall().get("wip_mean"),
        QueueingTheory.mmcSystemMean(LAMBDA, MU0, 1) + QueueingTheory.mmcSystemMean(LAMBDA, MU1, 2), PRECISION);
  }
}
