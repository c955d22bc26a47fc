package io.leansim.validation;

import static io.leansim.testing.Validation.assertAgrees;

import io.leansim.experiment.Summary;
import io.leansim.scenario.Discipline;
import io.leansim.testing.Models;
import io.leansim.theory.QueueingTheory;
import io.leansim.testing.Validation;
import io.leansim.testing.ValidationModels;
import org.junit.jupiter.api.Test;

/**
 * M/M/c with non-preemptive priority classes (types with {@code priority} 1, 2, 3 at a step with
 * discipline PRIORITY, the same exponential service for all) against Cobham's formula, W_k =
 * (C(c, a) / (c mu)) / ((1 - sigma_{k-1}) (1 - sigma_k)); see {@link QueueingTheory#cobhamWaitMean}.
 *
 * <p>Utilisation 0.8 in both models. Steady state: 20 replications of 60,000 minutes without
 * drain, the first 1,000 discarded. K and the seed: {@link Validation}.
 */
class PriorityValidationTest {
  private static final double MU = 1;
  /** Largest half-width accepted, as a fraction of the theory value. */
  private static final double PRECISION = 0.05;

  private static void check(double[] lambdas, int c) {
    Summary s = Validation.run(ValidationModels.priorityQueue(lambdas, MU, c, Discipline.PRIORITY,
        Models.steady(60_000, 1_000, 20, Validation.SEED)));
    for (int k = 1; k <= lambdas.length; k++) {
      String type = ValidationModels.className(k);
      assertAgrees("M/M/" + c + " priority class " + k + " of " + lambdas.length + " wait_mean",
          s.types().get(type).get("wait_mean"), QueueingTheory.cobhamWaitMean(lambdas, MU, c, k), PRECISION);
    }
  }

  @Test
  void cobhamClassWaitsMatchForTwoClassesOnTwoServers() {
    check(new double[] {0.6, 1.0}, 2);
  }

  @Test
  void cobhamClassWaitsMatchForThreeClassesOnThreeServers() {
    check(new double[] {0.6, 0.9, 0.9}, 3);
  }
}
