package io.leansim.fit;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.csv.CsvTable;
import io.leansim.scenario.DurationUnit;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DurationsTest {
  private static final Path DIR = Path.of("src/test/resources/csv");

  @Test
  void aSpreadsheetExportWithSemicolonsAndTheUnitInTheHeader() throws Exception {
    Durations d = Durations.read(CsvTable.read(DIR.resolve("fit-semicolon-seconds.csv"), "observation"), "service",
        null);
    assertThat(d.problems()).isEmpty();
    assertThat(d.unit()).isEqualTo(DurationUnit.SECONDS);
    assertThat(d.minutes()).containsExactly(1.5, 2, 0.5);
  }

  @Test
  void aBlankLineInAOneColumnFileIsABlankValueAtItsLine() throws Exception {
    Durations d = Durations.read(CsvTable.parse(Path.of("x.csv"), "service\n5\n\n7\n"), null, null);
    assertThat(d.problems()).extracting(CsvTable.Problem::toString)
        .containsExactly("x.csv:3:1: column 'service': blank; fill in the duration or delete the row");
  }

  @Test
  void decimalCommasElapsedTimesAndUnitsOfTheRealExportCorpus() throws Exception {
    Durations excel = Durations.read(CsvTable.read(DIR.resolve("excel-de-semicolon-decimal-comma.csv"), "observation"),
        "bearbeitungszeit", null);
    assertThat(excel.problems()).isEmpty();
    assertThat(excel.unit()).isEqualTo(DurationUnit.MINUTES);
    assertThat(excel.assumedUnit()).isFalse();
    assertThat(excel.minutes()).hasSize(40).startsWith(2.38, 5.13);
    Durations mmss = Durations.read(CsvTable.read(DIR.resolve("ticket-export-mmss-crlf.csv"), "observation"), "Durée", null);
    assertThat(mmss.problems()).isEmpty();
    assertThat(mmss.assumedUnit()).as("the header names the format").isFalse();
    assertThat(mmss.header()).isEqualTo("Durée (mm:ss)");
    assertThat(mmss.minutes()).startsWith(143 / 60.0, 308 / 60.0);
  }

  @Test
  void aCellMayBeAnElapsedTimeWhateverTheUnitOfPlainNumbers() throws Exception {
    Durations d = Durations.read(CsvTable.parse(Path.of("x.csv"), "service (s)\n90\n1:30\n0:01:30\n"), null, null);
    assertThat(d.minutes()).containsExactly(1.5, 1.5, 1.5);
    Durations hm = Durations.read(CsvTable.parse(Path.of("x.csv"), "service (h:mm)\n1:30\n"), null, null);
    assertThat(hm.minutes()).containsExactly(90.0);
  }

  @Test
  void aValueOverAThousandTimesTheMedianIsAMistake() throws Exception {
    Durations d = Durations.read(CsvTable.parse(Path.of("x.csv"), "service\n2\n3\n4\n4000\n"), null, null);
    assertThat(d.problems()).extracting(CsvTable.Problem::toString).containsExactly(
        "x.csv:5:1: column 'service': '4000' is over 1000 times the median (3.5 min); a typing or export error?"
            + " Fix it or delete the row");
  }

  @Test
  void aDecimalCommaInACommaFileIsAnExtraCellWithTheFix() throws Exception {
    Durations d = Durations.read(CsvTable.parse(Path.of("x.csv"), "service\n4,5\n"), null, null);
    assertThat(d.problems()).extracting(CsvTable.Problem::toString).containsExactly(
        "x.csv:2:3: this row has 2 cells but the header 1; a decimal comma? Write 4.5, not 4,5 (or save the file"
            + " with ';' between cells)");
  }
}
