package io.leansim.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.engine.StreamPlan;
import io.leansim.experiment.Replication;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import io.leansim.scenario.load.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The replay behind the animation, checked against the statistics of the same replication and
 * against itself: what the animation shows is what the simulation did.
 */
class ReplayRecorderTest {
  /** Every mechanism the animation draws: walks, a delay, priorities with preemption, balking, patience, rework, outages, shifts. */
  static final String BUSY_HALL = """
      name: busy-hall
      time_unit: min
      clock_start: "08:00"
      run: {horizon: 6h, drain: true, replications: 1, seed: 7}
      customers:
        urgent: {priority: 1, patience: exp(30)}
        normal: {priority: 2, patience: exp(20)}
      arrivals:
        door: {rate: 1.6, mix: {urgent: 0.3, normal: 0.7}}
      resources:
        greeter: {capacity: 1}
        desk:
          shifts: [{from: 0, staff: 2}, {from: 2h, staff: 1}, {from: 3h, staff: 3}]
          outages: {every: exp(60), duration: exp(8)}
      process:
        greet: {resource: greeter, time: exp(0.4), walk: "unif(0.2, 0.6)"}
        read_leaflet: {time: "unif(0.5, 1.5)", value: waste}
        serve:
          resource: desk
          discipline: preemptive
          queue_limit: 12
          walk: 0.5
          time: exp(1.4)
          value: value_added
          rework: {probability: 0.15, time: exp(0.5)}
      """;

  static Scenario busyHall() {
    return ScenarioLoader.parse("busy-hall.yaml", BUSY_HALL, Path.of(".")).scenario();
  }

