package io.leansim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.DistSpec;
import io.leansim.testing.Models;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void mm1RunsAndPrints() throws Exception {
    var s = Models.singleQueue(0.8, new DistSpec.Exponential(1), 1, Models.steady(20000, 1000, 10, 7));
    long t0 = System.nanoTime();
    Summary sum = Experiment.run(List.of(new Experiment.Job("baseline", "b", s)), 2, Experiment.QUIET).get(0);
    System.out.println("ms " + (System.nanoTime() - t0) / 1e6);
    sum.overall().forEach((k, v) -> System.out.println(k + " " + v));
    sum.steps().forEach((k, v) -> System.out.println(k + " " + v));
    sum.resources().forEach((k, v) -> System.out.println(k + " " + v));
    assertThat(sum.overall().get("wait_mean").covers(4.0, 2)).isTrue();
  }
}
