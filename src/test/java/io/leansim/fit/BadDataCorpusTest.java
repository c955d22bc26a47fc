package io.leansim.fit;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-data corpus: data files with mistakes ({@code fit-*.csv} for {@code leansim fit},
 * {@code log-*.csv} for {@code leansim calibrate}), each with the exact error output expected in
 * {@code NAME.expected}, exit code 3 and nothing written. {@code -Dleansim.regenerate=true}
 * rewrites the expected files (read every one of them before committing).
 */
class BadDataCorpusTest {
  static final Path BAD = Path.of("src/test/resources/bad-data");

  @TempDir Path tmp;

  static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(BAD)) {
      return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void reportsPreciseErrorsAndWritesNothing(Path file) throws IOException {
    boolean fit = file.getFileName().toString().startsWith("fit-");
    Path out = tmp.resolve(fit ? "fit-out" : "draft.yaml");
    String[] args = fit ? new String[] {"fit", file.toString(), "--out", out.toString()}
        : new String[] {"calibrate", file.toString(), "--out", out.toString()};
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.execute(args, new PrintWriter(o), new PrintWriter(e));
    String errors = e.toString().replace(tmp.toString(), "TMP");
    Path expected = Path.of(file.toString().replaceAll("\\.csv$", ".expected"));
    if (Boolean.getBoolean("leansim.regenerate")) {
      Files.writeString(expected, errors, StandardCharsets.UTF_8);
    }
    assertThat(errors).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(3);
    assertThat(errors).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(out).doesNotExist();
  }
}
