package io.leansim.cli;

import io.leansim.app.Redraw;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;


/** {@code leansim report DIR}: draws the charts, value stream maps and report page again from results on disk. */
@Command(
    name = "report",
    header = "Draw the charts, maps, results.xlsx and report.html again from a results folder.",
    mixinStandardHelpOptions = true,
    description = {
      "Reads DIR (written by 'leansim compare' or 'leansim run': scenario.yaml, <variant>/summary.json,",
      "comparison.json) and writes again, without simulating:",
      "  charts/*.png, charts/*.svg, <variant>/vsm.svg, results.xlsx, report.html",
      "The new files are written aside and moved into place only when all are complete, so a failure",
      "leaves the previous report untouched. Use it after upgrading LeanSim, or to get the report of",
      "results copied from another machine.",
      "",
      "Examples:",
      "  leansim compare scenarios/telecom-hall.yaml      # writes results/telecom-hall/",
      "  leansim report results/telecom-hall              # draws its report again",
      ""
    },
    footer = {"", ExitCodes.HELP})
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "A results folder (default of compare: results/<name>).")
  Path dir;

  @Mixin DebugOption debug;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println("Report: " + Redraw.run(dir));
    return ExitCodes.OK;
  }
}
