package io.leansim.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Routes;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Step;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import io.leansim.stats.Visit;
import io.leansim.testing.Tiny;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 4, measured on simulated visits: rework for some types only or with a
 * probability per type, a step placed with {@code after}/{@code before}, and break waves that
 * expand to shifts.
 */
class ProcessVocabularyTest {
  private static final String HALL = """
      time_unit: min
      run: {horizon: 200h, seed: 11}
      customers: {simple: {}, complex: {}}
      arrivals:
        walk_in: {rate: 20/h, mix: {simple: 0.5, complex: 0.5}}
      resources:
        kiosk: {capacity: 1}
        counter: {capacity: 3}
        greeter: {capacity: 1}
      process:
      """;

  private static Scenario load(String text) {
    LoadResult r = ScenarioLoader.parse("p.yaml", text, Path.of("."));
    assertThat(r.errors()).as(r.formatted().toString()).isEmpty();
    return r.scenario();
  }

  private static Scenario hall(String process) {
    return load(HALL + process.indent(2));
  }

  /** Per type, the services at {@code step} and how many of them were found wrong (followed by a redo there). */
  private static Map<String, long[]> servicesAndRedos(Tiny.Run run, String step) {
    Map<Long, List<Visit>> byCustomer = run.visits().stream().collect(Collectors.groupingBy(Visit::customer));
    Map<String, long[]> out = new java.util.TreeMap<>();
    for (List<Visit> path : byCustomer.values()) {
      long[] n = out.computeIfAbsent(path.get(0).type(), k -> new long[2]);
      for (int i = 0; i < path.size(); i++) {
        if (path.get(i).step().equals(step)) {
          n[0]++;
          if (i + 1 < path.size() && path.get(i + 1).step().equals(step)) {
            n[1]++;
          }
        }
      }
    }
    return out;
  }

  @Test
  void reworkForSomeTypesNeverSendsTheOthersBack() {
    Tiny.Run r = Tiny.run(hall("""
        take_ticket: {resource: kiosk, time: exp(0.5)}
        serve: {resource: counter, time: exp(5), rework: {probability: 0.3, for: [complex]}}
        """));
    Map<String, long[]> n = servicesAndRedos(r, "serve");
    assertThat(n.get("simple")[0]).isGreaterThan(1000);
    assertThat(n.get("simple")[1]).as("simple customers redone").isZero();
    double p = (double) n.get("complex")[1] / n.get("complex")[0];
    assertThat(p).isBetween(0.25, 0.35);
  }

