package io.leansim.cli;

import io.leansim.app.Merge;
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


/** {@code leansim merge SHARD...}: puts the shards of a run back together into the results of the whole run. */
@Command(
    name = "merge",
    header = "Put the shards of a run (--rep-range) back together into the results of the whole run.",
    mixinStandardHelpOptions = true,
    description = {
      "A long run can be split by replications over processes or machines: each shard runs",
      "'leansim run' (or 'compare') with the same file and options and its own --rep-range FROM..TO.",
      "Replication k always draws the same random numbers, whichever shard runs it, so merging the",
      "shards writes exactly what one run of all replications writes, byte for byte: scenario.yaml,",
      "<variant>/summary.json and summary.csv (and customers.csv when the shards ran with --trace:",
      "the shards' traces joined in replication order) and results.xlsx; for 'compare' shards also",
      "comparison.json and .csv, the charts, value stream maps, report.html and the animations.",
      "",
      "The shards must together hold every replication 0..N-1 exactly once, and agree on the",
      "scenario file, --seed, --replications, --bin, the variants, --trace, the command and the",
      "LeanSim version; merge checks each (shard.json records them) and refuses, one line per",
      "problem, with exit code 3. The folder is built aside and moved into place when complete.",
      "",
      "Examples:",
      "  leansim run scenarios/telecom-hall.yaml --all --replications 100 --rep-range 0..49 --out s/a",
      "  leansim run scenarios/telecom-hall.yaml --all --replications 100 --rep-range 50..99 --out s/b",
      "  leansim merge s/a s/b --out results/telecom-hall",
      "  leansim merge shards/* --out results/telecom-hall      # any order",
      ""
    },
    footer = {"", ExitCodes.HELP})
final class MergeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0..*", arity = "1..*", paramLabel = "SHARD",
      description = "Shard folders, written by 'leansim run' or 'compare' with --rep-range (any order).")
  List<Path> shards = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<name>).")
  Path out;

  @Mixin ForceOption force;

  @Mixin QuietOption quiet;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    Merge.Outcome merged = Merge.run(new Merge.Request(shards, out, force.force));
    if (!quiet.quiet) {
      if (merged.comparison() != null) {
        ComparisonTable.print(merged.scenario(), merged.summaries(), merged.comparison(), stdout);
      } else {
        HeadlineTable.print(merged.scenario(), merged.summaries(), stdout);
      }
      stdout.println();
      stdout.println("Merged " + shards.size() + (shards.size() == 1 ? " shard" : " shards") + ": replications 0.."
          + (merged.replications() - 1) + " of " + merged.name() + ".");
    }
    stdout.println("Results: " + Console.folder(merged.folder()));
    return ExitCodes.OK;
  }
}
