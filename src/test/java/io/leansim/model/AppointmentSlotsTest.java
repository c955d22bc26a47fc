package io.leansim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leansim.engine.Sampler;
import io.leansim.engine.Samplers;
import io.leansim.engine.StreamPlan;
import io.leansim.engine.Uniforms;
import io.leansim.scenario.ArrivalPattern;
import io.leansim.scenario.ArrivalStream;
import io.leansim.scenario.CustomerType;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import io.leansim.stats.Visit;
import io.leansim.testing.Tiny;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 4 (arrivals): appointment blocks that end ({@code until}), explicit slot lists
 * ({@code slots}), and a lateness of any sign (early arrivals), with arrivals in time order and
 * each slot's no-show and lateness drawn from the same place of the stream in every variant.
 */
class AppointmentSlotsTest {
  /** Two-sided 99.9% normal quantile: a mean or count is within this many standard errors. */
  private static final double Z = 3.29;

  private static final List<CustomerType> ONE_TYPE = List.of(CustomerType.of("a"));

  /** The arrival times of one replication of a scenario with this one stream (a desk that never queues). */
  private static double[] arrivals(ArrivalPattern pattern, double horizon) {
    ArrivalStream s = new ArrivalStream("booked", pattern, Map.of("a", 1.0));
    Scenario sc = Tiny.scenario(ONE_TYPE, List.of(s), List.of(new ResourcePool("desk", 100_000)),
        List.of(Tiny.step("serve", "desk", 0.001)), horizon, true);
    return Tiny.run(sc).visits().stream().mapToDouble(Visit::joined).toArray();
  }

  private static ArrivalPattern.Appointments block(double every, double start, double until, DistSpec jitter,
      double noShow) {
    return new ArrivalPattern.Appointments(new ArrivalPattern.Every(every, start, until), jitter, noShow);
  }

  @Test
  void aBlockEndsWithItsLastSlotStrictlyBeforeUntil() {
    // every 15 from 30 until 120: 30, 45, ..., 105 (120 itself is the end of the block, not a slot)
    assertThat(arrivals(block(15, 30, 120, null, 0), 480)).containsExactly(30, 45, 60, 75, 90, 105);
    // until between two slots: the slot before it is the last
    assertThat(arrivals(block(15, 30, 121, null, 0), 480)).containsExactly(30, 45, 60, 75, 90, 105, 120);
    // a block that would go on past the horizon stops there (doors closed)
    assertThat(arrivals(block(15, 30, 1e9, null, 0), 100)).containsExactly(30, 45, 60, 75, 90);
  }

  @Test
  void aBlockWithoutUntilGoesOnToTheHorizonAsBefore() {
    assertThat(arrivals(new ArrivalPattern.Appointments(20, 10, null, 0), 100)).containsExactly(10, 30, 50, 70, 90);
  }

  @Test
  void slotCountsAreExactAtTheBoundariesOfRoundedSlotTimes() {
    // 0.1 is not a binary number: slot 3 is 0.30000000000000004, after until 0.3 but counted by no quotient
    ArrivalPattern.Every e = new ArrivalPattern.Every(0.1, 0, 0.3);
    assertThat(e.before(1)).containsExactly(0, 0.1, 0.2);
    assertThat(e.count(0, 1)).isEqualTo(3);
    double third = 3 * 0.1; // 0.30000000000000004
    assertThat(new ArrivalPattern.Every(0.1, 0, third).count(0, 1)).isEqualTo(3);
    assertThat(new ArrivalPattern.Every(0.1, 0, Math.nextUp(third)).count(0, 1)).isEqualTo(4);
    assertThat(new ArrivalPattern.Every(0.1, 0, Math.nextUp(third)).before(1)).containsExactly(0, 0.1, 0.2, third);
    assertThat(e.count(0.1, 0.2)).isEqualTo(1);
    assertThatThrownBy(() -> new ArrivalPattern.Every(15, 30, 30)).hasMessageContaining("until must be after start");
  }

