package io.leansim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.leansim.scenario.DistSpec;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code fit} says to paste loads: its printed line, fed back into a scenario, validates and
 * holds the data's figures, for the real-export corpus of src/test/resources/csv and for the
 * empirical line it suggests when a law will not do.
 */
class FitPasteTest {
  private static final Path CSV = Path.of("src/test/resources/csv");
  /** Mean, in minutes, of the 40 service times every file of the corpus holds (DataFileTest.SECONDS). */
  private static final double MEAN = 7687 / 40.0 / 60;
  private static final Pattern TIME = Pattern.compile("(?m)^  time: (.+)$");
  private static final Pattern EMPIRICAL = Pattern.compile("(\\{dist: empirical, file: .+?\\})");

  @TempDir Path tmp;

  /** A scenario whose one step takes {@code time}, in {@code unit}, next to {@code dir}. */
  private static LoadResult scenario(Path dir, String unit, String time) {
    String text = "time_unit: " + unit + "\nrun: {horizon: 8h}\narrivals: {walk_in: {rate: 10/h}}\n"
        + "process:\n  serve:\n    time: " + time + "\n";
    return ScenarioLoader.parse(dir.resolve("pasted.yaml").toString(), text, dir);
  }

  private static DistSpec time(LoadResult r) {
    assertThat(r.formatted()).isEmpty();
    return r.scenario().process().get(0).time().fallback();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "excel-de-semicolon-decimal-comma.csv|Bearbeitungszeit",
    "libreoffice-tab.tsv|service",
    "ticket-export-mmss-crlf.csv|Durée",
    "chinese-hmmss-bom.csv|办理时长"})
  void theLawToPasteLoadsForEveryRealExport(String file, String column) {
    for (String unit : new String[] {"min", "s"}) {
      CliTest.Outcome o = CliTest.leansim("fit", CSV.resolve(file).toString(), "--column", column, "--time-unit", unit,
          "--out", tmp.resolve(file + unit).toString());
      assertThat(o.code()).as(o.err()).isZero();
      assertThat(o.out()).contains("40 observations").doesNotContain("minutes assumed");
      Matcher m = TIME.matcher(o.out());
      assertThat(m.find()).isTrue();
      double perMinute = unit.equals("s") ? 60 : 1;
      assertThat(time(scenario(tmp, unit, m.group(1))).mean()).isCloseTo(MEAN * perMinute, within(0.15 * MEAN * perMinute));
    }
  }

  @Test
  void theEmpiricalLineOfAColumnHeadedInSecondsLoadsInSeconds() throws Exception {
    // the issue: fit honoured 'service (s)' and suggested {..., column: service}, which did not load
    Path data = tmp.resolve("my data").resolve("desk times.csv");
    Files.createDirectories(data.getParent());
    Files.writeString(data, "case,service (s)\n1,90\n2,150\n3,30\n");
    CliTest.Outcome o = CliTest.leansim("fit", data.toString(), "--column", "service");
    assertThat(o.code()).isEqualTo(ExitCodes.INVALID_SCENARIO);
    Matcher m = EMPIRICAL.matcher(o.err());
    assertThat(m.find()).as(o.err()).isTrue();
    for (String unit : new String[] {"min", "s"}) {
      DistSpec d = time(scenario(tmp, unit, m.group(1)));
      double perMinute = unit.equals("s") ? 60 : 1;
      assertThat(((DistSpec.Empirical) d).values().stream().sorted().toList())
          .containsExactly(0.5 * perMinute, 1.5 * perMinute, 2.5 * perMinute);
    }
  }

  @Test
  void theEmpiricalLineOfARelativePathLoadsFromTheFolderFitRanIn() {
    String rel = CSV.resolve("semicolon-header-with-comma.csv").toString();
    CliTest.Outcome o = CliTest.leansim("fit", rel, "--column", "zeit, gesamt");
    assertThat(o.err()).contains("only 3 observations in column 'Zeit, gesamt'");
    Matcher m = EMPIRICAL.matcher(o.err());
    assertThat(m.find()).as(o.err()).isTrue();
    assertThat(m.group(1)).isEqualTo("{dist: empirical, file: " + rel + ", column: \"Zeit, gesamt\"}");
    assertThat(((DistSpec.Empirical) time(scenario(Path.of(""), "min", m.group(1)))).values()).containsExactly(1.0, 1.5, 2.0);
  }

  @Test
  void aUnitGivenOnlyOnTheCommandLineIsNamedInTheLineToPaste() throws Exception {
    Path data = tmp.resolve("bare.csv");
    Files.writeString(data, "service\n90\n150\n30\n");
    CliTest.Outcome o = CliTest.leansim("fit", data.toString(), "--unit", "s");
    assertThat(o.err()).contains("first rename the column 'service' to 'service (s)' in the file");
    Files.writeString(data, "service (s)\n90\n150\n30\n");
    Matcher m = EMPIRICAL.matcher(o.err());
    assertThat(m.find()).isTrue();
    assertThat(((DistSpec.Empirical) time(scenario(tmp, "min", m.group(1)))).values()).contains(1.5);
  }

  @Test
  void aCorruptValueIsAnErrorNotA300DigitParameter() throws Exception {
    StringBuilder b = new StringBuilder("service\n");
    for (int i = 0; i < 40; i++) {
      b.append(2 + i % 7).append('\n');
    }
    b.append("1e300\n");
    Path data = tmp.resolve("corrupt.csv");
    Files.writeString(data, b);
    CliTest.Outcome o = CliTest.leansim("fit", data.toString(), "--out", tmp.resolve("o").toString());
    assertThat(o.code()).isEqualTo(ExitCodes.INVALID_SCENARIO);
    assertThat(o.err()).isEqualTo(data + ":42:1: column 'service': '1e300' is over 1000 times the median (5 min);"
        + " a typing or export error? Fix it or delete the row\n1 error in " + data + "; nothing was fitted.\n");
    assertThat(o.out()).isEmpty();
  }

  @Test
  void aForcedDelimiterAndFilesThatCannotBeRead() throws Exception {
    CliTest.Outcome o = CliTest.leansim("fit", CSV.resolve("semicolon-header-with-comma.csv").toString(), "--column",
        "Zeit, gesamt", "--delimiter", ";");
    assertThat(o.err()).contains("only 3 observations in column 'Zeit, gesamt'")
        .contains("column: \"Zeit, gesamt\"}");
    CliTest.Outcome bad = CliTest.leansim("fit", "x.csv", "--delimiter", "x");
    assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("--delimiter must be ',', ';', tab or '|'");
    CliTest.Outcome missing = CliTest.leansim("fit", tmp.resolve("nope.csv").toString());
    assertThat(missing.err()).isEqualTo(tmp.resolve("nope.csv") + ": cannot read the file (no such file); check the path\n");
    CliTest.Outcome folder = CliTest.leansim("fit", tmp.toString());
    assertThat(folder.err()).doesNotContain("Exception").doesNotContain("-1:-1");
    Files.write(tmp.resolve("latin1.csv"), new byte[] {'d', 'u', 'r', (byte) 0xe9, 'e', '\n', '1', '\n'});
    CliTest.Outcome latin = CliTest.leansim("fit", tmp.resolve("latin1.csv").toString());
    assertThat(latin.err()).isEqualTo(tmp.resolve("latin1.csv") + ":1:1: not UTF-8 text; save it as CSV in UTF-8\n");
  }
}
