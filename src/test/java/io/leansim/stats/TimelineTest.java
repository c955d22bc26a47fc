package io.leansim.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A timeline is a value: what it hands out cannot change it, and equal values make equal timelines. */
class TimelineTest {
  private static Timeline day() {
    return new Timeline(15, new double[] {3, 1}, Map.of("serve", new double[] {0.5, 0}),
        Map.of("desk", new double[] {1, 2}), Map.of("desk", new double[] {1, 0.25}), new double[] {4, Double.NaN});
  }

  @Test
  void changingWhatTheAccessorsHandOutLeavesTheTimelineAsItWas() {
    Timeline t = day();
    t.arrivals()[0] = 99;
    t.queueByStep().get("serve")[0] = 99;
    t.staffByPool().get("desk")[0] = 99;
    t.utilizationByPool().get("desk")[0] = 99;
    t.waitByArrivalBin()[0] = 99;
    t.serviceLevelByArrivalBin()[0] = 99;
    assertThat(t).isEqualTo(day());
    assertThat(t.arrivals()).containsExactly(3, 1);
    assertThat(t.queueByStep().get("serve")).containsExactly(0.5, 0);
    assertThat(t.staffByPool().get("desk")).containsExactly(1, 2);
    assertThat(t.utilizationByPool().get("desk")).containsExactly(1, 0.25);
    assertThat(t.waitByArrivalBin()[0]).isEqualTo(4);
    assertThat(t.serviceLevelByArrivalBin()[0]).isNaN();
  }

  @Test
  void timelinesWithEqualValuesAreEqualAndOthersAreNot() {
    assertThat(day()).isEqualTo(day()).hasSameHashCodeAs(day());
    Timeline other = new Timeline(15, new double[] {3, 2}, Map.of("serve", new double[] {0.5, 0}),
        Map.of("desk", new double[] {1, 2}), Map.of("desk", new double[] {1, 0.25}), new double[] {4, Double.NaN});
    assertThat(other).isNotEqualTo(day());
  }

  @Test
  void averageOverReplicationsSkipsUndefinedValues() {
    Timeline second = new Timeline(15, new double[] {1, 3}, Map.of("serve", new double[] {1.5, 0}),
        Map.of("desk", new double[] {1, 2}), Map.of("desk", new double[] {0, 0.75}), new double[] {2, 6});
    Timeline mean = Timeline.average(List.of(day(), second));
    assertThat(mean.arrivals()).containsExactly(2, 2);
    assertThat(mean.queueByStep().get("serve")).containsExactly(1, 0);
    assertThat(mean.waitByArrivalBin()).containsExactly(3, 6);
    assertThat(mean.serviceLevelByArrivalBin()[0]).isNaN();
  }
}
