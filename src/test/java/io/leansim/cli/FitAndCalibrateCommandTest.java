package io.leansim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitAndCalibrateCommandTest {
  @TempDir Path tmp;

  @Test
  void fitPrintsTheRankingAndTheLineToPasteAndWritesChartsAndJson() throws Exception {
    Path csv = tmp.resolve("durations.csv");
    StringBuilder b = new StringBuilder("case,service [s]\n");
    // the account services of the sample log (lognormal in its source), in seconds
    var log = io.leansim.fit.TicketLog.read(io.leansim.csv.CsvTable.read(Path.of("scenarios/data/ticket-log.csv"), "ticket"),
        java.util.Map.of());
    log.tickets().stream().filter(t -> t.served() && t.type().equals("account")).limit(400)
        .forEach(t -> b.append(t.id()).append(',').append(Math.round((t.finished() - t.called()) * 60)).append('\n'));
    Files.writeString(csv, b.toString());
    Path out = tmp.resolve("fit");
    CliTest.Outcome o = CliTest.leansim("fit", csv.toString(), "--column", "service", "--out", out.toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).contains("400 observations in s").contains("rank").contains("AIC").contains("KS p")
        .contains("Paste into your scenario (time_unit: min):").contains("  time: logn(");
    for (String f : new String[] {"histogram.png", "histogram.svg", "qq.png", "qq.svg", "fit.json"}) {
      assertThat(out.resolve(f)).isNotEmptyFile();
    }
    assertThat(Files.readString(out.resolve("fit.json"))).contains("\"best\" : \"logn(").contains("\"ks_p\"");
  }

  @Test
  void calibrateDraftsAValidScenarioAndComparesItWithTheLog() throws Exception {
    Path draft = tmp.resolve("branch.yaml");
    CliTest.Outcome o = CliTest.leansim("calibrate", "scenarios/data/ticket-log.csv", "--out", draft.toString(),
        "--replications", "4");
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).contains("3,589 tickets over 10 days, 3 types, 09:00 to 17:00").contains("Drafted: " + draft)
        .contains("mean wait (min)").contains("abandoned").contains("counter utilization").contains("13:00");
    LoadResult r = ScenarioLoader.load(draft);
    assertThat(r.formatted()).isEmpty();
    assertThat(r.scenario().customers()).hasSize(3);

    CliTest.Outcome again = CliTest.leansim("calibrate", "scenarios/data/ticket-log.csv", "--out", draft.toString());
    assertThat(again.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(again.err()).contains("exists; choose another --out, or --force");
  }

  @Test
  void calibrateMapsHeadersThatDiffer() throws Exception {
    Path log = tmp.resolve("desk-log.csv");
    String sample = Files.readString(Path.of("scenarios/data/ticket-log.csv"));
    Files.writeString(log, sample.replaceFirst("ticket,type,issued,called,finished,counter", "No,Service,Drawn,Called,Done,Desk"));
    CliTest.Outcome o = CliTest.leansim("calibrate", log.toString(), "--out", tmp.resolve("d.yaml").toString(),
        "--replications", "2", "--columns", "ticket=No,type=Service,issued=Drawn,finished=Done,counter=Desk");
    assertThat(o.code()).as(o.err()).isZero();
    CliTest.Outcome bad = CliTest.leansim("calibrate", log.toString(), "--columns", "tikket=No");
    assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("unknown column 'tikket'");
  }

  static final Path LOGS = Path.of("src/test/resources/ticket-logs");

  CliTest.Outcome calibrate(String log, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "calibrate";
    args[1] = LOGS.resolve(log).toString();
    args[2] = "--out";
    args[3] = tmp.resolve(log.replace(".csv", ".yaml")).toString();
    System.arraycopy(more, 0, args, 4, more.length);
    return CliTest.leansim(args);
  }

  @Test
  void calibrateKeepsChineseTypeNamesAndAlignsTheTable() throws Exception {
    CliTest.Outcome o = calibrate("chinese-types.csv", "--replications", "2");
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).contains("88 tickets over 1 day, 3 types, 09:00 to 12:00");
    // a wide character takes two columns: the figures stay in line
    String wait = o.out().lines().filter(l -> l.startsWith("  mean wait (min)")).findFirst().orElseThrow();
    String chinese = o.out().lines().filter(l -> l.startsWith("    开户")).findFirst().orElseThrow();
    assertThat(columnsToFirstFigure(chinese)).isEqualTo(columnsToFirstFigure(wait));
    LoadResult r = ScenarioLoader.load(tmp.resolve("chinese-types.yaml"));
    assertThat(r.formatted()).isEmpty();
    assertThat(r.scenario().customers()).extracting(c -> c.name()).contains("开户", "缴费", "挂失");
  }

  /** The terminal columns up to the end of the first figure of {@code line} (a CJK character takes two). */
  static int columnsToFirstFigure(String line) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+\\.\\d+").matcher(line);
    assertThat(m.find()).isTrue();
    return line.substring(0, m.end()).codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
  }

  @Test
  void calibrateWithThreeEquallyCommonTypes() throws Exception {
    CliTest.Outcome o = calibrate("three-equal-types.csv", "--replications", "2");
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(Files.readString(tmp.resolve("three-equal-types.yaml"))).contains("mix: {account: 0.3334, deposit: 0.3333, loan: 0.3333}");
  }

  @Test
  void calibrateALogWithNoServedTicketWritesADraftWithPlaceholdersAndDoesNotSimulateIt() throws Exception {
    CliTest.Outcome o = calibrate("none-served.csv");
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).contains("note: no ticket in the log was served (none has a 'finished' time)")
        .contains("Not simulated: the draft has placeholders where the log is silent")
        .contains("100.0% abandoned").doesNotContain("only 0").doesNotContain("observed   simulated");
    assertThat(ScenarioLoader.load(tmp.resolve("none-served.yaml")).formatted()).isEmpty();
  }

  @Test
  void calibrateSplitsDaysWithoutDatesAndWarnsOfAUtilizationAbove100Percent() throws Exception {
    CliTest.Outcome days = calibrate("multi-day-no-date.csv", "--replications", "2");
    assertThat(days.code()).as(days.err()).isZero();
    assertThat(days.out()).contains("399 tickets over 4 days").contains("note: the log has no dates, and its issued times go back 3 times");
    assertThat(days.err()).doesNotContain("warning");

    CliTest.Outcome shared = calibrate("shared-counter-name.csv", "--replications", "2");
    assertThat(shared.code()).as(shared.err()).isZero();
    assertThat(shared.out()).contains("counter utilization (!)            182.6%");
    assertThat(shared.err()).startsWith("warning: the observed counter utilization is 183%: the counters served longer"
        + " than they were on duty, which cannot be. A sign of a data problem");
  }

  @Test
  void calibrateReadsExcelExportsAndDateOrders() throws Exception {
    CliTest.Outcome iso = calibrate("iso-offsets-excel.csv", "--replications", "2");
    assertThat(iso.code()).as(iso.err()).isZero();
    assertThat(iso.out()).contains("273 tickets over 3 days, 2 types, 09:00 to 12:00");
    CliTest.Outcome dmy = calibrate("dmy-dates-12h.csv", "--replications", "2");
    assertThat(dmy.code()).as(dmy.err()).isZero();
    assertThat(dmy.out()).contains("266 tickets over 2 days, 2 types, 08:30 to 13:30").contains("\n    08:30 ");
    CliTest.Outcome mdy = calibrate("mdy-dates.csv", "--replications", "2", "--force", "--dates", "dmy");
    assertThat(mdy.code()).isEqualTo(ExitCodes.INVALID_SCENARIO);
    assertThat(mdy.err()).contains("'11/13/2026' is not a date in day/month/year order, as --dates says");
    CliTest.Outcome bad = calibrate("mdy-dates.csv", "--dates", "ymd");
    assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("'ymd' is not a date order; use dmy (02/11/2026 is 2 November) or mdy");
  }

  @Test
  void calibrateNamesAMissingFileWithoutAJavaExceptionName() {
    CliTest.Outcome o = CliTest.leansim("calibrate", tmp.resolve("nope.csv").toString());
    assertThat(o.code()).isEqualTo(ExitCodes.INVALID_SCENARIO);
    assertThat(o.err()).contains("nope.csv:1:1: cannot read the file (no such file); check the path")
        .doesNotContain("Exception");
  }
}
