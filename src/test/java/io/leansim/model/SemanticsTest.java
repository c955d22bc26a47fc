package io.leansim.model;

import static io.leansim.testing.Tiny.constant;
import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.ArrivalPattern;
import io.leansim.scenario.ArrivalStream;
import io.leansim.scenario.CustomerType;
import io.leansim.scenario.Discipline;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.ServiceTime;
import io.leansim.scenario.Step;
import io.leansim.scenario.ValueClass;
import io.leansim.stats.Visit;
import io.leansim.testing.Tiny;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Each feature on a tiny scenario whose trace can be checked by hand (constant times, recorded arrivals). */
class SemanticsTest {
  private static final List<CustomerType> ONE_TYPE = List.of(CustomerType.of("a"));

  private static Scenario single(double[] arrivals, ResourcePool pool, Step step, boolean drain, double horizon) {
    String[] types = new String[arrivals.length];
    java.util.Arrays.fill(types, "a");
    return Tiny.scenario(ONE_TYPE, List.of(Tiny.replay(arrivals, types)), List.of(pool), List.of(step), horizon, drain);
  }

  @Test
  void busyServerWhoseShiftEndsFinishesItsCustomerAndThePoolThenStaysClosed() {
    ResourcePool desk = ResourcePool.shifts("desk", List.of(new ResourcePool.Shift(0, 1), new ResourcePool.Shift(5, 0)));
    Tiny.Run r = Tiny.run(single(new double[] {4, 6}, desk, Tiny.step("serve", "desk", 3), true, 10));
    Visit first = r.of(0).get(0);
    assertThat(first.started()).isEqualTo(4);
    assertThat(first.ended()).isEqualTo(7);
    Visit second = r.of(1).get(0);
    assertThat(second.outcome()).isEqualTo("open");
    assertThat(second.started()).isNaN();
    // staff present: 1 from 0 to 7 (finishing after the shift ended at 5), then 0
    assertThat(r.stats().resources().get("desk").get("staff_hours")).isEqualTo(7.0 / 60);
    assertThat(r.stats().resources().get("desk").get("utilization")).isEqualTo(3.0 / 7);
  }

  @Test
  void staffRisingMidDayCallsTheWaitingCustomer() {
    ResourcePool desk = ResourcePool.shifts("desk", List.of(new ResourcePool.Shift(0, 0), new ResourcePool.Shift(5, 1)));
    Tiny.Run r = Tiny.run(single(new double[] {1}, desk, Tiny.step("serve", "desk", 2), true, 10));
    assertThat(r.of(0).get(0).started()).isEqualTo(5);
    assertThat(r.of(0).get(0).ended()).isEqualTo(7);
  }

  @Test
  void outagePausesServiceInProgressAndResumesItAfterwards() {
    ResourcePool desk = new ResourcePool("desk", 1, List.of(), List.of(), OptionalDouble.empty(),
        new ResourcePool.Outages(constant(6), constant(2)));
    Tiny.Run r = Tiny.run(single(new double[] {4, 6.5}, desk, Tiny.step("serve", "desk", 3), true, 20));
    Visit first = r.of(0).get(0);
    assertThat(first.started()).isEqualTo(4);
    assertThat(first.ended()).isEqualTo(9); // 2 done before the outage at 6, 1 after it ends at 8
    assertThat(first.service()).isEqualTo(3);
    Visit second = r.of(1).get(0);
    assertThat(second.started()).isEqualTo(9); // nobody is called during the outage
    assertThat(second.ended()).isEqualTo(12); // the next outage starts at 8 + 6 = 14
    // the paused 2 minutes count as waiting: (2 + 2.5) / 2
    assertThat(r.stats().overall().get("wait_mean")).isEqualTo(2.25);
    assertThat(r.stats().resources().get("desk").get("utilization")).isEqualTo(6.0 / 20);
  }

