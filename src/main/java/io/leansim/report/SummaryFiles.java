package io.leansim.report;

import io.leansim.experiment.ReplicationRange;
import io.leansim.experiment.Summary;
import io.leansim.stats.Estimate;
import io.leansim.stats.Metric;
import io.leansim.stats.Metric.Scope;
import io.leansim.stats.Timeline;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * {@code summary.json} and {@code summary.csv} of docs/results-format.md (format 1). A figure undefined
 * in every replication (a mean over no customer) is written as JSON {@code null} and an empty CSV
 * cell. Beyond the spec, {@code summary.json} adds {@code "timeline"} (the day profile by bin:
 * {@code bin} width in time units, {@code start} clock times, {@code arrivals}, {@code queue} per
 * step, {@code staff} and {@code utilization} per resource, {@code wait_by_arrival}, and with a
 * target {@code service_level_by_arrival}), {@code
 * "wait_distribution"} ({@code percentiles} 0..100 and the {@code wait} at each, of all customers of all replications pooled), and with
 * a precision target {@code "precision": {"metric", "relative_target", "relative_reached", "met",
 * "max_replications"}}; a shard's summary has {@code "shard": {"from", "to", "of"}}. An estimate carries {@code "n"} (replications where it was defined) only
 * when that differs from {@code replications}. {@link ResultsReader} reads it all back.
 */
