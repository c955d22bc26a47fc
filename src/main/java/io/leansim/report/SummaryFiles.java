package io.leansim.report;

import io.leansim.experiment.Summary;
import io.leansim.stats.Estimate;
import io.leansim.stats.Timeline;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * {@code summary.json} and {@code summary.csv} of results-format.md (format 1). A figure undefined
 * in every replication (a mean over no customer) is written as JSON {@code null} and an empty CSV
 * cell. Beyond the spec, {@code summary.json} adds {@code "timeline"} (the day profile by bin:
 * {@code bin} width in time units, {@code start} clock times, {@code arrivals}, {@code queue} per
 * step, {@code staff} and {@code utilization} per resource, {@code wait_by_arrival}), {@code
 * "wait_distribution"} ({@code percentiles} 0..100 and the {@code wait} at each, averaged over replications), and with
 * a precision target {@code "precision": {"metric", "relative_target", "relative_reached", "met",
 * "max_replications"}}. An estimate carries {@code "n"} (replications where it was defined) only
 * when that differs from {@code replications}. {@link ResultsReader} reads it all back.
 */
public final class SummaryFiles {
  /** The results format version written. */
  public static final int FORMAT = 1;

  private static final JsonMapper JSON =
      JsonMapper.builder().disable(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final CsvMapper CSV = CsvMapper.builder().build();
  private static final CsvSchema CSV_SCHEMA =
      CsvSchema.builder()
          .addColumn("scope").addColumn("key").addColumn("metric")
          .addColumn("mean").addColumn("half_width").addColumn("min").addColumn("max")
          .build()
          .withHeader();

  private SummaryFiles() {}

  /** The summary as a JSON tree, keys in results order. */
  public static ObjectNode json(Summary s) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", FORMAT);
    root.put("scenario", s.scenario());
    root.put("variant", s.variant());
    root.put("time_unit", s.timeUnit());
    root.put("replications", s.replications());
    root.put("seed", s.seed());
    root.set("overall", metrics(s.overall(), s.replications()));
    root.set("types", scoped(s.types(), s.replications()));
    root.set("steps", scoped(s.steps(), s.replications()));
    root.set("resources", scoped(s.resources(), s.replications()));
    if (s.timeline() != null) {
      root.set("timeline", timeline(s));
    }
    if (s.waitPercentiles() != null) {
      ObjectNode w = root.putObject("wait_distribution");
      var ps = w.putArray("percentiles");
      var ws = w.putArray("wait");
      for (int p = 0; p < s.waitPercentiles().length; p++) {
        ps.add(p);
        ws.add(s.waitPercentiles()[p]);
      }
    }
    if (s.precision() != null) {
      ObjectNode p = root.putObject("precision");
      p.put("metric", s.precision().metric());
      p.put("relative_target", s.precision().target());
      put(p, "relative_reached", s.precision().reached());
      p.put("met", s.precision().met());
      p.put("max_replications", s.precision().maxReplications());
    }
    return root;
  }

  private static ObjectNode timeline(Summary s) {
    Timeline t = s.timeline();
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("bin", t.binWidth());
    var starts = node.putArray("start");
    for (int i = 0; i < t.bins(); i++) {
      starts.add(clock(s.clockStart() + t.binStart(i), s.timeUnit()));
    }
    array(node, "arrivals", t.arrivals());
    series(node.putObject("queue"), t.queueByStep());
    series(node.putObject("staff"), t.staffByPool());
    series(node.putObject("utilization"), t.utilizationByPool());
    array(node, "wait_by_arrival", t.waitByArrivalBin());
    return node;
  }

  private static void series(ObjectNode node, Map<String, double[]> m) {
    m.forEach((k, v) -> array(node, k, v));
  }

  private static void array(ObjectNode node, String field, double[] values) {
    var a = node.putArray(field);
    for (double v : values) {
      if (Double.isFinite(v)) {
        a.add(v);
      } else {
        a.addNull();
      }
    }
  }

  /** A time of day {@code HH:MM} (or {@code HH:MM:SS}) of a time since midnight in {@code unit}. */
  public static String clock(double sinceMidnight, String unit) {
    double minutesPerUnit = io.leansim.scenario.DurationUnit.ofSymbol(unit).minutes();
    long seconds = Math.round(sinceMidnight * minutesPerUnit * 60);
    long h = seconds / 3600;
    long m = (seconds % 3600) / 60;
    long sec = seconds % 60;
    return sec == 0 ? String.format("%02d:%02d", h, m) : String.format("%02d:%02d:%02d", h, m, sec);
  }

  /** Writes {@code summary.json} into {@code dir}. */
  public static void writeJson(Summary s, Path dir) throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.resolve("summary.json"), StandardCharsets.UTF_8)) {
      JSON.writerWithDefaultPrettyPrinter().writeValue(w, json(s));
      w.write("\n");
    }
  }

  /** Writes {@code summary.csv} into {@code dir}: one row per (scope, key, metric). */
  public static void writeCsv(Summary s, Path dir) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    s.overall().forEach((metric, e) -> rows.add(row("overall", "", metric, e)));
    addScoped(rows, "types", s.types());
    addScoped(rows, "steps", s.steps());
    addScoped(rows, "resources", s.resources());
    try (Writer w = Files.newBufferedWriter(dir.resolve("summary.csv"), StandardCharsets.UTF_8)) {
      CSV.writer(CSV_SCHEMA).writeValues(w).writeAll(rows).close();
    }
  }

  private static void addScoped(List<List<String>> rows, String scope, Map<String, Map<String, Estimate>> m) {
    m.forEach((key, metrics) -> metrics.forEach((metric, e) -> rows.add(row(scope, key, metric, e))));
  }

  private static List<String> row(String scope, String key, String metric, Estimate e) {
    return List.of(scope, key, metric, number(e.mean()), number(e.halfWidth()), number(e.min()), number(e.max()));
  }

  /** Full-precision text of a double; empty for NaN. */
  static String number(double x) {
    return Double.isNaN(x) ? "" : Double.toString(x);
  }

  private static ObjectNode scoped(Map<String, Map<String, Estimate>> m, int replications) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    m.forEach((key, metrics) -> node.set(key, metrics(metrics, replications)));
    return node;
  }

  /** The estimates; {@code n} is written only when the figure was undefined in some replication. */
  private static ObjectNode metrics(Map<String, Estimate> m, int replications) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    m.forEach((metric, e) -> {
      ObjectNode est = node.putObject(metric);
      put(est, "mean", e.mean());
      put(est, "half_width", e.halfWidth());
      put(est, "min", e.min());
      put(est, "max", e.max());
      if (e.n() != replications) {
        est.put("n", e.n());
      }
    });
    return node;
  }

  static void put(ObjectNode node, String field, double x) {
    if (Double.isFinite(x)) {
      node.put(field, x);
    } else {
      node.putNull(field);
    }
  }
}
