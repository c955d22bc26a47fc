package io.leansim.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each ratio figure of one replication ({@link Metric.Estimand#PER_CUSTOMER}, {@link
 * Metric.Estimand#TIME_SHARE}) averages over, by scope and key: customers for a mean wait, visits
 * for a step's wait, duty time for a utilization. The figure's value times its base is the day's
 * total, so the estimate over replications is a ratio of sums ({@link Estimate#ratio}). Figures of
 * other estimands have no base.
 */
public record Bases(
    Map<String, Double> overall,
    Map<String, Map<String, Double>> types,
    Map<String, Map<String, Double>> steps,
    Map<String, Map<String, Double>> resources) implements Figures<Double>, java.io.Serializable {

  /** No bases (figures read from a file that has none). */
  public static final Bases NONE = new Bases(Map.of(), Map.of(), Map.of(), Map.of());

  public Bases {
    overall = Collections.unmodifiableMap(new LinkedHashMap<>(overall));
    types = ReplicationStats.freezeNested(types);
    steps = ReplicationStats.freezeNested(steps);
    resources = ReplicationStats.freezeNested(resources);
  }
}