public final class SummaryFiles {
  /** The results format version written. */
  public static final int FORMAT = 1;

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** Pretty-printed (two-space indent), as a mapper's default pretty printer writes it. */
  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };
  private static final CsvMapper CSV = CsvMapper.builder().build();
  private static final CsvSchema CSV_SCHEMA =
      CsvSchema.builder()
          .addColumn("scope").addColumn("key").addColumn("metric")
          .addColumn("mean").addColumn("half_width").addColumn("min").addColumn("max")
          .addColumn("low").addColumn("high")
          .build()
          .withHeader();

  private SummaryFiles() {}

  /** A generator of pretty-printed JSON (two-space indent) on {@code w}, which it leaves open: every JSON file of the results. */
  static JsonGenerator prettyJson(Writer w) {
    return JSON.createGenerator(PRETTY, w);
  }

  /**
   * Writes the summary as JSON, keys in results order, straight to {@code g} (Jackson's streaming
   * generator: no tree, and none of the data-binding machinery to start up for a plain run).
   */
  static void write(Summary s, ReplicationRange shard, JsonGenerator g) {
    g.writeStartObject();
    g.writeNumberProperty("format", FORMAT);
    g.writeStringProperty("scenario", s.scenario());
    g.writeStringProperty("variant", s.variant());
    g.writeStringProperty("time_unit", s.timeUnit());
    g.writeNumberProperty("replications", s.replications());
    g.writeNumberProperty("seed", s.seed());
    if (shard != null) {
      g.writeObjectPropertyStart("shard");
      g.writeNumberProperty("from", shard.from());
      g.writeNumberProperty("to", shard.to());
      g.writeNumberProperty("of", shard.of());
      g.writeEndObject();
    }
    for (Scope scope : Scope.values()) {
      if (scope == Scope.OVERALL) {
        g.writeName(scope.field());
        metrics(g, s.overall(), s.replications());
      } else {
        scoped(g, scope.field(), s.of(scope), s.replications());
      }
    }
    if (s.timeline() != null) {
      timeline(g, s);
    }
    if (s.waitPercentiles() != null) {
      g.writeObjectPropertyStart("wait_distribution");
      g.writeArrayPropertyStart("percentiles");
      for (int p = 0; p < s.waitPercentiles().length; p++) {
        g.writeNumber(p);
      }
      g.writeEndArray();
      array(g, "wait", s.waitPercentiles());
      g.writeEndObject();
    }
    if (s.precision() != null) {
      g.writeObjectPropertyStart("precision");
      g.writeStringProperty("metric", s.precision().metric());
      g.writeNumberProperty("relative_target", s.precision().target());
      put(g, "relative_reached", s.precision().reached());
      g.writeBooleanProperty("met", s.precision().met());
      g.writeNumberProperty("max_replications", s.precision().maxReplications());
      g.writeBooleanProperty("on_difference", s.precision().difference());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void timeline(JsonGenerator g, Summary s) {
    Timeline t = s.timeline();
    g.writeObjectPropertyStart("timeline");
    g.writeNumberProperty("bin", t.binWidth());
    g.writeArrayPropertyStart("start");
    for (int i = 0; i < t.bins(); i++) {
      g.writeString(clock(s.clockStart() + t.binStart(i), s.timeUnit()));
    }
    g.writeEndArray();
    array(g, "arrivals", t.arrivals());
    series(g, "queue", t.queueByStep());
    series(g, "staff", t.staffByPool());
    series(g, Metric.UTILIZATION.key(), t.utilizationByPool());
    array(g, "wait_by_arrival", t.waitByArrivalBin());
    if (s.overall().containsKey(Metric.SERVICE_LEVEL.key())) {
      array(g, "service_level_by_arrival", t.serviceLevelByArrivalBin());
    }
    g.writeEndObject();
  }

  private static void series(JsonGenerator g, String field, Map<String, double[]> m) {
    g.writeObjectPropertyStart(field);
    m.forEach((k, v) -> array(g, k, v));
    g.writeEndObject();
  }

  /** An array of numbers; NaN and infinities as null. */
  private static void array(JsonGenerator g, String field, double[] values) {
    g.writeArrayPropertyStart(field);
    for (double v : values) {
      if (Double.isFinite(v)) {
        g.writeNumber(v);
      } else {
        g.writeNull();
      }
    }
    g.writeEndArray();
  }

  /** A time of day {@code HH:MM} (or {@code HH:MM:SS}) of a time since midnight in {@code unit}. */
  public static String clock(double sinceMidnight, String unit) {
    double minutesPerUnit = io.leansim.scenario.DurationUnit.ofSymbol(unit).minutes();
    return io.leansim.scenario.TimeOfDay.format(Math.round(sinceMidnight * minutesPerUnit * 60));
  }

  /** Writes {@code summary.json} into {@code dir}. */
  public static void writeJson(Summary s, Path dir) throws IOException {
    writeJson(s, null, dir);
  }

  /**
   * Writes {@code summary.json} of a shard into {@code dir}: the summary of its replications, with
   * {@code "shard": {"from", "to", "of"}} after {@code "seed"} saying which replications of how many
   * it holds (no shard entry when {@code shard} is null).
   */
  public static void writeJson(Summary s, ReplicationRange shard, Path dir) throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.resolve("summary.json"), StandardCharsets.UTF_8)) {
      try (JsonGenerator g = prettyJson(w)) {
        write(s, shard, g);
      }
      w.write("\n");
    }
  }

  /** Writes {@code summary.csv} into {@code dir}: one row per (scope, key, metric). */
  public static void writeCsv(Summary s, Path dir) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (Scope scope : Scope.values()) {
      s.of(scope).forEach((key, metrics) -> metrics.forEach((metric, e) -> rows.add(row(scope.field(), key, metric, e))));
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("summary.csv"), StandardCharsets.UTF_8)) {
      CSV.writer(CSV_SCHEMA).writeValues(w).writeAll(rows).close();
    }
  }

  private static List<String> row(String scope, String key, String metric, Estimate e) {
    return List.of(scope, key, metric, number(e.mean()), number(e.halfWidth()), number(e.min()), number(e.max()),
        number(e.low()), number(e.high()));
  }

  /** Full-precision text of a double; empty for NaN. */
  static String number(double x) {
    return Double.isNaN(x) ? "" : Double.toString(x);
  }

  private static void scoped(JsonGenerator g, String field, Map<String, Map<String, Estimate>> m, int replications) {
    g.writeObjectPropertyStart(field);
    m.forEach((key, metrics) -> {
      g.writeName(key);
      metrics(g, metrics, replications);
    });
    g.writeEndObject();
  }

  /** The estimates; {@code n} is written only when the figure was undefined in some replication. */
  private static void metrics(JsonGenerator g, Map<String, Estimate> m, int replications) {
    g.writeStartObject();
    m.forEach((metric, e) -> {
      g.writeObjectPropertyStart(metric);
      put(g, "mean", e.mean());
      put(g, "half_width", e.halfWidth());
      put(g, "low", e.low());
      put(g, "high", e.high());
      put(g, "min", e.min());
      put(g, "max", e.max());
      if (e.n() != replications) {
        g.writeNumberProperty("n", e.n());
      }
      if (e.customers() >= 0) {
        g.writeNumberProperty("customers", e.customers());
      }
      g.writeEndObject();
    });
    g.writeEndObject();
  }

  /** A number property; NaN and infinities as null. */
  static void put(JsonGenerator g, String field, double x) {
    if (Double.isFinite(x)) {
      g.writeNumberProperty(field, x);
    } else {
      g.writeNullProperty(field);
    }
  }

  static void put(ObjectNode node, String field, double x) {
    if (Double.isFinite(x)) {
      node.put(field, x);
    } else {
      node.putNull(field);
    }
  }
}
