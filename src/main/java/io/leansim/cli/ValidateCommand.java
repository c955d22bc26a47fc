package io.leansim.cli;

import io.leansim.app.Failure;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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

  @Mixin DebugOption debug;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    boolean allValid = true;
    for (Path f : files) {
      LoadResult r = ScenarioLoader.load(f);
      Diagnostics.print(f, r, err);
      if (r.ok()) {
        Scenario s = r.scenario();
        out.printf("%s: valid (%s, %s, %s)%n", f, count(s.customers().size(), "customer type"),
            count(s.process().size(), "step"), count(s.variants().size(), "variant"));
      } else {
        allValid = false;
      }
    }
    if (!allValid) {
      throw Failure.shown();
    }
    return ExitCodes.OK;
  }

  /** {@code n} and the noun, plural unless n is 1: "1 step", "0 variants". */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
