package io.leansim.scenario.load;

import io.leansim.scenario.load.Diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects diagnostics for one file label; {@code prefix} starts every message (a variant's
 * {@code variant 'NAME': }). Not shared between loads.
 */
final class Sink {
  private final String file;
  private final String prefix;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  Sink(String file, String prefix) {
    this.file = file;
    this.prefix = prefix;
  }

  String file() {
    return file;
  }

  void error(int line, int col, String path, String message) {
    add(file, line, col, path, Severity.ERROR, message);
  }

  void error(YNode at, String path, String message) {
    error(at.line(), at.col(), path, message);
  }

  void warning(YNode at, String path, String message) {
    add(file, at.line(), at.col(), path, Severity.WARNING, message);
  }

  /** An error in another file (a data file the scenario refers to). */
  void errorIn(String otherFile, int line, int col, String path, String message) {
    add(otherFile, line, col, path, Severity.ERROR, message);
  }

  private void add(String f, int line, int col, String path, Severity s, String message) {
    diagnostics.add(new Diagnostic(f, line, col, Paths.shown(path), s, prefix + message));
  }

  boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  int errorCount() {
    return (int) diagnostics.stream().filter(Diagnostic::isError).count();
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
