package io.leansim.cli;

import io.leansim.experiment.Experiment;
import io.leansim.experiment.RunResult;
import io.leansim.scenario.Scenario;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
      "The folder is built aside and moved into place only when complete: an interrupted or",
      "failed run leaves the previous results untouched. The same seed gives the same numbers",
      "on any machine and for any --threads.",
      "",
      "Examples:",
      "  leansim run scenarios/telecom-hall.yaml",
      "  leansim run scenarios/telecom-hall.yaml --all --replications 50",
      "  leansim run scenarios/telecom-hall.yaml --variant card-priority --trace --out /tmp/hall",
      ""
    },
    footer = {"", ExitCodes.HELP})
final class RunCommand extends SimulateCommand {
  @Option(names = "--all", description = "Run the baseline and every variant of the file.")
  boolean all;

  @Override
  String name() {
    return "run";
  }

  @Override
  String selectJobs(Scenario s, List<Experiment.Job> jobs) {
    if (all) {
      jobs.add(baselineJob(s));
      s.variants().forEach(v -> jobs.add(new Experiment.Job(v.name(), v.title(), v.scenario())));
      return null;
    }
    if (variants.isEmpty()) {
      jobs.add(baselineJob(s));
      return null;
    }
    return addNamed(s, jobs);
  }

  @Override
  void printTable(Scenario scenario, List<RunResult> results, PrintWriter out) {
    HeadlineTable.print(scenario, results.stream().map(RunResult::summary).toList(), out);
  }
}
