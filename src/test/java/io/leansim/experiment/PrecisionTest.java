package io.leansim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.DistSpec;
import io.leansim.scenario.RunSpec;
import io.leansim.scenario.Scenario;
import io.leansim.testing.Models;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sequential precision: replications are added until the half-width target is met or the maximum reached. */
class PrecisionTest {
  private static Scenario mm1(double relative, int max) {
    Scenario s = Models.singleQueue(0.7, new DistSpec.Exponential(1), 1, Models.steady(2_000, 200, 3, 11));
    RunSpec r = s.run();
    return s.withRun(new RunSpec(r.horizon(), r.drain(), r.warmup(), r.replications(), r.seed(),
        new RunSpec.Precision("wait_mean", relative, max)));
  }

  private static Summary run(Scenario s, int threads) throws InterruptedException {
    return Experiment.run(List.of(new Experiment.Job("baseline", "b", s)), threads, Experiment.QUIET).get(0);
  }

  @Test
  void addsReplicationsUntilTheTargetIsMet() throws InterruptedException {
    Summary s = run(mm1(0.08, 200), 2);
    assertThat(s.precision().met()).isTrue();
    assertThat(s.replications()).isGreaterThan(3).isLessThan(200);
    assertThat(s.overall().get("wait_mean").halfWidth() / s.overall().get("wait_mean").mean()).isLessThanOrEqualTo(0.08);
    assertThat(s.precision().reached()).isLessThanOrEqualTo(0.08);
  }

  @Test
  void stopsAtTheMaximumAndSaysSo() throws InterruptedException {
    Summary s = run(mm1(0.0001, 7), 2);
    assertThat(s.precision().met()).isFalse();
    assertThat(s.replications()).isEqualTo(7);
  }

  @Test
  void theNumberOfReplicationsDoesNotDependOnThreads() throws InterruptedException {
    assertThat(run(mm1(0.08, 200), 1)).isEqualTo(run(mm1(0.08, 200), 2));
  }
}
