package io.leansim.fit;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.engine.StreamPlan;
import io.leansim.experiment.Replication;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import io.leansim.scenario.load.ScenarioLoader;
import io.leansim.stats.Replay;
import io.leansim.stats.ReplayRecorder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample ticket log of {@code scenarios/data/} is what LeanSim makes of its known source
 * scenario: ten simulated days (replications 0-9) as a ticket system logs them, on the working days
 * from Monday 2 November 2026. {@code -Dleansim.regenerate=true} rewrites it.
 */
class SampleTicketLogTest {
  static final Path SOURCE = Path.of("scenarios/data/ticket-log-source.yaml");
  static final Path LOG = Path.of("scenarios/data/ticket-log.csv");

  static String generate() {
    Scenario s = ScenarioLoader.load(SOURCE).scenario();
    StringBuilder b = new StringBuilder(String.join(",", TicketLogExport.HEADER)).append('\n');
    LocalDate day = LocalDate.of(2026, 11, 2);
    for (int k = 0; k < s.run().replications(); k++) {
      ReplayRecorder r = new ReplayRecorder(s, Variant.BASELINE, k);
      Replication.run(s, k, new StreamPlan(s.run().seed()), List.of(r));
      Replay replay = r.result();
      for (List<String> row : TicketLogExport.rows(replay, day.toString())) {
        b.append(String.join(",", row)).append('\n');
      }
      day = day.plusDays(day.getDayOfWeek().getValue() == 5 ? 3 : 1);
    }
    return b.toString();
  }

  @Test
  void theSampleLogIsWhatTheSourceScenarioGenerates() throws IOException {
    String fresh = generate();
    if (Boolean.getBoolean("leansim.regenerate")) {
      Files.writeString(LOG, fresh, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(LOG, StandardCharsets.UTF_8)).isEqualTo(fresh);
  }
}
