package io.leansim.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.experiment.Experiment;
import io.leansim.experiment.Summary;
import io.leansim.scenario.Discipline;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.Scenario;
import io.leansim.testing.Models;
import io.leansim.testing.Validation;
import io.leansim.testing.ValidationModels;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Results depend on the seed only: the same jobs with the same seed give equal {@link Summary}
 * records (record equality compares doubles exactly) whatever the number of threads and on every
 * run, and another seed gives other results.
 */
class DeterminismTest {
  private static List<Experiment.Job> jobs(long seed) {
    Scenario priority = ValidationModels.priorityQueue(new double[] {0.6, 1.0}, 1, 2, Discipline.PRIORITY,
        Models.steady(5_000, 500, 6, seed));
    Scenario tandem = ValidationModels.tandem(0.7, new int[] {1, 2},
        new DistSpec[] {new DistSpec.Gamma(1, 0.5), new DistSpec.Lognormal(2, 1)}, Models.steady(5_000, 500, 5, seed));
    return List.of(new Experiment.Job("baseline", "priority", priority), new Experiment.Job("tandem", "tandem", tandem));
  }

  private static List<Summary> run(long seed, int threads) throws InterruptedException {
    return Experiment.run(jobs(seed), threads, Experiment.QUIET);
  }

  @Test
  void summariesAreIdenticalForOneTwoAndThreeThreads() throws Exception {
    List<Summary> one = run(Validation.SEED, 1);
    assertThat(run(Validation.SEED, 2)).isEqualTo(one);
    assertThat(run(Validation.SEED, 3)).isEqualTo(one);
  }

  @Test
  void twoRunsWithTheSameSeedGiveEqualSummaries() throws Exception {
    assertThat(run(Validation.SEED, 2)).isEqualTo(run(Validation.SEED, 2));
  }

  @Test
  void anotherSeedGivesAnotherSummary() throws Exception {
    List<Summary> a = run(Validation.SEED, 2);
    List<Summary> b = run(Validation.SEED + 1, 2);
    for (int j = 0; j < a.size(); j++) {
      assertThat(b.get(j).overall().get("wait_mean")).isNotEqualTo(a.get(j).overall().get("wait_mean"));
      assertThat(b.get(j).overall().get("arrived")).isNotEqualTo(a.get(j).overall().get("arrived"));
    }
  }
}
