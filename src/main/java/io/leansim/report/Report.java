package io.leansim.report;

import io.leansim.experiment.Summary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Renders a study into a results folder: {@code charts/*.png|svg}, {@code <variant>/vsm.svg},
 * the workbook {@code results.xlsx} ({@link ResultsWorkbook}) and {@code report.html}. Used by
 * {@code compare} (on fresh results) and {@code report} (on results
 * read back from disk), so both give the same report.
 */
public final class Report {
  private Report() {}

  /**
   * Writes charts, value stream maps, the workbook and the report page of {@code study} into {@code dir}; the
   * page shows the animations ({@code animation-<variant>.html}) already in {@code dir}.
   */
  public static void render(Study study, Path dir) throws IOException {
    draw(study, dir, animations(study, dir));
  }

  /**
   * As {@link #render(Study, Path)}, for animation pages just written into {@code dir}: {@code
   * pages}, file name to page, so that they are not read back.
   */
  public static void render(Study study, Path dir, Map<String, String> pages) throws IOException {
    Map<String, String> found = new LinkedHashMap<>();
    for (Summary run : study.runs()) {
      String name = AnimationPage.fileName(run.variant());
      if (pages.containsKey(name)) {
        found.put(name, pages.get(name));
      }
    }
    draw(study, dir, found);
  }

  /**
   * The animation pages of {@code study}'s variants present in {@code dir}, file name to page, in
   * variant order: the report carries them inside, so it works sent alone.
   */
  static Map<String, String> animations(Study study, Path dir) throws IOException {
    Map<String, String> found = new LinkedHashMap<>();
    for (Summary run : study.runs()) {
      String name = AnimationPage.fileName(run.variant());
      if (Files.isRegularFile(dir.resolve(name))) {
        found.put(name, Files.readString(dir.resolve(name), StandardCharsets.UTF_8));
      }
    }
    return found;
  }

  /** The charts (drawn in parallel) and, meanwhile, the value stream maps; then the page. */
  private static void draw(Study study, Path dir, Map<String, String> animations) throws IOException {
    Path charts = dir.resolve("charts");
    Files.createDirectories(charts);
    CompletableFuture<Map<String, String>> maps = CompletableFuture.supplyAsync(() -> valueStreamMaps(study, dir));
    List<ChartFile> files = Charts.write(study, charts);
    Map<String, String> vsm;
    try {
      vsm = maps.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    ResultsWorkbook.write(study, dir);
    ReportPage.write(study, files, vsm, animations, dir.resolve("report.html"));
  }

  /** Writes {@code <variant>/vsm.svg} for every run; returns them, variant to SVG text, in run order. */
  private static Map<String, String> valueStreamMaps(Study study, Path dir) {
    Map<String, String> vsm = new LinkedHashMap<>();
    for (Summary run : study.runs()) {
      String svg = ValueStreamMap.svg(study.scenario(), run);
      try {
        Files.createDirectories(dir.resolve(run.variant()));
        Files.writeString(dir.resolve(run.variant()).resolve("vsm.svg"), svg, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      vsm.put(run.variant(), svg);
    }
    return vsm;
  }

  /**
   * Renders {@code study} again into the existing results folder {@code dir}: everything is
   * written into a hidden folder inside {@code dir} first and moved into place only when complete
   * (file by file, each move atomic where the file system allows), so a failure leaves the
   * previous charts, maps, workbook and report untouched. Charts of the previous rendering that the new one
   * does not draw are removed.
   */
  public static void renderInPlace(Study study, Path dir) throws IOException {
    Path stage = Files.createTempDirectory(dir, ".report.partial-");
    try {
      draw(study, stage, animations(study, dir));
      List<Path> files;
      try (var walk = Files.walk(stage)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      java.util.Set<Path> charts = new java.util.HashSet<>();
      Path report = null;
      for (Path f : files) {
        Path rel = stage.relativize(f);
        if (rel.toString().equals("report.html")) {
          report = f;
          continue;
        }
        Path target = dir.resolve(rel.toString());
        Files.createDirectories(target.getParent());
        move(f, target);
        if (rel.startsWith("charts")) {
          charts.add(target.getFileName());
        }
      }
      if (report != null) {
        move(report, dir.resolve("report.html"));
      }
      Path chartDir = dir.resolve("charts");
      if (Files.isDirectory(chartDir)) {
        try (var old = Files.list(chartDir)) {
          for (Path p : old.filter(p -> !charts.contains(p.getFileName())).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    } finally {
      StagedFolder.deleteTree(stage);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
      Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
