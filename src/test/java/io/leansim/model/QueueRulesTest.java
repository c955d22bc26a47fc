package io.leansim.model;

import static io.leansim.testing.Tiny.constant;
import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.CustomerType;
import io.leansim.scenario.Discipline;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.ServiceTime;
import io.leansim.scenario.Step;
import io.leansim.testing.Tiny;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The calling rules of a line, each on a tiny scenario whose answer is known by hand: within a
 * priority class the longest-waiting customer goes first, {@code max_wait} calls every overdue
 * customer first, {@code queue_max} counts only customers who actually waited, and a drained run
 * ends when the last customer leaves. (Findings of a cross-check against Ciw.)
 */
class QueueRulesTest {
  private static final List<CustomerType> HI_LO = List.of(new CustomerType("hi", 1), new CustomerType("lo", 2));

  private static Step serve(Discipline discipline, double hi, double lo, OptionalDouble maxWait) {
    return Tiny.step("serve", List.of("desk"), new ServiceTime(null, Map.of("hi", constant(hi), "lo", constant(lo))),
        discipline, maxWait, null, OptionalInt.empty(), null, null, Map.of());
  }

  private static Scenario hall(double[] times, String[] types, ResourcePool desk, Step serve, double horizon) {
    return Tiny.scenario(HI_LO, List.of(Tiny.replay(times, types)), List.of(desk), List.of(serve), horizon, true);
  }

  @Test
  void overdueCustomerBehindAnInterruptedOneIsCalledFirst() {
    // lo A is served from 0; lo B waits from 10; hi H interrupts A at 20 (A back in line, 80 left)
    // and leaves at 60, when B has waited max_wait = 50 and A only 40 since the interruption:
    // B is called at 60 (not after A, at 140), and A resumes after B, at 160.
    Tiny.Run r = Tiny.run(hall(new double[] {0, 10, 20}, new String[] {"lo", "lo", "hi"}, new ResourcePool("desk", 1),
        serve(Discipline.PREEMPTIVE, 40, 100, OptionalDouble.of(50)), 1000));
    assertThat(r.of(2).get(0).ended()).isEqualTo(60);
    assertThat(r.of(1).get(0).started()).isEqualTo(60);
    assertThat(r.of(0).get(0).ended()).isEqualTo(240);
  }

  @Test
  void withinAPriorityClassTheLongestWaitingIsServedFirstEvenWhenALaterOneCanPreempt() {
    // the desk's only server goes off shift at 5 while serving lo A (it finishes A first), so hi
    // H1, arriving at 6, cannot interrupt A; staff is back at 10, still busy with A. hi H2 arrives
    // at 12 and interrupts A: the server goes to H1, who waited longer, then to H2, then to A.
    ResourcePool desk = ResourcePool.shifts("desk",
        List.of(new ResourcePool.Shift(0, 1), new ResourcePool.Shift(5, 0), new ResourcePool.Shift(10, 1)));
    Tiny.Run r = Tiny.run(hall(new double[] {0, 6, 12}, new String[] {"lo", "hi", "hi"}, desk,
        serve(Discipline.PREEMPTIVE, 10, 100, OptionalDouble.empty()), 1000));
    assertThat(r.of(1).get(0).started()).isEqualTo(12);
    assertThat(r.of(2).get(0).started()).isEqualTo(22);
    assertThat(r.of(0).get(0).ended()).isEqualTo(120); // 12 done before the interruption, 88 from 32
  }

  @Test
  void aCustomerCalledAtOnceNeverCountsAsQueueing() {
    Tiny.Run r = Tiny.run(hall(new double[] {0}, new String[] {"lo"}, new ResourcePool("desk", 1),
        serve(Discipline.FIFO, 1, 5, OptionalDouble.empty()), 10));
    assertThat(r.stats().steps().get("serve").get("queue_max")).isEqualTo(0.0);
  }

