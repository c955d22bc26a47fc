package io.leansim.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import io.leansim.stats.Estimate;
import io.leansim.theory.StaffingTheory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The staffing search on scenarios whose answer queueing theory knows. */
class StaffingSearchTest {
  /** Half-widths the answers must clear: the usual validation factor of the project. */
  private static final double K = 3;

  /**
   * M/M/c: 4 arrivals per minute, exponential service of mean 1 min (a = 4 Erlangs), target 80%
   * within 30 s. Erlang C: 5 servers give 66.4%, 6 give 89.5%: both about 0.1 away from the target.
   * One bin over the whole 8-hour day, about 1,900 customers per replication; 20 replications put
   * the 95% half-width of the service level with 5 servers near 0.03 (the noisier one: waits are
   * long and correlated at 80% load), so 0.1 is more than K half-widths.
   */
  static final String STATIONARY = """
      name: mmc
      time_unit: min
      run: {horizon: 8h, replications: 20, seed: 20261201}
      targets: {wait_within: 30s}
      arrivals: {walk_in: {rate: 4/min}}
      resources: {desk: {capacity: 3}}
      process: {serve: {resource: desk, time: exp(1)}}
      """;
  static final String DOUBLING = io.leansim.staffing.Doubling.yaml(10, 20261202L);

  static Scenario load(String text) {
    LoadResult r = ScenarioLoader.parse("test.yaml", text, Path.of("."));
    assertThat(r.errors()).isEmpty();
    return r.scenario();
  }

  /** Every move of a search, in order. */
  static final class Recorder implements StaffingSearch.Listener {
    final List<StaffingSearch.Move> moves = new ArrayList<>();

    @Override
    public void moved(StaffingSearch.Move move) {
      moves.add(move);
    }

    Estimate levelOf(List<Integer> staff, int bin) {
      return moves.stream().filter(m -> m.evaluation().staff().equals(staff)).findFirst().orElseThrow()
          .evaluation().levels().get(0).byBin().get(bin);
    }
  }

  @Test
  void stationaryMmcGetsTheSmallestStaffErlangCSaysMeetsTheTarget() throws InterruptedException {
    Scenario s = load(STATIONARY);
    double lambda = 4;
    double mu = 1;
    double t = 0.5;
    double target = 0.8;
    int c = StaffingTheory.smallestStaff(lambda, mu, 0, t, target, 100).orElseThrow();
    assertThat(c).isEqualTo(6);
    Recorder moves = new Recorder();
    StaffingPlan plan = StaffingSearch.run(new StaffingSearch.Request(s, "desk", target, 480, 20, 50, 2), moves);

    assertThat(plan.bins()).hasSize(1);
    assertThat(plan.bins().get(0).erlangEstimate()).isEqualTo(c);
    assertThat(plan.bins().get(0).offeredLoad()).isEqualTo(4.0);
    assertThat(plan.staff()).containsExactly(c);
    assertThat(plan.outcome()).isEqualTo(StaffingPlan.Outcome.FOUND);
    // The search starts at c, keeps it because its mean meets the target, and refuses c - 1 because
    // its interval does not clear the target. That answer is not an accident of the seed when the
    // Erlang C service levels of c and c - 1 lie more than K of their simulated half-widths from the
    // target on the right sides, and the simulation agrees with Erlang C within K half-widths.
    Estimate atC = moves.levelOf(List.of(c), 0);
    Estimate below = moves.levelOf(List.of(c - 1), 0);
    double theoryC = StaffingTheory.serviceLevel(lambda, mu, 0, c, t);
    double theoryBelow = StaffingTheory.serviceLevel(lambda, mu, 0, c - 1, t);
    assertThat(theoryC - target).isGreaterThan(K * atC.halfWidth());
    assertThat(target - theoryBelow).isGreaterThan(K * below.halfWidth());
    assertThat(atC.covers(theoryC, K)).as("simulated %s, Erlang C %s", atC, theoryC).isTrue();
    assertThat(below.covers(theoryBelow, K)).as("simulated %s, Erlang C %s", below, theoryBelow).isTrue();
    assertThat(moves.moves).extracting(StaffingSearch.Move::kind)
        .containsExactly(StaffingSearch.Move.Kind.START, StaffingSearch.Move.Kind.REMOVE);
    assertThat(plan.evaluations()).isEqualTo(2);
    ResourcePool desk = plan.pool();
    assertThat(desk.shifts()).containsExactly(new ResourcePool.Shift(0, c));
    assertThat(plan.staffHours()).isEqualTo(8.0 * c);
    assertThat(plan.cost()).isEmpty();
  }

