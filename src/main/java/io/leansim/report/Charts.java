package io.leansim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The JFreeChart charts of a study, as PNG and SVG (being written; see the report issue). */
public final class Charts {
  private Charts() {}

  /** Writes every chart of {@code study} into {@code dir} and returns them in display order. */
  public static List<ChartFile> write(Study study, Path dir) throws IOException {
    throw new UnsupportedOperationException("charts are not written yet");
  }
}
