package io.leansim.report;

import io.leansim.experiment.Comparison;
import io.leansim.experiment.Summary;
import io.leansim.scenario.Scenario;
import java.util.List;
import java.util.Objects;

/**
 * Everything a report shows: the scenario as run (with its variants), the summary of every run
 * (the baseline first when it ran), and the comparison of the variants with the baseline (null
 * when only one run).
 */
public record Study(Scenario scenario, List<Summary> runs, Comparison comparison) {
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
