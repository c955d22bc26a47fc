package io.leansim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.ArrivalPattern;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 4 (arrivals): the loader reads appointment blocks that end ({@code until}), slot
 * lists ({@code slots}) and a lateness of any sign; a duration still refuses a negative law.
 */
class AppointmentsLoadTest {
  private static final Path HERE = Path.of(".");

  private static LoadResult load(String arrivals, String process) {
    return ScenarioLoader.parse("a.yaml", "clock_start: \"09:00\"\nrun: {horizon: 8h}\narrivals:\n" + arrivals
        + "process:\n" + process, HERE);
  }

  private static ArrivalPattern.Appointments appointments(String stream) {
    LoadResult r = load(stream, "  serve: {time: exp(4)}\n");
    assertThat(r.formatted()).isEmpty();
    return (ArrivalPattern.Appointments) r.scenario().arrivals().get(0).pattern();
  }

  @Test
  void untilIsAClockTimeOrADurationFromTheOpening() {
    assertThat(appointments("  b: {every: 15min, start: \"09:30\", until: \"11:00\"}\n").slots())
        .isEqualTo(new ArrivalPattern.Every(15, 30, 120));
    assertThat(appointments("  b: {every: 15min, until: 2h}\n").slots()).isEqualTo(new ArrivalPattern.Every(15, 0, 120));
    assertThat(appointments("  b: {every: 15min}\n").slots())
        .isEqualTo(new ArrivalPattern.Every(15, 0, Double.POSITIVE_INFINITY));
  }

  @Test
  void slotsAreClockTimesOrDurationsInTimeOrderRepeatsAllowed() {
    ArrivalPattern.Appointments a = appointments(
        "  b: {slots: [\"09:30\", 45min, \"09:45\", \"10:30\"], jitter: \"unif(-5,5)\", no_show: 0.1}\n");
    assertThat(a.slots()).isEqualTo(new ArrivalPattern.Listed(List.of(30.0, 45.0, 45.0, 90.0)));
    assertThat(a.jitter()).isEqualTo(new DistSpec.Uniform(-5, 5));
    assertThat(a.noShow()).isEqualTo(0.1);
  }

  /** Before issue 17 a uniform, triangular, constant or empirical lateness below 0 was refused. */
  @Test
  void aJitterTakesAnyLawOfAnySign() {
    assertThat(appointments("  b: {every: 15min, jitter: \"unif(-5,5)\"}\n").jitter()).isEqualTo(new DistSpec.Uniform(-5, 5));
    assertThat(appointments("  b: {every: 15min, jitter: \"tri(-10,-2,15)\"}\n").jitter())
        .isEqualTo(new DistSpec.Triangular(-10, -2, 15));
    assertThat(appointments("  b: {every: 15min, jitter: -3}\n").jitter()).isEqualTo(new DistSpec.Constant(-3));
    assertThat(appointments("  b: {every: 15min, jitter: -90s}\n").jitter()).isEqualTo(new DistSpec.Constant(-1.5));
    assertThat(appointments("  b: {every: 15min, jitter: {dist: constant, value: -2min}}\n").jitter())
        .isEqualTo(new DistSpec.Constant(-2));
    assertThat(appointments("  b: {every: 15min, jitter: \"norm(-2,3)\"}\n").jitter()).isEqualTo(new DistSpec.Normal(-2, 3));
    assertThat(appointments("  b: {every: 15min, jitter: {dist: empirical, values: [-2, 0, 3]}}\n").jitter())
        .isEqualTo(new DistSpec.Empirical(List.of(-2.0, 0.0, 3.0)));
  }

  @Test
  void anEmpiricalJitterFromAFileKeepsItsEarlyValues(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("late.csv"), "\uFEFFlateness (min)\r\n-4\r\n0.5\r\n-1.5\r\n6\r\n", StandardCharsets.UTF_8);
    LoadResult r = ScenarioLoader.parse("a.yaml", "run: {horizon: 8h}\narrivals:\n"
        + "  b: {every: 15min, jitter: {dist: empirical, file: late.csv}}\nprocess:\n  serve: {time: exp(4)}\n", dir);
    assertThat(r.formatted()).isEmpty();
    DistSpec.Empirical e = (DistSpec.Empirical) ((ArrivalPattern.Appointments) r.scenario().arrivals().get(0).pattern())
        .jitter();
    assertThat(e.values()).containsExactly(-4.0, -1.5, 0.5, 6.0);
  }

  @Test
  void aDurationStillRefusesANegativeLaw() {
    LoadResult r = load("  b: {every: 15min}\n", "  serve:\n    time: unif(-1,2)\n    walk: -1\n");
    assertThat(r.formatted()).containsExactly(
        "a.yaml:7:11: process.serve.time: min of unif() must be >= 0, got -1; use a value >= 0",
        "a.yaml:8:11: process.serve.walk: a constant time must be >= 0, got -1; use a value >= 0");
  }

  @Test
  void theWrittenScenarioSpellsOutUntilAndSlots() {
    Scenario s = load("  b: {every: 15min, start: \"09:30\", until: \"11:00\"}\n  c: {slots: [\"13:00\", 250]}\n",
        "  serve: {time: exp(4)}\n").scenario();
    String yaml = ScenarioWriter.toYaml(s);
    assertThat(yaml).contains("until: \"11:00\"").contains("slots:\n    - \"13:00\"\n    - \"13:10\"");
    assertThat(ScenarioLoader.parse("w.yaml", yaml, HERE).scenario().arrivals()).isEqualTo(s.arrivals());
  }
}
