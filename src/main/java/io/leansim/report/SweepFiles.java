package io.leansim.report;

import io.leansim.stats.Estimate;
import io.leansim.sweep.Param;
import io.leansim.sweep.Point;
import io.leansim.sweep.SweepResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files of a sweep. {@code sweep.json}: {@code {"format": 1, "scenario", "seed",
 * "replications", "time_unit", "parameters": [{"path", "values"}], "variants", "points": [{"set":
 * {PATH: VALUE}, "variant", "metrics": {METRIC: {"mean", "half_width"}}}]}} (a figure undefined in
 * every replication is null); {@code sweep.csv}: one row per point and variant, the parameters'
 * values, {@code variant}, then per figure its mean and {@code <figure>_half_width}. While a sweep
 * runs, each finished point is kept in {@code points/NNNN.json} (same shape as one entry of
 * {@code points}, per variant) next to {@code sweep-manifest.json}, which is how {@code --resume}
 * finds the points already done.
 */
public final class SweepFiles {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private SweepFiles() {}

  /** Writes {@code points/NNNN.json} for {@code rows} (one point, every variant) into {@code dir}, atomically. */
  public static void writePoint(Path dir, Point point, List<SweepResult.Row> rows) throws IOException {
    Path points = Files.createDirectories(dir.resolve("points"));
    Path file = points.resolve(String.format("%04d.json", point.index()));
    Path tmp = points.resolve("." + file.getFileName() + ".partial");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8); JsonGenerator g = SummaryFiles.prettyJson(w)) {
      g.writeStartArray();
      for (SweepResult.Row r : rows) {
        row(g, r);
      }
      g.writeEndArray();
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The points already finished in {@code dir}, by their set values (empty when none). */
  public static Map<Map<String, String>, List<SweepResult.Row>> readPoints(Path dir) throws IOException {
    Map<Map<String, String>, List<SweepResult.Row>> out = new LinkedHashMap<>();
    Path points = dir.resolve("points");
    if (!Files.isDirectory(points)) {
      return out;
    }
    try (var files = Files.list(points)) {
      for (Path f : files.filter(p -> p.getFileName().toString().matches("\\d{4}\\.json")).sorted().toList()) {
        List<SweepResult.Row> rows = new ArrayList<>();
        for (JsonNode n : MAPPER.readTree(f.toFile())) {
          Map<String, String> set = new LinkedHashMap<>();
          n.get("set").properties().forEach(e -> set.put(e.getKey(), e.getValue().asString()));
          Map<String, Estimate> metrics = new LinkedHashMap<>();
          n.get("metrics").properties().forEach(e -> metrics.put(e.getKey(),
              new Estimate(number(e.getValue().get("mean")), number(e.getValue().get("half_width")), Double.NaN,
                  Double.NaN, 0)));
          rows.add(new SweepResult.Row(new Point(-1, set), n.get("variant").asString(), metrics));
        }
        if (!rows.isEmpty()) {
          out.put(rows.get(0).point().set(), rows);
        }
      }
    }
    return out;
  }

  private static double number(JsonNode n) {
    return n == null || n.isNull() ? Double.NaN : n.asDouble();
  }

  /** Deletes a folder of finished points (once the sweep is complete, or to start afresh). */
  public static void deletePoints(Path dir) throws IOException {
    StagedFolder.deleteTree(dir);
  }

  /** Writes {@code sweep-manifest.json}: what must match for {@code --resume} to reuse finished points. */
  public static void writeManifest(Path dir, Map<String, Object> manifest) throws IOException {
    Files.writeString(dir.resolve("sweep-manifest.json"), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(manifest)
        + "\n", StandardCharsets.UTF_8);
  }

  /** The manifest in {@code dir}, or null. */
  public static Map<String, Object> readManifest(Path dir) throws IOException {
    Path f = dir.resolve("sweep-manifest.json");
    if (!Files.isRegularFile(f)) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> m = MAPPER.readValue(f.toFile(), Map.class);
    return m;
  }

  /** Writes {@code sweep.json}, {@code sweep.csv} and {@code results.xlsx} ({@link ResultsWorkbook}) into {@code dir}. */
  public static void write(SweepResult r, Path dir) throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.resolve("sweep.json"), StandardCharsets.UTF_8);
        JsonGenerator g = SummaryFiles.prettyJson(w)) {
      g.writeStartObject();
      g.writeNumberProperty("format", 1);
      g.writeStringProperty("scenario", r.scenario());
      g.writeNumberProperty("seed", r.seed());
      g.writeNumberProperty("replications", r.replications());
      g.writeStringProperty("time_unit", r.timeUnit());
      g.writeArrayPropertyStart("parameters");
      for (Param p : r.params()) {
        g.writeStartObject();
        g.writeStringProperty("path", p.path());
        g.writeArrayPropertyStart("values");
        for (String v : p.values()) {
          g.writeString(v);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("variants");
      for (String v : r.variants()) {
        g.writeString(v);
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("points");
      for (SweepResult.Row row : r.rows()) {
        row(g, row);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    List<String> metrics = r.metricsPresent();
    StringBuilder csv = new StringBuilder();
    List<String> header = new ArrayList<>();
    r.params().forEach(p -> header.add(p.path()));
    header.add("variant");
    for (String m : metrics) {
      header.add(m);
      header.add(m + "_half_width");
    }
    csv.append(String.join(",", header.stream().map(SweepFiles::cell).toList())).append('\n');
    for (SweepResult.Row row : r.rows()) {
      List<String> cells = new ArrayList<>();
      r.params().forEach(p -> cells.add(cell(row.point().set().get(p.path()))));
      cells.add(cell(row.variant()));
      for (String m : metrics) {
        Estimate e = row.metrics().get(m);
        cells.add(e == null ? "" : SummaryFiles.number(e.mean()));
        cells.add(e == null ? "" : SummaryFiles.number(e.halfWidth()));
      }
      csv.append(String.join(",", cells)).append('\n');
    }
    Files.writeString(dir.resolve("sweep.csv"), csv.toString(), StandardCharsets.UTF_8);
    ResultsWorkbook.write(r, dir);
  }

  /** A CSV cell, quoted when it holds a comma, a quote or a line break. */
  private static String cell(String s) {
    return s.matches(".*[,\"\\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private static void row(JsonGenerator g, SweepResult.Row r) {
    g.writeStartObject();
    g.writeObjectPropertyStart("set");
    r.point().set().forEach(g::writeStringProperty);
    g.writeEndObject();
    g.writeStringProperty("variant", r.variant());
    g.writeObjectPropertyStart("metrics");
    for (String m : SweepResult.METRICS) {
      Estimate e = r.metrics().get(m);
      if (e == null) {
        continue;
      }
      g.writeObjectPropertyStart(m);
      SummaryFiles.put(g, "mean", e.mean());
      SummaryFiles.put(g, "half_width", e.halfWidth());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }
}
