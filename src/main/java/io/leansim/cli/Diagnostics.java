package io.leansim.cli;

import io.leansim.scenario.load.Diagnostic;
import io.leansim.scenario.load.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints a scenario's diagnostics, errors and warnings, one per line. */
final class Diagnostics {
  private Diagnostics() {}

  /** Prints every diagnostic of {@code file} to {@code err}, and the count of errors when there are any. */
  static void print(Path file, LoadResult result, PrintWriter err) {
    for (Diagnostic d : result.diagnostics()) {
      err.println(d.format());
    }
    if (!result.ok()) {
      int n = result.errors().size();
      err.println(n + (n == 1 ? " error" : " errors") + " in " + file + "; nothing was run.");
    }
    err.flush();
  }
}
