package io.leansim.cli;

import io.leansim.app.Sweep;
import io.leansim.report.SweepReport;
import io.leansim.sweep.Param;
import io.leansim.sweep.SweepResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;


/** {@code leansim sweep FILE --set PATH=VALUES...}: the scenario at every point of a grid of parameter values. */
@Command(
    name = "sweep",
    header = "Run the scenario at every point of a grid of parameter values, with common random numbers.",
    mixinStandardHelpOptions = true,
    description = {
      "Each --set PATH=VALUES sweeps a key path of the scenario (resources.counter.capacity,",
      "arrivals.walk_in.rate) over a list of YAML values (20/h,30/h,40/h) or an integer range",
      "(2..6); several --set make a grid. Each point is the file with those values set, in the",
      "baseline and over each --variant's patch, validated like any scenario and run with the same",
      "seed (common random numbers: every point sees the same customers), replications in parallel:",
      "--replications of them at each point (default: run.replications; at least 2).",
      "",
      "Writes results/<name>-sweep/ (or --out DIR): sweep.json and sweep.csv (one row per point and",
      "variant: the values, then every headline figure with its 95%% half-width), charts/ (each",
      "figure against the first parameter, one line per variant, with confidence bands),",
      "results.xlsx (the points as an Excel workbook) and report.html. Finished points are kept as",
      "the sweep goes: after an interruption, --resume runs only the points not done yet.",
      "",
      "Examples:",
      "  leansim sweep scenarios/telecom-hall.yaml --set resources.side_table.capacity=2..6",
      "  leansim sweep scenarios/bank-branch.yaml --set resources.vip_window.capacity=1..4 --variant pooled",
      "  leansim sweep scenarios/bank-branch.yaml --set arrivals.walk_in.rate=100/h,140/h,180/h \\",
      "      --set arrivals.walk_in.schedule=null     (null removes a key: here the day's schedule)",
      ""
    },
    footer = {"", ExitCodes.HELP})
final class SweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML).")
  Path file;

  @Option(names = "--set", paramLabel = "PATH=VALUES", required = true,
      description = "A key path and its values: a list (20/h,30/h) or an integer range (2..6). Repeat for a grid.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--variant", paramLabel = "NAME", description = "Also sweep this variant of the file (repeatable); the baseline always runs.")
  List<String> variants = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<name>-sweep).")
  Path out;

  @Mixin ForceOption force;

  @Option(names = "--resume", description = "Reuse the points an interrupted (or smaller) sweep of the same file already finished.")
  boolean resume;

  @Mixin RunOptions run;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter o = spec.commandLine().getOut();
    Sweep.Outcome outcome;
    try (ConsoleWatcher watcher = new ConsoleWatcher(run.quiet(), o, spec.commandLine().getErr())) {
      outcome = Sweep.run(new Sweep.Request(file, sets, variants, run.overrides(), out, force.force, resume, run.threads(),
          run.sparkMaster()), watcher);
    }
    if (!run.quiet()) {
      printTable(outcome.result(), o);
    }
    o.println("Results: " + Console.folder(outcome.folder()));
    return ExitCodes.OK;
  }

  private static void printTable(SweepResult r, PrintWriter o) {
    List<String> metrics = r.metricsPresent(io.leansim.stats.Metric.View.SWEEP_TABLE);
    // each figure's column as wide as its widest cell, two spaces apart
    java.util.Map<String, Integer> width = new java.util.HashMap<>();
    metrics.forEach(m -> width.put(m, 2 + Math.max(SweepReport.label(m).length(), r.rows().stream()
        .mapToInt(row -> SweepReport.cell(m, row.metrics().get(m)).length()).max().orElse(0))));
    StringBuilder h = new StringBuilder();
    r.params().forEach(p -> h.append(String.format("%-14s ", p.path().substring(p.path().lastIndexOf('.') + 1))));
    h.append(String.format("%-16s", "variant"));
    metrics.forEach(m -> h.append(String.format("%" + width.get(m) + "s", SweepReport.label(m))));
    o.println(h.toString().stripTrailing());
    for (SweepResult.Row row : r.rows()) {
      StringBuilder b = new StringBuilder();
      r.params().forEach(p -> b.append(String.format("%-14s ", p.shown(row.point().set().get(p.path())))));
      b.append(String.format("%-16s", row.variant()));
      for (String m : metrics) {
        b.append(String.format(java.util.Locale.ROOT, "%" + width.get(m) + "s", SweepReport.cell(m, row.metrics().get(m))));
      }
      o.println(b.toString().stripTrailing());
    }
    for (Param p : r.params()) {
      if (p.listValued()) {
        o.println(p.path() + ":");
        p.legend().forEach(l -> o.println("  " + l));
      }
    }
    o.println();
  }
}
