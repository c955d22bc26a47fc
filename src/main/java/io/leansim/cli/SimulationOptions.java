package io.leansim.cli;

import io.leansim.app.Simulate;
import io.leansim.experiment.RunWarnings;
import io.leansim.experiment.Summary;
import io.leansim.scenario.RunSpec;
import java.io.PrintWriter;
import java.util.function.Consumer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenario file and options of {@code run} and {@code compare} (a picocli mixin). */
final class SimulationOptions {
  @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML).")
  Path file;

  @Option(names = "--variant", paramLabel = "NAME",
      description = "Run this variant instead of the baseline (repeatable; 'baseline' names the baseline).")
  List<String> variants = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Results folder (default: results/<name>); a non-empty folder of other files is refused (see --force).")
  Path out;

  @Mixin ForceOption force;

  @Option(names = "--trace", description = "Also write customers.csv per variant: one row per customer and step visit.")
  boolean trace;

  @Option(names = "--bin", paramLabel = "MINUTES",
      description = "Width of the time bins of the day profile (timeline, charts), in minutes (default: ${DEFAULT-VALUE}).")
  double binMinutes = 15;

  @Option(names = "--rep-range", paramLabel = "FROM..TO",
      description = {"Run only replications FROM to TO of the run (0-based, both included; within --replications or"
          + " run.replications): a shard, to merge with the other shards by 'leansim merge'. The folder (default:"
          + " results/<name>-shard-FROM-TO) also holds shard.json and <variant>/replications.json."})
  String repRange;

  @Mixin RunOptions run;

  /** The request of a run ({@code compare} false) or a comparison, with every variant when {@code all}. */
  Simulate.Request request(boolean compare, boolean all) {
    return new Simulate.Request(file, compare, all, variants, run.overrides(), out, force.force, run.threads(),
        binMinutes, trace, repRange, run.sparkMaster(), null);
  }

  /**
   * Runs the request, watched on the console, then prints the outcome: unless quiet, {@code table}
   * and what a shard is; always where the results are.
   */
  void simulate(Simulate.Request request, CommandSpec spec, Consumer<Simulate.Outcome> table)
      throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Simulate.Outcome o;
    try (ConsoleWatcher watcher = new ConsoleWatcher(run.quiet(), run.debug(), out, spec.commandLine().getErr())) {
      o = Simulate.run(request, watcher);
    }
    PrintWriter err = spec.commandLine().getErr();
    if (o.shard() == null) {
      RunWarnings.replications(o.summaries().get(0).replications())
          .or(() -> RunWarnings.skewed(o.results().get(0)))
          .ifPresent(w -> err.println("leansim " + spec.commandLine().getCommandName() + ": warning: " + w));
    }
    for (Summary s : o.summaries()) {
      RunSpec runSpec = o.scenario().variant(s.variant()).map(v -> v.scenario().run()).orElse(o.scenario().run());
      RunWarnings.of(s, runSpec).forEach(w -> err.println("leansim " + spec.commandLine().getCommandName()
          + ": warning: " + w));
    }
    err.flush();
    if (!run.quiet()) {
      table.accept(o);
      out.println();
      if (o.shard() != null) {
        out.println("A shard: replications " + o.shard() + " of " + o.shard().of() + " (0.." + (o.shard().of() - 1)
            + "). Put the shards together with: leansim merge SHARD... --out DIR");
      }
    }
    out.println("Results: " + Console.folder(o.folder()));
  }
}
