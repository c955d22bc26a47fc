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
}
