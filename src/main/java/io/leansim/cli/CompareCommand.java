package io.leansim.cli;

import io.leansim.experiment.Comparison;
import io.leansim.experiment.Experiment;
import io.leansim.experiment.RunResult;
import io.leansim.report.ComparisonFiles;
import io.leansim.report.Report;
import io.leansim.report.Study;
import io.leansim.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code leansim compare FILE}: the baseline against lean variants, with paired statistics and a report. */
@Command(
    name = "compare",
    header = "Compare the baseline with lean variants: paired differences, charts, a report.",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the baseline and every variant of the file (or the --variant ones) with the same seed",
      "and common random numbers: replication k of every variant sees the same customers, so the",
      "differences, paired by replication, measure the change and not the noise. Writes, besides",
      "what 'run' writes:",
      "  comparison.json, comparison.csv   each variant against the baseline: both means, the paired",
      "                                    difference with its 95%% half-width, relative change, and",
      "                                    whether it is significant",
      "  charts/*.png, charts/*.svg         waits by type, wait distribution, the day profile, ...",
      "  <variant>/vsm.svg                  the value stream map of each variant",
      "  report.html                        one self-contained page to open or project",
      "  animation-<variant>.html           the first replication's day replayed, baseline and",
      "                                     variant side by side (see 'leansim animate --help')",
      "",
      "Examples:",
      "  leansim compare scenarios/telecom-hall.yaml",
      "  leansim compare scenarios/telecom-hall.yaml --variant card-priority --replications 50",
      ""
    },
    footer = {"", ExitCodes.HELP})
final class CompareCommand extends SimulateCommand {
  private Comparison comparison;

  @Override
  String name() {
    return "compare";
  }

  @Override
  String selectJobs(Scenario s, List<Experiment.Job> jobs) {
    if (s.variants().isEmpty()) {
      return file + " has no variants to compare: add a 'variants:' section, or use 'leansim run'";
    }
    jobs.add(baselineJob(s));
    if (variants.isEmpty()) {
      s.variants().forEach(v -> jobs.add(new Experiment.Job(v.name(), v.title(), v.scenario())));
      return null;
    }
    String problem = addNamed(s, jobs);
    if (problem == null && jobs.size() == 1) {
      return "name at least one variant besides the baseline";
    }
    return problem;
  }

  @Override
  void finish(Scenario scenario, List<RunResult> results, Path dir) throws IOException {
    comparison = Comparison.of(results.get(0), results.subList(1, results.size()));
    ComparisonFiles.write(comparison, dir);
    animations.write(scenario, dir);
    Report.render(new Study(scenario, results.stream().map(RunResult::summary).toList(), comparison), dir);
  }

  @Override
  boolean animates() {
    return true;
  }

  @Override
  void printTable(Scenario scenario, List<RunResult> results, PrintWriter out) {
    ComparisonTable.print(scenario, results.stream().map(RunResult::summary).toList(), comparison, out);
  }
}
