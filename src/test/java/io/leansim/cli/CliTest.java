package io.leansim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line end to end, on the bundled example and on broken files. */
class CliTest {
  private static final Path EXAMPLE = Path.of("scenarios/telecom-hall.yaml");

  /** Metrics of docs/results-format.md, transcribed from the format (not from our code), by scope. */
  private static final Map<String, List<String>> SPEC_METRICS = Map.of(
      "overall", List.of("arrived", "completed", "abandoned", "balked", "abandon_rate", "wait_mean", "wait_p90",
          "wait_p95", "wait_max", "lead_time_mean", "value_added_mean", "pce", "service_level",
          "throughput_per_hour", "waste_waiting", "waste_motion", "waste_defects", "waste_overprocessing",
          "wip_mean"),
      "steps", List.of("visits", "wait_mean", "wait_served_mean", "queue_mean", "queue_max", "service_mean",
          "abandoned", "balked", "reworked"),
      "resources", List.of("utilization", "staff_hours", "idle_hours"));

  @TempDir Path tmp;

  record Outcome(int code, String out, String err) {}

  static Outcome leansim(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(code, out.toString(), err.toString());
  }

  @Test
  void runOnTheBundledExampleWritesACompleteSummary() throws IOException {
    Path dir = tmp.resolve("hall");
    Outcome o = leansim("run", EXAMPLE.toString(), "--replications", "3", "--out", dir.toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).contains("wait, mean").contains("Results: ");
    assertThat(dir.resolve("scenario.yaml")).exists();
    JsonNode s = new JsonMapper().readTree(dir.resolve("baseline/summary.json").toFile());
    assertThat(s.get("format").asInt()).isEqualTo(1);
    assertThat(s.get("scenario").asString()).isEqualTo("telecom-hall");
    assertThat(s.get("variant").asString()).isEqualTo("baseline");
    assertThat(s.get("time_unit").asString()).isEqualTo("min");
    assertThat(s.get("replications").asInt()).isEqualTo(3);
    assertThat(s.get("seed").asLong()).isEqualTo(20261122L);
    assertHasMetrics(s.get("overall"), SPEC_METRICS.get("overall"));
    for (String type : List.of("card_replacement", "line_restoration", "bill_payment", "plan_change", "new_contract")) {
      assertHasMetrics(s.get("types").get(type), SPEC_METRICS.get("overall"));
    }
    for (String step : List.of("take_ticket", "fill_form", "serve")) {
      assertHasMetrics(s.get("steps").get(step), SPEC_METRICS.get("steps"));
    }
    for (String pool : List.of("ticket_machine", "counter")) {
      assertHasMetrics(s.get("resources").get(pool), SPEC_METRICS.get("resources"));
    }
    List<String> csv = Files.readAllLines(dir.resolve("baseline/summary.csv"));
    assertThat(csv.get(0)).isEqualTo("scope,key,metric,mean,half_width,min,max,low,high");
    assertThat(csv).contains(csv.stream().filter(l -> l.startsWith("steps,serve,queue_mean,")).findFirst().orElseThrow());
  }

