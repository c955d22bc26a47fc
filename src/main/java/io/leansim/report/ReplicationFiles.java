package io.leansim.report;

import io.leansim.stats.Bases;
import io.leansim.stats.Metric;
import io.leansim.stats.ReplicationStats;
import io.leansim.stats.Timeline;
import io.leansim.stats.WaitSample;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.MinimalPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code <variant>/replications.json} of a shard: every figure of every replication the shard ran
 * ({@link ReplicationStats}), so that merging shards recomputes the summaries, comparisons and
 * report of the whole run exactly. One JSON object:
 *
 * <pre>
 * {"format": 1, "scenario": "...", "variant": "...",
 *  "replications": [
 *    {"replication": 0, "end_time": 482.5,
 *     "overall": {"arrived": 412.0, ...}, "types": {"TYPE": {...}}, "steps": {"STEP": {...}},
 *     "resources": {"POOL": {...}},
 *     "bases": {"overall": {"wait_mean": 398.0, ...}, "types": {...}, "steps": {...}, "resources": {...}},
 *     "waits": {"overall": "BASE64", "types": {"TYPE": "BASE64"}},
 *     "timeline": {"bin": 15.0, "arrivals": [...], "queue": {"STEP": [...]}, "staff": {"POOL": [...]},
 *                  Metric.UTILIZATION.key(): {"POOL": [...]}, "wait_by_arrival": [...],
 *                  "service_level_by_arrival": [...] (NaN, so null, without a target)}}, ...]}
 * </pre>
 *
 * Replications are in replication order; keys keep the order the simulation gave them (which is
 * the order of summary.json). Numbers are written in Java's shortest round-tripping decimal form,
 * so they read back to the very same double; a value undefined in the replication (NaN) is {@code
 * null}, and infinities are the strings {@code "Infinity"} and {@code "-Infinity"}. Everything
 * else in the results is computed from these figures. {@code bases} are what each ratio figure
 * averages over ({@link io.leansim.stats.Bases}); {@code waits} the histograms of the customers'
 * waits in HdrHistogram's encoding, Base64, so that quantiles of all replications pool exactly.
 */
public final class ReplicationFiles {
  /** The file name, in each variant's folder of a shard. */
  public static final String FILE = "replications.json";

  /** The version of this file's layout (2: with bases and wait histograms, for the estimators of LeanSim 15). */
  public static final int FORMAT = 2;

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Compact JSON with each replication on a line of its own (readable with grep, diff and head). */
  private static final ObjectWriteContext ONE_PER_LINE = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new OnePerLine();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private static final java.util.Base64.Encoder BASE64 = java.util.Base64.getEncoder();
  private static final java.util.Base64.Decoder BASE64_DECODER = java.util.Base64.getDecoder();

  private ReplicationFiles() {}

