package io.leansim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: one file per mistake, each with the exact diagnostics expected, one per
 * line, in {@code NN-name.expected}. {@code -Dleansim.regenerate=true} rewrites the expected files
 * from the current output (then read every one of them before committing).
 */
class BadCorpusTest {
  static final Path BAD = Path.of("src/test/resources/bad");
  static final String WARNING_ONLY = "25-load-warning.yaml";

  static List<Path> badFiles() throws IOException {
    try (Stream<Path> s = Files.list(BAD)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void reportsExactlyTheExpectedDiagnostics(Path file) throws IOException {
    LoadResult r = ScenarioLoader.load(file);
    Path expectedFile = Path.of(file.toString().replaceAll("\\.yaml$", ".expected"));
    if (Boolean.getBoolean("leansim.regenerate")) {
      Files.writeString(expectedFile, String.join("\n", r.formatted()) + "\n", StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
    assertThat(r.formatted()).containsExactlyElementsOf(expected);
    if (file.getFileName().toString().equals(WARNING_ONLY)) {
      assertThat(r.ok()).isTrue();
      assertThat(r.scenario()).isNotNull();
      assertThat(r.warnings()).hasSize(1);
    } else {
      assertThat(r.errors()).isNotEmpty();
      assertThat(r.scenario()).isNull();
    }
  }

  @Test
  void corpusHasAtLeastThirtyMistakes() throws IOException {
    assertThat(badFiles()).hasSizeGreaterThanOrEqualTo(30);
  }

  @Test
  void unreadableFileIsADiagnosticAtLineOne() {
    LoadResult r = ScenarioLoader.load(BAD.resolve("no-such-file.yaml"));
    assertThat(r.formatted()).containsExactly("src/test/resources/bad/no-such-file.yaml:1:1: (file): "
        + "cannot read the file (NoSuchFileException); check the path and that it is UTF-8 text");
  }
}