  @Test
  void aBinWhereDemandDoublesGetsMoreStaff() throws InterruptedException {
    Scenario s = load(DOUBLING);
    StaffingPlan plan = StaffingSearch.run(new StaffingSearch.Request(s, "desk", 0.8, 60, 20, 50, 2),
        StaffingSearch.QUIET);
    assertThat(plan.met()).isTrue();
    assertThat(plan.bins()).extracting(BinDemand::arrivalRate).containsExactly(2.0, 4.0);
    assertThat(plan.bins().get(1).erlangEstimate()).isGreaterThan(plan.bins().get(0).erlangEstimate());
    assertThat(plan.staff().get(1)).isGreaterThan(plan.staff().get(0));
    for (int b = 0; b < 2; b++) {
      assertThat(plan.evaluation().meets(b)).as("bin " + b).isTrue();
    }
    assertThat(plan.pool().shifts()).containsExactly(new ResourcePool.Shift(0, plan.staff().get(0)),
        new ResourcePool.Shift(60, plan.staff().get(1)));
    assertThat(plan.staffHours()).isEqualTo(plan.staff().get(0) + plan.staff().get(1));
    assertThat(plan.cost()).hasValue(20.0 * plan.staffHours());
  }

  @Test
  void searchIsTheSameForAnyNumberOfThreads() throws InterruptedException {
    Scenario s = load(DOUBLING);
    StaffingPlan one = StaffingSearch.run(new StaffingSearch.Request(s, "desk", 0.8, 60, 20, 50, 1),
        StaffingSearch.QUIET);
    StaffingPlan two = StaffingSearch.run(new StaffingSearch.Request(s, "desk", 0.8, 60, 20, 50, 3),
        StaffingSearch.QUIET);
    assertThat(two.staff()).isEqualTo(one.staff());
    assertThat(two.evaluation().levels()).isEqualTo(one.evaluation().levels());
  }

  @Test
  void aTargetOutOfReachWithTheMostStaffStopsTheSearch() throws InterruptedException {
    Scenario s = load(DOUBLING);
    // 3 servers for 4 Erlangs in the second hour: the line grows; the first hour may be met
    StaffingPlan plan = StaffingSearch.run(new StaffingSearch.Request(s, "desk", 0.8, 60, 3, 50, 2),
        StaffingSearch.QUIET);
    assertThat(plan.outcome()).isEqualTo(StaffingPlan.Outcome.NOT_MET);
    assertThat(plan.met()).isFalse();
    assertThat(plan.evaluation().missing()).contains(1);
    assertThat(plan.staff().get(1)).isEqualTo(3);
  }

  @Test
  void theCapOnEvaluationsStopsTheSearch() throws InterruptedException {
    Scenario s = load(DOUBLING);
    StaffingPlan plan = StaffingSearch.run(new StaffingSearch.Request(s, "desk", 0.8, 60, 20, 1, 2),
        StaffingSearch.QUIET);
    assertThat(plan.evaluations()).isEqualTo(1);
    assertThat(plan.outcome()).isIn(StaffingPlan.Outcome.FOUND_AT_CAP, StaffingPlan.Outcome.NOT_MET_AT_CAP);
  }

  @Test
  void reductionsAreKeptWhileEveryBinMeetsTheTargetWithConfidence() throws InterruptedException {
    // The desk shares its step with a back office of 10 servers that takes whoever finds the desk
    // busy: the Erlang estimate counts the whole load on the desk, but the back office alone meets
    // the target (Erlang C with 10 servers for 4 Erlangs waits with probability 0.005), so every
    // server of the desk can go.
    Scenario s = load(STATIONARY.replace("run: {horizon: 8h, replications: 20, seed: 20261201}",
            "run: {horizon: 2h, replications: 5, seed: 20261205}")
        .replace("resources: {desk: {capacity: 3}}", "resources: {desk: {capacity: 3}, back: {capacity: 10}}")
        .replace("resource: desk", "resource: [desk, back]"));
    Recorder moves = new Recorder();
    StaffingPlan plan = StaffingSearch.run(new StaffingSearch.Request(s, "desk", 0.8, 60, 20, 50, 2), moves);
    assertThat(plan.bins()).extracting(BinDemand::erlangEstimate).containsExactly(6, 6);
    assertThat(plan.staff()).containsExactly(0, 0);
    assertThat(plan.outcome()).isEqualTo(StaffingPlan.Outcome.FOUND);
    assertThat(moves.moves.subList(1, moves.moves.size())).allSatisfy(m -> {
      assertThat(m.kind()).isEqualTo(StaffingSearch.Move.Kind.REMOVE);
      assertThat(m.kept()).isTrue();
    });
    assertThat(plan.evaluations()).isEqualTo(13);
  }

