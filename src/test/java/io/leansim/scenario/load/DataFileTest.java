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
}
