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
  static final Path SERVICE_TIMES = Path.of("scenarios/data/service-times.csv");

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

  /** The account services of the log (finished - called, in seconds): the sample for {@code leansim fit}. */
  static String serviceTimes(String log) {
    StringBuilder b = new StringBuilder("ticket,account_service (s)\n");
    for (String line : log.split("\n")) {
      String[] c = line.split(",", -1);
      if (c[1].equals("account") && !c[4].isEmpty()) {
        b.append(c[2], 0, 10).append('/').append(c[0]).append(',').append(seconds(c[4]) - seconds(c[3])).append('\n');
      }
    }
    return b.toString();
  }

  private static int seconds(String stamp) {
    String[] t = stamp.substring(11).split(":");
    return Integer.parseInt(t[0]) * 3600 + Integer.parseInt(t[1]) * 60 + Integer.parseInt(t[2]);
  }

  @Test
  void theSampleServiceTimesAreTheLogsAccountServices() throws IOException {
    String fresh = serviceTimes(Files.readString(LOG, StandardCharsets.UTF_8));
    if (Boolean.getBoolean("leansim.regenerate")) {
      Files.writeString(SERVICE_TIMES, fresh, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(SERVICE_TIMES, StandardCharsets.UTF_8)).isEqualTo(fresh);
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
