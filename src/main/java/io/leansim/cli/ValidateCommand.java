package io.leansim.cli;

import io.leansim.scenario.Scenario;
import io.leansim.scenario.load.LoadResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code leansim validate FILE...}: checks scenario files without running them. */
@Command(
    name = "validate",
    header = "Check scenario files without running them.",
    mixinStandardHelpOptions = true,
    description = {
      "Checks scenario files and reports every mistake at once, each as",
      "  FILE:LINE:COLUMN: path.to.key: what is wrong (and the fix)",
      "Nothing is simulated. Warnings (a steady-state run whose load is at or above",
      "capacity) do not make a file invalid.",
      "",
      "Example:  leansim validate scenarios/*.yaml"
    },
    footer = {"", ExitCodes.HELP})
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
  List<Path> files;

  @picocli.CommandLine.Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    boolean allValid = true;
    for (Path f : files) {
      LoadResult r = Diagnostics.loadAndReport(f, err);
      if (r.ok()) {
        Scenario s = r.scenario();
        out.printf("%s: valid (%d customer types, %d steps, %d variants)%n", f, s.customers().size(),
            s.process().size(), s.variants().size());
      } else {
        allValid = false;
      }
    }
    return allValid ? ExitCodes.OK : ExitCodes.INVALID_SCENARIO;
  }
}
