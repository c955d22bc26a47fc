package io.leansim.bench;

import io.leansim.scenario.Scenario;
import io.leansim.scenario.load.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Loads benchmark scenarios, optionally with another horizon (customers = rate x horizon). */
final class Scenarios {
  private Scenarios() {}

  static Scenario parse(String text) {
    var res = ScenarioLoader.parse("bench.yaml", text, Path.of("."));
    if (res.scenario() == null) {
      throw new IllegalStateException(res.diagnostics().toString());
    }
    return res.scenario();
  }

  /** {@code scenarios/bench/wN.yaml} with the horizon giving {@code customers} expected arrivals. */
  static String workloadText(Workload w, long customers) throws IOException {
    String text = Files.readString(Path.of("scenarios/bench/" + w.name().toLowerCase(Locale.ROOT) + ".yaml"),
        StandardCharsets.UTF_8);
    String horizon = String.format(Locale.ROOT, "horizon: %.0f", w.horizonFor(customers));
    String out = text.replaceFirst("horizon: \\d+", horizon);
    if (out.equals(text) && customers != 1_000_000) {
      throw new IllegalStateException("no horizon in " + w);
    }
    return out;
  }
}
