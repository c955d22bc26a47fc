package io.leansim.cli;

import io.leansim.report.FigureText;
import io.leansim.experiment.Comparison;
import io.leansim.experiment.PairedDifference;
import io.leansim.experiment.Summary;
import io.leansim.scenario.Scenario;
import io.leansim.stats.Metric;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The compact table after {@code compare}: one row per variant, the headline figures as columns,
 * each variant's value with its change against the baseline, marked when significant; then the
 * mean wait by type, so that a gain for one type stands next to its cost for the others.
 */
final class ComparisonTable {
  private ComparisonTable() {}

  static void print(Scenario scenario, List<Summary> runs, Comparison all, PrintWriter out) {
    Summary base = runs.get(0);
    List<Metric> figures = Metric.View.HEADLINE.metrics().stream().filter(f -> shown(f, base)).toList();
    Metric wait = Metric.View.BY_TYPE.metrics().get(0);
    boolean byType = base.types().size() > 1;
    // the marks of this table are a family of their own: Holm over exactly the differences it shows
    Comparison c = all.markedOver((scope, key) -> scope == Metric.Scope.OVERALL
        && figures.stream().anyMatch(f -> f.key().equals(key))
        || byType && scope == Metric.Scope.TYPE && key.equals(wait.key()));
    out.printf("%s: %s%n", scenario.name(), scenario.title());
    out.printf("%d replications per variant, seed %d, %s; times in %s%n", base.replications(),
        base.seed(), all.commonRandomNumbers() ? "common random numbers" : "random numbers NOT common to all",
        base.timeUnit());
    all.variants().forEach((name, v) -> {
      if (!v.randomNumbers().common()) {
        out.printf("  %s: %s random numbers: %s; its intervals are valid but wider%n", name,
            v.randomNumbers().shared().isEmpty() ? "its own" : "partly its own", v.randomNumbers().reason());
      }
    });
    out.println("Each variant: its value, the change against the baseline (paired by replication; ↑ up,");
    out.printf("↓ down), then ✓ better or ✗ worse with 95%% confidence for all %d changes below at once%n", c.tests());
    out.println("(Holm's method: 19 tables in 20 show no false mark at all); no mark: may be noise.");
    out.println();
    List<String[]> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of(""));
    figures.forEach(f -> header.add(f.column()));
    rows.add(header.toArray(new String[0]));
    List<String> baseRow = new ArrayList<>(List.of(base.variant()));
    figures.forEach(f -> baseRow.add(FigureText.of(f).text(f.of(base.overall()).mean())));
    rows.add(baseRow.toArray(new String[0]));
    c.variants().forEach((name, v) -> {
      List<String> row = new ArrayList<>(List.of(name));
      figures.forEach(f -> row.add(cell(f.of(v.overall()), f)));
      rows.add(row.toArray(new String[0]));
    });
    HeadlineTable.printAligned(rows, out);

    if (byType) {
      out.println();
      out.println(wait.label() + " by type (" + base.timeUnit() + "): who gains, who pays");
      List<String[]> typeRows = new ArrayList<>();
      List<String> h = new ArrayList<>(List.of("", base.variant()));
      h.addAll(c.variants().keySet());
      typeRows.add(h.toArray(new String[0]));
      for (String type : base.types().keySet()) {
        List<String> row = new ArrayList<>(List.of(type, FigureText.of(wait).text(wait.of(base.types().get(type)).mean())));
        c.variants().values().forEach(v -> {
          Map<String, PairedDifference> t = v.types().get(type);
          row.add(t == null ? "-" : cell(wait.of(t), wait));
        });
        typeRows.add(row.toArray(new String[0]));
      }
      HeadlineTable.printAligned(typeRows, out);
    }
    var p = base.precision();
    if (p != null) {
      out.printf(Locale.ROOT, "%n%s: %s known to within ±%.1f%% of the baseline's value (95%% confidence) after %d"
          + " replications (target ±%.1f%%: %s)%n", p.metric(),
          p.difference() ? "every variant's difference from the baseline" : "the baseline's value",
          100 * p.reached(), p.replications(), 100 * p.target(),
          p.met() ? "met" : "NOT met, stopped at max_replications " + p.maxReplications());
    }
  }

  private static boolean shown(Metric f, Summary base) {
    if (!base.overall().containsKey(f.key())) {
      return false;
    }
    return !f.onlyWhenPositive() || f.of(base.overall()).mean() > 0;
  }

  private static String cell(PairedDifference d, Metric f) {
    if (d == null || d.n() == 0 || Double.isNaN(d.variant())) {
      return "-";
    }
    String arrow = d.diff() > 0 ? "↑" : d.diff() < 0 ? "↓" : "=";
    String change = Double.isNaN(d.relative()) ? FigureText.of(f).text(Math.abs(d.diff()))
        : String.format(Locale.ROOT, "%.0f%%", 100 * Math.abs(d.relative()));
    String mark = " ";
    if (d.significant()) {
      boolean better = f.lowerIsBetter() ? d.diff() < 0 : d.diff() > 0;
      mark = better ? "✓" : "✗";
    }
    return FigureText.of(f).text(d.variant()) + " " + arrow + change + " " + mark;
  }
}
