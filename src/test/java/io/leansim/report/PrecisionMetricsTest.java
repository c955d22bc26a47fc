package io.leansim.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import io.leansim.stats.Metric;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The scenario loader sits below the registry of figures and keeps its own list of the figures a
 * precision target may name: every per-customer figure of {@link Metric}, in results order. This
 * keeps the two in step.
 */
class PrecisionMetricsTest {
  private static LoadResult withPrecisionOn(String metric) {
    String yaml = Studies.SMALL_HALL.replace("precision: {metric: wait_mean,", "precision: {metric: " + metric + ",");
    return ScenarioLoader.parse("test.yaml", yaml, Path.of("."));
  }

  @Test
  void everyCustomerFigureCanBeMadePrecise() {
    for (Metric m : Metric.in(Metric.Scope.TYPE)) {
      LoadResult r = withPrecisionOn(m.key());
      assertThat(r.ok()).as(m.key() + ": " + String.join("\n", r.formatted())).isTrue();
    }
  }

  @Test
  void theLoaderListsExactlyTheRegistrysCustomerFigures() {
    String expected = Metric.in(Metric.Scope.TYPE).stream().map(Metric::key).collect(Collectors.joining(", "));
    LoadResult r = withPrecisionOn("zzzzzzzz");
    assertThat(r.ok()).isFalse();
    assertThat(String.join("\n", r.formatted())).contains("use an overall metric: " + expected);
  }
}
