package io.leansim.app;

import io.leansim.report.Report;
import io.leansim.report.ResultsReader;
import io.leansim.report.Study;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** {@code report}: the charts, value stream maps and report page of a results folder drawn again, without simulating. */
public final class Redraw {
  private Redraw() {}

  /** Reads the results in {@code dir} and writes their report there again; returns the report page. */
  public static Path run(Path dir) {
    Study study;
    try {
      study = ResultsReader.read(dir);
    } catch (ResultsReader.NotResultsException e) {
      throw new Failure(Failure.Kind.INVALID_INPUT, List.of(e.getMessage()), List.of());
    } catch (IOException | UncheckedIOException e) {
      throw new Failure(Failure.Kind.IO, List.of("could not read " + dir + ": " + e.getMessage()), List.of());
    }
    try {
      Report.renderInPlace(study, dir);
    } catch (IOException | UncheckedIOException e) {
      throw new Failure(Failure.Kind.IO, List.of("could not write the report into " + dir + ": " + e.getMessage()),
          List.of("The previous report there, if any, is untouched."));
    }
    return dir.resolve("report.html");
  }
}