  @Test
  void preemptedCustomerResumesItsRemainingServiceAfterTheUrgentOne() {
    List<CustomerType> types = List.of(new CustomerType("hi", 1), new CustomerType("lo", 2));
    Step serve = Tiny.step("serve", List.of("desk"), new ServiceTime(null, Map.of("hi", constant(1), "lo", constant(5))),
        Discipline.PREEMPTIVE, OptionalDouble.empty(), null, OptionalInt.empty(), null, null, Map.of());
    Scenario s = Tiny.scenario(types, List.of(Tiny.replay(new double[] {0, 2}, new String[] {"lo", "hi"})),
        List.of(new ResourcePool("desk", 1)), List.of(serve), 10, true);
    Tiny.Run r = Tiny.run(s);
    Visit lo = r.of(0).get(0);
    Visit hi = r.of(1).get(0);
    assertThat(hi.started()).isEqualTo(2);
    assertThat(hi.ended()).isEqualTo(3);
    assertThat(lo.started()).isEqualTo(0);
    assertThat(lo.ended()).isEqualTo(6);
    assertThat(lo.service()).isEqualTo(5);
    assertThat(r.stats().types().get("lo").get("wait_mean")).isEqualTo(1.0); // back in line from 2 to 3
  }

  @Test
  void equalPriorityNeverPreempts() {
    List<CustomerType> types = List.of(new CustomerType("a", 1));
    Step serve = Tiny.step("serve", List.of("desk"), ServiceTime.of(constant(5)), Discipline.PREEMPTIVE,
        OptionalDouble.empty(), null, OptionalInt.empty(), null, null, Map.of());
    Tiny.Run r = Tiny.run(Tiny.scenario(types, List.of(Tiny.replay(new double[] {0, 2}, new String[] {"a", "a"})),
        List.of(new ResourcePool("desk", 1)), List.of(serve), 10, true));
    assertThat(r.of(0).get(0).ended()).isEqualTo(5);
    assertThat(r.of(1).get(0).started()).isEqualTo(5);
  }

  @Test
  void patienceEndingExactlyWhenAServerCallsIsDecidedByEventOrder() {
    // A's service ends at 5 (scheduled at 0); B's patience ends at 5 (scheduled at 1): A's event
    // was scheduled first, so the server calls B before B would give up.
    Step serve = Tiny.step("serve", List.of("desk"), ServiceTime.of(constant(5)), Discipline.FIFO,
        OptionalDouble.empty(), null, OptionalInt.empty(), constant(4), null, Map.of());
    Tiny.Run r = Tiny.run(single(new double[] {0, 1}, new ResourcePool("desk", 1), serve, true, 10));
    assertThat(r.of(1).get(0).outcome()).isEqualTo("served");
    assertThat(r.of(1).get(0).started()).isEqualTo(5);
  }

  @Test
  void impatientCustomerLeavesTheQueueAndCountsAsAbandoned() {
    Step serve = Tiny.step("serve", List.of("desk"), ServiceTime.of(constant(5)), Discipline.FIFO,
        OptionalDouble.empty(), null, OptionalInt.empty(), constant(3), null, Map.of());
    Tiny.Run r = Tiny.run(single(new double[] {0, 1}, new ResourcePool("desk", 1), serve, true, 10));
    Visit b = r.of(1).get(0);
    assertThat(b.outcome()).isEqualTo("abandoned");
    assertThat(b.ended()).isEqualTo(4);
    assertThat(r.stats().overall().get("abandoned")).isEqualTo(1.0);
    assertThat(r.stats().overall().get("abandon_rate")).isEqualTo(0.5);
    assertThat(r.stats().overall().get("wait_mean")).isEqualTo(1.5); // (0 + 3) / 2 who left
    assertThat(r.stats().steps().get("serve").get("abandoned")).isEqualTo(1.0);
  }

  @Test
  void customerFindingTheQueueAtItsLimitBalks() {
    Step serve = Tiny.step("serve", List.of("desk"), ServiceTime.of(constant(10)), Discipline.FIFO,
        OptionalDouble.empty(), null, OptionalInt.of(1), null, null, Map.of());
    Tiny.Run r = Tiny.run(single(new double[] {0, 0.1, 0.2}, new ResourcePool("desk", 1), serve, true, 10));
    assertThat(r.of(1).get(0).outcome()).isEqualTo("served");
    assertThat(r.of(2).get(0).outcome()).isEqualTo("balked");
    assertThat(r.stats().overall().get("balked")).isEqualTo(1.0);
    assertThat(r.stats().overall().get("completed")).isEqualTo(2.0);
    assertThat(r.stats().steps().get("serve").get("visits")).isEqualTo(2.0);
    assertThat(r.stats().steps().get("serve").get("balked")).isEqualTo(1.0);
  }

