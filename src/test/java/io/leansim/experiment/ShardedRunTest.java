package io.leansim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leansim.scenario.Discipline;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.RunSpec;
import io.leansim.scenario.Scenario;
import io.leansim.stats.ReplicationStats;
import io.leansim.testing.Models;
import io.leansim.testing.Validation;
import io.leansim.testing.ValidationModels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run split into replication ranges and put back together gives the very summary of the whole
 * run (record equality compares doubles exactly): replication k draws the same numbers whichever
 * range runs it.
 */
class ShardedRunTest {
  private static Experiment.Job job(RunSpec run) {
    Scenario s = ValidationModels.priorityQueue(new double[] {0.6, 1.0}, 1, 2, Discipline.PRIORITY, run);
    return new Experiment.Job("baseline", "priority", s);
  }

  private static final Experiment.Job JOB = job(Models.steady(2_000, 200, 7, Validation.SEED));

  @Test
  void unevenRangesPutTogetherGiveTheWholeRunsSummaryAndReplications() throws Exception {
    RunResult whole = Experiment.runAll(List.of(JOB), 2, Experiment.QUIET).get(0);
    List<ReplicationStats> reps = new ArrayList<>();
    for (ReplicationRange r : List.of(new ReplicationRange(0, 0, 7), new ReplicationRange(1, 4, 7),
        new ReplicationRange(5, 6, 7))) {
      RunResult part = Experiment.runRange(List.of(JOB), r, 1, 15, Experiment.QUIET).get(0);
      assertThat(part.summary().replications()).isEqualTo(r.count());
      assertThat(part.replications()).extracting(ReplicationStats::replication)
          .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(r.from(), r.to()).boxed().toList());
      reps.addAll(part.replications());
    }
    RunResult merged = Experiment.result(JOB, reps);
    assertThat(merged.summary()).isEqualTo(whole.summary());
    assertThat(Experiment.summarize(JOB, whole.replications(), null)).isEqualTo(whole.summary());
  }

  @Test
  void aRangeRefusesAPrecisionTargetAndAnotherNumberOfReplications() {
    RunSpec plain = Models.steady(500, 50, 4, Validation.SEED);
    Experiment.Job precise = job(new RunSpec(plain.horizon(), plain.drain(), plain.warmup(), 4, plain.seed(),
        new RunSpec.Precision("wait_mean", 0.05, 100)));
    assertThatThrownBy(() -> Experiment.runRange(List.of(precise), new ReplicationRange(0, 1, 4), 1, 15,
        Experiment.QUIET)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("precision");
    assertThatThrownBy(() -> Experiment.runRange(List.of(job(plain)), new ReplicationRange(0, 1, 5), 1, 15,
        Experiment.QUIET)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 replications");
  }

  @Test
  void aRangeLiesWithinTheRun() {
    assertThat(new ReplicationRange(2, 4, 5).count()).isEqualTo(3);
    assertThat(ReplicationRange.all(5).whole()).isTrue();
    assertThat(new ReplicationRange(0, 3, 5).whole()).isFalse();
    assertThat(new ReplicationRange(50, 99, 100)).hasToString("50..99");
    assertThatThrownBy(() -> new ReplicationRange(3, 2, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReplicationRange(0, 5, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReplicationRange(-1, 2, 5)).isInstanceOf(IllegalArgumentException.class);
  }
}