  /** Breaks the line before each element of the top-level {@code replications} array and before its end. */
  private static final class OnePerLine extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    private static boolean replicationsArray(JsonGenerator g) {
      return g.streamWriteContext().inArray() && g.streamWriteContext().getNestingDepth() == 2;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
      if (replicationsArray(g)) {
        g.writeRaw('\n');
      }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
      g.writeRaw(replicationsArray(g) ? ",\n" : ",");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
      g.writeRaw(replicationsArray(g) ? "\n]" : "]");
    }
  }

  /** Writes {@code replications.json} of {@code variant} into {@code dir}. */
  public static void write(String scenario, String variant, List<ReplicationStats> reps, Path dir) throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
      try (JsonGenerator g = JSON.createGenerator(ONE_PER_LINE, w)) {
        g.writeStartObject();
        g.writeNumberProperty("format", FORMAT);
        g.writeStringProperty("scenario", scenario);
        g.writeStringProperty("variant", variant);
        g.writeArrayPropertyStart("replications");
        for (ReplicationStats r : reps) {
          replication(g, r);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      w.write("\n");
    }
  }

  private static void replication(JsonGenerator g, ReplicationStats r) {
    g.writeStartObject();
    g.writeNumberProperty("replication", r.replication());
    g.writeName("end_time");
    number(g, r.endTime());
    g.writeName("overall");
    figures(g, r.overall());
    scoped(g, "types", r.types());
    scoped(g, "steps", r.steps());
    scoped(g, "resources", r.resources());
    g.writeObjectPropertyStart("bases");
    g.writeName("overall");
    figures(g, r.bases().overall());
    scoped(g, "types", r.bases().types());
    scoped(g, "steps", r.bases().steps());
    scoped(g, "resources", r.bases().resources());
    g.writeEndObject();
    g.writeName("waits");
    if (r.waits() == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      g.writeStringProperty("overall", BASE64.encodeToString(r.waits().encodedOverall()));
      g.writeObjectPropertyStart("types");
      r.waits().encodedTypes().forEach((type, bytes) -> g.writeStringProperty(type, BASE64.encodeToString(bytes)));
      g.writeEndObject();
      g.writeEndObject();
    }
    Timeline t = r.timeline();
    g.writeName("timeline");
    if (t == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      g.writeName("bin");
      number(g, t.binWidth());
      g.writeName("arrivals");
      array(g, t.arrivals());
      series(g, "queue", t.queueByStep());
      series(g, "staff", t.staffByPool());
      series(g, Metric.UTILIZATION.key(), t.utilizationByPool());
      g.writeName("wait_by_arrival");
      array(g, t.waitByArrivalBin());
      g.writeName("service_level_by_arrival");
      array(g, t.serviceLevelByArrivalBin());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void scoped(JsonGenerator g, String field, Map<String, Map<String, Double>> m) {
    g.writeObjectPropertyStart(field);
    m.forEach((key, figures) -> {
      g.writeName(key);
      figures(g, figures);
    });
    g.writeEndObject();
  }

  private static void figures(JsonGenerator g, Map<String, Double> m) {
    g.writeStartObject();
    m.forEach((metric, x) -> {
      g.writeName(metric);
      number(g, x);
    });
    g.writeEndObject();
  }

  private static void series(JsonGenerator g, String field, Map<String, double[]> m) {
    g.writeObjectPropertyStart(field);
    m.forEach((key, values) -> {
      g.writeName(key);
      array(g, values);
    });
    g.writeEndObject();
  }

  private static void array(JsonGenerator g, double[] values) {
    g.writeStartArray();
    for (double v : values) {
      number(g, v);
    }
    g.writeEndArray();
  }

  /** A double that reads back to the same bits: a number, null for NaN, a string for an infinity. */
  private static void number(JsonGenerator g, double x) {
    if (Double.isNaN(x)) {
      g.writeNull();
    } else if (Double.isInfinite(x)) {
      g.writeString(x > 0 ? "Infinity" : "-Infinity");
    } else {
      g.writeNumber(x);
    }
  }

  /**
   * Reads {@code dir/replications.json} back: the replications in file order, equal figure for
   * figure, to the bit, to those written.
   *
   * @throws ShardFiles.ShardException when the file is missing or not one LeanSim wrote
   */
  public static List<ReplicationStats> read(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new ShardFiles.ShardException(file + " is missing: the shard is incomplete; run it again");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (JacksonException e) {
      throw new ShardFiles.ShardException(file + " is not valid JSON (" + e.getOriginalMessage()
          + "): run the shard again");
    }
    if (root == null || !root.isObject() || root.path("format").asInt(-1) != FORMAT
        || !root.path("replications").isArray()) {
      throw new ShardFiles.ShardException(file + " is not a replications file of format " + FORMAT
          + " (an older LeanSim's shard?): run the shard again with this LeanSim");
    }
    List<ReplicationStats> out = new ArrayList<>();
    try {
      for (JsonNode r : root.get("replications")) {
        out.add(replication(r));
      }
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ShardFiles.ShardException(file + " is damaged (" + e.getMessage() + "): run the shard again");
    }
    return out;
  }

  private static ReplicationStats replication(JsonNode r) {
    JsonNode index = r.get("replication");
    if (index == null || !index.isIntegralNumber()) {
      throw new IllegalArgumentException("a replication without its index");
    }
    JsonNode w = r.get("waits");
    WaitSample waits = null;
    if (w != null && !w.isNull()) {
      Map<String, byte[]> types = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : object(w.get("types")).properties()) {
        types.put(e.getKey(), BASE64_DECODER.decode(e.getValue().asString()));
      }
      waits = WaitSample.decode(BASE64_DECODER.decode(object(w).path("overall").asString()), types);
    }
    JsonNode b = object(r.get("bases"));
    Bases bases = new Bases(figures(b.get("overall")), scoped(b.get("types")), scoped(b.get("steps")),
        scoped(b.get("resources")));
    JsonNode t = r.get("timeline");
    Timeline timeline = t == null || t.isNull() ? null
        : t.get("service_level_by_arrival") == null
            ? new Timeline(number(t.get("bin")), array(t.get("arrivals")), series(t.get("queue")),
                series(t.get("staff")), series(t.get(Metric.UTILIZATION.key())), array(t.get("wait_by_arrival")))
            : new Timeline(number(t.get("bin")), array(t.get("arrivals")), series(t.get("queue")),
                series(t.get("staff")), series(t.get(Metric.UTILIZATION.key())), array(t.get("wait_by_arrival")),
                array(t.get("service_level_by_arrival")));
    return new ReplicationStats(index.asInt(), number(r.get("end_time")), figures(r.get("overall")),
        scoped(r.get("types")), scoped(r.get("steps")), scoped(r.get("resources")), bases, waits, timeline);
  }

  private static Map<String, Map<String, Double>> scoped(JsonNode node) {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : object(node).properties()) {
      out.put(e.getKey(), figures(e.getValue()));
    }
    return out;
  }

  private static Map<String, Double> figures(JsonNode node) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : object(node).properties()) {
      out.put(e.getKey(), number(e.getValue()));
    }
    return out;
  }

  private static Map<String, double[]> series(JsonNode node) {
    Map<String, double[]> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : object(node).properties()) {
      out.put(e.getKey(), array(e.getValue()));
    }
    return out;
  }

  private static JsonNode object(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("an object is missing");
    }
    return node;
  }

  private static double[] array(JsonNode node) {
    if (node == null || !node.isArray()) {
      throw new IllegalArgumentException("an array is missing");
    }
    double[] out = new double[node.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = number(node.get(i));
    }
    return out;
  }

  /** The inverse of {@link #number(JsonGenerator, double)}. */
  private static double number(JsonNode node) {
    if (node == null) {
      throw new IllegalArgumentException("a number is missing");
    }
    if (node.isNull()) {
      return Double.NaN;
    }
    if (node.isString() && (node.asString().equals("Infinity") || node.asString().equals("-Infinity"))) {
      return Double.parseDouble(node.asString());
    }
    if (!node.isNumber()) {
      throw new IllegalArgumentException("not a number: " + node);
    }
    return node.doubleValue();
  }
}
