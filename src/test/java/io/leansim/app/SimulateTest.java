package io.leansim.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run and compare use case, without a command line: what it tells its watcher, and what it refuses. */
class SimulateTest {
  private static final Path HALL = Path.of("scenarios/telecom-hall.yaml");

  @TempDir Path tmp;

  /** Records what a use case reports. */
  static final class Recorder implements Watcher {
    final List<Path> loaded = new ArrayList<>();
    final List<Integer> started = new ArrayList<>();
    final AtomicInteger steps = new AtomicInteger();
    int finished;

    @Override
    public void loaded(Path file, io.leansim.scenario.load.LoadResult result) {
      loaded.add(file);
    }

    @Override
    public void started(int total) {
      started.add(total);
    }

    @Override
    public void stepped() {
      steps.incrementAndGet();
    }

    @Override
    public void finished() {
      finished++;
    }
  }

  private Simulate.Request request(boolean compare, List<String> variants, String repRange) {
    return new Simulate.Request(HALL, compare, false, variants, new Overrides(3, null), tmp.resolve("out"), false, 2, 15,
        false, repRange, null, null);
  }

  @Test
  void aComparisonReportsEveryReplicationAndReturnsItsComparison() throws InterruptedException {
    Recorder watcher = new Recorder();
    Simulate.Outcome o = Simulate.run(request(true, List.of("card-priority"), null), watcher);
    assertThat(watcher.loaded).containsExactly(HALL);
    assertThat(watcher.started).containsExactly(6);
    assertThat(watcher.steps).hasValue(6);
    assertThat(watcher.finished).isEqualTo(1);
    assertThat(o.summaries()).extracting(s -> s.variant()).containsExactly("baseline", "card-priority");
    assertThat(o.comparison()).isNotNull();
    assertThat(o.shard()).isNull();
    assertThat(o.folder().resolve("comparison.json")).exists();
  }

  @Test
  void aShardRunsOnlyItsReplications() throws InterruptedException {
    Recorder watcher = new Recorder();
    Simulate.Outcome o = Simulate.run(request(false, List.of(), "1..2"), watcher);
    assertThat(watcher.steps).hasValue(2);
    assertThat(o.shard().count()).isEqualTo(2);
    assertThat(o.comparison()).isNull();
    assertThat(o.folder().resolve("shard.json")).exists();
  }

  @Test
  void mistakesAreUsageFailuresAndNothingIsWritten() {
    assertThatThrownBy(() -> Simulate.run(request(false, List.of("card-priorty"), null), Watcher.NONE))
        .isInstanceOfSatisfying(Failure.class, f -> {
          assertThat(f.kind()).isEqualTo(Failure.Kind.USAGE);
          assertThat(f.problems().get(0)).contains("did you mean 'card-priority'?");
        });
    assertThatThrownBy(() -> Simulate.run(request(false, List.of(), "2..9"), Watcher.NONE))
        .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.problems().get(0)).contains("--rep-range must be"));
    assertThat(tmp.resolve("out")).doesNotExist();
  }
}
