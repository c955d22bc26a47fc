package io.leansim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leansim.sweep.Param;
import io.leansim.sweep.Point;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SweepCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path HALL = Path.of("scenarios/telecom-hall.yaml");

  @TempDir Path tmp;

  @Test
  void parsesListsRangesAndGrids() {
    assertThat(Param.parse("resources.counter.capacity=2..4").values()).containsExactly("2", "3", "4");
    assertThat(Param.parse("process.serve.time=\"exp(4)\",unif(2,5),[1, 2]").values())
        .containsExactly("\"exp(4)\"", "unif(2,5)", "[1, 2]");
    assertThat(Param.parse("arrivals.block.until=\"10:30\",'11:00',12").values().stream()
        .map(Param.parse("arrivals.block.until=\"10:30\",'11:00',12")::shown)).containsExactly("10:30", "11:00", "12");
    assertThatThrownBy(() -> Param.parse("capacity")).hasMessageContaining("expected PATH=VALUES");
    assertThatThrownBy(() -> Param.parse("a.b=4..2")).hasMessageContaining("must go up");
    List<Point> grid = Point.grid(List.of(Param.parse("a=1,2"), Param.parse("b=x,y,z")));
    assertThat(grid).hasSize(6);
    assertThat(grid.get(1).label()).isEqualTo("a=1, b=y");
  }

  /** A sweep point gives exactly what a run of the file with that value written in gives. */
  @Test
  void aPointEqualsTheScenarioRunSeparatelyWithTheSamePatch() throws Exception {
    Path out = tmp.resolve("sweep");
    CliTest.Outcome o = CliTest.leansim("sweep", HALL.toString(), "--set", "resources.side_table.capacity=2,4",
        "--variant", "card-priority", "--replications", "3", "-q", "--out", out.toString());
    assertThat(o.code()).as(o.err()).isZero();
    JsonNode sweep = JSON.readTree(out.resolve("sweep.json").toFile());
    assertThat(sweep.get("points")).hasSize(4);

    Path edited = tmp.resolve("hall-4.yaml");
    String text = Files.readString(HALL);
    assertThat(text).contains("side_table: {capacity: 6}");
    Files.writeString(edited, text.replace("side_table: {capacity: 6}", "side_table: {capacity: 4}"));
    CliTest.Outcome run = CliTest.leansim("run", edited.toString(), "--variant", "baseline", "--variant", "card-priority",
        "--replications", "3", "-q", "--out", tmp.resolve("run").toString());
    assertThat(run.code()).as(run.err()).isZero();
    for (String variant : List.of("baseline", "card-priority")) {
      JsonNode summary = JSON.readTree(tmp.resolve("run").resolve(variant).resolve("summary.json").toFile());
      JsonNode point = null;
      for (JsonNode p : sweep.get("points")) {
        if (p.get("set").get("resources.side_table.capacity").asString().equals("4") && p.get("variant").asString().equals(variant)) {
          point = p;
        }
      }
      assertThat(point).isNotNull();
      for (String m : List.of("wait_mean", "wait_p90", "service_level", "lead_time_mean")) {
        assertThat(point.get("metrics").get(m).get("mean").asDouble()).as("%s %s", variant, m)
            .isEqualTo(summary.get("overall").get(m).get("mean").asDouble());
        assertThat(point.get("metrics").get(m).get("half_width").asDouble())
            .isEqualTo(summary.get("overall").get(m).get("half_width").asDouble());
      }
    }
    assertThat(Files.readString(out.resolve("sweep.csv")).lines().findFirst().orElseThrow())
        .startsWith("resources.side_table.capacity,variant,wait_mean,wait_mean_half_width,");
    assertThat(out.resolve("report.html")).isNotEmptyFile();
    assertThat(out.resolve("charts/sweep-wait_mean.svg")).isNotEmptyFile();
  }

  @Test
  void resumeRunsOnlyThePointsNotDoneAndGivesTheSameFiles() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    String[] common = {"--replications", "2", "--variant", "card-priority"};
    assertThat(CliTest.leansim(concat(new String[] {"sweep", HALL.toString(), "--set", "resources.side_table.capacity=2..3",
        "-q", "--out", a.toString()}, common)).code()).isZero();
    CliTest.Outcome resumed = CliTest.leansim(concat(new String[] {"sweep", HALL.toString(), "--set",
        "resources.side_table.capacity=2..4", "--resume", "--out", a.toString()}, common));
    assertThat(resumed.code()).as(resumed.err()).isZero();
    assertThat(resumed.out()).contains("Resuming: 2 of 3 points already done.");
    assertThat(CliTest.leansim(concat(new String[] {"sweep", HALL.toString(), "--set", "resources.side_table.capacity=2..4",
        "-q", "--out", b.toString()}, common)).code()).isZero();
    assertThat(Files.readString(a.resolve("sweep.json"))).isEqualTo(Files.readString(b.resolve("sweep.json")));
    assertThat(Files.readString(a.resolve("sweep.csv"))).isEqualTo(Files.readString(b.resolve("sweep.csv")));
    // a different seed is another sweep: nothing is reused
    CliTest.Outcome other = CliTest.leansim("sweep", HALL.toString(), "--set", "resources.side_table.capacity=2..4",
        "--resume", "--replications", "3", "--out", a.toString());
    assertThat(other.out()).contains("Resuming: 0 of 3 points already done.");
  }

  @Test
  void mistakesInParametersOrPointsAreReportedBeforeAnythingRuns() {
    CliTest.Outcome syntax = CliTest.leansim("sweep", HALL.toString(), "--set", "capacity");
    assertThat(syntax.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(syntax.err()).contains("expected PATH=VALUES");
    CliTest.Outcome bad = CliTest.leansim("sweep", HALL.toString(), "--set", "resources.side_table.capacity=3,-1",
        "--out", tmp.resolve("x").toString());
    assertThat(bad.code()).isEqualTo(ExitCodes.INVALID_SCENARIO);
    assertThat(bad.err()).contains("point resources.side_table.capacity=-1: resources.side_table.capacity:")
        .contains("nothing was run");
    assertThat(tmp.resolve("x")).doesNotExist();
    CliTest.Outcome typo = CliTest.leansim("sweep", HALL.toString(), "--set", "resources.side_tabel.capacity=3");
    assertThat(typo.code()).isEqualTo(ExitCodes.INVALID_SCENARIO);
  }

  /**
   * Issue 17: "what if demand grows?" is one sweep over {@code scale}; its table shows the factors,
   * and grown demand makes the same customers wait longer.
   */
  @Test
  void aSweepOverTheArrivalScaleShowsTheFactors() throws Exception {
    Path out = tmp.resolve("growth");
    CliTest.Outcome o = CliTest.leansim("sweep", HALL.toString(), "--set", "arrivals.walk_in.scale=1.0,1.3",
        "--replications", "3", "--out", out.toString());
    assertThat(o.code()).as(o.err()).isZero();
    List<String> lines = o.out().lines().toList();
    assertThat(lines.get(0)).startsWith("scale ");
    assertThat(lines.get(1)).startsWith("1.0 ");
    assertThat(lines.get(2)).startsWith("1.3 ");
    JsonNode points = JSON.readTree(out.resolve("sweep.json").toFile()).get("points");
    assertThat(points.get(1).at("/set/arrivals.walk_in.scale").asText()).isEqualTo("1.3");
    // with common random numbers, 30% more of the same customers wait longer in every replication
    assertThat(points.get(1).at("/metrics/wait_mean/mean").asDouble())
        .isGreaterThan(points.get(0).at("/metrics/wait_mean/mean").asDouble());
  }

  /** A list-valued parameter (a whole schedule) is shown as point 1..n in the table, with a legend below. */
  @Test
  void listValuedPointsAreNumberedWithALegend() {
    Param schedules = Param.parse("arrivals.walk_in.schedule=[{from: 0, rate: 1}],[{from: 0, rate: 2}]");
    assertThat(schedules.listValued()).isTrue();
    assertThat(schedules.shown("[{from: 0, rate: 2}]")).isEqualTo("point 2");
    assertThat(schedules.legend()).containsExactly("point 1: [{from: 0, rate: 1}]", "point 2: [{from: 0, rate: 2}]");
    Param factors = Param.parse("arrivals.walk_in.scale=1.0,1.1");
    assertThat(factors.listValued()).isFalse();
    assertThat(factors.shown("1.1")).isEqualTo("1.1");
    assertThat(factors.legend()).isEmpty();
    CliTest.Outcome o = CliTest.leansim("sweep", HALL.toString(), "--set",
        "arrivals.walk_in.schedule=[{from: \"09:00\", rate: 40/h}],[{from: \"09:00\", rate: 50/h}]",
        "--replications", "2", "--out", tmp.resolve("sched").toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).contains("\npoint 1 ", "\npoint 2 ", "arrivals.walk_in.schedule:\n  point 1: [{from: \"09:00\", rate: 40/h}]\n");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** --seed comes with the shared run options: a sweep with another seed sees other customers. */
  @Test
  void seedOverridesTheFilesSeed() throws Exception {
    Path out = tmp.resolve("seeded");
    CliTest.Outcome o = CliTest.leansim("sweep", HALL.toString(), "--set", "resources.side_table.capacity=6",
        "--replications", "2", "--seed", "7", "-q", "--out", out.toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(JSON.readTree(out.resolve("sweep.json").toFile()).get("seed").asLong()).isEqualTo(7L);
  }

  /**
   * The console table and the page show every figure alike, by its unit: no {@code 1.28e+03} or
   * {@code 58.8 ± 1.0e+02}, the service level as a percentage in both; sweep.csv keeps raw numbers.
   */
  @Test
  void theConsoleAndThePageFormatFiguresByTheirUnit() throws Exception {
    Path out = tmp.resolve("formats");
    CliTest.Outcome o = CliTest.leansim("sweep", HALL.toString(), "--set", "resources.side_table.capacity=3,5",
        "--replications", "3", "--out", out.toString());
    assertThat(o.code()).as(o.err()).isZero();
    List<String> rows = o.out().lines().filter(l -> l.startsWith("3 ") || l.startsWith("5 ")).toList();
    assertThat(rows).hasSize(2);
    String page = Files.readString(out.resolve("report.html"));
    for (String row : rows) {
      List<String> cells = List.of(row.trim().split(" {2,}"));
      assertThat(cells).as("a share as a percentage, its interval's ends where it is not symmetric")
          .anyMatch(c -> c.matches("\\d+\\.\\d% (± \\d+\\.\\d%|\\(\\d+\\.\\d%–\\d+\\.\\d%\\))"));
      for (String cell : cells.subList(2, cells.size())) {
        assertThat(cell).doesNotContain("e+").doesNotContain("e-");
        assertThat(page).as("the page shows %s as the console does", cell).contains("<td>" + cell + "</td>");
      }
    }
    assertThat(page).doesNotContain("e+0");
    assertThat(Files.readString(out.resolve("sweep.csv"))).doesNotContain("%").doesNotContain("±");
  }
}
