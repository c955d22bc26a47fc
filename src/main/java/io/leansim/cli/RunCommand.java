package io.leansim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leansim run FILE}: simulates a scenario and writes its results folder. */
@Command(
    name = "run",
    header = "Simulate a scenario and write its results folder.",
    mixinStandardHelpOptions = true,
    description = {
      "Simulates the scenario (its baseline, or the variants you name) with independent",
      "replications in parallel, and writes results/<name>/ (or --out DIR):",
      "  scenario.yaml              the scenario as run, after defaults",
      "  <variant>/summary.json     every figure: mean, 95%% half-width, min, max over replications",
      "  <variant>/summary.csv      the same, one row per (scope, key, metric)",
      "  <variant>/customers.csv    with --trace: one row per customer and step visit",
      "  data/                      copies of the trace files the scenario replays",
      "  results.xlsx               every table as an Excel workbook (not for a shard)",
      "The folder is built aside and moved into place only when complete: an interrupted or",
      "failed run leaves the previous results untouched. An existing folder is replaced only when",
      "it is empty or holds LeanSim results (a .leansim-results file); --force replaces another,",
      "never the scenario's folder, the working folder or home. The same seed gives the same",
      "numbers on any machine and for any --threads.",
      "",
      "Examples:",
      "  leansim run scenarios/telecom-hall.yaml",
      "  leansim run scenarios/telecom-hall.yaml --all --replications 50",
      "  leansim run scenarios/telecom-hall.yaml --variant card-priority --trace --out /tmp/hall",
      ""
    },
    footer = {"", ExitCodes.HELP})
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SimulationOptions options;

  @Option(names = "--all", description = "Run the baseline and every variant of the file.")
  boolean all;

  @Override
  public Integer call() throws InterruptedException {
    options.simulate(options.request(false, all), spec,
        o -> HeadlineTable.print(o.scenario(), o.summaries(), spec.commandLine().getOut()));
    return ExitCodes.OK;
  }
}