  @Test
  void aReductionIsJudgedOnTheBinsItTouched() {
    Estimate unsure = Estimate.of(List.of(0.7, 0.9, 0.95));
    Estimate sure = Estimate.of(List.of(0.9, 0.91, 0.92));
    Evaluation current = evaluation(1, List.of(3, 3), List.of(unsure, sure),
        List.of(List.of(0.7, 0.9, 0.95), List.of(0.9, 0.91, 0.92)));
    // one fewer in the second bin: the first bin's customers had all left (same values), the
    // second still meets the target with confidence
    Evaluation fewer = evaluation(2, List.of(3, 2), List.of(unsure, Estimate.of(List.of(0.85, 0.86, 0.87))),
        List.of(List.of(0.7, 0.9, 0.95), List.of(0.85, 0.86, 0.87)));
    assertThat(StaffingSearch.doubtful(fewer, current)).isEmpty();
    // one fewer in the first bin: it changes, and its interval reaches below the target
    Evaluation early = evaluation(3, List.of(2, 3), List.of(Estimate.of(List.of(0.6, 0.9, 0.95)), sure),
        List.of(List.of(0.6, 0.9, 0.95), List.of(0.9, 0.91, 0.92)));
    assertThat(StaffingSearch.doubtful(early, current)).containsExactly(0);
  }

  /** A candidate judged on one target of 80% for everyone. */
  private static Evaluation evaluation(int number, List<Integer> staff, List<Estimate> levels,
      List<List<Double>> byReplication) {
    var everyone = new ServiceLevelTargets.Group(null, List.of("walk_in"), 0.8);
    return new Evaluation(number, staff, List.of(new Evaluation.Level(everyone, levels, byReplication)), null);
  }

  @Test
  void problemsSayWhatStopsASearchAndHowToFixIt() {
    Scenario s = load(DOUBLING);
    assertThat(StaffingSearch.problems(s, "desk", 60)).isEmpty();
    assertThat(StaffingSearch.problems(s, "clerk", 60)).containsExactly("no resource 'clerk'");
    assertThat(StaffingSearch.problems(s, "desk", 0.1)).singleElement().asString()
        .contains("1200 bins").contains("choose a wider bin");
    Scenario noTarget = load(DOUBLING.replace("targets: {wait_within: 30s}\n", ""));
    assertThat(StaffingSearch.problems(noTarget, "desk", 60)).singleElement().asString()
        .contains("targets: {wait_within: 10min}");
    Scenario idle = load(DOUBLING.replace("resources: {desk: {capacity: 3, cost_per_hour: 20}}",
        "resources: {desk: {capacity: 3}, spare: {capacity: 1}}"));
    assertThat(StaffingSearch.problems(idle, "spare", 60)).singleElement().asString().contains("nothing to staff");
  }

  @Test
  void binDemandCountsOnlyTheTypesThePoolServesAndTheirPatience() {
    Scenario s = load("""
        name: mixed
        time_unit: min
        run: {horizon: 1h, replications: 2}
        targets: {wait_within: 1min}
        customers:
          quick: {patience: exp(10)}
          slow: {}
        arrivals: {walk_in: {rate: 3/min, mix: {quick: 0.5, slow: 0.5}}}
        resources:
          desk: {capacity: 2, serves: [quick]}
          back: {capacity: 2}
        process:
          serve:
            resource: [desk, back]
            time: {quick: exp(1), slow: exp(3)}
        """);
    BinDemand desk = StaffingSearch.profile(s, "desk", 60, 0.8).get(0);
    assertThat(desk.arrivalRate()).isEqualTo(1.5);
    assertThat(desk.offeredLoad()).isEqualTo(1.5);
    assertThat(desk.theta()).isCloseTo(0.1, within(1e-15));
    BinDemand back = StaffingSearch.profile(s, "back", 60, 0.8).get(0);
    assertThat(back.arrivalRate()).isEqualTo(3.0);
    assertThat(back.offeredLoad()).isEqualTo(1.5 * 1 + 1.5 * 3);
    assertThat(back.theta()).isCloseTo(0.05, within(1e-15));
    assertThat(back.erlangEstimate())
        .isEqualTo(StaffingTheory.smallestStaff(3, 3 / 6.0, 0.05, 1, 0.8, 1000).orElseThrow());
  }
}
