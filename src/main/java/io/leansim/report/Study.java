package io.leansim.report;

import io.leansim.experiment.Comparison;
import io.leansim.experiment.Selection;
import io.leansim.experiment.Summary;
import io.leansim.scenario.Scenario;
import io.leansim.stats.Metric;
import java.util.List;
import java.util.Objects;

/**
 * Everything a report shows: the scenario as run (with its variants), the summary of every run
 * (the baseline first when it ran), the comparison of the variants with the baseline (null
 * when only one run), and which variant is best ({@code compare --select-best}; null when not asked).
 */
public record Study(Scenario scenario, List<Summary> runs, Comparison comparison, Selected selected) {
  /**
   * Which variant is best on {@code figure} by Kim and Nelson's procedure ({@code outcome}); {@code
   * timeUnit} the symbol durations are in, {@code defaultDelta} whether the indifference zone is the
   * default, {@code added} the replications run for it beyond the comparison's.
   */
  public record Selected(Metric figure, String timeUnit, boolean defaultDelta, int added, Selection.Outcome outcome) {}

  /** A study without a selection. */
  public Study(Scenario scenario, List<Summary> runs, Comparison comparison) {
    this(scenario, runs, comparison, null);
  }

  public Study {
    Objects.requireNonNull(scenario, "scenario");
    runs = List.copyOf(runs);
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("a study needs at least one run");
    }
  }

  /** The baseline's summary (the first run). */
  public Summary baseline() {
    return runs.get(0);
  }
}
