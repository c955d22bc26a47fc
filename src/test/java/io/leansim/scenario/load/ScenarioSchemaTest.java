package io.leansim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The generated schema accepts what the loader accepts and flags structural mistakes, as an editor would. */
class ScenarioSchemaTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(ScenarioSchema.json());

  /** A YAML file as the JSON tree an editor's YAML 1.2 parser sees. */
  private static JsonNode yaml(String text) {
    Object data = new Load(LoadSettings.builder().build()).loadFromString(text);
    return JSON.valueToTree(data);
  }

  private static List<Error> errors(String text) {
    return SCHEMA.validate(yaml(text));
  }

  static Stream<Path> validFiles() throws IOException {
    try (Stream<Path> bundled = Files.list(Path.of("scenarios"));
        Stream<Path> good = Files.list(Path.of("src/test/resources/good"))) {
      return Stream.concat(bundled.toList().stream(), good.toList().stream())
          .filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("validFiles")
  void everyBundledAndGoodScenarioValidates(Path file) throws IOException {
    assertThat(ScenarioLoader.load(file).ok()).as("the loader accepts %s", file).isTrue();
    assertThat(errors(Files.readString(file, StandardCharsets.UTF_8))).as(file.toString()).isEmpty();
  }

  /** docs/scenario-format.md's yaml blocks, one after the other, are one valid scenario using every key. */
  @Test
  void theFormatReferenceExampleValidates() throws IOException {
    String md = Files.readString(Path.of("docs/scenario-format.md"), StandardCharsets.UTF_8);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("```yaml\\n(.*?)```", java.util.regex.Pattern.DOTALL)
        .matcher(md);
    StringBuilder all = new StringBuilder();
    while (m.find()) {
      all.append(m.group(1)).append('\n');
    }
    assertThat(all.length()).isGreaterThan(1000);
    assertThat(errors(all.toString())).as(all.toString()).isEmpty();
  }

  @Test
  void everyBundledScenarioPointsEditorsAtTheSchema() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        assertThat(Files.readAllLines(f).get(0)).as(f.toString())
            .isEqualTo("# yaml-language-server: $schema=../docs/scenario.schema.json");
      }
    }
  }

  @Test
  void theShippedFileIsWhatTheGeneratorPrints() throws IOException {
    assertThat(Files.readString(Path.of("docs/scenario.schema.json"), StandardCharsets.UTF_8))
        .as("docs/scenario.schema.json is stale: regenerate it with `leansim schema > docs/scenario.schema.json`")
        .isEqualTo(ScenarioSchema.json());
  }

  /** Files of the loader's bad corpus whose mistake is one of structure, which an editor can flag too. */
  @ParameterizedTest
  @ValueSource(strings = {"03-misspelled-top-key", "04-unknown-key-no-hint", "07-capacity-not-a-number",
      "08-unknown-dist", "09-unknown-shorthand"})
  void structurallyWrongFilesOfTheBadCorpusFail(String name) throws IOException {
    Path file = Path.of("src/test/resources/bad", name + ".yaml");
    assertThat(ScenarioLoader.load(file).ok()).isFalse();
    assertThat(errors(Files.readString(file, StandardCharsets.UTF_8))).as(file.toString()).isNotEmpty();
  }

  private static final String GOOD = """
      time_unit: min
      clock_start: "09:00"
      run: {horizon: 8h, replications: 5}
      customers: {a: {}, b: {priority: 1, patience: exp(20)}}
      arrivals:
        walk_in: {rate: 60/h, mix: {a: 0.5, b: 0.5}}
        booked: {every: 15min, start: "09:30", jitter: "norm(0,2)", no_show: 0.1, mix: {a: 1}}
        peak:
          schedule: [{from: "09:00", rate: 40/h}, {from: 2h, rate: 1.5}]
          mix: {a: 1}
      resources:
        counter: {capacity: 4, cost_per_hour: 25, outages: {every: exp(240), duration: {dist: uniform, min: 5, max: 10min}}}
        desk: {shifts: [{from: "09:00", staff: 2}], serves: [a]}
      process:
        serve:
          resource: [counter, desk]
          time: {a: "logn(7,3)", default: {dist: empirical, values: [3, 4.5, 6min]}}
          discipline: priority
          max_wait: 20min
          rework: {probability: 0.08, time: 2}
          next: {exit: 1}
      variants:
        more: {title: More, patch: {resources: {counter: {capacity: 5}}}}
      """;

  @Test
  void aScenarioUsingEveryShapeValidates() {
    assertThat(errors(GOOD)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "replications: 5|replications: five", // a wrong type
      "capacity: 4,|capacity: 4.5,", // a fraction where a whole number goes
      "run: {|run: {horizn: 8h, ", // an unknown key (and horizon missing)
      "discipline: priority|discipline: priorty", // a misspelt choice
      "logn(7,3)|lognorm(7,3)", // a misspelt shorthand distribution
      "dist: uniform|dist: unifrom", // a misspelt distribution name
      "min: 5, max|mean: 5, max", // a parameter the distribution does not take
      "rate: 60/h|rate: 60 per hour", // a rate the loader cannot read
      "every: 15min|every: 15 minutes", // a duration the loader cannot read
      "no_show: 0.1|no_show: 10%", // a probability written as a percentage
      "  booked:|  booked: []\n  unused:", // a stream that is not a map
  })
  void structuralMistakesFail(String edit) {
    String[] fromTo = edit.split("\\|", 2);
    assertThat(GOOD).contains(fromTo[0]);
    String bad = GOOD.replaceFirst(java.util.regex.Pattern.quote(fromTo[0]),
        java.util.regex.Matcher.quoteReplacement(fromTo[1]));
    assertThat(errors(bad)).as(bad).isNotEmpty();
  }
}