  static Stream<Scenario> scenarios() throws IOException {
    List<Scenario> all = new ArrayList<>();
    all.add(busyHall());
    try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        Scenario s = ScenarioLoader.load(f).scenario();
        all.add(s.withoutVariants());
        s.variants().forEach(v -> all.add(v.scenario()));
      }
    }
    return all.stream();
  }

  private static Replay record(Scenario s, List<ReplicationStats> stats) {
    ReplayRecorder recorder = new ReplayRecorder(s, Variant.BASELINE, 0);
    stats.add(Replication.run(s, 0, new StreamPlan(s.run().seed()), List.of(recorder)));
    assertThat(recorder.overflowed()).isFalse();
    return recorder.result();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void countersAtTheEndAreTheReplicationsFigures(Scenario s) {
    List<ReplicationStats> stats = new ArrayList<>();
    Replay r = record(s, stats);
    Replay.Counters end = r.countersAt(r.end());
    var overall = stats.get(0).overall();
    assertThat(r.customers()).hasSize(overall.get("arrived").intValue());
    assertThat(end.served()).isEqualTo(overall.get("completed").intValue());
    assertThat(end.abandoned()).isEqualTo(overall.get("abandoned").intValue());
    double wait = overall.get("wait_mean");
    // the same sum over the same customers: equal up to the rounding of the two summations
    assertThat(end.meanWait()).isCloseTo(wait, org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, wait)));
    assertThat(end.inQueue()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyPathCoversTheCustomersTimeInTheHallWithoutGapOrOverlap(Scenario s) {
    Replay r = record(s, new ArrayList<>());
    long previous = -1;
    for (Replay.Person p : r.customers()) {
      assertThat(p.id()).isEqualTo(previous + 1);
      previous = p.id();
      double t = p.arrived();
      for (Replay.Segment seg : p.segments()) {
        assertThat(seg.from()).as("customer %d", p.id()).isEqualTo(t);
        assertThat(seg.to()).isGreaterThanOrEqualTo(seg.from());
        t = seg.to();
      }
      if (p.exit() != Replay.Exit.INSIDE) {
        assertThat(t).as("customer %d ends its path when it leaves", p.id()).isEqualTo(p.left());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void aServerPlaceHoldsOneCustomerAtATimeAndNeverMoreThanThePoolHasPlaces(Scenario s) {
    Replay r = record(s, new ArrayList<>());
    List<List<double[]>> byPlace = new ArrayList<>();
    for (Replay.Person p : r.customers()) {
      for (Replay.Segment seg : p.segments()) {
        if (seg.kind() == Replay.Kind.SERVICE) {
          assertThat(seg.slot()).isBetween(0, r.pools().get(seg.pool()).slots() - 1);
          int key = seg.pool() * 10_000 + seg.slot();
          while (byPlace.size() <= key) {
            byPlace.add(new ArrayList<>());
          }
          byPlace.get(key).add(new double[] {seg.from(), seg.to(), p.id()});
        }
      }
    }
    for (List<double[]> uses : byPlace) {
      // by start, then end: a service preempted at the very instant it began is a zero-length use
      uses.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
      for (int i = 1; i < uses.size(); i++) {
        assertThat(uses.get(i)[0]).as("customer %.0f after customer %.0f", uses.get(i)[2], uses.get(i - 1)[2])
            .isGreaterThanOrEqualTo(uses.get(i - 1)[1]);
      }
    }
  }

  @Test
  void theBusyHallExercisesWhatItShould() {
    Replay r = record(busyHall(), new ArrayList<>());
    List<Replay.Segment> all = r.customers().stream().flatMap(p -> p.segments().stream()).toList();
    assertThat(all).anyMatch(x -> x.kind() == Replay.Kind.WALK).anyMatch(x -> x.kind() == Replay.Kind.DELAY)
        .anyMatch(Replay.Segment::redo);
    assertThat(r.customers()).anyMatch(p -> p.exit() == Replay.Exit.BALKED)
        .anyMatch(p -> p.exit() == Replay.Exit.ABANDONED);
    assertThat(r.poolChanges()).anyMatch(Replay.PoolChange::down);
    // preemption: some customer is served at the desk in two pieces during one visit
    assertThat(r.customers()).anyMatch(p -> {
      List<Replay.Segment> seg = p.segments();
      for (int i = 2; i < seg.size(); i++) {
        if (seg.get(i).kind() == Replay.Kind.SERVICE && seg.get(i - 1).kind() == Replay.Kind.QUEUE
            && seg.get(i - 2).kind() == Replay.Kind.SERVICE && !seg.get(i).redo() && !seg.get(i - 2).redo()
            && seg.get(i).step() == seg.get(i - 2).step()) {
          return true;
        }
      }
      return false;
    });
  }

  @Test
  void theSameCustomersArriveInTheBaselineAndInAVariant() {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/telecom-hall.yaml")).scenario();
    Replay base = record(s.withoutVariants(), new ArrayList<>());
    for (var v : s.variants()) {
      Replay variant = record(v.scenario(), new ArrayList<>());
      assertThat(variant.customers()).hasSameSizeAs(base.customers());
      for (int i = 0; i < base.customers().size(); i++) {
        assertThat(variant.customers().get(i).arrived()).isEqualTo(base.customers().get(i).arrived());
        assertThat(variant.customers().get(i).type()).isEqualTo(base.customers().get(i).type());
      }
    }
  }

  @Test
  void countersPartWayThroughTheDayFollowTheirDefinitions() {
    Replay r = record(busyHall(), new ArrayList<>());
    double t = r.horizon() / 2;
    Replay.Counters c = r.countersAt(t);
    long waiting = r.customers().stream().filter(p -> p.segments().stream()
        .anyMatch(x -> x.kind() == Replay.Kind.QUEUE && x.from() <= t && t < x.to())).count();
    long served = r.customers().stream().filter(p -> p.exit() == Replay.Exit.COMPLETED && p.left() <= t).count();
    assertThat(c.inQueue()).isEqualTo(waiting).isPositive();
    assertThat(c.served()).isEqualTo(served).isPositive();
    assertThat(c.waiting()).isPositive();
    assertThat(c.motion()).isPositive();
    assertThat(c.defects()).isPositive();
    assertThat(c.overprocessing()).isPositive();
  }
}
