package io.leansim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.DistSpec;
import io.leansim.scenario.Scenario;
import io.leansim.stats.ReplicationStats;
import io.leansim.testing.Models;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replications run a few at a time ({@link Experiment#replications}) are those of the whole run. */
class ReplicationsTest {
  @Test
  void aRangeOfReplicationsIsThatOfTheWholeRun() throws InterruptedException {
    Scenario one = Models.singleQueue(0.8, new DistSpec.Exponential(1), 1, Models.steady(500, 50, 9, 3));
    Scenario two = Models.singleQueue(0.8, new DistSpec.Exponential(1), 2, Models.steady(500, 50, 9, 3));
    List<Experiment.Job> jobs = List.of(new Experiment.Job("baseline", "one desk", one),
        new Experiment.Job("two", "two desks", two));
    List<RunResult> whole = Experiment.runAll(jobs, 2, Experiment.QUIET);
    List<List<ReplicationStats>> part = Experiment.replications(jobs, 4, 5, 3, Experiment.QUIET);
    for (int j = 0; j < jobs.size(); j++) {
      assertThat(part.get(j)).hasSize(5);
      for (int k = 0; k < 5; k++) {
        ReplicationStats a = whole.get(j).replications().get(4 + k);
        ReplicationStats b = part.get(j).get(k);
        assertThat(b.replication()).isEqualTo(4 + k);
        assertThat(b.overall()).isEqualTo(a.overall());
        assertThat(b.types()).isEqualTo(a.types());
      }
    }
  }
}
