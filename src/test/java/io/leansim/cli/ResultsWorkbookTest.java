package io.leansim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.stats.Metric;
import io.leansim.stats.Metric.Scope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code results.xlsx} of {@code compare}, {@code run}, {@code sweep} and {@code staff}, read back
 * with another library: its sheets and headers, numbers stored as numbers with their formats and
 * equal to the double to the figures of the JSON files beside it, empty cells for undefined
 * numbers, frozen header rows, customer types with non-ASCII names, and {@code report} writing it
 * again to the byte.
 */
class ResultsWorkbookTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String BANK = """
      name: bank
      time_unit: min
      clock_start: "09:00"
      run: {horizon: 2h, replications: 3, seed: 11}
      targets: {wait_within: 5min}
      customers:
        Überweisung: {}
        顧客: {}
      arrivals:
        walk_in:
          schedule:
            - {from: "09:00", rate: 30/h}
            - {from: "10:00", rate: 50/h}
          mix: {Überweisung: 0.4, 顧客: 0.6}
      resources:
        desk: {capacity: 2, cost_per_hour: 25}
      process:
        serve: {resource: desk, time: exp(2.5)}
      variants:
        third-desk:
          patch:
            resources: {desk: {capacity: 3}}
      """;
  private static final List<String> FIGURE_COLUMNS = List.of("Figure", "Mean", "± half-width", "Low", "High",
      "Change against baseline", "± change", "Relative change", "p (Holm-adjusted)", "✓ better / ✗ worse");

  @TempDir static Path tmp;
  static Path file;
  static Path compared;

  @BeforeAll
  static void compare() throws IOException {
    file = tmp.resolve("bank.yaml");
    Files.writeString(file, BANK);
    compared = tmp.resolve("compared");
    ok(CliTest.leansim("compare", file.toString(), "-q", "--out", compared.toString()));
  }

  private static void ok(CliTest.Outcome o) {
    assertThat(o.code()).as(o.err()).isZero();
  }

  @Test
  void aComparisonHasASheetPerTableWithTheFiguresOfItsJsonFiles() throws IOException {
    Map<String, List<Row>> book = read(compared.resolve("results.xlsx"));
    assertThat(book.keySet()).containsExactly("Key figures", "By customer type", "By step", "By resource", "By hour",
        "About");
    JsonNode comparison = JSON.readTree(compared.resolve("comparison.json").toFile());
    assertThat(texts(book.get("Key figures").get(0))).containsExactlyElementsOf(concat(List.of("Variant"), FIGURE_COLUMNS));
    assertThat(texts(book.get("By customer type").get(0)))
        .containsExactlyElementsOf(concat(List.of("Variant", "Customer type"), FIGURE_COLUMNS));
    assertThat(texts(book.get("By step").get(0))).startsWith("Variant", "Step", "Figure");
    assertThat(texts(book.get("By resource").get(0))).startsWith("Variant", "Resource", "Figure");

    int checked = 0;
    for (Scope scope : Scope.values()) {
      List<Row> rows = book.get(sheet(scope));
      int key = scope == Scope.OVERALL ? -1 : 1;
      int figure = key + 1 + (scope == Scope.OVERALL ? 1 : 0);
      for (Row row : rows.subList(1, rows.size())) {
        String variant = text(row, 0);
        String name = key < 0 ? null : text(row, key);
        Metric m = metric(scope, text(row, figure));
        JsonNode summary = JSON.readTree(compared.resolve(variant).resolve("summary.json").toFile()).get(scope.field());
        JsonNode e = (name == null ? summary : summary.get(name)).get(m.key());
        assertNumber(row, figure + 1, e.get("mean"), format(m));
        assertNumber(row, figure + 2, e.get("half_width"), format(m));
        assertNumber(row, figure + 3, e.get("low"), format(m));
        assertNumber(row, figure + 4, e.get("high"), format(m));
        if (variant.equals("baseline")) {
          assertThat(cell(row, figure + 5)).as("a baseline has no change").isEmpty();
          continue;
        }
        JsonNode scoped = comparison.get("variants").get(variant).get(scope.field());
        JsonNode d = (name == null ? scoped : scoped.get(name)).get(m.key());
        assertNumber(row, figure + 5, d.get("diff"), format(m));
        assertNumber(row, figure + 6, d.get("half_width"), format(m));
        assertNumber(row, figure + 7, d.get("relative"), "0.0%");
        assertNumber(row, figure + 8, d.get("p_adjusted"), "0.0000");
        String mark = cell(row, figure + 9).map(Cell::getText).orElse("");
        assertThat(!mark.isEmpty()).as(variant + " " + name + " " + m + ": marked as comparison.json is")
            .isEqualTo(d.get("significant").asBoolean() && d.get("diff").asDouble() != 0);
        if (!mark.isEmpty() && m.better() != Metric.Better.NEITHER) {
          assertThat(mark).isEqualTo((d.get("diff").asDouble() < 0) == m.lowerIsBetter() ? "✓ better" : "✗ worse");
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50);
    assertThat(book.get("By customer type").stream().map(r -> text(r, 1)).distinct().toList())
        .contains("Überweisung", "顧客");
    assertThat(book.get("Key figures").stream().map(r -> text(r, 1)).toList())
        .contains("Mean wait (min)", "Service level (%)", "Customers arrived", "Served per hour");
    try (ZipFile zip = new ZipFile(compared.resolve("results.xlsx").toFile())) {
      assertThat(xml(zip, 1)).as("the header row and the variant and figure columns stay in view")
          .contains("<pane xSplit=\"2\" ySplit=\"1\" topLeftCell=\"C2\" activePane=\"bottomRight\" state=\"frozen\"/>");
      assertThat(xml(zip, 2)).contains("<pane xSplit=\"3\" ySplit=\"1\"").contains("state=\"frozen\"");
    }
  }

  @Test
  void theDayProfileHasClockTimesAndTheTimelineOfSummaryJson() throws IOException {
    List<Row> rows = read(compared.resolve("results.xlsx")).get("By hour");
    assertThat(texts(rows.get(0))).containsExactly("Variant", "Bin start", "Customers arrived",
        "Mean wait (min) of those arrived", "Service level (%) of those arrived", "Mean queue: serve",
        "Staff present: desk", "Utilization (%): desk");
    JsonNode timeline = JSON.readTree(compared.resolve("baseline/summary.json").toFile()).get("timeline");
    assertThat(rows.stream().filter(r -> text(r, 0).equals("baseline")).count()).isEqualTo(timeline.get("start").size());
    Row second = rows.get(2);
    assertNumber(second, 1, JSON.getNodeFactory().numberNode((9 * 60 + 15) / 1440.0), "[h]:mm");
    assertThat(timeline.get("start").get(1).asString()).isEqualTo("09:15");
    assertNumber(second, 2, timeline.get("arrivals").get(1), "0.0");
    assertNumber(second, 3, timeline.get("wait_by_arrival").get(1), "0.0");
    assertNumber(second, 4, timeline.get("service_level_by_arrival").get(1), "0.0%");
    assertNumber(second, 5, timeline.get("queue").get("serve").get(1), "0.00");
    assertNumber(second, 7, timeline.get("utilization").get("desk").get(1), "0.0%");
  }

  @Test
  void oneReplicationLeavesItsHalfWidthsEmpty() throws IOException {
    Path out = tmp.resolve("one");
    ok(CliTest.leansim("run", file.toString(), "--replications", "1", "-q", "--out", out.toString()));
    List<Row> rows = read(out.resolve("results.xlsx")).get("Key figures");
    assertThat(texts(rows.get(0))).containsExactly("Variant", "Figure", "Mean", "± half-width", "Low", "High");
    for (Row row : rows.subList(1, rows.size())) {
      assertThat(cell(row, 2)).as(text(row, 1)).map(Cell::getType).contains(CellType.NUMBER);
      assertThat(cell(row, 3)).as(text(row, 1) + ": no interval from one replication").isEmpty();
    }
  }

  @Test
  void reportWritesTheWorkbookAgainToTheByte() throws IOException {
    Path copy = tmp.resolve("redrawn");
    Files.createDirectories(copy);
    try (var files = Files.walk(compared)) {
      for (Path p : files.toList()) {
        Path to = copy.resolve(compared.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    Files.delete(copy.resolve("results.xlsx"));
    ok(CliTest.leansim("report", copy.toString()));
    assertThat(Files.readAllBytes(copy.resolve("results.xlsx"))).isEqualTo(Files.readAllBytes(compared.resolve("results.xlsx")));
  }

  @Test
  void aSweepHasItsPointsWithListValuedOnesLabelledAndALegend() throws IOException {
    Path out = tmp.resolve("sweep");
    ok(CliTest.leansim("sweep", file.toString(), "-q", "--set", "resources.desk.capacity=2,3", "--set",
        "arrivals.walk_in.schedule=[{from: \"09:00\", rate: 30/h}],[{from: \"09:00\", rate: 40/h}]",
        "--out", out.toString()));
    Map<String, List<Row>> book = read(out.resolve("results.xlsx"));
    assertThat(book.keySet()).containsExactly("Sweep points", "About");
    JsonNode sweep = JSON.readTree(out.resolve("sweep.json").toFile());
    List<Row> rows = book.get("Sweep points");
    List<String> metrics = Metric.View.SWEEP.keys();
    List<String> header = new ArrayList<>(List.of("resources.desk.capacity", "arrivals.walk_in.schedule", "Variant"));
    for (String key : metrics) {
      Metric m = Metric.of(Scope.OVERALL, key).orElseThrow();
      if (sweep.get("points").get(0).get("metrics").has(key)) {
        header.add(heading(m));
        header.add("± half-width");
      }
    }
    assertThat(texts(rows.get(0))).containsExactlyElementsOf(header);
    assertThat(rows).hasSize(1 + sweep.get("points").size()).hasSize(5);
    for (int i = 0; i < sweep.get("points").size(); i++) {
      JsonNode point = sweep.get("points").get(i);
      Row row = rows.get(i + 1);
      assertNumber(row, 0, point.get("set").get("resources.desk.capacity"), "General");
      assertThat(text(row, 1)).isEqualTo("point " + (i % 2 + 1));
      assertThat(text(row, 2)).isEqualTo(point.get("variant").asString());
      for (int c = 3; c < header.size(); c += 2) {
        Metric m = metric(Scope.OVERALL, header.get(c));
        assertNumber(row, c, point.get("metrics").get(m.key()).get("mean"), format(m));
        assertNumber(row, c + 1, point.get("metrics").get(m.key()).get("half_width"), format(m));
      }
    }
    assertThat(book.get("About").stream().map(r -> cell(r, 1).map(Cell::getText).orElse("")).toList())
        .contains("point 1: [{from: \"09:00\", rate: 30/h}]", "point 2: [{from: \"09:00\", rate: 40/h}]");
    try (ZipFile zip = new ZipFile(out.resolve("results.xlsx").toFile())) {
      assertThat(xml(zip, 1)).contains("<pane xSplit=\"3\" ySplit=\"1\"").contains("state=\"frozen\"");
    }
  }

  @Test
  void aStaffingPlanHasItsBinsAndTheServiceLevelOfEachTarget() throws IOException {
    Path out = tmp.resolve("staff");
    ok(CliTest.leansim("staff", file.toString(), "-q", "--resource", "desk", "--service-level", "80%",
        "--service-level", "顧客=90%", "--replications", "4", "--out", out.toString()));
    Map<String, List<Row>> book = read(out.resolve("results.xlsx"));
    assertThat(book.keySet()).containsExactly("Staffing plan", "About");
    List<Row> rows = book.get("Staffing plan");
    assertThat(texts(rows.get(0))).containsExactly("Bin start", "Bin end", "Staff", "Erlang C estimate",
        "Square-root staffing", "Arrivals per hour", "Offered load", "Service level (%): 顧客", "± half-width",
        "Service level (%): others", "± half-width");
    JsonNode plan = JSON.readTree(out.resolve("staffing.json").toFile());
    assertThat(rows).hasSize(1 + plan.get("bins").size());
    for (int i = 0; i < plan.get("bins").size(); i++) {
      JsonNode bin = plan.get("bins").get(i);
      Row row = rows.get(i + 1);
      assertNumber(row, 0, JSON.getNodeFactory().numberNode((9 + i) / 24.0), "[h]:mm");
      assertThat(bin.get("start").asString()).isEqualTo("%02d:00".formatted(9 + i));
      assertNumber(row, 2, bin.get("staff"), "0");
      assertNumber(row, 3, bin.get("erlang_estimate"), "0");
      assertNumber(row, 4, bin.get("sqrt_staffing"), "0");
      assertNumber(row, 5, bin.get("arrivals_per_hour"), "0.0");
      assertNumber(row, 6, bin.get("offered_load"), "0.00");
      assertNumber(row, 7, bin.get("service_level_by_type").get("顧客").get("mean"), "0.0%");
      assertNumber(row, 8, bin.get("service_level_by_type").get("顧客").get("half_width"), "0.0%");
      assertNumber(row, 9, bin.get("service_level").get("mean"), "0.0%");
      assertNumber(row, 10, bin.get("service_level").get("half_width"), "0.0%");
    }
    Map<String, Row> about = new LinkedHashMap<>();
    book.get("About").forEach(r -> about.put(text(r, 0), r));
    assertNumber(about.get("Staff-hours"), 1, plan.get("staff_hours"), "0.0");
    assertNumber(about.get("Target: 顧客"), 1, plan.get("targets_by_type").get("顧客"), "0.0%");
  }

  // --- reading the workbook back

  private static Map<String, List<Row>> read(Path xlsx) throws IOException {
    Map<String, List<Row>> book = new LinkedHashMap<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false))) {
      for (Sheet s : wb.getSheets().toList()) {
        book.put(s.getName(), s.read());
      }
    }
    return book;
  }

  private static String xml(ZipFile zip, int sheet) throws IOException {
    return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + sheet + ".xml")).readAllBytes(),
        StandardCharsets.UTF_8);
  }

  private static Optional<Cell> cell(Row row, int c) {
    return row.getOptionalCell(c).filter(x -> x.getType() != CellType.EMPTY);
  }

  private static String text(Row row, int c) {
    Cell cell = cell(row, c).orElseThrow(() -> new AssertionError("row " + row.getRowNum() + ": no cell " + c));
    assertThat(cell.getType()).isEqualTo(CellType.STRING);
    return cell.asString();
  }

  private static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < row.getCellCount(); c++) {
      out.add(text(row, c));
    }
    return out;
  }

  /** The cell is the JSON number to the double, stored as a number in {@code format}; empty where the JSON has null. */
  private static void assertNumber(Row row, int c, JsonNode expected, String format) {
    Optional<Cell> cell = cell(row, c);
    String where = "row " + row.getRowNum() + " column " + c;
    if (expected == null || expected.isNull()) {
      assertThat(cell).as(where + ": undefined, so empty").isEmpty();
      return;
    }
    assertThat(cell).as(where).isPresent();
    assertThat(cell.get().getType()).as(where).isEqualTo(CellType.NUMBER);
    assertThat(cell.get().asNumber().doubleValue()).as(where).isEqualTo(expected.asDouble());
    assertThat(cell.get().getDataFormatString()).as(where).isEqualTo(format);
  }

  private static String sheet(Scope scope) {
    return switch (scope) {
      case OVERALL -> "Key figures";
      case TYPE -> "By customer type";
      case STEP -> "By step";
      case RESOURCE -> "By resource";
    };
  }

  /** The figure a header names: its label, with the unit of durations (min here) and shares. */
  private static Metric metric(Scope scope, String heading) {
    return Metric.in(scope).stream().filter(m -> heading(m).equals(heading)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure of " + scope + " reads '" + heading + "'"));
  }

  private static String heading(Metric m) {
    return m.label() + switch (m.unit()) {
      case DURATION -> " (min)";
      case SHARE -> " (%)";
      default -> "";
    };
  }

  private static String format(Metric m) {
    return switch (m.unit()) {
      case COUNT -> "0";
      case SHARE -> "0.0%";
      case MONEY -> "#,##0";
      case DURATION, HOURS, RATE -> "0.0";
      case NUMBER -> "0.00";
    };
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
