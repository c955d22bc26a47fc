package io.leansim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.ArrivalPattern;
import io.leansim.scenario.ArrivalPattern.RecordedArrival;
import io.leansim.scenario.DistSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Traces and empirical files as spreadsheets and other tools save them, read by the scenario loader. */
class DataFileTest {
  private static final Path DIR = Path.of("src/test/resources/csv");

  private static LoadResult trace(String file, String types) {
    String text = "run: {horizon: 8h}\nclock_start: \"09:00\"\ncustomers: {" + types + "}\n"
        + "arrivals: {recorded: {trace: " + file + "}}\nprocess:\n  serve:\n    time: 3\n";
    return ScenarioLoader.parse(DIR.resolve("t.yaml").toString(), text, DIR);
  }

  private static List<RecordedArrival> arrivals(LoadResult r) {
    assertThat(r.formatted()).isEmpty();
    return ((ArrivalPattern.Replay) r.scenario().arrivals().get(0).pattern()).arrivals();
  }

  private static LoadResult empirical(String file, String column) {
    String text = "run: {horizon: 8h}\narrivals: {walk_in: {rate: 1}}\nprocess:\n  serve:\n    time: {dist: empirical, file: "
        + file + ", column: " + column + "}\n";
    return ScenarioLoader.parse(DIR.resolve("t.yaml").toString(), text, DIR);
  }

  @Test
  void aTraceSavedByExcelWithSemicolonsByteOrderMarkAndCrlf() {
    assertThat(arrivals(trace("excel-semicolon-bom-crlf.csv", "bill_payment: {}, new_contract: {}")))
        .containsExactly(new RecordedArrival(5, "bill_payment"), new RecordedArrival(12, "new_contract"));
  }

  @Test
  void aTraceWithChineseTypeNamesAndQuotedCells() {
    assertThat(arrivals(trace("trace-chinese.csv", "缴费: {}, 新合同: {}")))
        .containsExactly(new RecordedArrival(5, "缴费"), new RecordedArrival(12, "新合同"));
  }

  @Test
  void aTraceWithBlankLinesBeforeTheHeaderAndBetweenRows() {
    assertThat(arrivals(trace("empty-lines.csv", "bill_payment: {}, new_contract: {}"))).hasSize(2);
  }

  @Test
  void aShortRowOfATraceIsReportedAtItsLine() {
    assertThat(trace("short-row.csv", "bill_payment: {}").formatted()).containsExactly(
        Path.of("src/test/resources/csv/short-row.csv")
            + ":3:1: arrivals.recorded.trace: row has 1 cells, no 'type' (cell 2); fill it in or remove the row");
  }

  @Test
  void anEmpiricalFileSeparatedByTabs() {
    LoadResult r = empirical("tab.tsv", "minutes");
    assertThat(r.formatted()).isEmpty();
    assertThat(r.scenario().process().get(0).time().fallback()).isEqualTo(new DistSpec.Empirical(List.of(4.5, 3.2)));
  }

  @Test
  void anEmpiricalFileWithDelimitersInsideQuotedCells() {
    LoadResult r = empirical("quoted.csv", "minutes");
    assertThat(r.formatted()).isEmpty();
    assertThat(r.scenario().process().get(0).time().fallback()).isEqualTo(new DistSpec.Empirical(List.of(4.5, 3.0)));
  }

  @Test
  void aCellThatIsNotADurationIsReportedAtItsColumn() {
    assertThat(empirical("quoted.csv", "name").formatted()).first().asString()
        .startsWith(Path.of("src/test/resources/csv/quoted.csv") + ":2:1: process.serve.time.file: ");
  }

  /** The 40 service times, in seconds, that every file of the real-export corpus holds in its own way. */
  static final int[] SECONDS = {143, 308, 112, 127, 124, 294, 70, 204, 204, 86, 117, 121, 337, 356, 348, 213, 219,
    138, 329, 118, 62, 181, 237, 223, 185, 173, 190, 178, 197, 177, 262, 328, 138, 287, 150, 219, 133, 108, 157, 134};

