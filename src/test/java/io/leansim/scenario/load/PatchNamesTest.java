package io.leansim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.Variant;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A variant's patch names pools, steps, types and streams of the baseline; what it adds on
 * purpose and uses loads without a word. The mistakes themselves are in the bad-input corpus
 * ({@code 71-} to {@code 74-}).
 */
class PatchNamesTest {
  static final String BASELINE = """
      run: {horizon: 8h}
      customers: {simple: {}, complex: {}}
      arrivals:
        walk_in: {rate: 50/h, mix: {simple: 0.6, complex: 0.4}}
      resources:
        kiosk: {capacity: 1}
        counter: {capacity: 5}
      process:
        take_ticket: {resource: kiosk, time: exp(0.5)}
        serve: {resource: counter, time: exp(5), value: value_added}
      variants:
      """;

  static LoadResult load(String variants) {
    return ScenarioLoader.parse("v.yaml", BASELINE + variants.indent(2), Path.of("."));
  }

  @Test
  void aNewPoolThatAStepUsesAndANewStepWalkedIntoLoadSilently() {
    LoadResult r = load("""
        self-service:
          patch:
            resources: {machine: {capacity: 4}}
            process:
              take_ticket: {for: [complex]}
              serve: {for: [complex]}
              self_service: {for: [simple], resource: machine, time: exp(3)}
        """);
    assertThat(r.formatted()).isEmpty();
    assertThat(r.scenario().variants().get(0).scenario().process()).hasSize(3);
  }

  @Test
  void aStepAddedForRoutingLoadsOnceTheBaselinesLastStepSaysWhereItsCustomersGo() {
    for (String last : new String[] {"serve: {next: {exit: 1}}", "serve: {next: {pre_check: 1}}"}) {
      LoadResult r = load("""
          pre-check:
            patch:
              process:
                take_ticket: {next: {pre_check: 1}}
                pre_check: {time: exp(1), next: {serve: 0.2, exit: 0.8}}
                %s
          """.formatted(last));
      // four in five are sent home by the greeter: the route check's warning says so, rightly
      assertThat(r.errors()).as(last).isEmpty();
      assertThat(r.warnings()).as(last).singleElement().asString().contains("80% of customers leave here");
    }
  }

  @Test
  void aNewStreamANewTypeInItsMixAndARemovedPoolLoadSilently() {
    LoadResult r = load("""
        appointments:
          patch:
            customers: {booked: {}}
            arrivals:
              booked_in: {rate: 10/h, mix: {booked: 1}}
            resources: {kiosk: null}
            process:
              take_ticket: null
        """);
    assertThat(r.formatted()).isEmpty();
    Variant v = r.scenario().variants().get(0);
    assertThat(v.scenario().arrivals()).hasSize(2);
    assertThat(v.scenario().resources()).hasSize(1);
  }

  @Test
  void aMisspeltStreamIsAnErrorSinceItWouldAddItsCustomers() {
    LoadResult r = load("""
        busier:
          patch:
            arrivals:
              walkin: {rate: 70/h, mix: {simple: 0.6, complex: 0.4}}
        """);
    assertThat(r.formatted()).singleElement().asString()
        .startsWith("v.yaml:15:9: arrivals.walkin: variant 'busier': 'walkin' is not an arrival stream of the "
            + "baseline (did you mean 'walk_in'?)");
  }

  @Test
  void aMisspeltTypeThatNoMixBringsIsAnError() {
    LoadResult r = load("""
        patient:
          patch:
            customers: {complx: {patience: exp(30)}}
        """);
    assertThat(r.errors()).anySatisfy(d -> assertThat(d.format())
        .contains("customers.complx: variant 'patient': 'complx' is not a customer type of the baseline "
            + "(did you mean 'complex'?)"));
  }

  @Test
  void theSuggestedNextLoadsAndReplacesTheBaselinesRouting() {
    String text = BASELINE.replace("take_ticket: {resource: kiosk, time: exp(0.5)}",
        "take_ticket: {resource: kiosk, time: exp(0.5), next: {serve: 1}}") + """
          pre-check:
            patch:
              process:
                take_ticket: {next: {pre_check: 1, serve: null}}
                serve: {next: {exit: 1}}
                pre_check: {time: exp(1), next: {serve: 0.2, exit: 0.8}}
        """;
    LoadResult r = ScenarioLoader.parse("v.yaml", text, Path.of("."));
    assertThat(r.errors()).isEmpty();
    assertThat(r.scenario().variants().get(0).scenario().process().get(0).next()).containsOnlyKeys("pre_check");
  }
}
