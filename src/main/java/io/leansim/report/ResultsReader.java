package io.leansim.report;

import io.leansim.experiment.Comparison;
import io.leansim.experiment.PairedDifference;
import io.leansim.experiment.CommonRandomNumbers;
import io.leansim.experiment.PrecisionOutcome;
import io.leansim.experiment.Summary;
import io.leansim.scenario.RunSpec;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import io.leansim.stats.Estimate;
import io.leansim.stats.Metric;
import io.leansim.stats.Timeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a results folder back into a {@link Study}: {@code scenario.yaml} with {@link
 * ScenarioLoader}, each {@code <variant>/summary.json} (the inverse of {@link SummaryFiles#json})
 * and {@code comparison.json} (the inverse of {@link ComparisonFiles#json}; absent after {@code
 * run}). Runs are ordered baseline first, then in the scenario's variant order; folders of
 * variants the scenario does not name are ignored. A summary's title and clock start, not in
 * summary.json, come from the scenario (the baseline's or the variant's), as when it was run.
 * {@code read(dir)} after writing a study gives back equal summaries and comparison.
 */
public final class ResultsReader {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ResultsReader() {}

  /** The folder is not a readable results folder; the message says why and what to do, for users. */
  public static final class NotResultsException extends IOException {
    private static final long serialVersionUID = 1L;

    NotResultsException(String message) {
      super(message);
    }
  }

  /** Reads the study in {@code dir}. */
  public static Study read(Path dir) throws IOException {
    Scenario scenario = scenario(dir);
    List<String> names = new ArrayList<>();
    names.add(Variant.BASELINE);
    scenario.variants().forEach(v -> names.add(v.name()));
    List<Summary> runs = new ArrayList<>();
    for (String name : names) {
      Path file = dir.resolve(name).resolve("summary.json");
      if (Files.isRegularFile(file)) {
        Scenario as = name.equals(Variant.BASELINE) ? scenario : scenario.variant(name).orElseThrow().scenario();
        String title = name.equals(Variant.BASELINE) ? scenario.title() : scenario.variant(name).orElseThrow().title();
        runs.add(summary(tree(file), title, as.clockStart(), file));
      }
    }
    if (runs.isEmpty()) {
      throw new NotResultsException(dir + " has no summary.json: run 'leansim compare FILE' first");
    }
    Path comparisonFile = dir.resolve("comparison.json");
    Comparison comparison = Files.isRegularFile(comparisonFile) ? comparison(tree(comparisonFile), comparisonFile) : null;
    return new Study(scenario, runs, comparison);
  }

  /** The scenario of the results folder {@code dir}: its {@code scenario.yaml}, loaded. */
  static Scenario scenario(Path dir) throws NotResultsException {
    if (!Files.isDirectory(dir)) {
      throw new NotResultsException(dir + " is not a folder: run 'leansim compare FILE --out " + dir + "' first");
    }
    Path yaml = dir.resolve("scenario.yaml");
    if (!Files.isRegularFile(yaml)) {
      throw new NotResultsException(dir + " has no scenario.yaml, so it is not a LeanSim results folder:"
          + " run 'leansim compare FILE' first");
    }
    LoadResult loaded = ScenarioLoader.load(yaml);
    if (!loaded.ok()) {
      throw new NotResultsException(yaml + " has errors (was it edited?):\n  "
          + String.join("\n  ", loaded.errors().stream().map(d -> d.format()).toList()));
    }
    return loaded.scenario();
  }

  private static JsonNode tree(Path file) throws IOException {
    try {
      JsonNode node = JSON.readTree(Files.readString(file));
      if (node == null || !node.isObject()) {
        throw new NotResultsException(file + " is not a JSON object: run 'leansim compare FILE' again");
      }
      int format = node.path("format").asInt(-1);
      if (format != SummaryFiles.FORMAT) {
        throw new NotResultsException(file + " has results format " + node.path("format") + ", this LeanSim reads format "
            + SummaryFiles.FORMAT + ": run 'leansim compare FILE' again with this version");
      }
      return node;
    } catch (JacksonException e) {
      throw new NotResultsException(file + " is not valid JSON (" + e.getOriginalMessage()
          + "): run 'leansim compare FILE' again");
    }
  }

  /** The summary in a {@code summary.json} tree; {@code title} and {@code clockStart} come from the scenario. */
  static Summary summary(JsonNode root, String title, double clockStart, Path file) throws NotResultsException {
    int reps = require(root, "replications", file).asInt();
    Map<String, Estimate> overall = estimates(require(root, "overall", file), reps);
    Map<String, Map<String, Estimate>> types = scoped(root.path("types"), n -> estimates(n, reps));
    Map<String, Map<String, Estimate>> steps = scoped(root.path("steps"), n -> estimates(n, reps));
    Map<String, Map<String, Estimate>> resources = scoped(root.path("resources"), n -> estimates(n, reps));
    PrecisionOutcome precision = null;
    JsonNode p = root.get("precision");
    if (p != null && p.isObject()) {
      String metric = p.path("metric").asString();
      precision = new PrecisionOutcome(metric, number(p.get("relative_target")), number(p.get("relative_reached")),
          p.path("met").asBoolean(), reps, p.path("max_replications").asInt(), reps,
          p.path("on_difference").asBoolean(false));
    }
    Timeline timeline = null;
    JsonNode t = root.get("timeline");
    if (t != null && t.isObject()) {
      double[] arrivals = array(t.get("arrivals"));
      timeline = t.has("service_level_by_arrival")
          ? new Timeline(number(t.get("bin")), arrivals, series(t.get("queue")), series(t.get("staff")),
              series(t.get(Metric.UTILIZATION.key())), array(t.get("wait_by_arrival")), array(t.get("service_level_by_arrival")))
          : new Timeline(number(t.get("bin")), arrivals, series(t.get("queue")), series(t.get("staff")),
              series(t.get(Metric.UTILIZATION.key())), array(t.get("wait_by_arrival")));
    }
    double[] waits = null;
    JsonNode w = root.get("wait_distribution");
    if (w != null && w.isObject()) {
      waits = array(w.get("wait"));
    }
    return new Summary(require(root, "scenario", file).asString(), require(root, "variant", file).asString(), title,
        require(root, "time_unit", file).asString(), clockStart, reps, require(root, "seed", file).asLong(), overall,
        types, steps, resources, precision, timeline, waits);
  }

  /** The comparison in a {@code comparison.json} tree. */
  static Comparison comparison(JsonNode root, Path file) throws NotResultsException {
    Map<String, Comparison.Variant> variants = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : require(root, "variants", file).properties()) {
      JsonNode v = e.getValue();
      JsonNode title = v.get("title");
      variants.put(e.getKey(), new Comparison.Variant(title == null || title.isNull() ? null : title.asString(),
          differences(v.path("overall")), scoped(v.path("types"), ResultsReader::differences),
          scoped(v.path("steps"), ResultsReader::differences), scoped(v.path("resources"), ResultsReader::differences),
          randomNumbers(v.path("random_numbers"))));
    }
    return new Comparison(require(root, "scenario", file).asString(), require(root, "baseline", file).asString(),
        variants);
  }

  /** A variant's random numbers as {@code comparison.json} states them (common when it does not say). */
  private static CommonRandomNumbers randomNumbers(JsonNode node) {
    if (!node.isObject() || node.path("common").asBoolean(true)) {
      return CommonRandomNumbers.COMMON;
    }
    List<String> causes = new ArrayList<>();
    node.path("causes").forEach(c -> causes.add(c.asString()));
    List<String> shared = new ArrayList<>();
    node.path("shared").forEach(c -> shared.add(c.asString()));
    return new CommonRandomNumbers(causes.isEmpty() ? List.of("not common") : causes, shared);
  }

  private static JsonNode require(JsonNode node, String field, Path file) throws NotResultsException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new NotResultsException(file + " lacks \"" + field + "\": run 'leansim compare FILE' again");
    }
    return v;
  }

  private static <T> Map<String, Map<String, T>> scoped(JsonNode node, Function<JsonNode, Map<String, T>> f) {
    Map<String, Map<String, T>> out = new LinkedHashMap<>();
    if (node != null && node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        out.put(e.getKey(), f.apply(e.getValue()));
      }
    }
    return out;
  }

  private static Map<String, Estimate> estimates(JsonNode node, int replications) {
    Map<String, Estimate> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      JsonNode x = e.getValue();
      double mean = number(x.get("mean"));
      JsonNode n = x.get("n");
      int count = n != null && n.isNumber() ? n.asInt() : Double.isNaN(mean) ? 0 : replications;
      double half = number(x.get("half_width"));
      JsonNode low = x.get("low");
      JsonNode customers = x.get("customers");
      out.put(e.getKey(), new Estimate(mean, half, low == null ? mean - half : number(low),
          low == null ? mean + half : number(x.get("high")), number(x.get("min")), number(x.get("max")), count,
          customers != null && customers.isNumber() ? customers.asLong() : -1));
    }
    return out;
  }

  private static Map<String, PairedDifference> differences(JsonNode node) {
    Map<String, PairedDifference> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      JsonNode x = e.getValue();
      out.put(e.getKey(), new PairedDifference(number(x.get("baseline")), number(x.get("variant")),
          number(x.get("diff")), number(x.get("half_width")), number(x.get("relative")),
          number(x.get("p_value")), number(x.get("p_adjusted")), x.path("significant").asBoolean(false),
          x.path("n").asInt(0)));
    }
    return out;
  }

  private static Map<String, double[]> series(JsonNode node) {
    Map<String, double[]> out = new LinkedHashMap<>();
    if (node != null && node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        out.put(e.getKey(), array(e.getValue()));
      }
    }
    return out;
  }

  private static double[] array(JsonNode node) {
    if (node == null || !node.isArray()) {
      return new double[0];
    }
    double[] out = new double[node.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = number(node.get(i));
    }
    return out;
  }

  /** A JSON number, NaN for null or absent. */
  private static double number(JsonNode node) {
    return node == null || node.isNull() || !node.isNumber() ? Double.NaN : node.asDouble();
  }
}
