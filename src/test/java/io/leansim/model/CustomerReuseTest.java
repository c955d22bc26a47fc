package io.leansim.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.engine.Kernel;
import io.leansim.engine.StreamPlan;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.load.ScenarioLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: allocation per customer. A customer who has left is reused for a later arrival, so a
 * replication creates no more customer objects than it ever holds at once (before, one per arrival:
 * 200-odd bytes each, most of what a replication allocated).
 */
class CustomerReuseTest {
  @Test
  void aReplicationCreatesNoMoreCustomersThanItHoldsAtOnce() throws Exception {
    // the benchmark's kiosk with rework and patience (W3), over about 9,000 arrivals
    String text = Files.readString(Path.of("scenarios/bench/w3.yaml"), StandardCharsets.UTF_8)
        .replaceFirst("horizon: \\d+", "horizon: 3000");
    Scenario s = ScenarioLoader.parse("w3.yaml", text, Path.of(".")).scenario();
    Set<Customer> objects = Collections.newSetFromMap(new IdentityHashMap<>());
    long[] counts = new long[3]; // arrived, inside now, most inside at once
    FlowListener counter = new FlowListener() {
      @Override
      public void arrived(Customer c, double now) {
        objects.add(c);
        counts[0]++;
        counts[2] = Math.max(counts[2], ++counts[1]);
      }

      @Override
      public void left(Customer c, Exit how, double now) {
        counts[1]--;
      }
    };
    new ServiceSystem(s, new Kernel(), new StreamPlan(s.run().seed()), 0, List.of(counter)).run();
    assertThat(counts[0]).isGreaterThan(8_000);
    assertThat((long) objects.size()).isLessThanOrEqualTo(counts[2]).isLessThan(counts[0] / 10);
  }
}
