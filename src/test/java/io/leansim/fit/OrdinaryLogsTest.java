package io.leansim.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.leansim.csv.CsvTable;
import io.leansim.scenario.ArrivalPattern;
import io.leansim.scenario.CustomerType;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calibrating ordinary logs, as exported by real ticket systems ({@code
 * src/test/resources/ticket-logs/}): non-ASCII type names, shares that do not round to 1, no
 * ticket served, several days without dates, a night office across midnight, a counter name shared
 * by two desks, ISO timestamps with offsets, Excel exports (BOM, {@code ;}, CRLF), day/month and
 * month/day dates, 12-hour clocks. Every draft loads.
 */
class OrdinaryLogsTest {
  static final Path LOGS = Path.of("src/test/resources/ticket-logs");

  static List<Path> logs() throws IOException {
    try (Stream<Path> s = Files.list(LOGS)) {
      return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
  }

  static TicketLog read(String name) throws Exception {
    return read(name, null);
  }

  static TicketLog read(String name, TicketLog.DateOrder order) throws Exception {
    TicketLog log = TicketLog.read(CsvTable.read(LOGS.resolve(name), "ticket"), Map.of(), order);
    assertThat(log.problems()).as(name).isEmpty();
    return log;
  }

  static Scenario load(Calibration.Draft d) {
    LoadResult r = ScenarioLoader.parse("draft.yaml", d.yaml(), Path.of("."));
    assertThat(r.formatted()).as(d.yaml()).isEmpty();
    return r.scenario();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("logs")
  void everyDraftLoads(Path file) throws Exception {
    TicketLog log = read(file.getFileName().toString());
    Calibration.Draft d = Calibration.draft("draft", log, 1);
    Scenario s = load(d);
    double sum = s.arrivals().get(0).mix().values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(sum).isEqualTo(1.0, within(1e-12));
    assertThat(d.yaml()).doesNotContain("only 0 services");
  }

  @Test
  void chineseTypeNamesAreKept() throws Exception {
    Scenario s = load(Calibration.draft("draft", read("chinese-types.csv"), 1));
    assertThat(s.customers()).extracting(CustomerType::name).containsExactlyInAnyOrder("开户", "缴费", "挂失");
    assertThat(s.arrivals().get(0).mix()).containsOnlyKeys("开户", "缴费", "挂失");
  }

  @Test
  void typeNamesThatYamlWouldMisreadAreQuotedOrRenamed() throws Exception {
    Calibration.Draft d = Calibration.draft("draft", read("yaml-words.csv"), 1);
    Scenario s = load(d);
    assertThat(s.customers()).extracting(CustomerType::name)
        .containsExactlyInAnyOrder("yes", "no", "null", "card_gold", "default_type", "t_1st_visit");
    assertThat(d.keys()).containsEntry("Card \"gold\"", "card_gold").containsEntry("default", "default_type");
    assertThat(d.yaml()).contains("\"yes\": ").contains("default_type: {}   # 'default' in the log");
  }

  @Test
  void namesThatCollideGetASuffix() {
    assertThat(Calibration.keys(List.of("Bill payment", "bill_payment", "开户", "Überweisung", "")))
        .containsExactly(Map.entry("Bill payment", "bill_payment"), Map.entry("bill_payment", "bill_payment_2"),
            Map.entry("开户", "开户"), Map.entry("Überweisung", "überweisung"), Map.entry("", "type"));
    assertThat(Calibration.scenarioName("Brouillon été")).isEqualTo("brouillon-ete");
    assertThat(Calibration.scenarioName("分行")).isEqualTo("calibrated");
  }

  @Test
  void theMixSumsToOneExactly() throws Exception {
    assertThat(Calibration.shares(new int[] {27, 27, 27})).containsExactly(3334, 3333, 3333);
    assertThat(Calibration.shares(new int[] {1, 1, 1, 1, 1, 1, 1})).containsExactly(1429, 1429, 1429, 1429, 1428, 1428,
        1428);
    assertThat(Calibration.shares(new int[] {100_000, 1})).containsExactly(9999, 1);
    Calibration.Draft d = Calibration.draft("draft", read("three-equal-types.csv"), 1);
    assertThat(d.yaml()).contains("mix: {account: 0.3334, deposit: 0.3333, loan: 0.3333}");
    load(d);
  }

  @Test
  void aLogWithNoServedTicketDraftsWhatItCanWithPlaceholdersAndSaysWhy() throws Exception {
    TicketLog log = read("none-served.csv");
    Calibration.Draft d = Calibration.draft("draft", log, 1);
    Scenario s = load(d);
    assertThat(d.complete()).isFalse();
    assertThat(d.notes()).anyMatch(n -> n.startsWith("no ticket in the log was served"))
        .anyMatch(n -> n.startsWith("no counter called a ticket in the log"));
    assertThat(d.yaml()).contains("# Incomplete: the log does not tell the service times nor the counters on duty")
        .contains("# placeholder: no ticket in the log was served").contains("staff: 1}   # placeholder");
    // what it can: arrivals, the mix, and patience from the numbers called in vain
    assertThat(s.customers().get(0).patience()).isNotNull();
    assertThat(((ArrivalPattern.Poisson) s.arrivals().get(0).pattern()).periods()).hasSize(3);
  }

  @Test
  void aTypeWithoutServicesBorrowsTheMeanOfAllAndSaysSo() throws Exception {
    String text = Files.readString(LOGS.resolve("three-equal-types.csv"));
    // every loan ticket left unserved
    String noLoans = text.lines().map(l -> l.contains(",loan,") ? l.replaceAll(",[^,]*,[^,]*$", ",,") : l)
        .reduce("", (a, b) -> a + b + "\n");
    TicketLog log = TicketLog.read(CsvTable.parse(Path.of("no-loans.csv"), noLoans), Map.of());
    assertThat(log.problems()).isEmpty();
    Calibration.Draft d = Calibration.draft("draft", log, 1);
    load(d);
    assertThat(d.yaml()).contains("# no service of this type in the log: the mean of all 54 services, a stand-in")
        .doesNotContain("only 0");
    assertThat(d.complete()).isTrue();
  }

  @Test
  void severalDaysWithoutADateAreSplitWhereTheClockGoesBack() throws Exception {
    TicketLog log = read("multi-day-no-date.csv");
    assertThat(log.days()).containsExactly("day 1", "day 2", "day 3", "day 4");
    assertThat(log.notes()).singleElement().asString().startsWith(
        "the log has no dates, and its issued times go back 3 times (lines 88, 196, 298): read as 4 days");
    Calibration.Draft d = Calibration.draft("draft", log, 1);
    assertThat(d.observed().days()).isEqualTo(4);
    assertThat(d.observed().utilization()).isLessThan(1);
    assertThat(d.warnings()).isEmpty();
    assertThat(load(d).resources().get(0).shifts().get(0).staff()).isEqualTo(3);
  }

  @Test
  void ticketsAcrossMidnightStayInTheirNight() throws Exception {
    TicketLog log = read("night-office.csv");
    assertThat(log.days()).hasSize(1);
    assertThat(log.tickets()).allMatch(t -> t.called() >= t.issued() && t.finished() >= t.called())
        .anyMatch(t -> t.issued() < 1440 && t.finished() > 1440);
    Calibration.Draft d = Calibration.draft("draft", log, 1);
    Scenario s = load(d);
    assertThat(d.yaml()).contains("clock_start: \"22:00\"").contains("horizon: 4h").contains("{from: \"25:00\"");
    assertThat(d.observed().meanWait()).isLessThan(60);
    assertThat(s.run().horizon()).isEqualTo(240);
  }

  @Test
  void aDatedNightOfficeKeepsItsNightsWhoseTicketsAfterMidnightCarryTheNextDate() throws Exception {
    TicketLog log = read("night-office-iso.csv");
    assertThat(log.days()).containsExactly("2026-12-31", "2027-01-01");
    assertThat(log.tickets()).anyMatch(t -> t.issued() > 1440);
    Calibration.Draft d = Calibration.draft("draft", log, 1);
    assertThat(d.yaml()).contains("clock_start: \"22:00\"").contains("horizon: 4h");
    load(d);
  }

  @Test
  void countersThatCalledAreNotRoundedToNoOne() throws Exception {
    String text = "date,ticket,type,issued,called,finished,counter\n2026-11-02,1,a,09:00,09:01,09:05,C1\n"
        + "2026-11-03,1,a,09:00,,,\n2026-11-04,1,a,09:00,,,\n";
    TicketLog log = TicketLog.read(CsvTable.parse(Path.of("log.csv"), text), Map.of());
    Calibration.Draft d = Calibration.draft("draft", log, 1);
    assertThat(d.yaml()).contains("{from: \"09:00\", staff: 1}\n");
    assertThat(d.notes()).contains("fewer than half a counter a day called tickets in every hour: the counters on duty are"
        + " rounded up");
    assertThat(d.complete()).isTrue();
    load(d);
  }

  @Test
  void aClockTimeALittleBeforeTheIssueIsStillAnError() throws Exception {
    String text = "ticket,type,issued,called,finished,counter\n1,a,09:10,09:05,09:20,C1\n";
    TicketLog log = TicketLog.read(CsvTable.parse(Path.of("log.csv"), text), Map.of());
    assertThat(log.problems()).singleElement().asString()
        .isEqualTo("log.csv:2:11: called: called at 09:05, before it was issued at 09:10; check the two times");
  }

  @Test
  void anObservedUtilizationAbove100PercentIsASignOfADataProblem() throws Exception {
    Calibration.Draft d = Calibration.draft("draft", read("shared-counter-name.csv"), 1);
    assertThat(d.observed().utilization()).isGreaterThan(1);
    assertThat(d.warnings()).singleElement().asString().startsWith("the observed counter utilization is 183%")
        .contains("a sign of a data problem".substring(2)).contains("one counter name shared by several desks");
    load(d);
  }

  @Test
  void isoTimestampsWithOffsetsAreReadAtTheirWrittenClockTime() throws Exception {
    TicketLog log = read("iso-offsets-excel.csv");
    assertThat(log.days()).containsExactly("2026-03-27", "2026-03-28", "2026-03-29");
    assertThat(log.tickets().get(0).issued()).isCloseTo(9 * 60 + 41 / 60.0, within(1e-9));
    assertThat(log.notes()).singleElement().asString().startsWith("the times have several offsets (+01:00, +02:00");
    assertThat(read("iso-utc.csv").notes()).singleElement().asString().startsWith("the times are in UTC (Z)");
    assertThat(Calibration.draft("draft", log, 1).yaml()).contains("clock_start: \"09:00\"");
  }

  @Test
  void dayMonthDatesAndTwelveHourClocks() throws Exception {
    TicketLog log = read("dmy-dates-12h.csv"); // has 13/11/2026: day first
    assertThat(log.days()).containsExactly("2026-11-12", "2026-11-13");
    assertThat(log.notes()).isEmpty();
    assertThat(log.tickets().get(0).issued()).isEqualTo(8 * 60 + 31);
    Calibration.Draft d = Calibration.draft("draft", log, 1);
    assertThat(d.yaml()).contains("clock_start: \"08:30\"").contains("- {from: \"08:30\", rate:");
    assertThat(d.openMinute()).isEqualTo(8 * 60 + 30);
  }

  @Test
  void monthDayDatesAreToldByADayAbove12AndAmbiguousOnesAreDayFirstWithANote() throws Exception {
    assertThat(read("mdy-dates.csv").days()).containsExactly("2026-11-12", "2026-11-13");
    String ambiguous = "ticket,type,issued,called,finished,counter\n1,a,02/11/2026 09:00,02/11/2026 09:05,,\n";
    TicketLog dayFirst = TicketLog.read(CsvTable.parse(Path.of("log.csv"), ambiguous), Map.of());
    assertThat(dayFirst.days()).containsExactly("2026-11-02");
    assertThat(dayFirst.notes()).singleElement().asString().startsWith("dates like 02/11/2026 read as day/month/year:"
        + " no number above 12 in the log tells the order; if they are month/day/year, say --dates mdy");
    TicketLog monthFirst = TicketLog.read(CsvTable.parse(Path.of("log.csv"), ambiguous), Map.of(),
        TicketLog.DateOrder.MONTH_FIRST);
    assertThat(monthFirst.days()).containsExactly("2026-02-11");
    assertThat(monthFirst.notes()).isEmpty();
    assertThat(read("date-column-dots.csv").days()).containsExactly("2026-11-02", "2026-11-03");
  }

  @Test
  void datesInBothOrdersAreErrorsAtTheirCells() throws Exception {
    String text = "ticket,type,issued,called,finished,counter\n1,a,13/11/2026 09:00,13/11/2026 09:05,,\n"
        + "2,a,11/14/2026 09:00,11/14/2026 09:05,,\n";
    TicketLog log = TicketLog.read(CsvTable.parse(Path.of("log.csv"), text), Map.of());
    assertThat(log.problems()).extracting(String::valueOf).containsExactly(
        "log.csv:3:5: issued: '11/14/2026' is not a date in day/month/year order, the order the log's other dates tell"
            + " (a number above 12 in first or second place); check it",
        "log.csv:3:22: called: '11/14/2026' is not a date in day/month/year order, the order the log's other dates tell"
            + " (a number above 12 in first or second place); check it");
  }

  @Test
  void theExportWritesTimesPastMidnightOnTheNextDateAndReadsThemBack() throws Exception {
    assertThat(TicketLogExport.stamp("2026-12-31", 23 * 60 + 59.5)).isEqualTo("2026-12-31 23:59:30");
    assertThat(TicketLogExport.stamp("2026-12-31", 24 * 60 + 5)).isEqualTo("2027-01-01 00:05:00");
    String text = "ticket,type,issued,called,finished,counter\n1,a," + TicketLogExport.stamp("2026-12-31", 1435) + ","
        + TicketLogExport.stamp("2026-12-31", 1445) + "," + TicketLogExport.stamp("2026-12-31", 1450) + ",C1\n";
    TicketLog log = TicketLog.read(CsvTable.parse(Path.of("log.csv"), text), Map.of());
    assertThat(log.tickets()).singleElement().satisfies(t -> {
      assertThat(t.day()).isEqualTo("2026-12-31");
      assertThat(t.called()).isEqualTo(1445);
      assertThat(t.finished()).isEqualTo(1450);
    });
  }
}