  @Test
  void anInterruptionWhereOnlyOneEverWaitsHasAQueueOfOne() {
    // lo from 0, interrupted at 2 by hi (served at once), waits until 3: one customer waited
    Tiny.Run r = Tiny.run(hall(new double[] {0, 2}, new String[] {"lo", "hi"}, new ResourcePool("desk", 1),
        serve(Discipline.PREEMPTIVE, 1, 5, OptionalDouble.empty()), 10));
    assertThat(r.stats().steps().get("serve").get("queue_max")).isEqualTo(1.0);
    assertThat(r.stats().steps().get("serve").get("queue_mean")).isEqualTo(1.0 / 10);
  }

  @Test
  void queueMaxIsTheLargestNumberWaitingForAPositiveTime() {
    // A served 0-5; B waits 1-5, C waits 2-10: two wait at once from 2 to 5
    Tiny.Run r = Tiny.run(hall(new double[] {0, 1, 2}, new String[] {"lo", "lo", "lo"}, new ResourcePool("desk", 1),
        serve(Discipline.FIFO, 1, 5, OptionalDouble.empty()), 20));
    assertThat(r.stats().steps().get("serve").get("queue_max")).isEqualTo(2.0);
  }

  @Test
  void drainedRunEndsWhenTheLastCustomerLeavesNotWhenAnOutageEnds() {
    // served 0-10; the desk is down from 50 to 150, after an empty hall closed at 100
    ResourcePool desk = new ResourcePool("desk", 1, List.of(), List.of(), OptionalDouble.empty(),
        new ResourcePool.Outages(constant(50), constant(100)));
    Tiny.Run r = Tiny.run(hall(new double[] {0}, new String[] {"lo"}, desk,
        serve(Discipline.FIFO, 1, 10, OptionalDouble.empty()), 100));
    assertThat(r.end()).isEqualTo(100);
    assertThat(r.stats().resources().get("desk").get("staff_hours")).isEqualTo(100.0 / 60);
  }

  @Test
  void drainedRunWaitsForTheCustomerAnOutagePaused() {
    // served from 40; paused by the outage from 50 to 150 with 10 left: leaves at 160
    ResourcePool desk = new ResourcePool("desk", 1, List.of(), List.of(), OptionalDouble.empty(),
        new ResourcePool.Outages(constant(50), constant(100)));
    Tiny.Run r = Tiny.run(hall(new double[] {40}, new String[] {"lo"}, desk,
        serve(Discipline.FIFO, 1, 20, OptionalDouble.empty()), 100));
    assertThat(r.of(0).get(0).ended()).isEqualTo(160);
    assertThat(r.end()).isEqualTo(160);
  }

  @Test
  void drainedRunOfABusyHallEndsWithItsLastDeparture() {
    Tiny.Run r = Tiny.run(hall(new double[] {0, 1}, new String[] {"lo", "lo"}, new ResourcePool("desk", 1),
        serve(Discipline.FIFO, 1, 5, OptionalDouble.empty()), 3));
    assertThat(r.end()).isEqualTo(10);
  }

  @Test
  void eachDisciplineCallsByItsClassesAndPreemptsOnlyIfItSaysSo() {
    // lo A from 0 (5), lo B at 1, hi H at 2 (1)
    assertThat(starts(Discipline.FIFO)).containsExactly(5.0, 10.0); // in order of joining
    assertThat(starts(Discipline.PRIORITY)).containsExactly(6.0, 5.0); // H first when A is done
    assertThat(starts(Discipline.PREEMPTIVE)).containsExactly(6.0, 2.0); // H interrupts A, who resumes 3-6
  }

  /** When B and H start under {@code d}. */
  private static List<Double> starts(Discipline d) {
    Tiny.Run r = Tiny.run(hall(new double[] {0, 1, 2}, new String[] {"lo", "lo", "hi"}, new ResourcePool("desk", 1),
        serve(d, 1, 5, OptionalDouble.empty()), 50));
    return List.of(r.of(1).get(0).started(), r.of(2).get(0).started());
  }
}
