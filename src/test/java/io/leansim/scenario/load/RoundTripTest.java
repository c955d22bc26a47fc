package io.leansim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {
  static final Path GOOD = Path.of("src/test/resources/good");

  static List<Path> goodFiles() throws IOException {
    try (Stream<Path> s = Files.list(GOOD)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("goodFiles")
  void everyGoodScenarioLoadsWithoutDiagnostics(Path file) {
    LoadResult r = ScenarioLoader.load(file);
    assertThat(r.formatted()).isEmpty();
    assertThat(r.scenario()).isNotNull();
  }

  @ParameterizedTest
  @MethodSource("goodFiles")
  void writtenScenarioLoadsBackEqual(Path file) {
    Scenario s = ScenarioLoader.load(file).scenario();
    String yaml = ScenarioWriter.toYaml(s);
    LoadResult back = ScenarioLoader.parse("written.yaml", yaml, GOOD);
    assertThat(back.formatted()).as(yaml).isEmpty();
    assertThat(back.scenario()).as(yaml).isEqualTo(s);
    assertThat(ScenarioWriter.toYaml(back.scenario())).isEqualTo(yaml);
  }
}
