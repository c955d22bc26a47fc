package io.leansim.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.engine.StreamPlan;
import io.leansim.experiment.Replication;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.load.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** service_level as docs/results-format.md defines it: those who left within the target, abandoned counting as failures. */
class ServiceLevelTest {
  @Test
  void aCustomerWhoGivesUpQuicklyIsAFailureNotASuccess() {
    // one desk busy for 10 min with the first customer; two more arrive at 2 and 4 and give up after
    // 1 min: they waited 1 min (within the 5-min target) but were never served
    Scenario s = ScenarioLoader.parse("sl.yaml", """
        name: sl
        run: {horizon: 5, replications: 1, seed: 1}
        targets: {wait_within: 5}
        customers: {walk_in: {patience: 1}}
        arrivals: {booked: {every: 2, mix: {walk_in: 1}}}
        resources: {desk: {capacity: 1}}
        process: {serve: {resource: desk, time: 10}}
        """, Path.of(".")).scenario();
    ReplicationStats r = Replication.run(s, 0, new StreamPlan(1), List.of());
    assertThat(r.overall().get("arrived")).isEqualTo(3.0);
    assertThat(r.overall().get("abandoned")).isEqualTo(2.0);
    assertThat(r.overall().get("service_level")).isEqualTo(1.0 / 3);
    assertThat(r.timeline().serviceLevelByArrivalBin()[0]).isEqualTo(1.0 / 3);
  }
}
