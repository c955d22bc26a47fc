package io.leansim.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.stats.Metric.Scope;
import io.leansim.stats.Metric.View;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricTest {
  @Test
  void aKeyNamesOneFigurePerScope() {
    for (Scope scope : Scope.values()) {
      List<String> keys = Metric.in(scope).stream().map(Metric::key).toList();
      assertThat(keys).as(scope.field()).doesNotHaveDuplicates().isNotEmpty();
      keys.forEach(k -> assertThat(Metric.of(scope, k)).isPresent());
    }
  }

  @Test
  void customerFiguresAreTheSameOverallAndPerTypeButForTaktAndCost() {
    assertThat(Metric.in(Scope.OVERALL)).containsAll(Metric.in(Scope.TYPE));
    assertThat(Metric.in(Scope.OVERALL)).containsSubsequence(Metric.in(Scope.TYPE))
        .endsWith(Metric.TAKT_TIME, Metric.STAFF_COST);
  }

  @Test
  void theSameKeyIsADifferentFigureInAnotherScope() {
    assertThat(Metric.of(Scope.TYPE, "wait_mean")).contains(Metric.WAIT_MEAN);
    assertThat(Metric.of(Scope.STEP, "wait_mean")).contains(Metric.STEP_WAIT_MEAN);
    assertThat(Metric.of(Scope.RESOURCE, "wait_mean")).isEmpty();
  }

  @Test
  void everyViewShowsFiguresOfItsScopeOnce() {
    for (View v : View.values()) {
      assertThat(v.metrics()).as(v.name()).isNotEmpty().doesNotHaveDuplicates()
          .allSatisfy(m -> assertThat(m.scopes()).contains(v.scope()));
    }
    assertThat(View.HEADLINE.keys()).containsExactly("wait_mean", "wait_p90", "wait_max", "lead_time_mean",
        "service_level", "abandon_rate", "throughput_per_hour");
    assertThat(View.SWEEP.metrics()).startsWith(View.HEADLINE.metrics().toArray(new Metric[0]));
  }

  @Test
  void figuresAreReadByKey() {
    assertThat(Metric.WAIT_MEAN.of(java.util.Map.of("wait_mean", 3.0))).isEqualTo(3.0);
    assertThat(Metric.WAIT_MEAN.<Double>of(null)).isNull();
    assertThat(Metric.WAIT_MEAN.lowerIsBetter()).isTrue();
    assertThat(Metric.SERVICE_LEVEL.lowerIsBetter()).isFalse();
  }
}
