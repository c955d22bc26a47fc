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
}
