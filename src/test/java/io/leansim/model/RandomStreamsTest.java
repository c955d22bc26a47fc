package io.leansim.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.Scenario;
import io.leansim.scenario.load.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The names of the random streams are part of every result: a stream's numbers are a hash of its
 * name, so renaming a purpose would change every figure of every scenario.
 */
class RandomStreamsTest {
  @Test
  void aScenarioDrawsFromEachArrivalStreamTwiceAndFromEachResourceWithOutages() {
    Scenario s = ScenarioLoader.parse("r.yaml", """
        name: r
        run: {horizon: 8h, seed: 42}
        arrivals: {walkin: {rate: 1}, phone: {rate: 0.5}}
        resources:
          desk: {capacity: 2}
          till: {capacity: 1, outages: {every: exp(60), duration: exp(5)}}
        process: {serve: {resource: desk, time: 1}, pay: {resource: till, time: 0.5}}
        """, Path.of(".")).scenario();
    RandomStreams r = RandomStreams.of(s);
    assertThat(r.seed()).isEqualTo(42);
    assertThat(r.purposes()).containsExactly(
        "arrivals/walkin", "customers/walkin", "arrivals/phone", "customers/phone", "outages/till");
    assertThat(r.steps()).containsExactly("serve", "pay");
  }
}