  @Test
  void aProbabilityPerTypeIsMetWithinItsConfidenceInterval() {
    Scenario s = hall("""
        take_ticket: {resource: kiosk, time: exp(0.5)}
        serve: {resource: counter, time: exp(5), rework: {probability: {complex: 0.25, default: 0.05}}}
        """);
    Map<String, long[]> n = servicesAndRedos(Tiny.run(s), "serve");
    for (Map.Entry<String, Double> e : Map.of("simple", 0.05, "complex", 0.25).entrySet()) {
      long[] k = n.get(e.getKey());
      double p = e.getValue();
      double halfWidth = 4 * Math.sqrt(p * (1 - p) / k[0]); // about 99.99%: each service is a Bernoulli trial
      assertThat((double) k[1] / k[0]).as(e.getKey()).isCloseTo(p, org.assertj.core.data.Offset.offset(halfWidth));
    }
    // the theory's visit ratios follow the type: 1 / (1 - p)
    assertThat(Routes.of(s.process(), "complex").expectedVisits()[1]).isCloseTo(1 / 0.75,
        org.assertj.core.data.Offset.offset(1e-12));
    assertThat(Routes.of(s.process(), "simple").expectedVisits()[1]).isCloseTo(1 / 0.95,
        org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void aTypeWithoutAValueAndNoDefaultNeverReworks() {
    Step serve = hall("""
        serve: {resource: counter, time: exp(5), rework: {probability: {complex: 0.2}}}
        """).process().get(0);
    assertThat(serve.rework().probability("simple")).isZero();
    assertThat(serve.rework().probability("complex")).isEqualTo(0.2);
  }

  private static final String ROUTED = """
      take_ticket: {resource: kiosk, time: exp(0.5), next: {serve: 0.8, fill_form: 0.2}}
      fill_form: {time: exp(2), next: {serve: 1}}
      serve: {resource: counter, time: exp(5)}
      """;

  @Test
  void aStepPlacedAfterAnotherIsVisitedByEveryoneLeavingItAndRunsLikeTheRewiredFile() {
    Scenario variant = load(HALL + ROUTED.indent(2) + """
        variants:
          greeter:
            patch:
              process:
                pre_check: {after: take_ticket, resource: greeter, time: exp(0.8)}
        """).variants().get(0).scenario();
    assertThat(variant.process().stream().map(Step::name)).containsExactly("take_ticket", "pre_check", "fill_form",
        "serve");
    Tiny.Run r = Tiny.run(variant);
    Map<Long, List<Visit>> paths = r.visits().stream().collect(Collectors.groupingBy(Visit::customer));
    assertThat(paths).hasSizeGreaterThan(1000);
    for (List<Visit> path : paths.values()) {
      for (int i = 0; i < path.size(); i++) {
        if (path.get(i).step().equals("take_ticket") && i + 1 < path.size()) {
          assertThat(path.get(i + 1).step()).isEqualTo("pre_check");
        }
      }
    }
    // the same greeter added at the end of the process and routed to by hand: the same customers, the
    // same draws (a variant's new steps draw after the baseline's, wherever they stand), the same day
    Scenario rewired = load(HALL + ROUTED.indent(2) + """
        variants:
          greeter:
            patch:
              process:
                take_ticket: {next: {pre_check: 1, serve: null, fill_form: null}}
                serve: {next: {exit: 1}}
                pre_check: {resource: greeter, time: exp(0.8), next: {serve: 0.8, fill_form: 0.2}}
        """).variants().get(0).scenario();
    assertThat(rewired.process().stream().map(Step::name)).containsExactly("take_ticket", "fill_form", "serve",
        "pre_check");
    assertThat(Tiny.run(variant).visits()).isEqualTo(Tiny.run(rewired).visits());
  }

  /**
   * A placed step keeps common random numbers: the baseline's steps read the same draws in the
   * variant, so a greeter nobody is sent to (for a type that never comes) changes nothing at all.
   */
  @Test
  void aPlacedStepLeavesTheBaselinesDrawsInPlace() {
    Scenario file = load(HALL.replace("customers: {simple: {}, complex: {}}", "customers: {simple: {}, complex: {}, vip: {}}")
        + ROUTED.indent(2) + """
        variants:
          greeter:
            patch:
              process:
                photo: {before: serve, resource: greeter, time: exp(0.8), for: [vip]}
        """);
    Scenario variant = file.variants().get(0).scenario();
    assertThat(variant.process().stream().map(Step::name)).containsExactly("take_ticket", "fill_form", "photo",
        "serve");
    assertThat(variant.draws()).containsExactly("take_ticket", "fill_form", "serve", "photo");
    assertThat(Tiny.run(variant).visits()).isEqualTo(Tiny.run(file.withoutVariants()).visits());
  }

  @Test
  void aStepPlacedBeforeAnotherTakesTheRoutesToItAndRunsLikeTheRewiredFile() {
    Scenario placed = hall(ROUTED + """
        photo: {before: serve, resource: greeter, time: exp(0.8), for: [complex]}
        """);
    Scenario rewired = hall("""
        take_ticket: {resource: kiosk, time: exp(0.5), next: {photo: 0.8, fill_form: 0.2}}
        fill_form: {time: exp(2), next: {photo: 1}}
        photo: {resource: greeter, time: exp(0.8), for: [complex]}
        serve: {resource: counter, time: exp(5)}
        """);
    assertThat(placed.process()).isEqualTo(rewired.process());
    Tiny.Run r = Tiny.run(placed);
    assertThat(r.visits()).isEqualTo(Tiny.run(rewired).visits());
    Map<Long, List<Visit>> paths = r.visits().stream().collect(Collectors.groupingBy(Visit::customer));
    for (List<Visit> path : paths.values()) {
      List<String> steps = path.stream().map(Visit::step).toList();
      int serve = steps.indexOf("serve");
      boolean complex = path.get(0).type().equals("complex");
      assertThat(steps.get(serve - 1).equals("photo")).as(steps.toString()).isEqualTo(complex);
      assertThat(steps.contains("photo")).isEqualTo(complex);
    }
  }

  @Test
  void breakWavesExpandToExactlyTheExpectedShifts() {
    Scenario s = load("""
        time_unit: min
        clock_start: "08:00"
        run: {horizon: 10h}
        arrivals: {walk_in: {rate: 20/h}}
        resources:
          counter:
            shifts: [{from: "08:00", staff: 6}, {from: "14:00", staff: 4}]
            breaks:
              lunch: {from: "12:00", waves: 2, off: 3, length: 30min}
              coffee: {from: "12:15", off: 1, length: 15min}
          desk:
            capacity: 2
            breaks: {tea: {from: "15:00", off: 1, length: 10min}}
        process:
          serve: {resource: [counter, desk], time: exp(5)}
        """);
    ResourcePool counter = s.resources().get(0);
    assertThat(counter.shifts()).containsExactly(new ResourcePool.Shift(0, 6), new ResourcePool.Shift(240, 3),
        new ResourcePool.Shift(255, 2), new ResourcePool.Shift(270, 3), new ResourcePool.Shift(300, 6),
        new ResourcePool.Shift(360, 4));
    assertThat(counter.capacity()).isEqualTo(6);
    assertThat(s.resources().get(1).shifts()).containsExactly(new ResourcePool.Shift(0, 2),
        new ResourcePool.Shift(420, 1), new ResourcePool.Shift(430, 2));
  }
}
