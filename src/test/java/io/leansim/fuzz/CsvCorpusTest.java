package io.leansim.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A corpus of real-world CSV exports (src/test/resources/fuzz/csv: the bundled sample data written
 * as spreadsheets and ticket systems write it: UTF-8 byte-order mark, CRLF, {@code ;} and tab
 * separators, quoted fields, decimal commas, {@code dd/mm/yyyy} dates, ISO timestamps with offsets,
 * {@code mm:ss} durations, non-ASCII type names) through {@code fit} and {@code calibrate}. Every
 * export reads as its plain comma-separated twin does: {@code fit} finds the same observations,
 * {@code calibrate} drafts a scenario that validates.
 */
class CsvCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/fuzz/csv");

  @TempDir Path tmp;

  /** One export of the corpus. */
  record Export(String file) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Export> fitExports() {
    return Stream.of(
        new Export("fit-plain.csv"),
        new Export("fit-bom-crlf.csv"),
        new Export("fit-semicolon.csv"),
        new Export("fit-tab.tsv"),
        new Export("fit-quoted.csv"),
        new Export("fit-excel-decimal-comma.csv"),
        new Export("fit-mmss.csv"));
  }

  static Stream<Export> logExports() {
    return Stream.of(
        new Export("log-plain.csv"),
        new Export("log-bom-crlf.csv"),
        new Export("log-semicolon.csv"),
        new Export("log-tab.tsv"),
        new Export("log-quoted.csv"),
        new Export("log-none-served.csv"),
        new Export("log-excel-dates.csv"),
        new Export("log-iso-offsets.csv"),
        new Export("log-chinese-types.csv"),
        new Export("log-three-equal-types.csv"));
  }

  @Test
  void theCorpusIsListedWhole() throws Exception {
    List<String> listed = new ArrayList<>();
    Stream.concat(fitExports(), logExports()).forEach(e -> listed.add(e.file()));
    try (Stream<Path> files = Files.list(CORPUS)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".md")).toList())
          .containsExactlyInAnyOrderElementsOf(listed);
    }
  }

  @ParameterizedTest(name = "fit {0}")
  @MethodSource("fitExports")
  void fitReadsEveryExportAsItsPlainTwin(Export e) {
    Path out = tmp.resolve("fit");
    Cli.Outcome o = Cli.leansim(Fuzz.BOUND, "fit", CORPUS.resolve(e.file()).toString(), "--column", "account_service",
        "--out", out.toString());
    Cli.assertNoInternalError(o);
    assertThat(o.code()).as(o.describe()).isZero();
    JsonNode fit = new JsonMapper().readTree(out.resolve("fit.json").toFile());
    // the plain twin: 80 account services with a mean of 9.331875 min (the decimal-comma one is rounded to 0.01 min)
    assertThat(fit.get("n").asInt()).as(o.describe()).isEqualTo(80);
    assertThat(fit.get("mean").asDouble()).as(o.describe()).isCloseTo(9.331875, within(0.01));
  }

  @ParameterizedTest(name = "calibrate {0}")
  @MethodSource("logExports")
  void calibrateDraftsAScenarioFromEveryExport(Export e) {
    Path draft = tmp.resolve("draft.yaml");
    Cli.Outcome o = Cli.leansim(Fuzz.BOUND, "calibrate", CORPUS.resolve(e.file()).toString(), "--replications", "2",
        "--threads", "1", "--out", draft.toString());
    Cli.assertNoInternalError(o);
    assertThat(o.code()).as(o.describe()).isZero();
    Cli.Outcome validated = Cli.leansim(Fuzz.BOUND, "validate", draft.toString());
    assertThat(validated.code()).as(validated.describe()).isZero();
  }
}
