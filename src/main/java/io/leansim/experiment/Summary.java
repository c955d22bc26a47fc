package io.leansim.experiment;

import io.leansim.stats.Estimate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of running one variant (or the baseline): every figure estimated over the
 * replications, by scope, in results order (results-format.md, {@code summary.json}). {@code
 * precision} says whether a precision target was met (null without one).
 */
public record Summary(
    String scenario,
    String variant,
    String title,
    String timeUnit,
    int replications,
    long seed,
    Map<String, Estimate> overall,
    Map<String, Map<String, Estimate>> types,
    Map<String, Map<String, Estimate>> steps,
    Map<String, Map<String, Estimate>> resources,
    PrecisionOutcome precision) {

  public Summary {
    overall = Collections.unmodifiableMap(new LinkedHashMap<>(overall));
    types = nested(types);
    steps = nested(steps);
    resources = nested(resources);
  }

  private static Map<String, Map<String, Estimate>> nested(Map<String, Map<String, Estimate>> m) {
    Map<String, Map<String, Estimate>> copy = new LinkedHashMap<>();
    m.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    return Collections.unmodifiableMap(copy);
  }
}
