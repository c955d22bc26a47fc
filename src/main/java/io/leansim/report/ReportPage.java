package io.leansim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The self-contained {@code report.html} (being written; see the report issue). */
public final class ReportPage {
  private ReportPage() {}

  /**
   * Writes {@code file}: the study in words, the comparison, {@code charts} inline and the value
   * stream maps ({@code vsm}: variant name to SVG text).
   */
  public static void write(Study study, List<ChartFile> charts, Map<String, String> vsm, Path file)
      throws IOException {
    throw new UnsupportedOperationException("the report page is not written yet");
  }
}
