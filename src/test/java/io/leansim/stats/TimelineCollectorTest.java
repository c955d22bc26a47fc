package io.leansim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.leansim.engine.Kernel;
import io.leansim.engine.StreamPlan;
import io.leansim.model.ServiceSystem;
import io.leansim.scenario.CustomerType;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Targets;
import java.util.OptionalDouble;
import io.leansim.testing.Tiny;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day profile on a hand-checkable day: bins of 15 minutes over a 60-minute horizon. */
class TimelineCollectorTest {
  @Test
  void binsCountArrivalsAverageQueuesAndStaffAndWaitsByArrivalBin() {
    // one server from 0, a second from minute 30; customers at 0, 1, 2 (service 10 each) and 40
    ResourcePool desk = ResourcePool.shifts("desk", List.of(new ResourcePool.Shift(0, 1), new ResourcePool.Shift(30, 2)));
    Scenario s = Tiny.scenario(List.of(CustomerType.of("a")),
        List.of(Tiny.replay(new double[] {0, 1, 2, 40}, new String[] {"a", "a", "a", "a"})), List.of(desk),
        List.of(Tiny.step("serve", "desk", 10)), 60, true);
    TimelineCollector t = new TimelineCollector(s, 15);
    Kernel kernel = new Kernel();
    new ServiceSystem(s, kernel, new StreamPlan(1), 0, List.of(t)).run();
    Timeline tl = t.result();
    assertThat(tl.bins()).isEqualTo(4);
    assertThat(tl.binWidth()).isEqualTo(15);
    assertThat(tl.arrivals()).containsExactly(3, 0, 1, 0);
    // queue: 1 waits 1..10, 2 waits 2..20: area in [0,15) = 9 + 13 = 22; in [15,30) = 5
    assertThat(tl.queueByStep().get("serve")).containsExactly(22.0 / 15, 5.0 / 15, 0, 0);
    // staff present: 1 until 30, then 2
    assertThat(tl.staffByPool().get("desk")).containsExactly(1, 1, 2, 2);
    // serving: 1 on [0,30); on [30,45) one busy 40..45 -> 5/30; on [45,60) 45..50 -> 5/30
    assertThat(tl.utilizationByPool().get("desk")[0]).isEqualTo(1.0);
    assertThat(tl.utilizationByPool().get("desk")[2]).isCloseTo(5.0 / 30, within(1e-12));
    // waits by arrival bin: (0 + 9 + 18) / 3 for bin 0, 0 for bin 2, none for bins 1 and 3
    assertThat(tl.waitByArrivalBin()[0]).isEqualTo(9.0);
    assertThat(tl.waitByArrivalBin()[1]).isNaN();
    assertThat(tl.waitByArrivalBin()[2]).isEqualTo(0.0);
  }

  @Test
  void serviceLevelByArrivalBinIsTheShareOfThoseWhoLeftWithinTheTarget() {
    // one server; customers at 0, 1, 2 (service 10 each) wait 0, 9 and 18; the one at 40 waits 0
    Scenario day = Tiny.scenario(List.of(CustomerType.of("a")),
        List.of(Tiny.replay(new double[] {0, 1, 2, 40}, new String[] {"a", "a", "a", "a"})),
        List.of(new ResourcePool("desk", 1)), List.of(Tiny.step("serve", "desk", 10)), 60, true);
    Scenario s = new Scenario(day.name(), day.title(), null, day.timeUnit(), 0, day.run(),
        new Targets(OptionalDouble.of(9)), day.customers(), day.arrivals(), day.resources(), day.process(), List.of());
    TimelineCollector t = new TimelineCollector(s, 15);
    new ServiceSystem(s, new Kernel(), new StreamPlan(1), 0, List.of(t)).run();
    double[] sl = t.result().serviceLevelByArrivalBin();
    // a wait of exactly the target counts as within it
    assertThat(sl[0]).isEqualTo(2.0 / 3);
    assertThat(sl[1]).isNaN();
    assertThat(sl[2]).isEqualTo(1.0);
    TimelineCollector none = new TimelineCollector(day, 15);
    new ServiceSystem(day, new Kernel(), new StreamPlan(1), 0, List.of(none)).run();
    assertThat(none.result().serviceLevelByArrivalBin()).containsOnly(Double.NaN);
  }

  @Test
  void serviceLevelByArrivalBinBreaksDownByType() {
    // one server; a at 0, b at 1, a at 2 (service 10 each) wait 0, 9 and 18; b at 40 waits 0
    Scenario day = Tiny.scenario(List.of(CustomerType.of("a"), CustomerType.of("b")),
        List.of(Tiny.replay(new double[] {0, 1, 2, 40}, new String[] {"a", "b", "a", "b"})),
        List.of(new ResourcePool("desk", 1)), List.of(Tiny.step("serve", "desk", 10)), 60, true);
    Scenario s = new Scenario(day.name(), day.title(), null, day.timeUnit(), 0, day.run(),
        new Targets(OptionalDouble.of(9)), day.customers(), day.arrivals(), day.resources(), day.process(), List.of());
    TimelineCollector t = new TimelineCollector(s, 15);
    new ServiceSystem(s, new Kernel(), new StreamPlan(1), 0, List.of(t)).run();
    Timeline tl = t.result();
    assertThat(tl.leftByType().get("a")).containsExactly(2, 0, 0, 0);
    assertThat(tl.withinTargetByType().get("a")).containsExactly(1, 0, 0, 0);
    assertThat(tl.serviceLevelByArrivalBin(List.of("a"))[0]).isEqualTo(0.5);
    assertThat(tl.serviceLevelByArrivalBin(List.of("b"))).containsExactly(1.0, Double.NaN, 1.0, Double.NaN);
    assertThat(tl.serviceLevelByArrivalBin(List.of("a", "b"))).containsExactly(tl.serviceLevelByArrivalBin());
    assertThat(Timeline.average(List.of(tl, tl)).leftByType()).isEmpty();
  }

  @Test
  void averageSkipsBinsUndefinedInAReplication() {
    Timeline a = new Timeline(15, new double[] {1, 2}, java.util.Map.of(), java.util.Map.of(), java.util.Map.of(),
        new double[] {4, Double.NaN});
    Timeline b = new Timeline(15, new double[] {3, 4}, java.util.Map.of(), java.util.Map.of(), java.util.Map.of(),
        new double[] {6, 8});
    Timeline m = Timeline.average(List.of(a, b));
    assertThat(m.arrivals()).containsExactly(2, 3);
    assertThat(m.waitByArrivalBin()).containsExactly(5, 8);
  }
}
