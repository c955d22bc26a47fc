package io.leansim.scenario.load;

import java.util.Objects;

/**
 * One finding of the loader, pointing at a place in a file.
 *
 * @param file the file as the user named it (the scenario file, or a data file it refers to)
 * @param line 1-based line
 * @param column 1-based column
 * @param path the dotted key path ({@code process.serve.time}); {@code (file)} for I/O problems,
 *     {@code (yaml)} for syntax errors
 * @param severity error (the scenario does not load) or warning (it loads)
 * @param message what is wrong, and how to fix it
 */
public record Diagnostic(String file, int line, int column, String path, Severity severity, String message) {

  /** How bad a finding is. */
  public enum Severity {
    /** The scenario cannot run. */
    ERROR,
    /** The scenario runs, but probably not as meant. */
    WARNING
  }

  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /** Whether this is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * {@code FILE:LINE:COLUMN: path.to.key: message} for errors, {@code FILE:LINE:COLUMN:
   * path.to.key: warning: message} for warnings.
   */
  public String format() {
    return file + ":" + line + ":" + column + ": " + path + ": "
        + (severity == Severity.WARNING ? "warning: " : "") + message;
  }
}
