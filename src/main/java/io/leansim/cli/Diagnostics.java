package io.leansim.cli;

import io.leansim.scenario.load.Diagnostic;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Loads a scenario and prints its diagnostics, errors and warnings, one per line. */
final class Diagnostics {
  private Diagnostics() {}

  /** Loads {@code file}, prints every diagnostic to {@code err}, and returns the result. */
  static LoadResult loadAndReport(Path file, PrintWriter err) {
    LoadResult result = ScenarioLoader.load(file);
    for (Diagnostic d : result.diagnostics()) {
      err.println(d.format());
    }
    if (!result.ok()) {
      int n = result.errors().size();
      err.println(n + (n == 1 ? " error" : " errors") + " in " + file + "; nothing was run.");
    }
    err.flush();
    return result;
  }
}