  @Test
  void walkingComesBeforeJoiningAndIsTheWasteOfMotion() {
    Step serve = Tiny.step("serve", List.of("desk"), ServiceTime.of(constant(1)), Discipline.FIFO,
        OptionalDouble.empty(), constant(2), OptionalInt.empty(), null, null, Map.of());
    Tiny.Run r = Tiny.run(single(new double[] {3}, new ResourcePool("desk", 1), serve, true, 10));
    assertThat(r.of(0).get(0).joined()).isEqualTo(5);
    assertThat(r.stats().overall().get("waste_motion")).isEqualTo(2.0);
    assertThat(r.stats().overall().get("lead_time_mean")).isEqualTo(3.0);
  }

  @Test
  void maxWaitCallsTheLongWaitingLowPriorityCustomerFirst() {
    List<CustomerType> types = List.of(new CustomerType("hi", 1), new CustomerType("lo", 2));
    for (boolean cap : new boolean[] {false, true}) {
      Step serve = Tiny.step("serve", List.of("desk"), ServiceTime.of(constant(10)), Discipline.PRIORITY,
          cap ? OptionalDouble.of(5) : OptionalDouble.empty(), null, OptionalInt.empty(), null, null, Map.of());
      Tiny.Run r = Tiny.run(Tiny.scenario(types,
          List.of(Tiny.replay(new double[] {0, 1, 2}, new String[] {"hi", "lo", "hi"})),
          List.of(new ResourcePool("desk", 1)), List.of(serve), 50, true));
      // at 10 the desk frees: lo has waited 9, hi 8
      assertThat(r.of(1).get(0).started()).as("max_wait %s", cap).isEqualTo(cap ? 10.0 : 20.0);
    }
  }

  @Test
  void poolCallsOnlyTypesItServesAndStepsPreferTheirFirstPool() {
    List<CustomerType> types = List.of(CustomerType.of("card"), CustomerType.of("bill"));
    ResourcePool cardDesk = new ResourcePool("card_desk", 1, List.of(), List.of("card"), OptionalDouble.empty(), null);
    ResourcePool counter = new ResourcePool("counter", 1);
    Step serve = Tiny.step("serve", List.of("card_desk", "counter"), ServiceTime.of(constant(4)), Discipline.FIFO,
        OptionalDouble.empty(), null, OptionalInt.empty(), null, null, Map.of());
    Tiny.Run r = Tiny.run(Tiny.scenario(types,
        List.of(Tiny.replay(new double[] {0, 1, 2, 3}, new String[] {"bill", "card", "bill", "card"})),
        List.of(cardDesk, counter), List.of(serve), 50, true));
    assertThat(r.of(0).get(0).pool()).isEqualTo("counter"); // the card desk does not serve bills
    assertThat(r.of(1).get(0).pool()).isEqualTo("card_desk"); // first pool in preference order
    assertThat(r.of(2).get(0).pool()).isEqualTo("counter");
    assertThat(r.of(2).get(0).started()).isEqualTo(4);
    assertThat(r.of(3).get(0).pool()).isEqualTo("card_desk");
    assertThat(r.of(3).get(0).started()).isEqualTo(5);
  }

  @Test
  void appointmentsComeOnTheirSlotsPlusLatenessAndSomeDoNotCome() {
    ArrivalStream appts = new ArrivalStream("appointments",
        new ArrivalPattern.Appointments(10, 0, constant(3), 0.3), Map.of("a", 1.0));
    Scenario s = Tiny.scenario(ONE_TYPE, List.of(appts), List.of(new ResourcePool("desk", 1)),
        List.of(Tiny.step("serve", "desk", 1)), 1000, true);
    Tiny.Run r = Tiny.run(s);
    assertThat(r.visits()).allSatisfy(v -> assertThat(v.joined() % 10).isEqualTo(3.0));
    assertThat(r.visits().size()).isBetween(40, 95); // 100 slots, 30% no-shows on average
  }

