package io.leansim.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.leansim.experiment.Experiment;
import io.leansim.experiment.RunResult;
import io.leansim.experiment.Selection;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import io.leansim.stats.Metric;
import io.leansim.stats.ReplicationStats;
import io.leansim.testing.Models;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which variant is best, as a use case: the question checked, the replications reused and added, what it refuses. */
class SelectBestTest {
  private static Scenario queue(int servers, int replications) {
    return Models.singleQueue(0.8, new DistSpec.Exponential(1), servers, Models.steady(500, 50, replications, 3));
  }

  private static List<Experiment.Job> jobs(int replications) {
    return List.of(new Experiment.Job("baseline", "one desk", queue(1, replications)),
        new Experiment.Job("two", "two desks", queue(2, replications)),
        new Experiment.Job("three", "three desks", queue(3, replications)));
  }

  @Test
  void theFigureMustBeAnOverallFigureWithABetterDirection() {
    assertThat(SelectBest.question("wait_mean", null)).isEqualTo(new SelectBest.Question(Metric.WAIT_MEAN, null));
    assertThatThrownBy(() -> SelectBest.question("wiat_mean", null)).isInstanceOf(Failure.class)
        .hasMessageContaining("unknown figure 'wiat_mean' (did you mean 'wait_mean'?)")
        .hasMessageContaining("service_level");
    assertThatThrownBy(() -> SelectBest.question("arrived", null))
        .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.kind()).isEqualTo(Failure.Kind.USAGE))
        .hasMessageContaining("neither better higher nor lower");
    assertThatThrownBy(() -> SelectBest.question("utilization", null)).hasMessageContaining("unknown figure");
  }

  @Test
  void theDeltaIsAPositiveNumberInTheFiguresUnit() {
    assertThat(SelectBest.question("wait_mean", " 0.5 ").delta()).isEqualTo(0.5);
    assertThat(SelectBest.question("service_level", "2%").delta()).isCloseTo(0.02, within(1e-15));
    assertThat(SelectBest.question("service_level", "0.02").delta()).isEqualTo(0.02);
    assertThatThrownBy(() -> SelectBest.question("service_level", "2"))
        .hasMessageContaining("write 2% for 2 percentage points, or 0.02");
    for (String bad : List.of("0", "-1", "abc", "NaN", "Infinity", "0x10", "1e400", "", "5%")) {
      assertThatThrownBy(() -> SelectBest.question("wait_mean", bad)).as(bad).isInstanceOf(Failure.class)
          .hasMessageContaining("--delta must be a number > 0");
    }
  }

  /**
   * A clear winner is found on the replications the comparison already ran: none is added, and
   * the answer is the one of a selection that runs them itself.
   */
  @Test
  void startsFromTheComparisonsReplications() throws InterruptedException {
    List<Experiment.Job> jobs = jobs(10);
    List<List<ReplicationStats>> done = Experiment.runAll(jobs, 2, Experiment.QUIET).stream()
        .map(RunResult::replications).toList();
    SimulateTest.Recorder watcher = new SimulateTest.Recorder();
    SelectBest.Question q = SelectBest.question("wait_mean", "1");
    SelectBest.Answer reused = SelectBest.run(new SelectBest.Request(jobs, done, q, null, 2), watcher);
    assertThat(reused.added()).isZero();
    assertThat(watcher.steps).hasValue(0);
    assertThat(reused.outcome().stop()).isEqualTo(Selection.Stop.SELECTED);
    assertThat(reused.outcome().best()).isEqualTo("three");
    SelectBest.Answer fresh = SelectBest.run(new SelectBest.Request(jobs, List.of(), q, null, 3), Watcher.NONE);
    assertThat(fresh.added()).isEqualTo(30);
    assertThat(fresh.outcome().ranking()).isEqualTo(reused.outcome().ranking());
    assertThat(fresh.outcome().replications()).isEqualTo(reused.outcome().replications());
  }

  /** The first stage is at least 10 replications, and the default cap 20 times that; the default delta 5% of the baseline. */
  @Test
  void addsReplicationsBeyondAShortComparison() throws InterruptedException {
    List<Experiment.Job> jobs = jobs(3);
    List<List<ReplicationStats>> done = Experiment.runAll(jobs, 2, Experiment.QUIET).stream()
        .map(RunResult::replications).toList();
    SimulateTest.Recorder watcher = new SimulateTest.Recorder();
    SelectBest.Answer a = SelectBest.run(new SelectBest.Request(jobs, done, SelectBest.question("wait_mean", null),
        null, 2), watcher);
    assertThat(a.defaultDelta()).isTrue();
    assertThat(a.outcome().plan().firstStage()).isEqualTo(10);
    assertThat(a.outcome().plan().cap()).isEqualTo(200);
    double baseline = Experiment.replications(jobs.subList(0, 1), 0, 10, 2, Experiment.QUIET).get(0).stream()
        .mapToDouble(r -> Metric.WAIT_MEAN.of(r.overall())).average().orElseThrow();
    assertThat(a.outcome().plan().delta()).isCloseTo(0.05 * baseline, within(1e-12));
    assertThat(watcher.started).containsExactly(21);
    assertThat(a.added()).isEqualTo(watcher.steps.get()).isGreaterThanOrEqualTo(21);
    assertThat(watcher.finished).isEqualTo(1);
  }

  /** The replications of {@code jobs} run here (a comparison's). */
  private static List<List<ReplicationStats>> ran(List<Experiment.Job> jobs) throws InterruptedException {
    return Experiment.runAll(jobs, 2, Experiment.QUIET).stream().map(RunResult::replications).toList();
  }

  @Test
  void aFigureUndefinedInSomeReplicationIsRefused() throws InterruptedException {
    // about one customer an hour for 20 minutes: most days see nobody, and have no mean wait
    Scenario empty = Models.singleQueue(1.0 / 60, new DistSpec.Exponential(1), 1, Models.steady(20, 0, 10, 3));
    List<Experiment.Job> jobs = List.of(new Experiment.Job("baseline", "quiet", empty),
        new Experiment.Job("two", "two desks", empty.withResource(new ResourcePool("desk", 2))));
    assertThatThrownBy(() -> SelectBest.run(new SelectBest.Request(jobs, ran(jobs),
        SelectBest.question("wait_mean", "1"), null, 1), Watcher.NONE))
        .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.kind()).isEqualTo(Failure.Kind.USAGE))
        .hasMessageMatching("--select-best: wait_mean is undefined in replication \\d+ of baseline .*");
  }

  @Test
  void aFigureTheScenarioDoesNotHaveIsRefused() throws InterruptedException {
    List<Experiment.Job> jobs = jobs(10);
    assertThatThrownBy(() -> SelectBest.run(new SelectBest.Request(jobs, ran(jobs),
        SelectBest.question("service_level", "2%"), null, 1), Watcher.NONE))
        .hasMessageContaining("service_level is not a figure of single (it needs targets.wait_within)")
        .hasMessageContaining("ranks by one of: ").hasMessageContaining("wait_mean");
  }

  @Test
  void aBaselineMeanOfZeroNeedsADelta() throws InterruptedException {
    List<Experiment.Job> jobs = jobs(10); // nobody abandons: no patience
    assertThatThrownBy(() -> SelectBest.run(new SelectBest.Request(jobs, ran(jobs),
        SelectBest.question("abandoned", null), null, 1), Watcher.NONE))
        .hasMessageContaining("the baseline's mean is 0").hasMessageContaining("give --delta D");
  }
}
