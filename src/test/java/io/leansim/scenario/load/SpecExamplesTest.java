package io.leansim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every yaml block of the spec copy loads. A block that is only a fragment is completed by merging
 * it into {@link #BASE}, a small scenario with the types, pools and steps the blocks refer to;
 * where a block shows two alternatives side by side ("rate ..., or: schedule", "capacity ...; or
 * shifts"), the first is dropped, as the comments say only one may be given.
 */
class SpecExamplesTest {
  static final Path SPEC_DIR = Path.of("src/test/resources/spec");

  static final String BASE = String.join("\n",
      "name: spec-example",
      "clock_start: \"09:00\"",
      "run: {horizon: 8h}",
      "customers: {card_replacement: {priority: 1}, bill_payment: {}, new_contract: {}}",
      "arrivals:",
      "  walk_in: {rate: 60/h, mix: {card_replacement: 0.1, bill_payment: 0.55, new_contract: 0.35}}",
      "resources:",
      "  kiosk: {capacity: 1}",
      "  card_desk: {capacity: 1, serves: [card_replacement, bill_payment]}",
      "  counter: {capacity: 4}",
      "  clerk: {capacity: 2}",
      "process:",
      "  serve: {resource: [card_desk, counter], time: exp(4)}",
      "");

  @Test
  void everyExampleOfTheSpecLoads() throws Exception {
    List<String> blocks = KeyTableTest.yamlBlocks();
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(6);
    Load load = new Load(LoadSettings.builder().build());
    for (String block : blocks) {
      @SuppressWarnings("unchecked")
      Map<String, Object> base = (Map<String, Object>) load.loadFromString(BASE);
      @SuppressWarnings("unchecked")
      Map<String, Object> fragment = (Map<String, Object>) load.loadFromString(block);
      merge(base, fragment);
      dropFirstAlternative(base, "arrivals", "rate", "schedule");
      dropFirstAlternative(base, "resources", "capacity", "shifts");
      String text = new Dump(DumpSettings.builder().build()).dumpToString(base);
      LoadResult r = ScenarioLoader.parse("spec-example.yaml", text, SPEC_DIR);
      assertThat(r.errors()).as("block:%n%s%ncompleted:%n%s", block, text).isEmpty();
      assertThat(r.scenario()).isNotNull();
      runs(r.scenario());
    }
  }

  /** The example runs too: baseline and every variant, two replications without a precision target. */
  private static void runs(io.leansim.scenario.Scenario s) throws InterruptedException {
    List<io.leansim.experiment.Experiment.Job> jobs = new java.util.ArrayList<>();
    jobs.add(new io.leansim.experiment.Experiment.Job("baseline", s.title(), short2(s.withoutVariants())));
    s.variants().forEach(v -> jobs.add(new io.leansim.experiment.Experiment.Job(v.name(), v.title(), short2(v.scenario()))));
    var summaries = io.leansim.experiment.Experiment.run(jobs, 2, io.leansim.experiment.Experiment.QUIET);
    assertThat(summaries).hasSize(jobs.size())
        .allSatisfy(sum -> assertThat(sum.overall().get("arrived").mean()).isPositive());
  }

  private static io.leansim.scenario.Scenario short2(io.leansim.scenario.Scenario s) {
    var r = s.run();
    return s.withRun(new io.leansim.scenario.RunSpec(r.horizon(), r.drain(), r.warmup(), 2, r.seed(), null));
  }

  @SuppressWarnings("unchecked")
  private static void merge(Map<String, Object> target, Map<String, Object> patch) {
    for (Map.Entry<String, Object> e : patch.entrySet()) {
      Object old = target.get(e.getKey());
      if (old instanceof Map && e.getValue() instanceof Map) {
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) old);
        merge(copy, (Map<String, Object>) e.getValue());
        target.put(e.getKey(), copy);
      } else {
        target.put(e.getKey(), e.getValue());
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void dropFirstAlternative(Map<String, Object> root, String section, String first, String second) {
    Map<String, Object> entries = (Map<String, Object>) root.get(section);
    for (Object entry : entries.values()) {
      if (entry instanceof Map<?, ?> m && m.containsKey(first) && m.containsKey(second)) {
        ((Map<String, Object>) m).remove(first);
      }
    }
  }
}