  @Test
  void earlyArrivalsAreClampedAtTimeZero() {
    ArrivalStream appts = new ArrivalStream("appointments",
        new ArrivalPattern.Appointments(100, 0, new DistSpec.Normal(-5, 0.001), 0), Map.of("a", 1.0));
    Tiny.Run r = Tiny.run(Tiny.scenario(ONE_TYPE, List.of(appts), List.of(new ResourcePool("desk", 1)),
        List.of(Tiny.step("serve", "desk", 1)), 150, true));
    assertThat(r.of(0).get(0).joined()).isEqualTo(0.0);
    assertThat(r.of(1).get(0).joined()).isCloseTo(95, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void recordedArrivalsAreReplayedWithTheirTypes() {
    List<CustomerType> types = List.of(CustomerType.of("x"), CustomerType.of("y"));
    Tiny.Run r = Tiny.run(Tiny.scenario(types, List.of(Tiny.replay(new double[] {1, 2.5, 7}, new String[] {"y", "x", "y"})),
        List.of(new ResourcePool("desk", 3)), List.of(Tiny.step("serve", "desk", 1)), 10, true));
    assertThat(r.visits()).extracting(Visit::joined).containsExactly(1.0, 2.5, 7.0);
    assertThat(r.visits()).extracting(Visit::type).containsExactly("y", "x", "y");
  }

  @Test
  void batchesArriveTogether() {
    ArrivalStream groups = new ArrivalStream("families", new ArrivalPattern.PoissonRate(0.1), Map.of("a", 1.0),
        constant(3));
    Tiny.Run r = Tiny.run(Tiny.scenario(ONE_TYPE, List.of(groups), List.of(new ResourcePool("desk", 5)),
        List.of(Tiny.step("serve", "desk", 1)), 500, true));
    Map<Double, Long> sizes = r.visits().stream()
        .collect(java.util.stream.Collectors.groupingBy(Visit::joined, java.util.stream.Collectors.counting()));
    assertThat(sizes.values()).isNotEmpty().allMatch(n -> n == 3);
  }

  @Test
  void reworkSendsTheCustomerBackToAnEarlierStepWhoseRedoIsTheWasteOfDefects() {
    Step fill = Tiny.step("fill", "clerk", 1);
    Step serve = Tiny.step("serve", List.of("desk"), ServiceTime.of(constant(2)), Discipline.FIFO,
        OptionalDouble.empty(), null, OptionalInt.empty(), null, new Step.Rework(0.4, "fill", constant(0.5)), Map.of());
    ArrivalStream poisson = new ArrivalStream("walk_in", new ArrivalPattern.PoissonRate(0.05), Map.of("a", 1.0));
    Tiny.Run r = Tiny.run(Tiny.scenario(ONE_TYPE, List.of(poisson),
        List.of(new ResourcePool("clerk", 1), new ResourcePool("desk", 1)), List.of(fill, serve), 20_000, true));
    long reworks = 0;
    for (long id = 0; id < r.stats().overall().get("arrived"); id++) {
      List<Visit> path = r.of(id);
      assertThat(path.get(0).step()).isEqualTo("fill");
      assertThat(path.get(0).service()).isEqualTo(1.0);
      for (int i = 1; i < path.size(); i++) {
        Visit v = path.get(i);
        assertThat(v.step()).isEqualTo(i % 2 == 1 ? "serve" : "fill");
        if (v.step().equals("fill")) {
          assertThat(v.service()).as("redo time").isEqualTo(0.5);
          reworks++;
        }
      }
      assertThat(path.get(path.size() - 1).step()).isEqualTo("serve");
    }
    assertThat(r.stats().steps().get("serve").get("reworked")).isEqualTo((double) reworks);
    assertThat(reworks).isPositive();
    double left = r.stats().overall().get("completed");
    // the redo at fill (0.5) and the service at serve walked again after it (2): both are redos
    assertThat(r.stats().overall().get("waste_defects")).isCloseTo(reworks * (0.5 + 2) / left,
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.stats().overall().get("value_added_mean")).isCloseTo(1 + 2, org.assertj.core.data.Offset.offset(1e-9));
  }

  /**
   * Issue 14: the counter's work found wrong goes through another step (complete the documents)
   * and back to the counter by {@code next}: the counter's second service is a redo, the waste of
   * defects, not value-added; the steps after the counter count as usual.
   */
  @Test
  void aRedoOfTheCounterAfterReworkThroughAnotherStepIsTheWasteOfDefects() {
    Step serve = new Step("serve", List.of("desk"), ServiceTime.of(constant(4)), ValueClass.VALUE_ADDED, List.of(),
        Discipline.FIFO, OptionalDouble.empty(), null, OptionalInt.empty(), null,
        new Step.Rework(0.5, "complete", null), Map.of("pay", 1.0));
    Step pay = new Step("pay", List.of("desk"), ServiceTime.of(constant(1)), ValueClass.NECESSARY, List.of(),
        Discipline.FIFO, OptionalDouble.empty(), null, OptionalInt.empty(), null, null, Map.of(Step.EXIT, 1.0));
    Step complete = new Step("complete", List.of("table"), ServiceTime.of(constant(3)), ValueClass.NECESSARY,
        List.of(), Discipline.FIFO, OptionalDouble.empty(), null, OptionalInt.empty(), null, null,
        Map.of("serve", 1.0));
    ArrivalStream poisson = new ArrivalStream("walk_in", new ArrivalPattern.PoissonRate(0.05), Map.of("a", 1.0));
    Tiny.Run r = Tiny.run(Tiny.scenario(ONE_TYPE, List.of(poisson),
        List.of(new ResourcePool("desk", 1), new ResourcePool("table", 1)), List.of(serve, pay, complete), 20_000,
        true));
    double completed = r.stats().overall().get("completed");
    double serves = r.stats().steps().get("serve").get("visits");
    double redos = serves - completed;
    assertThat(redos).isPositive();
    assertThat(r.stats().overall().get("value_added_mean")).isCloseTo(4, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.stats().overall().get("waste_defects")).isCloseTo(redos * (3 + 4) / completed,
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.stats().overall().get("pce")).isCloseTo(4 / r.stats().overall().get("lead_time_mean"),
        org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void routingSendsCustomersToTheChosenStepOrOut() {
    Step serve = Tiny.step("serve", List.of("desk"), ServiceTime.of(constant(1)), Discipline.FIFO,
        OptionalDouble.empty(), null, OptionalInt.empty(), null, null, Map.of("back_office", 0.3, Step.EXIT, 0.7));
    Step skipped = Tiny.step("never", "desk", 1);
    Step back = Tiny.step("back_office", "clerk", 1);
    ArrivalStream poisson = new ArrivalStream("walk_in", new ArrivalPattern.PoissonRate(0.2), Map.of("a", 1.0));
    Tiny.Run r = Tiny.run(Tiny.scenario(ONE_TYPE, List.of(poisson),
        List.of(new ResourcePool("desk", 2), new ResourcePool("clerk", 2)), List.of(serve, skipped, back), 10_000, true));
    double arrived = r.stats().overall().get("arrived");
    double backOffice = r.stats().steps().get("back_office").get("visits");
    assertThat(r.stats().steps().get("never").get("visits")).isZero();
    assertThat(r.stats().overall().get("completed")).isEqualTo(arrived);
    // binomial(arrived, 0.3): within 4 standard deviations
    double sd = Math.sqrt(arrived * 0.3 * 0.7);
    assertThat(backOffice).isBetween(0.3 * arrived - 4 * sd, 0.3 * arrived + 4 * sd);
  }

  @Test
  void routingIntoAStepWhoseForExcludesTheTypeSkipsIt() {
    List<CustomerType> types = List.of(CustomerType.of("a"), CustomerType.of("b"));
    Step serve = Tiny.step("serve", List.of("desk"), ServiceTime.of(constant(1)), Discipline.FIFO,
        OptionalDouble.empty(), null, OptionalInt.empty(), null, null, Map.of("back_office", 1.0));
    Step back = new Step("back_office", List.of("clerk"), ServiceTime.of(constant(2)),
        io.leansim.scenario.ValueClass.NECESSARY, List.of("b"), Discipline.FIFO);
    Step pay = Tiny.step("pay", "desk", 1);
    Tiny.Run r = Tiny.run(Tiny.scenario(types, List.of(Tiny.replay(new double[] {0, 10}, new String[] {"a", "b"})),
        List.of(new ResourcePool("desk", 1), new ResourcePool("clerk", 1)), List.of(serve, back, pay), 50, true));
    assertThat(r.of(0)).extracting(Visit::step).containsExactly("serve", "pay");
    assertThat(r.of(1)).extracting(Visit::step).containsExactly("serve", "back_office", "pay");
  }

  @Test
  void costIsStaffHoursTimesHourlyCost() {
    ResourcePool desk = new ResourcePool("desk", 2, List.of(), List.of(), OptionalDouble.of(30), null);
    Tiny.Run r = Tiny.run(single(new double[] {1}, desk, Tiny.step("serve", "desk", 1), true, 120));
    assertThat(r.stats().resources().get("desk").get("staff_hours")).isEqualTo(4.0);
    assertThat(r.stats().resources().get("desk").get("cost")).isEqualTo(120.0);
  }
}
