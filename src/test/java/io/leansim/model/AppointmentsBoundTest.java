package io.leansim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leansim.scenario.Scenario;
import io.leansim.scenario.load.ScenarioLoader;
import io.leansim.testing.Tiny;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Appointments are laid out before the run: a slot interval so small that a replication would hold
 * more slots than memory can (found by the fuzz suite: {@code every: 1e-300} ended in an
 * OutOfMemoryError, exit 70) stops as an unstable system, with the stream named, before anything
 * is allocated.
 */
class AppointmentsBoundTest {
  private static Scenario every(String every) {
    return ScenarioLoader.parse("a.yaml", """
        name: a
        run: {horizon: 8h, replications: 1, seed: 1}
        arrivals: {booked: {every: %s}}
        resources: {desk: {capacity: 1}}
        process: {serve: {resource: desk, time: 1}}
        """.formatted(every), Path.of(".")).scenario();
  }

  @Test
  void tooManyAppointmentsStopAsAnUnstableSystem() {
    assertThatThrownBy(() -> Tiny.run(every("1e-300")))
        .isInstanceOf(UnstableSystemException.class)
        .hasMessageContaining("'booked'")
        .hasMessageContaining("10,000,000");
  }

  @Test
  void manyAppointmentsUnderTheBoundRun() {
    // 480 min every 0.0001 min: 4.8 million slots, under the bound (served by a very fast desk? no: unstable
    // long before, at the safety bound of customers inside, which is the other exit 5)
    assertThatThrownBy(() -> Tiny.run(every("0.0001")))
        .isInstanceOf(UnstableSystemException.class)
        .hasMessageContaining("customers were inside at once");
    assertThat(Tiny.run(every("1")).stats().overall().get("arrived")).isEqualTo(480.0);
  }
}
