package io.leansim.cli;

import io.leansim.experiment.Summary;
import io.leansim.report.FigureText;
import io.leansim.scenario.Scenario;
import io.leansim.stats.Estimate;
import io.leansim.stats.Metric;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The short table of headline figures printed after a run: one column per variant run. */
final class HeadlineTable {
  private HeadlineTable() {}

  static void print(Scenario scenario, List<Summary> runs, PrintWriter out) {
    Summary first = runs.get(0);
    String unit = first.timeUnit();
    out.printf("%s: %s%n", scenario.name(), scenario.title());
    String reps = runs.stream().map(Summary::replications).distinct().count() == 1
        ? Integer.toString(first.replications()) : "up to " + runs.stream().mapToInt(Summary::replications).max().orElse(0);
    out.printf("%s replication" + ("1".equals(reps) ? "" : "s") + ", seed %d; times in %s; ± is the 95%% confidence half-width (a share near 0%% or%n"
        + "100%% shows its interval instead); means are per customer, percentiles of all customers pooled%n%n",
        reps, first.seed(), unit);

    List<String[]> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("");
    runs.forEach(r -> header.add(r.variant()));
    rows.add(header.toArray(new String[0]));

    String target = scenario.targets().waitWithin().isPresent()
        ? FigureText.TIME.text(scenario.targets().waitWithin().getAsDouble()) + " " + unit : "";
    rows(rows, runs, Metric.View.RUN, target);
    for (Metric.View breakdown : List.of(Metric.View.BY_TYPE, Metric.View.BY_RESOURCE)) {
      Set<String> keys = keys(runs, s -> s.of(breakdown.scope()));
      // one customer type: its breakdown would repeat the overall figures
      if (keys.size() > (breakdown.scope() == Metric.Scope.TYPE ? 1 : 0)) {
        section(rows, runs, breakdown.title());
        for (String key : keys) {
          for (Metric m : breakdown.metrics()) {
            row(rows, runs, "  " + key, s -> m.of(s.of(breakdown.scope()).get(key)), FigureText.of(m));
          }
        }
      }
    }
    rows(rows, runs, Metric.View.RUN_COSTS, target);
    printAligned(rows, out);
    if (rows.stream().anyMatch(r -> java.util.Arrays.stream(r).anyMatch(c -> c.endsWith(FigureText.FEW)))) {
      out.printf("%n%s fewer than %d customers (or visits) behind it, over all replications: its interval is rough;"
          + " run more replications%n", FigureText.FEW, Estimate.FEW_CUSTOMERS);
    }
    for (Summary s : runs) {
      if (s.precision() != null) {
        var p = s.precision();
        out.printf(Locale.ROOT, "%n%s: %s known to within ±%.1f%% (relative error, 95%% confidence) after %d"
            + " replications (target ±%.1f%%: %s)%n",
            s.variant(), p.metric(), 100 * p.reached(), p.replications(), 100 * p.target(),
            p.met() ? "met" : "NOT met, stopped at max_replications " + p.maxReplications());
      }
    }
  }

  private static boolean positive(Estimate e) {
    return e != null && e.n() > 0 && e.mean() > 0;
  }

  /**
   * A row per figure of {@code view} that some run has (and, for {@link Metric#onlyWhenPositive()},
   * with a positive value in some run); {@code target} names the service-level target in its line.
   */
  private static void rows(List<String[]> rows, List<Summary> runs, Metric.View view, String target) {
    for (Metric m : view.metrics()) {
      boolean shown = m.onlyWhenPositive() ? runs.stream().anyMatch(s -> positive(m.of(s.overall())))
          : runs.stream().anyMatch(s -> s.overall().containsKey(m.key()));
      if (shown) {
        row(rows, runs, m.line().replace("{target}", target), s -> m.of(s.overall()), FigureText.of(m));
      }
    }
  }

  /** Keys of a scope over every run, in order of first appearance (variants may add pools). */
  static Set<String> keys(List<Summary> runs, Function<Summary, Map<String, ?>> scope) {
    Set<String> keys = new LinkedHashSet<>();
    runs.forEach(r -> keys.addAll(scope.apply(r).keySet()));
    return keys;
  }

  private static void section(List<String[]> rows, List<Summary> runs, String title) {
    String[] r = new String[runs.size() + 1];
    r[0] = title;
    for (int i = 1; i < r.length; i++) {
      r[i] = "";
    }
    rows.add(r);
  }

  private static void row(List<String[]> rows, List<Summary> runs, String label,
      Function<Summary, Estimate> figure, FigureText format) {
    String[] r = new String[runs.size() + 1];
    r[0] = label;
    for (int i = 0; i < runs.size(); i++) {
      Estimate e = figure.apply(runs.get(i));
      r[i + 1] = format.estimate(e);
    }
    rows.add(r);
  }

  static void printAligned(List<String[]> rows, PrintWriter out) {
    int cols = rows.get(0).length;
    int[] width = new int[cols];
    for (String[] r : rows) {
      for (int c = 0; c < cols; c++) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder b = new StringBuilder("  ");
      b.append(String.format("%-" + width[0] + "s", r[0]));
      for (int c = 1; c < cols; c++) {
        b.append("   ").append(String.format("%" + width[c] + "s", r[c]));
      }
      out.println(b.toString().stripTrailing());
    }
  }
}