  private static List<Double> values(LoadResult r) {
    assertThat(r.formatted()).isEmpty();
    return ((DistSpec.Empirical) r.scenario().process().get(0).time().fallback()).values().stream().sorted().toList();
  }

  private static List<Double> minutes() {
    return java.util.Arrays.stream(SECONDS).sorted().mapToObj(s -> s / 60.0).toList();
  }

  @Test
  void anEmpiricalColumnHeadedInSecondsIsReadInSecondsNotInTheTimeUnit() {
    // the confident wrong answer: 'service (s)' was read as minutes (x60)
    assertThat(values(empirical("libreoffice-tab.tsv", "Service (s)"))).usingElementComparator(close()).isEqualTo(minutes());
    assertThat(values(empirical("libreoffice-tab.tsv", "service"))).usingElementComparator(close()).isEqualTo(minutes());
  }

  @Test
  void anExcelExportWithDecimalCommasAndTheUnitInSquareBrackets() {
    List<Double> v = values(empirical("excel-de-semicolon-decimal-comma.csv", "Bearbeitungszeit"));
    assertThat(v).hasSize(40).first().isEqualTo(1.03); // 62 s, rounded by the export
  }

  @Test
  void elapsedTimesUnderNonAsciiHeaders() {
    assertThat(values(empirical("ticket-export-mmss-crlf.csv", "\"Durée\""))).usingElementComparator(close()).isEqualTo(minutes());
    assertThat(values(empirical("chinese-hmmss-bom.csv", "办理时长"))).usingElementComparator(close()).isEqualTo(minutes());
  }

  @Test
  void aTraceWhoseTimeIsHeadedInSecondsWithADecimalComma() {
    assertThat(arrivals(trace("trace-seconds-semicolon.csv", "bill_payment: {}, new_contract: {}")))
        .containsExactly(new RecordedArrival(5, "bill_payment"), new RecordedArrival(12.008333333333333, "new_contract"));
  }

  @Test
  void anUnknownUnitInAHeaderIsAnErrorAtTheHeader(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    java.nio.file.Files.writeString(tmp.resolve("d.csv"), "service (fortnights)\n1\n");
    String text = "run: {horizon: 8h}\narrivals: {walk_in: {rate: 1}}\nprocess:\n  serve:\n    time: {dist: empirical, file: d.csv}\n";
    assertThat(ScenarioLoader.parse(tmp.resolve("t.yaml").toString(), text, tmp).formatted()).containsExactly(
        tmp.resolve("d.csv") + ":1:1: process.serve.time.file: unknown unit 'fortnights' in the header; write s, min or h"
            + " (\"service (s)\"), or no unit for the scenario's time_unit");
  }

  @Test
  void tenMistakesOfAKindAreListedThenTheRestCounted(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    StringBuilder b = new StringBuilder("service\n");
    for (int i = 0; i < 25; i++) {
      b.append("n/a\n");
    }
    b.append("-1\n");
    java.nio.file.Files.writeString(tmp.resolve("d.csv"), b);
    String text = "run: {horizon: 8h}\narrivals: {walk_in: {rate: 1}}\nprocess:\n  serve:\n    time: {dist: empirical, file: d.csv}\n";
    List<String> errors = ScenarioLoader.parse(tmp.resolve("t.yaml").toString(), text, tmp).formatted();
    assertThat(errors).hasSize(12);
    assertThat(errors.get(9)).startsWith(tmp.resolve("d.csv") + ":11:1: process.serve.time.file: expected a duration");
    assertThat(errors.get(11)).isEqualTo(tmp.resolve("d.csv") + ":27:1: process.serve.time.file: value must be >= 0, got -1; fix the row or remove it");
    assertThat(errors.get(10)).isEqualTo(tmp.resolve("d.csv") + ":12:1: process.serve.time.file: ... and 15 more like this (lines 12 to 26)");
  }

  private static java.util.Comparator<Double> close() {
    return (a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b);
  }
}
