package io.leansim.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one replication, by scope: metric name to value, in results order. A value is
 * NaN where it is undefined in this replication (a mean over no customer); a metric that does not
 * apply to the scenario (service level without a target) is absent. {@code bases} says what each
 * ratio figure averages over (customers, visits, time); {@code waits} holds the total waits of the
 * customers who left, overall and by type (for quantiles and distributions); {@code timeline} the day
 * profile by time bin (null when not collected).
 */
public record ReplicationStats(
    int replication,
    double endTime,
    Map<String, Double> overall,
    Map<String, Map<String, Double>> types,
    Map<String, Map<String, Double>> steps,
    Map<String, Map<String, Double>> resources,
    Bases bases,
    WaitSample waits,
    Timeline timeline) implements Figures<Double>, java.io.Serializable {

  public ReplicationStats {
    overall = freeze(overall);
    types = freezeNested(types);
    steps = freezeNested(steps);
    resources = freezeNested(resources);
    bases = bases == null ? Bases.NONE : bases;
  }

  /** The same figures with {@code t} as timeline. */
  public ReplicationStats withTimeline(Timeline t) {
    return new ReplicationStats(replication, endTime, overall, types, steps, resources, bases, waits, t);
  }

  private static Map<String, Double> freeze(Map<String, Double> m) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }

  static Map<String, Map<String, Double>> freezeNested(Map<String, Map<String, Double>> m) {
    Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
    m.forEach((k, v) -> copy.put(k, freeze(v)));
    return Collections.unmodifiableMap(copy);
  }
}