  private static void assertHasMetrics(JsonNode scope, List<String> metrics) {
    assertThat(scope).as("scope").isNotNull();
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = scope.propertyNames().iterator(); it.hasNext(); ) {
      names.add(it.next());
    }
    assertThat(names).containsAll(metrics);
    for (String m : metrics) {
      JsonNode e = scope.get(m);
      for (String f : List.of("mean", "half_width", "min", "max")) {
        assertThat(e.has(f)).as(m + "." + f).isTrue();
      }
    }
  }

  @Test
  void allRunsEveryVariantIntoItsOwnFolder() {
    Path dir = tmp.resolve("all");
    Outcome o = leansim("run", EXAMPLE.toString(), "--all", "--replications", "2", "--out", dir.toString(), "-q");
    assertThat(o.code()).as(o.err()).isZero();
    for (String v : List.of("baseline", "card-priority", "card-desk", "greeter", "self-service", "follow-demand")) {
      assertThat(dir.resolve(v + "/summary.json")).exists();
    }
  }

  @Test
  void summaryBytesDoNotDependOnThreads() throws IOException {
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    assertThat(leansim("run", EXAMPLE.toString(), "--replications", "4", "--threads", "1", "--out", one.toString(), "-q").code()).isZero();
    assertThat(leansim("run", EXAMPLE.toString(), "--replications", "4", "--threads", "3", "--out", two.toString(), "-q").code()).isZero();
    assertThat(Files.readString(two.resolve("baseline/summary.json"))).isEqualTo(Files.readString(one.resolve("baseline/summary.json")));
  }

  @Test
  void traceHasOneRowPerVisitInTimeOrderOfEachVisit() throws IOException {
    Path dir = tmp.resolve("trace");
    Outcome o = leansim("run", EXAMPLE.toString(), "--replications", "2", "--trace", "--out", dir.toString(), "-q");
    assertThat(o.code()).as(o.err()).isZero();
    List<String> rows = Files.readAllLines(dir.resolve("baseline/customers.csv"));
    assertThat(rows.get(0)).isEqualTo("replication,customer,type,step,joined,started,ended,pool,service,outcome");
    assertThat(rows).hasSizeGreaterThan(500);
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",", -1);
      if (f[5].isEmpty()) {
        assertThat(f[9]).isIn("abandoned", "balked", "open");
        continue;
      }
      assertThat(f[9]).isEqualTo("served");
      double joined = Double.parseDouble(f[4]);
      double started = Double.parseDouble(f[5]);
      double ended = Double.parseDouble(f[6]);
      assertThat(joined).isLessThanOrEqualTo(started);
      assertThat(started).isLessThanOrEqualTo(ended);
      assertThat(ended - started).isCloseTo(Double.parseDouble(f[8]), org.assertj.core.data.Offset.offset(1e-9));
    }
    assertThat(dir.resolve("baseline")).isDirectoryNotContaining("glob:**.part");
  }

  /** Common random numbers through the whole path: YAML variant, merge patch, engine, trace file. */
  @Test
  void priorityVariantTracesTheSameCustomersWithTheSameNeeds() throws IOException {
    Path dir = tmp.resolve("crn");
    Outcome o = leansim("run", EXAMPLE.toString(), "--variant", "baseline", "--variant", "card-priority",
        "--replications", "2", "--trace", "--out", dir.toString(), "-q");
    assertThat(o.code()).as(o.err()).isZero();
    Map<String, String> base = needs(dir.resolve("baseline/customers.csv"));
    Map<String, String> variant = needs(dir.resolve("card-priority/customers.csv"));
    // every customer arrives at the same time with the same type; every first visit served in
    // both runs has the same service need (patience and rework can change who is served where)
    int compared = 0;
    for (Map.Entry<String, String> e : base.entrySet()) {
      String other = variant.get(e.getKey());
      if (e.getKey().endsWith("/take_ticket")) {
        assertThat(other).as(e.getKey()).isEqualTo(e.getValue());
      } else if (other != null && !other.contains("  ") && !e.getValue().contains("  ")) {
        assertThat(other).as(e.getKey()).isEqualTo(e.getValue());
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(500);
    assertThat(Files.readString(dir.resolve("card-priority/customers.csv")))
        .isNotEqualTo(Files.readString(dir.resolve("baseline/customers.csv")));
  }

  /** (replication, customer, step) to (type, service time; for the first step, the arrival time), first visits. */
  private static Map<String, String> needs(Path trace) throws IOException {
    Map<String, String> m = new java.util.TreeMap<>();
    List<String> rows = Files.readAllLines(trace);
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",", -1);
      String arrival = f[3].equals("take_ticket") ? f[4] : "";
      m.putIfAbsent(f[0] + "/" + f[1] + "/" + f[3], f[2] + " " + f[8] + " " + arrival);
    }
    return m;
  }

  @Test
  void validateReportsPreciseErrorsWithoutStackTraceAndExitsThree() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(EXAMPLE).replace("exp(3)", "expo(3)").replace("capacity: 2}", "capacity: -2}"));
    Outcome o = leansim("validate", bad.toString());
    assertThat(o.code()).isEqualTo(3);
    assertThat(o.err()).containsPattern(java.util.regex.Pattern.quote(bad.toString()) + ":\\d+:\\d+: process\\.serve\\.time");
    assertThat(o.err()).containsPattern(java.util.regex.Pattern.quote(bad.toString()) + ":\\d+:\\d+: resources\\.ticket_machine\\.capacity");
    assertThat(o.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void runRefusesAnInvalidScenarioWithoutWritingAnything() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "name: x\nrun: {horizon: -1}\n");
    Outcome o = leansim("run", bad.toString(), "--out", tmp.resolve("out").toString());
    assertThat(o.code()).isEqualTo(3);
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void validateAcceptsTheBundledExamples() throws IOException {
    List<String> args = new ArrayList<>(List.of("validate"));
    try (var files = Files.list(Path.of("scenarios"))) {
      files.filter(p -> p.toString().endsWith(".yaml")).forEach(p -> args.add(p.toString()));
    }
    Outcome o = leansim(args.toArray(new String[0]));
    assertThat(o.code()).as(o.err()).isZero();
  }

  @Test
  void everyBundledScenarioRunsWithAllItsVariants() throws IOException {
    try (var files = Files.list(Path.of("scenarios"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        Path dir = tmp.resolve(p.getFileName().toString());
        Outcome o = leansim("run", p.toString(), "--all", "--replications", "2", "--out", dir.toString(), "-q");
        assertThat(o.code()).as(p + ": " + o.err()).isZero();
        assertThat(dir.resolve("baseline/summary.json")).exists();
      }
    }
  }

  @Test
  void anUnstableSystemStopsAtTheSafetyBoundWithAClearMessage() throws IOException {
    Path file = tmp.resolve("unstable.yaml");
    Files.writeString(file, "name: unstable\nrun: {horizon: 1000000, warmup: 100, drain: false, replications: 1}\n"
        + "arrivals: {walk_in: {rate: 3}}\nresources: {desk: {capacity: 1}}\n"
        + "process: {serve: {resource: desk, time: exp(1)}}\n");
    Outcome o = leansim("run", file.toString(), "--out", tmp.resolve("u").toString(), "-q");
    assertThat(o.code()).isEqualTo(5);
    assertThat(o.err()).contains("the system is unstable: more than 200,000 customers were inside at once")
        .contains("at step 'serve' (served by desk)").doesNotContain("Exception");
    assertThat(tmp.resolve("u")).doesNotExist();
  }

  @Test
  void unknownVariantIsAUsageErrorWithAHint() {
    Outcome o = leansim("run", EXAMPLE.toString(), "--variant", "card-priorty", "--out", tmp.resolve("v").toString());
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).contains("unknown variant 'card-priorty'").contains("did you mean 'card-priority'?");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(leansim("run", EXAMPLE.toString(), "--replications", "0").code()).isEqualTo(2);
    assertThat(leansim("run", EXAMPLE.toString(), "--bogus").code()).isEqualTo(2);
    assertThat(leansim("run").code()).isEqualTo(2);
  }

  @Test
  void helpTeachesAndListsExitCodes() {
    Outcome o = leansim("run", "--help");
    assertThat(o.code()).isZero();
    assertThat(o.out()).contains("Examples:").contains("--trace").contains("Exit codes:");
  }
}
