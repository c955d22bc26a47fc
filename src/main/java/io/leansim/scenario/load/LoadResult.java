package io.leansim.scenario.load;

import io.leansim.scenario.Scenario;
import java.util.List;

/**
 * What loading a scenario file gave: the scenario (null when there is any error) and every
 * diagnostic, sorted by file position.
 */
public record LoadResult(Scenario scenario, List<Diagnostic> diagnostics) {
  public LoadResult {
    diagnostics = List.copyOf(diagnostics);
    if (scenario != null && diagnostics.stream().anyMatch(Diagnostic::isError)) {
      throw new IllegalArgumentException("a result with errors has no scenario");
    }
  }

  /** Whether there is no error (warnings allowed). */
  public boolean ok() {
    return errors().isEmpty();
  }

  /** The errors, in order. */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  /** The warnings, in order. */
  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> !d.isError()).toList();
  }

  /** Every diagnostic formatted, one per element. */
  public List<String> formatted() {
    return diagnostics.stream().map(Diagnostic::format).toList();
  }
}
