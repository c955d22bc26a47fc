package io.leansim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Route checks that warn: customers who leave without any value-added step (or any resource). */
class RouteChecksTest {
  @Test
  void aVariantStepWithoutNextAtTheEndOfTheProcessWarnsThatCustomersSkipTheCounter() throws Exception {
    // the greeter added at the end of the process and routed to by hand, its own next forgotten
    String hall = Files.readString(Path.of("scenarios/telecom-hall.yaml"));
    String forgot = hall.replace("""
                serve: {rework: {probability: 0.03}}
                pre_check:                 # a new step, placed in the flow: no route rewritten
                  after: take_ticket
        """, """
                take_ticket: {next: {pre_check: 1}}
                serve: {rework: {probability: 0.03}}
                pre_check:
        """);
    assertThat(forgot).isNotEqualTo(hall);
    LoadResult r = ScenarioLoader.parse("hall.yaml", forgot, Path.of("scenarios"));
    assertThat(r.ok()).isTrue();
    assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
        "hall.yaml:131:9: process.pre_check: warning: variant 'greeter': 100% of customers leave after this step"
            + " (the last that applies to them, in process order) without visiting any value-added step; if that is"
            + " not meant, check the routing ('next'; a step a variant adds goes at the end of the process)");
    assertThat(ScenarioLoader.parse("hall.yaml", hall, Path.of("scenarios")).warnings()).isEmpty();
  }

  @Test
  void theShareOfCustomersLeavingWithoutAnyResourceIsGivenWhereTheyLeave() {
    LoadResult r = ScenarioLoader.parse("s.yaml", """
        run: {horizon: 8h}
        customers: {a: {}, b: {}}
        arrivals: {walk_in: {rate: 10/h, mix: {a: 0.5, b: 0.5}}}
        resources: {desk: {capacity: 2}}
        process:
          look:
            time: 1
            next: {exit: 0.25, serve: 0.75}
          wander:
            for: [b]
            time: 1
          serve: {resource: desk, time: exp(4)}
        """, Path.of("."));
    assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
        "s.yaml:8:12: process.look.next.exit: warning: 25% of customers leave here without visiting any step with a"
            + " resource; if that is not meant, check the routing ('next'; a step a variant adds goes at the end of"
            + " the process)");
  }
}
