package io.leansim.report;

import io.leansim.experiment.Comparison;
import io.leansim.experiment.PairedDifference;
import io.leansim.stats.Metric.Scope;
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
 * {@code comparison.json} and {@code comparison.csv} of docs/results-format.md: for each variant and
 * each figure, {@code baseline}, {@code variant}, {@code diff} (paired, variant − baseline), its
 * 95% {@code half_width}, {@code relative} change and {@code significant}; overall and per type,
 * step and resource; {@code n} in the JSON counts the pairs. Undefined numbers are JSON null and
 * empty CSV cells.
 */
public final class ComparisonFiles {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final CsvMapper CSV = CsvMapper.builder().build();
  private static final CsvSchema CSV_SCHEMA = CsvSchema.builder()
      .addColumn("variant").addColumn("scope").addColumn("key").addColumn("metric")
      .addColumn("baseline").addColumn("value").addColumn("diff").addColumn("half_width")
      .addColumn("relative").addColumn("significant").addColumn("p_value").addColumn("p_adjusted")
      .build().withHeader();

  private ComparisonFiles() {}

  /** The comparison as a JSON tree. */
  public static ObjectNode json(Comparison c) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", SummaryFiles.FORMAT);
    root.put("scenario", c.scenario());
    root.put("baseline", c.baseline());
    root.put("significance", "significant: Holm's step-down method over all " + c.tests() + " differences tested in"
        + " this file (p_adjusted < 0.05), so that even one false 'significant' among them has a chance of at most 5%;"
        + " p_value is each test's own, half_width its own 95% interval");
    ObjectNode variants = root.putObject("variants");
    c.variants().forEach((name, v) -> {
      ObjectNode node = variants.putObject(name);
      if (v.title() != null) {
        node.put("title", v.title());
      }
      ObjectNode crn = node.putObject("random_numbers");
      crn.put("common", v.randomNumbers().common());
      if (!v.randomNumbers().common()) {
        v.randomNumbers().causes().forEach(crn.putArray("causes")::add);
        v.randomNumbers().shared().forEach(crn.putArray("shared")::add);
      }
      for (Scope scope : Scope.values()) {
        node.set(scope.field(), scope == Scope.OVERALL ? metrics(v.overall()) : scoped(v.of(scope)));
      }
    });
    return root;
  }

  /** Writes {@code comparison.json} and {@code comparison.csv} into {@code dir}. */
  public static void write(Comparison c, Path dir) throws IOException {
    Files.writeString(dir.resolve("comparison.json"),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(c)) + "\n", StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    c.variants().forEach((name, v) -> {
      for (Scope scope : Scope.values()) {
        v.of(scope).forEach((key, metrics) ->
            metrics.forEach((metric, d) -> rows.add(row(name, scope.field(), key, metric, d))));
      }
    });
    try (Writer w = Files.newBufferedWriter(dir.resolve("comparison.csv"), StandardCharsets.UTF_8)) {
      CSV.writer(CSV_SCHEMA).writeValues(w).writeAll(rows).close();
    }
  }

  private static List<String> row(String variant, String scope, String key, String metric, PairedDifference d) {
    return List.of(variant, scope, key, metric, SummaryFiles.number(d.baseline()), SummaryFiles.number(d.variant()),
        SummaryFiles.number(d.diff()), SummaryFiles.number(d.halfWidth()), SummaryFiles.number(d.relative()),
        Boolean.toString(d.significant()), SummaryFiles.number(d.pValue()), SummaryFiles.number(d.pAdjusted()));
  }

  private static ObjectNode scoped(Map<String, Map<String, PairedDifference>> m) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    m.forEach((key, metrics) -> node.set(key, metrics(metrics)));
    return node;
  }

  private static ObjectNode metrics(Map<String, PairedDifference> m) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    m.forEach((metric, d) -> {
      ObjectNode e = node.putObject(metric);
      SummaryFiles.put(e, "baseline", d.baseline());
      SummaryFiles.put(e, "variant", d.variant());
      SummaryFiles.put(e, "diff", d.diff());
      SummaryFiles.put(e, "half_width", d.halfWidth());
      SummaryFiles.put(e, "relative", d.relative());
      SummaryFiles.put(e, "p_value", d.pValue());
      SummaryFiles.put(e, "p_adjusted", d.pAdjusted());
      e.put("significant", d.significant());
      e.put("n", d.n());
    });
    return node;
  }
}