  @Test
  void aSlotListBringsOneCustomerPerListedTime() {
    ArrivalPattern.Listed slots = new ArrivalPattern.Listed(List.of(30.0, 30.0, 45.0, 90.0, 200.0));
    assertThat(arrivals(new ArrivalPattern.Appointments(slots, null, 0), 480)).containsExactly(30, 30, 45, 90, 200);
    assertThat(arrivals(new ArrivalPattern.Appointments(slots, null, 0), 100)).containsExactly(30, 30, 45, 90);
    assertThat(slots.count(30, 90)).isEqualTo(3);
    assertThatThrownBy(() -> new ArrivalPattern.Listed(List.of(45.0, 30.0))).hasMessageContaining("time order");
    assertThatThrownBy(() -> new ArrivalPattern.Listed(List.of())).hasMessageContaining("at least one");
  }

  @Test
  void aNegativeConstantLatenessComesEarlyAndIsClampedAtTheOpening() {
    ArrivalPattern.Listed slots = new ArrivalPattern.Listed(List.of(2.0, 10.0, 20.0));
    assertThat(arrivals(new ArrivalPattern.Appointments(slots, new DistSpec.Constant(-3), 0), 100))
        .containsExactly(0, 7, 17);
  }

  /**
   * The arrival times are each slot plus the lateness drawn from the slot's own two uniforms
   * (no-show, then lateness), sorted: here an early customer of one slot comes before a late one
   * of the slot before, and still in time order.
   */
  @Test
  void eachSlotDrawsItsOwnTwoUniformsAndArrivalsComeInTimeOrder() {
    DistSpec jitter = new DistSpec.Uniform(-5, 5);
    ArrivalPattern.Appointments a = block(2, 10, 60, jitter, 0.2);
    double[] got = ArrivalSource.appointments("booked", a, 1000, new StreamPlan(7).stream(0, "x"));

    Uniforms u = new StreamPlan(7).stream(0, "x");
    Sampler late = Samplers.signed(jitter);
    List<Double> inSlotOrder = new ArrayList<>();
    for (double slot : a.slots().before(1000)) {
      double uShow = u.next();
      double uLate = u.next();
      if (uShow >= 0.2) {
        inSlotOrder.add(slot + late.sample(uLate));
      }
    }
    double[] expected = inSlotOrder.stream().mapToDouble(Double::doubleValue).toArray();
    assertThat(expected).as("the seed makes an early customer overtake a late one").isNotEqualTo(sorted(expected));
    assertThat(got).containsExactly(sorted(expected));
  }

  private static double[] sorted(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    return s;
  }

  /**
   * A uniform lateness on [-5, 5] has mean 0 and half its customers early: over 4000 slots 100
   * apart (no clamping, no overtaking, so the k-th arrival is slot k's) the mean lateness is 0
   * within 3.29 standard errors (sd 10 / sqrt 12), and the share of early ones 1/2 within 3.29 of
   * theirs.
   */
  @Test
  void aUniformLatenessAroundZeroIsOnTimeOnAverageAndHalfEarly() {
    int n = 4000;
    double[] t = arrivals(block(100, 50, 50 + n * 100.0, new DistSpec.Uniform(-5, 5), 0), 50 + n * 100.0 + 10);
    assertThat(t).hasSize(n);
    double sum = 0;
    int early = 0;
    for (int k = 0; k < n; k++) {
      double lateness = t[k] - (50 + k * 100.0);
      assertThat(lateness).isBetween(-5.0, 5.0);
      sum += lateness;
      early += lateness < 0 ? 1 : 0;
    }
    double se = 10 / Math.sqrt(12) / Math.sqrt(n);
    assertThat(sum / n).isCloseTo(0, Offset.offset(Z * se));
    assertThat((double) early / n).isCloseTo(0.5, Offset.offset(Z * Math.sqrt(0.25 / n)));
    assertThat(Z * se).as("the tolerance tells an on-time mean from a 1-minute one").isLessThan(0.5);
  }

  /** No-shows: each of 4000 slots comes with probability 0.85, the count within 3.29 binomial sd. */
  @Test
  void noShowsThinTheSlotsAtTheirRate() {
    int n = 4000;
    double[] t = arrivals(block(10, 0, n * 10.0, new DistSpec.Triangular(-3, -1, 4), 0.15), n * 10.0 + 10);
    assertThat((double) t.length).isCloseTo(0.85 * n, Offset.offset(Z * Math.sqrt(n * 0.85 * 0.15)));
  }

