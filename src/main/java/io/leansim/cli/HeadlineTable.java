package io.leansim.cli;

import io.leansim.experiment.Summary;
import io.leansim.scenario.Scenario;
import io.leansim.stats.Estimate;
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
    out.printf("%s replications, seed %d; times in %s; ± is the 95%% confidence half-width%n%n",
        reps, first.seed(), unit);

    List<String[]> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("");
    runs.forEach(r -> header.add(r.variant()));
    rows.add(header.toArray(new String[0]));

    row(rows, runs, "customers arrived", s -> s.overall().get("arrived"), Format.COUNT);
    row(rows, runs, "completed", s -> s.overall().get("completed"), Format.COUNT);
    if (runs.stream().anyMatch(s -> positive(s.overall().get("abandoned")))) {
      row(rows, runs, "abandoned", s -> s.overall().get("abandoned"), Format.COUNT);
    }
    if (runs.stream().anyMatch(s -> positive(s.overall().get("balked")))) {
      row(rows, runs, "balked (queue full)", s -> s.overall().get("balked"), Format.COUNT);
    }
    row(rows, runs, "wait, mean", s -> s.overall().get("wait_mean"), Format.TIME);
    row(rows, runs, "wait, 90th percentile", s -> s.overall().get("wait_p90"), Format.TIME);
    row(rows, runs, "wait, longest", s -> s.overall().get("wait_max"), Format.TIME);
    row(rows, runs, "lead time, mean", s -> s.overall().get("lead_time_mean"), Format.TIME);
    row(rows, runs, "process cycle efficiency", s -> s.overall().get("pce"), Format.PERCENT);
    scenario.targets().waitWithin().ifPresent(w -> row(rows, runs,
        "served within " + Format.TIME.text(w) + " " + unit, s -> s.overall().get("service_level"), Format.PERCENT));
    row(rows, runs, "throughput per hour", s -> s.overall().get("throughput_per_hour"), Format.RATE);
    Set<String> types = keys(runs, Summary::types);
    if (types.size() > 1) {
      section(rows, runs, "wait by type, mean");
      for (String type : types) {
        row(rows, runs, "  " + type, s -> at(s.types(), type, "wait_mean"), Format.TIME);
      }
    }
    Set<String> pools = keys(runs, Summary::resources);
    if (!pools.isEmpty()) {
      section(rows, runs, "utilization");
      for (String pool : pools) {
        row(rows, runs, "  " + pool, s -> at(s.resources(), pool, "utilization"), Format.PERCENT);
      }
    }
    if (runs.stream().anyMatch(s -> s.overall().containsKey("staff_cost"))) {
      row(rows, runs, "staff cost", s -> s.overall().get("staff_cost"), Format.COUNT);
    }
    printAligned(rows, out);
    for (Summary s : runs) {
      if (s.precision() != null) {
        var p = s.precision();
        out.printf(Locale.ROOT, "%n%s: %s known to ±%.1f%% after %d replications (target ±%.1f%%: %s)%n",
            s.variant(), p.metric(), 100 * p.reached(), p.replications(), 100 * p.target(),
            p.met() ? "met" : "NOT met, stopped at max_replications " + p.maxReplications());
      }
    }
  }

  private static boolean positive(Estimate e) {
    return e != null && e.n() > 0 && e.mean() > 0;
  }

  /** Keys of a scope over every run, in order of first appearance (variants may add pools). */
  static Set<String> keys(List<Summary> runs, Function<Summary, Map<String, ?>> scope) {
    Set<String> keys = new LinkedHashSet<>();
    runs.forEach(r -> keys.addAll(scope.apply(r).keySet()));
    return keys;
  }

  private static Estimate at(Map<String, Map<String, Estimate>> scope, String key, String metric) {
    Map<String, Estimate> m = scope.get(key);
    return m == null ? null : m.get(metric);
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
      Function<Summary, Estimate> figure, Format format) {
    String[] r = new String[runs.size() + 1];
    r[0] = label;
    for (int i = 0; i < runs.size(); i++) {
      Estimate e = figure.apply(runs.get(i));
      r[i + 1] = e == null || e.n() == 0 ? "-"
          : Double.isNaN(e.halfWidth()) ? format.text(e.mean())
          : format.text(e.mean()) + " ± " + format.text(e.halfWidth());
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

  /** How a figure reads. */
  enum Format {
    COUNT, TIME, PERCENT, RATE;

    String text(double x) {
      return switch (this) {
        case COUNT -> String.format(Locale.ROOT, "%.0f", x);
        case TIME, RATE -> String.format(Locale.ROOT, x >= 100 ? "%.0f" : x >= 10 ? "%.1f" : "%.2f", x);
        case PERCENT -> String.format(Locale.ROOT, "%.1f%%", 100 * x);
      };
    }
  }
}
