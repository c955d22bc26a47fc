package io.leansim.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scenarios the fuzz suite once shrank to a failure, kept as they were found: each must now run to
 * the end (exit 0, or 5 at a safety bound), never exit 70.
 */
class RegressionsTest {
  private static final Path DIR = Path.of("src/test/resources/fuzz/regressions");

  static Stream<Path> scenarios() throws java.io.IOException {
    return Files.list(DIR).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void runsToTheEnd(Path scenario, @TempDir Path out) {
    Cli.Outcome o = Cli.leansim(Duration.ofSeconds(60), "run", scenario.toString(), "--all", "--threads", "1", "-q",
        "--out", out.resolve("results").toString());
    Cli.assertNoInternalError(o);
    assertThat(Cli.RAN).as(o.toString()).contains(o.code());
  }
}