  /**
   * Common random numbers: a variant that widens the lateness law keeps every slot's uniforms, so
   * each arrival moves by exactly the wider law's quantile of the same uniform (twice as far from
   * the slot for a law twice as wide), and a higher no-show rate drops a superset of the slots.
   */
  @Test
  void aVariantDrawsEachSlotsLatenessAndNoShowFromTheSameUniforms() {
    double[] narrow = arrivals(block(100, 50, 400_050, new DistSpec.Uniform(-5, 5), 0), 400_100);
    double[] wide = arrivals(block(100, 50, 400_050, new DistSpec.Uniform(-10, 10), 0), 400_100);
    for (int k = 0; k < narrow.length; k++) {
      double slot = 50 + k * 100.0;
      assertThat(wide[k] - slot).isCloseTo(2 * (narrow[k] - slot), Offset.offset(1e-9));
    }
    double[] fewShows = arrivals(block(100, 50, 400_050, new DistSpec.Uniform(-5, 5), 0.3), 400_100);
    List<Double> all = Arrays.stream(narrow).boxed().toList();
    assertThat(fewShows.length).isLessThan(narrow.length);
    assertThat(Arrays.stream(fewShows).boxed().toList()).allSatisfy(x -> assertThat(all).contains(x));
    // the same block as a slot list is the same stream of draws
    List<Double> listed = new ArrayList<>();
    for (int k = 0; k < 4000; k++) {
      listed.add(50 + k * 100.0);
    }
    assertThat(arrivals(new ArrivalPattern.Appointments(new ArrivalPattern.Listed(listed), new DistSpec.Uniform(-5, 5),
        0), 400_100)).containsExactly(narrow);
  }

  /**
   * A variant whose patch restates the baseline's appointments (the same block, lateness and
   * no-shows written another way) draws the very same numbers: every paired difference is exactly
   * 0, not merely small. A variant that ends the block earlier keeps the walk-ins' numbers: their
   * arrivals are the same, so fewer customers arrive by exactly the dropped slots' shows.
   */
  @Test
  void aVariantIdenticalToTheBaselineDiffersByExactlyZero() throws InterruptedException {
    Scenario s = io.leansim.scenario.load.ScenarioLoader.parse("crn.yaml", """
        name: crn
        clock_start: "09:00"
        run: {horizon: 6h, replications: 5, seed: 3}
        arrivals:
          walk_in: {rate: 20/h}
          block: {every: 15min, start: "09:30", until: "11:00", jitter: "unif(-5,5)", no_show: 0.1}
          listed: {slots: ["13:00", "13:00", "14:00"], jitter: "tri(-10,-2,15)", no_show: 0.2}
        resources: {desk: {capacity: 2}}
        process: {serve: {resource: desk, time: exp(5)}}
        variants:
          same:
            patch:
              arrivals:
                block: {start: 30, until: 2h, jitter: {dist: uniform, min: -5min, max: 300s}}
                listed: {slots: [240, "13:00", 5h]}
          shorter:
            patch: {arrivals: {block: {until: "10:30"}}}
        """, java.nio.file.Path.of(".")).scenario();
    io.leansim.experiment.Comparison c = io.leansim.testing.Studies.run(s).comparison();
    assertThat(c.variants().get("same").overall()).isNotEmpty().allSatisfy((metric, d) ->
        assertThat(d.diff()).as(metric).isEqualTo(0.0));
    assertThat(c.variants().get("shorter").overall().get("arrived").diff()).isNegative();
  }

  @Test
  void aDurationRefusesALawWithNegativeValues() {
    assertThatThrownBy(() -> Samplers.of(new DistSpec.Uniform(-1, 2))).hasMessageContaining("below 0");
    assertThatThrownBy(() -> Samplers.of(new DistSpec.Constant(-3))).hasMessageContaining("below 0");
    assertThat(Samplers.signed(new DistSpec.Constant(-3)).sample(0.5)).isEqualTo(-3);
    assertThat(Samplers.signed(new DistSpec.Empirical(List.of(-2.0, 4.0))).sample(0.1)).isEqualTo(-2);
    assertThat(new DistSpec.Triangular(-3, 0, 3).canBeNegative()).isTrue();
    assertThat(new DistSpec.Normal(-5, 1).canBeNegative()).as("a duration normal is truncated at 0").isFalse();
  }
}
