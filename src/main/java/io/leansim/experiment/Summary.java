package io.leansim.experiment;

import io.leansim.stats.Estimate;
import io.leansim.stats.Figures;
import io.leansim.stats.Timeline;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result of running one variant (or the baseline): every figure estimated over the
 * replications, by scope, in results order (docs/results-format.md, {@code summary.json}). {@code
 * precision} says whether a precision target was met (null without one). {@code timeline} is the
 * day profile averaged over replications; {@code waitPercentiles} the distribution of the
 * total wait of customers who left (the wait at percentiles 0, 1, ..., 100, averaged over
 * replications; null if none left).
 * Immutable: {@link #waitPercentiles()} hands out a copy. Equality compares arrays by content,
 * so equal runs give equal summaries.
 */
public record Summary(
    String scenario,
    String variant,
    String title,
    String timeUnit,
    double clockStart,
    int replications,
    long seed,
    Map<String, Estimate> overall,
    Map<String, Map<String, Estimate>> types,
    Map<String, Map<String, Estimate>> steps,
    Map<String, Map<String, Estimate>> resources,
    PrecisionOutcome precision,
    Timeline timeline,
    double[] waitPercentiles) implements Figures<Estimate> {

  public Summary {
    overall = Collections.unmodifiableMap(new LinkedHashMap<>(overall));
    types = nested(types);
    steps = nested(steps);
    resources = nested(resources);
    waitPercentiles = waitPercentiles == null ? null : waitPercentiles.clone();
  }

  /** The wait at percentiles 0, 1, ..., 100 (a copy), or null when nobody left. */
  @Override
  public double[] waitPercentiles() {
    return waitPercentiles == null ? null : waitPercentiles.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Summary s && scenario.equals(s.scenario) && variant.equals(s.variant)
        && Objects.equals(title, s.title) && timeUnit.equals(s.timeUnit) && clockStart == s.clockStart
        && replications == s.replications && seed == s.seed && overall.equals(s.overall) && types.equals(s.types)
        && steps.equals(s.steps) && resources.equals(s.resources) && Objects.equals(precision, s.precision)
        && Arrays.equals(waitPercentiles, s.waitPercentiles) && Objects.equals(timeline, s.timeline);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scenario, variant, replications, seed, overall);
  }

  private static Map<String, Map<String, Estimate>> nested(Map<String, Map<String, Estimate>> m) {
    Map<String, Map<String, Estimate>> copy = new LinkedHashMap<>();
    m.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    return Collections.unmodifiableMap(copy);
  }
}
