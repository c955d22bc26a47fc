package io.leansim.cli;

import io.leansim.app.SelectBest;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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
      "  comparison.json, comparison.csv   each variant against the baseline: both estimates, the paired",
      "                                    difference with its 95%% half-width, relative change, its",
      "                                    p-value, and whether it is significant for the whole file at",
      "                                    once (Holm's method)",
      "  selection.json                    with --select-best: which variant is best, with what confidence",
      "  charts/*.png, charts/*.svg         waits by type, wait distribution, the day profile, ...",
      "  <variant>/vsm.svg                  the value stream map of each variant",
      "  report.html                        one self-contained page to open or project",
      "  results.xlsx                       every table as an Excel workbook, with the changes",
      "  animation-<variant>.html           the first replication's day replayed, baseline and",
      "                                     variant side by side (see 'leansim animate --help')",
      "",
      "Examples:",
      "  leansim compare scenarios/telecom-hall.yaml",
      "  leansim compare scenarios/telecom-hall.yaml --variant card-priority --replications 50",
      "  leansim compare scenarios/telecom-hall.yaml --select-best wait_mean --delta 0.5",
      ""
    },
    footer = {"", ExitCodes.HELP})
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SimulationOptions options;

  @ArgGroup(exclusive = false, heading = "%nWhich variant is best:%n") SelectBestOptions select;

  @Override
  public Integer call() throws InterruptedException {
    SelectBest.Question best = select == null ? null : select.question(options);
    options.simulate(options.request(true, false).selecting(best), spec, o -> {
      ComparisonTable.print(o.scenario(), o.summaries(), o.comparison(), spec.commandLine().getOut());
      if (o.selection() != null) {
        spec.commandLine().getOut().println();
        SelectionText.print(o.selection(), o.comparison().commonRandomNumbers(), spec.commandLine().getOut());
      }
    });
    return ExitCodes.OK;
  }
}
