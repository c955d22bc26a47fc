package io.leansim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.ArrivalPattern;
import io.leansim.scenario.ArrivalPattern.RecordedArrival;
import io.leansim.scenario.ArrivalStream;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.ResourcePool.Shift;
import io.leansim.scenario.CustomerType;
import io.leansim.scenario.Discipline;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.DurationUnit;
import io.leansim.scenario.RunSpec;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.ServiceTime;
import io.leansim.scenario.Step;
import io.leansim.scenario.ValueClass;
import io.leansim.scenario.Workload;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioLoaderTest {
  static final Path GOOD = Path.of("src/test/resources/good");

  /** A small valid scenario with {@code extra} top-level lines and the one step's time. */
  static String scenario(String unit, String time) {
    return "time_unit: " + unit + "\nrun: {horizon: 8h}\narrivals: {walk_in: {rate: 1}}\nprocess:\n  serve:\n    time: "
        + time + "\n";
  }

  static Scenario ok(String text) {
    LoadResult r = ScenarioLoader.parse("t.yaml", text, GOOD);
    assertThat(r.formatted()).as(text).isEmpty();
    return r.scenario();
  }

  static DistSpec timeOf(String unit, String time) {
    return ok(scenario(unit, time)).process().get(0).time().fallback();
  }

  @ParameterizedTest(name = "{1} in {0} = {2}")
  @CsvSource(delimiter = '|', value = {
      "min | 5 | 5", "min | 2.5 | 2.5", "min | .5 | 0.5", "min | 90s | 1.5", "min | 15min | 15",
      "min | 15m | 15", "min | 1.5h | 90", "min | 2h30m | 150", "min | '\"2h 30min\"' | 150",
      "s | 90s | 90", "s | 2 | 2", "s | 1.5h | 5400", "h | 90min | 1.5", "h | 30m | 0.5", "h | 1 | 1"})
  void durationsConvertToTheTimeUnit(String unit, String literal, double expected) {
    assertThat(timeOf(unit, literal)).isEqualTo(new DistSpec.Constant(expected));
  }

  @ParameterizedTest(name = "rate {1} in {0} = {2}")
  @CsvSource(delimiter = '|', value = {
      "min | 60/h | 1", "min | 3.5/min | 3.5", "min | 0.2/s | 12", "min | 2 | 2", "min | 30 / h | 0.5",
      "h | 60/h | 60", "h | 1/min | 60", "s | 60/min | 1", "min | 6/m | 6"})
  void ratesConvertToPerTimeUnit(String unit, String literal, double expected) {
    Scenario s = ok("time_unit: " + unit + "\nrun: {horizon: 8h}\narrivals: {w: {rate: " + literal
        + "}}\nprocess: {serve: {time: 1}}\n");
    assertThat(s.arrivals().get(0).pattern()).isEqualTo(new ArrivalPattern.PoissonRate(expected));
  }

  static Stream<Arguments> distributions() {
    return Stream.of(
        Arguments.of("3", new DistSpec.Constant(3)),
        Arguments.of("{dist: constant, value: 90s}", new DistSpec.Constant(1.5)),
        Arguments.of("exp(4)", new DistSpec.Exponential(4)),
        Arguments.of("exp(90s)", new DistSpec.Exponential(1.5)),
        Arguments.of("exponential(4)", new DistSpec.Exponential(4)),
        Arguments.of("{dist: exponential, mean: 4}", new DistSpec.Exponential(4)),
        Arguments.of("{dist: exponential, mean: 90s}", new DistSpec.Exponential(1.5)),
        Arguments.of("unif(2,5)", new DistSpec.Uniform(2, 5)),
        Arguments.of("{dist: uniform, min: 2, max: 5}", new DistSpec.Uniform(2, 5)),
        Arguments.of("tri(0.2, 0.4, 1)", new DistSpec.Triangular(0.2, 0.4, 1)),
        Arguments.of("{dist: triangular, min: 0.2, mode: 0.4, max: 1}", new DistSpec.Triangular(0.2, 0.4, 1)),
        Arguments.of("norm(5,1)", new DistSpec.Normal(5, 1)),
        Arguments.of("{dist: normal, mean: 5, sd: 1}", new DistSpec.Normal(5, 1)),
        Arguments.of("logn(7,3)", new DistSpec.Lognormal(7, 3)),
        Arguments.of("{dist: lognormal, mean: 7, sd: 3}", new DistSpec.Lognormal(7, 3)),
        Arguments.of("gamma(6,2)", new DistSpec.Gamma(6, 2)),
        Arguments.of("{dist: gamma, mean: 6, sd: 2}", new DistSpec.Gamma(6, 2)),
        Arguments.of("erlang(3,6)", new DistSpec.Erlang(3, 6)),
        Arguments.of("{dist: erlang, k: 3, mean: 6}", new DistSpec.Erlang(3, 6)),
        Arguments.of("weib(1.5,4)", new DistSpec.Weibull(1.5, 4)),
        Arguments.of("{dist: weibull, shape: 1.5, scale: 4}", new DistSpec.Weibull(1.5, 4)),
        Arguments.of("{dist: weibull, shape: 1.5, scale: 120s}", new DistSpec.Weibull(1.5, 2)),
        Arguments.of("{dist: empirical, values: [3, 1, 30s]}", new DistSpec.Empirical(List.of(0.5, 1.0, 3.0))),
        Arguments.of("{dist: empirical, file: data/service.csv}", new DistSpec.Empirical(List.of(1.0, 2.0, 3.0))),
        Arguments.of("{dist: empirical, file: data/service.csv, column: seconds}",
            new DistSpec.Empirical(List.of(1.0, 30.0, 45.5))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("distributions")
  void everyDistributionInMapAndShorthandForm(String written, DistSpec expected) {
    assertThat(timeOf("min", written)).isEqualTo(expected);
  }

  @Test
  void defaultsApplyWhenKeysAreAbsent() {
    Scenario s = ScenarioLoader.load(GOOD.resolve("minimal.yaml")).scenario();
    assertThat(s.name()).isEqualTo("minimal");
    assertThat(s.title()).isEqualTo("minimal");
    assertThat(s.description()).isNull();
    assertThat(s.timeUnit()).isEqualTo(DurationUnit.MINUTES);
    assertThat(s.clockStart()).isZero();
    assertThat(s.run()).isEqualTo(new RunSpec(120, true, 0, 10, 12345));
    assertThat(s.targets().waitWithin()).isEmpty();
    assertThat(s.customers()).containsExactly(CustomerType.of("customer"));
    assertThat(s.arrivals().get(0).mix()).isEqualTo(Map.of("customer", 1.0));
    assertThat(s.resources()).isEmpty();
    assertThat(s.process()).containsExactly(new Step("wait", List.of(), ServiceTime.of(new DistSpec.Constant(5)),
        ValueClass.NECESSARY, List.of(), Discipline.FIFO));
    assertThat(s.variants()).isEmpty();
  }

  @Test
  void fileNameStemIsTheDefaultNameLowerCased() {
    Scenario s = ok(scenario("min", "1"));
    assertThat(s.name()).isEqualTo("t");
    assertThat(ScenarioLoader.parse("dir/My_Hall.yaml", scenario("min", "1"), GOOD).scenario().name())
        .isEqualTo("my_hall");
  }

  @Test
  void hallLoadsEveryKeyAsWritten() {
    Scenario s = ScenarioLoader.load(GOOD.resolve("hall.yaml")).scenario();
    assertThat(s.name()).isEqualTo("telecom-hall");
    assertThat(s.description()).startsWith("Three customer types");
    assertThat(s.clockStart()).isEqualTo(540);
    assertThat(s.run()).isEqualTo(new RunSpec(480, true, 0, 20, 20261122));
    assertThat(s.targets().waitWithin()).hasValue(10);
    assertThat(s.customers()).containsExactly(new CustomerType("card_replacement", 1),
        CustomerType.of("bill_payment"), CustomerType.of("new_contract"));
    assertThat(s.arrivals().get(0).pattern()).isEqualTo(new ArrivalPattern.PoissonSchedule(List.of(
        new ArrivalPattern.RatePeriod(0, 40.0 / 60), new ArrivalPattern.RatePeriod(120, 1.5),
        new ArrivalPattern.RatePeriod(300, 1))));
    assertThat(s.arrivals().get(0).mix()).containsExactly(Map.entry("card_replacement", 0.10),
        Map.entry("bill_payment", 0.55), Map.entry("new_contract", 0.35));
    Step fill = s.process().get(1);
    assertThat(fill.resources()).isEmpty();
    assertThat(fill.forTypes()).containsExactly("new_contract");
    assertThat(fill.value()).isEqualTo(ValueClass.WASTE);
    Step serve = s.process().get(2);
    assertThat(serve.resources()).containsExactly("counter");
    assertThat(serve.discipline()).isEqualTo(Discipline.PRIORITY);
    assertThat(serve.time().forType("card_replacement")).isEqualTo(new DistSpec.Lognormal(7, 3));
    assertThat(serve.time().forType("new_contract")).isEqualTo(new DistSpec.Gamma(12, 4));
    assertThat(serve.time().forType("bill_payment")).isEqualTo(new DistSpec.Exponential(4));
    assertThat(s.variants()).extracting(v -> v.name()).containsExactly("card-priority", "five-counters");
    assertThat(s.variants().get(0).scenario().process().get(2).discipline()).isEqualTo(Discipline.FIFO);
    assertThat(s.variants().get(1).scenario().resource("counter").orElseThrow().capacity()).isEqualTo(5);
    assertThat(s.variants().get(1).scenario().targets().waitWithin()).isEmpty();
    assertThat(s.variants().get(1).title()).isEqualTo("A fifth counter, no service target");
  }

  @ParameterizedTest(name = "{1} with clock_start {0} = {2}")
  @CsvSource(delimiter = '|', value = {
      "'\"09:00\"' | '\"09:30\"' | 30", "'\"09:00\"' | '\"09:30:15\"' | 30.25", "'\"09:00\"' | 2h | 120",
      "'\"09:00\"' | 45 | 45", "'\"00:00\"' | '\"01:00\"' | 60", "'\"09:00\"' | '\"9:00\"' | 0"})
  void clockTimesAreRelativeToClockStart(String start, String from, double expected) {
    Scenario s = ok("clock_start: " + start + "\nrun: {horizon: 10h}\narrivals: {w: {schedule: [{from: " + from
        + ", rate: 1}]}}\nprocess: {serve: {time: 1}}\n");
    assertThat(((ArrivalPattern.Poisson) s.arrivals().get(0).pattern()).periods().get(0).from()).isEqualTo(expected);
  }

  @Test
  void clockStartIsInTimeUnitsSinceMidnight() {
    assertThat(ok("time_unit: h\nclock_start: \"09:30\"\n" + scenario("h", "1").substring(13)).clockStart())
        .isEqualTo(9.5);
    assertThat(ScenarioLoader.load(GOOD.resolve("seconds.yaml")).scenario().clockStart())
        .isEqualTo(8 * 3600 + 30 * 60 + 15);
  }

  @Test
  void horizonMayBeAClockTime() {
    Scenario s = ok("clock_start: \"09:00\"\nrun: {horizon: \"17:00\"}\narrivals: {w: {rate: 1}}\n"
        + "process: {serve: {time: 1}}\n");
    assertThat(s.run().horizon()).isEqualTo(480);
  }

  @Test
  void perTypeTimeWithDefaultCoversEveryType() {
    Scenario s = ok("run: {horizon: 8h}\ncustomers: {a: {}, b: {}, c: {}}\n"
        + "arrivals: {w: {rate: 1, mix: {a: 0.2, b: 0.3, c: 0.5}}}\n"
        + "process: {serve: {time: {a: exp(2), default: 3}}, extra: {for: [b], time: {b: \"unif(1,2)\"}}}\n");
    ServiceTime t = s.process().get(0).time();
    assertThat(t.forType("a")).isEqualTo(new DistSpec.Exponential(2));
    assertThat(t.forType("c")).isEqualTo(new DistSpec.Constant(3));
    assertThat(s.process().get(1).time()).isEqualTo(new ServiceTime(null, Map.of("b", new DistSpec.Uniform(1, 2))));
  }

  @Test
  void shorthandArgumentsMayCarryUnits() {
    assertThat(timeOf("s", "exp(1.5min)")).isEqualTo(new DistSpec.Exponential(90));
    assertThat(timeOf("min", "tri(30s, 1, 1.5min)")).isEqualTo(new DistSpec.Triangular(0.5, 1, 1.5));
  }

  @Test
  void diagnosticsFormatWithWarningMarker() {
    Diagnostic e = new Diagnostic("f.yaml", 3, 5, "run.horizon", Diagnostic.Severity.ERROR, "bad");
    Diagnostic w = new Diagnostic("f.yaml", 3, 5, "run.horizon", Diagnostic.Severity.WARNING, "meh");
    assertThat(e.format()).isEqualTo("f.yaml:3:5: run.horizon: bad");
    assertThat(w.format()).isEqualTo("f.yaml:3:5: run.horizon: warning: meh");
    LoadResult r = new LoadResult(null, List.of(e, w));
    assertThat(r.ok()).isFalse();
    assertThat(r.errors()).containsExactly(e);
    assertThat(r.warnings()).containsExactly(w);
  }

  @Test
  void allMistakesAreReportedAtOnceSortedByPosition() {
    LoadResult r = ScenarioLoader.parse("x.yaml", "process: {serve: {time: exp(-1)}}\nrun: {horizon: abc}\n"
        + "arrivals: {w: {rate: 1, colour: red}}\n", GOOD);
    assertThat(r.formatted()).containsExactly(
        "x.yaml:1:25: process.serve.time: mean of exp() must be > 0, got -1; use a positive value",
        "x.yaml:2:16: run.horizon: expected a clock time like \"09:30\" or a duration like 90s, 15min, 1.5h, "
            + "2h30m or a number, got 'abc'",
        "x.yaml:3:25: arrivals.w.colour: unknown key 'colour'; allowed keys here: rate, schedule, mix, every, start, until, slots, jitter, no_show, trace, scale, batch");
  }

  @Test
  void steadyStateLoadBelowOneGivesNoWarning() {
    Scenario s = ok("run: {horizon: 40h, warmup: 8h}\narrivals: {w: {rate: 1}}\nresources: {c: {capacity: 5}}\n"
        + "process: {serve: {resource: c, time: exp(4.3)}}\n");
    assertThat(Workload.offeredWork(s, "c", s.run().warmup(), s.run().horizon())).isCloseTo(4.3, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void averageRateOfAScheduleIsTheTimeAverageOverTheWindow() {
    ArrivalPattern p = new ArrivalPattern.PoissonSchedule(List.of(
        new ArrivalPattern.RatePeriod(10, 2), new ArrivalPattern.RatePeriod(20, 4)));
    assertThat(Workload.averageRate(p, 0, 30)).isEqualTo((10 * 2 + 10 * 4) / 30.0);
    assertThat(Workload.averageRate(p, 15, 25)).isEqualTo(3.0);
  }

  @Test
  void fullLoadsEveryNewKeyIntoTheRecords() {
    Scenario s = ScenarioLoader.load(GOOD.resolve("full.yaml")).scenario();
    assertThat(s.run()).isEqualTo(new RunSpec(480, false, 60, 20, 7, new RunSpec.Precision("wait_p90", 0.05, 200)));
    assertThat(s.customers()).containsExactly(
        new CustomerType("card_replacement", 1, new DistSpec.Exponential(20)),
        CustomerType.of("bill_payment"),
        new CustomerType("new_contract", CustomerType.NO_PRIORITY, new DistSpec.Exponential(30)));
    Map<String, Double> walkInMix = new java.util.LinkedHashMap<>();
    walkInMix.put("card_replacement", 0.10);
    walkInMix.put("bill_payment", 0.55);
    walkInMix.put("new_contract", 0.35);
    assertThat(s.arrivals()).containsExactly(
        new ArrivalStream("walk_in", new ArrivalPattern.PoissonRate(0.5), walkInMix, new DistSpec.Uniform(1, 3)),
        new ArrivalStream("appointments", new ArrivalPattern.Appointments(15, 30, new DistSpec.Normal(0, 2), 0.1),
            Map.of("new_contract", 1.0)),
        new ArrivalStream("recorded", new ArrivalPattern.Replay("data/arrivals.csv", List.of(
            new RecordedArrival(5, "bill_payment"), new RecordedArrival(1880 / 60.0, "new_contract"),
            new RecordedArrival(45, "card_replacement"), new RecordedArrival(120, "bill_payment"))), Map.of()));
    assertThat(s.resources()).containsExactly(
        new ResourcePool("kiosk", 1),
        new ResourcePool("card_desk", 1, List.of(), List.of("card_replacement", "bill_payment"),
            OptionalDouble.empty(), null),
        new ResourcePool("counter", 5, List.of(new Shift(0, 3), new Shift(120, 5), new Shift(300, 4)),
            List.of("bill_payment", "new_contract"), OptionalDouble.of(25),
            new ResourcePool.Outages(new DistSpec.Exponential(240), new DistSpec.Exponential(15))),
        new ResourcePool("clerk", 6));
    DistSpec ticket = new DistSpec.Triangular(0.2, 0.4, 1.0);
    assertThat(s.process().get(0)).isEqualTo(new Step("take_ticket", List.of("kiosk"), ServiceTime.of(ticket),
        ValueClass.NECESSARY, List.of(), Discipline.FIFO, OptionalDouble.empty(), null, OptionalInt.of(30), null,
        null, Map.of()));
    Map<String, Double> next = new java.util.LinkedHashMap<>();
    next.put("back_office", 0.3);
    next.put(Step.EXIT, 0.7);
    assertThat(s.process().get(2)).isEqualTo(new Step("serve", List.of("card_desk", "counter"),
        new ServiceTime(new DistSpec.Exponential(4), Map.of("card_replacement", new DistSpec.Lognormal(7, 3))),
        ValueClass.VALUE_ADDED, List.of(), Discipline.PREEMPTIVE, OptionalDouble.of(20), new DistSpec.Constant(0.5),
        OptionalInt.of(0), new DistSpec.Exponential(25), new Step.Rework(0.08, "serve", new DistSpec.Exponential(2)),
        next));
    assertThat(s.process().get(3).rework()).isEqualTo(new Step.Rework(0.05, "back_office", null));
    assertThat(s.process().get(3).discipline()).isEqualTo(Discipline.PRIORITY);
    Scenario flat = s.variant("flat-staff").orElseThrow().scenario();
    assertThat(flat.resource("counter").orElseThrow()).isEqualTo(new ResourcePool("counter", 6, List.of(),
        List.of("bill_payment", "new_contract"), OptionalDouble.of(25), null));
    assertThat(flat.resource("card_desk").orElseThrow().serves()).isEmpty();
    assertThat(flat.process().get(2).rework()).isNull();
    assertThat(flat.process().get(2).next()).isEmpty();
    assertThat(flat.arrivals().get(1).pattern()).isEqualTo(new ArrivalPattern.Appointments(15, 30, null, 0.2));
    assertThat(flat.run().precision()).isNull();
  }

  @Test
  void precisionMaxReplicationsDefaultsTo400OrTheReplications() {
    assertThat(ok("run: {horizon: 8h, precision: {metric: wait_mean, relative: 0.1}}\narrivals: {w: {rate: 1}}\n"
        + "process: {serve: {time: 1}}\n").run().precision()).isEqualTo(new RunSpec.Precision("wait_mean", 0.1, 400));
    assertThat(ok("run: {horizon: 8h, replications: 500, precision: {metric: pce, relative: 0.1}}\n"
        + "arrivals: {w: {rate: 1}}\nprocess: {serve: {time: 1}}\n").run().precision().maxReplications())
        .isEqualTo(500);
  }

  @Test
  void appointmentsStartAtZeroOnTimeWithoutNoShowsByDefault() {
    Scenario s = ok("run: {horizon: 8h}\narrivals: {a: {every: 90s}}\nprocess: {serve: {time: 1}}\n");
    assertThat(s.arrivals().get(0).pattern()).isEqualTo(new ArrivalPattern.Appointments(1.5, 0, null, 0));
    assertThat(s.arrivals().get(0).batch()).isNull();
  }

  @Test
  void aSingleResourceListAndAScalarLoadAlike() {
    Scenario s = ok("run: {horizon: 8h}\narrivals: {w: {rate: 1}}\nresources: {c: {capacity: 1}}\n"
        + "process: {a: {resource: c, time: 1}, b: {resource: [c], time: 1}}\n");
    assertThat(s.process().get(0).resources()).isEqualTo(s.process().get(1).resources());
  }

  @Test
  void loadWarningUsesTheAverageStaffOfShiftsPoolsTogetherBatchesAndRework() {
    String text = "run: {horizon: 40h, warmup: 8h}\narrivals: {w: {rate: 60/h, batch: 2}}\n"
        + "resources:\n  desk: {capacity: 1}\n  counter:\n    shifts:\n      - {from: 0, staff: 2}\n"
        + "      - {from: 10h, staff: 4}\n"
        + "process:\n  serve:\n    resource: [desk, counter]\n    time: exp(2)\n    rework: {probability: 0.2}\n";
    LoadResult r = ScenarioLoader.parse("w.yaml", text, GOOD);
    // work: 1/min x 2 per batch x 2 min x 1/(1 - 0.2) = 5 busy servers; staff over [8h, 40h]:
    // desk 1 + counter (2 h x 2 + 30 h x 4) / 32 h = 4.875 servers.
    assertThat(r.formatted()).containsExactly("w.yaml:4:20: resources.desk.capacity: warning: offered load 1.03 >= 1"
        + " on resources 'desk' + 'counter', which share steps (5.0 busy servers needed, 4.9 available on average):"
        + " in a steady-state run its queue grows without bound; add capacity or reduce arrivals");
    Scenario s = r.scenario();
    assertThat(Workload.stepWork(s, s.process().get(0), s.run().warmup(), s.run().horizon())).isCloseTo(5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(Workload.availableServers(s.resources().get(1), 480, 2400))
        .isEqualTo((2 * 120 + 30 * 4 * 60) / 1920.0);
  }

  @Test
  void appointmentsAndReplaysContributeTheirArrivalsInTheWindow() {
    ArrivalStream ap = new ArrivalStream("a", new ArrivalPattern.Appointments(10, 5, null, 0.25), Map.of("x", 1.0));
    // appointments at 5, 15, ..., 95: those in [20, 100) are 25..95, 8 of them, 6 come, over 80 time units.
    assertThat(Workload.typeRates(ap, 20, 100)).isEqualTo(Map.of("x", 8 * 0.75 / 80));
    ArrivalStream re = new ArrivalStream("r", new ArrivalPattern.Replay("f.csv", List.of(new RecordedArrival(1, "x"),
        new RecordedArrival(30, "y"), new RecordedArrival(40, "x"))), Map.of());
    assertThat(Workload.typeRates(re, 20, 100)).isEqualTo(Map.of("x", 1 / 80.0, "y", 1 / 80.0));
  }
}
