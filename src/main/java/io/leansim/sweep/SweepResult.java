package io.leansim.sweep;

import io.leansim.stats.Estimate;
import io.leansim.stats.Metric;
import java.util.List;
import java.util.Map;

/**
 * A sweep's results: for every point and every variant run (the baseline first), the headline
 * figures ({@link #METRICS}, those the scenario defines) as estimates over the replications.
 */
public record SweepResult(String scenario, long seed, int replications, String timeUnit, List<Param> params,
    List<String> variants, List<Row> rows) {
  /** The keys of the figures of a sweep ({@link Metric.View#SWEEP}): the report's key figures, plus the staff cost. */
  public static final List<String> METRICS = Metric.View.SWEEP.keys();

  public SweepResult {
    params = List.copyOf(params);
    variants = List.copyOf(variants);
    rows = List.copyOf(rows);
  }

  /** One point and variant: the set values and the figures. */
  public record Row(Point point, String variant, Map<String, Estimate> metrics) {
    public Row {
      metrics = Map.copyOf(metrics);
    }
  }

  /** The metrics present in some row, in {@link #METRICS} order. */
  public List<String> metricsPresent() {
    return metricsPresent(Metric.View.SWEEP);
  }

  /** The keys of the figures of {@code view} present in some row, in its order. */
  public List<String> metricsPresent(Metric.View view) {
    return view.keys().stream().filter(m -> rows.stream().anyMatch(r -> r.metrics().containsKey(m))).toList();
  }
}
