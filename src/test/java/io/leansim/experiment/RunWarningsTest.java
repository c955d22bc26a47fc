package io.leansim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.ArrivalPattern;
import io.leansim.scenario.ArrivalStream;
import io.leansim.scenario.CustomerType;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import io.leansim.testing.Tiny;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 14: a run that completes nobody, or leaves customers inside, says so. */
class RunWarningsTest {
  private static Summary run(double service, boolean drain) throws InterruptedException {
    ArrivalStream poisson = new ArrivalStream("walk_in", new ArrivalPattern.PoissonRate(0.5), Map.of("a", 1.0));
    Scenario s = Tiny.scenario(List.of(CustomerType.of("a")), List.of(poisson), List.of(new ResourcePool("desk", 1)),
        List.of(Tiny.step("serve", "desk", service)), 100, drain);
    return Experiment.run(List.of(new Experiment.Job("baseline", "t", s)), 1, Experiment.QUIET).get(0);
  }

  @Test
  void noCustomerCompletedAndCustomersStillInsideAreWarnings() throws InterruptedException {
    Summary s = run(500, false);
    List<String> w = RunWarnings.of(s, new io.leansim.scenario.RunSpec(100, false, 0, 1, 1));
    assertThat(w).hasSize(2);
    assertThat(w.get(0)).startsWith("baseline: no customer completed in any replication");
    assertThat(w.get(1)).contains("were still inside when the run ended at the horizon (drain: false)")
        .contains("set drain: true");
  }

  @Test
  void aRunThatServesEveryoneHasNoWarning() throws InterruptedException {
    assertThat(RunWarnings.of(run(1, true), new io.leansim.scenario.RunSpec(100, true, 0, 1, 1))).isEmpty();
  }

  private static RunResult days(double... waits) {
    List<io.leansim.stats.ReplicationStats> reps = new java.util.ArrayList<>();
    for (int i = 0; i < waits.length; i++) {
      reps.add(new io.leansim.stats.ReplicationStats(i, 100, Map.of("wait_mean", waits[i]), Map.of(), Map.of(),
          Map.of(), null, null, null));
    }
    return new RunResult(new Summary("s", "baseline", null, "min", 0, waits.length, 1, Map.of(), Map.of(), Map.of(),
        Map.of(), null, null, null), reps);
  }

  /** Issue 15, finding 5: skewed days at small n are said (Cochran's rule n > 25 G1²), symmetric ones are not. */
  @Test
  void skewedDaysForTheirNumberAreAWarning() {
    assertThat(RunWarnings.skewed(days(1, 1.1, 0.9, 1.2, 1, 0.95, 1.05, 1.1, 0.9, 9)))
        .hasValueSatisfying(w -> assertThat(w).startsWith("baseline: the days' mean waits are skewed (skewness 2.7")
            .contains("about 177 replications would do"));
    assertThat(RunWarnings.skewed(days(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))).isEmpty();
  }
}
