package io.leansim.report;

import io.leansim.experiment.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a study into a results folder: {@code charts/*.png|svg}, {@code <variant>/vsm.svg} and
 * {@code report.html}. Used by {@code compare} (on fresh results) and {@code report} (on results
 * read back from disk), so both give the same report.
 */
public final class Report {
  private Report() {}

  /** Writes charts, value stream maps and the report page of {@code study} into {@code dir}. */
  public static void render(Study study, Path dir) throws IOException {
    Path charts = dir.resolve("charts");
    Files.createDirectories(charts);
    List<ChartFile> files = Charts.write(study, charts);
    Map<String, String> vsm = new LinkedHashMap<>();
    for (Summary run : study.runs()) {
      String svg = ValueStreamMap.svg(study.scenario(), run);
      Files.createDirectories(dir.resolve(run.variant()));
      Files.writeString(dir.resolve(run.variant()).resolve("vsm.svg"), svg, StandardCharsets.UTF_8);
      vsm.put(run.variant(), svg);
    }
    ReportPage.write(study, files, vsm, dir.resolve("report.html"));
  }
}
