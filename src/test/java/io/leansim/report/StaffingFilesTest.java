package io.leansim.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import io.leansim.staffing.StaffingPlan;
import io.leansim.staffing.StaffingSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The files of {@code leansim staff}: their shape, and a variant that loads back as found. */
class StaffingFilesTest {
  private static final String SCENARIO = io.leansim.staffing.Doubling.yaml(6, 20261203L);

  @TempDir static Path dir;
  static Scenario scenario;
  static StaffingPlan plan;

  @BeforeAll
  static void search() throws InterruptedException, IOException {
    scenario = ScenarioLoader.parse("doubling.yaml", SCENARIO, Path.of(".")).scenario();
    plan = StaffingSearch.run(new StaffingSearch.Request(scenario, "desk", 0.8, 60, 20, 50, 2), StaffingSearch.QUIET);
    StaffingFiles.write(plan, scenario, "scenarios/doubling.yaml", dir);
  }

  @Test
  void staffingJsonHasTheAgreedShapeAndExtraFieldsAfterIt() throws IOException {
    JsonNode j = new JsonMapper().readTree(dir.resolve("staffing.json").toFile());
    assertThat(names(j)).startsWith("resource", "target", "bins", "staff_hours", "cost")
        .containsSubsequence("scenario", "time_unit", "wait_within", "bin_minutes", "queueing_model", "replications",
            "seed", "max_staff", "evaluations", "outcome");
    assertThat(j.get("resource").asString()).isEqualTo("desk");
    assertThat(j.get("target").asDouble()).isEqualTo(0.8);
    assertThat(j.get("bins").size()).isEqualTo(2);
    JsonNode first = j.get("bins").get(0);
    assertThat(names(first)).startsWith("start", "end", "staff", "erlang_estimate", "service_level")
        .contains("arrivals_per_hour", "offered_load", "sqrt_staffing");
    assertThat(first.get("start").asString()).isEqualTo("09:00");
    assertThat(first.get("end").asString()).isEqualTo("10:00");
    assertThat(j.get("bins").get(1).get("start").asString()).isEqualTo("10:00");
    assertThat(j.get("bins").get(1).get("end").asString()).isEqualTo("11:00");
    assertThat(first.get("staff").asInt()).isEqualTo(plan.staff().get(0));
    assertThat(first.get("erlang_estimate").asInt()).isEqualTo(plan.bins().get(0).erlangEstimate());
    assertThat(names(first.get("service_level"))).containsExactly("mean", "half_width");
    assertThat(first.get("service_level").get("mean").asDouble())
        .isEqualTo(plan.evaluation().levels().get(0).byBin().get(0).mean());
    assertThat(first.get("arrivals_per_hour").asDouble()).isEqualTo(120.0);
    assertThat(j.get("staff_hours").asDouble()).isEqualTo(plan.staff().get(0) + plan.staff().get(1));
    assertThat(j.get("cost").asDouble()).isEqualTo(20.0 * j.get("staff_hours").asDouble());
    assertThat(j.get("queueing_model").asString()).isEqualTo("Erlang C");
    assertThat(j.get("outcome").asString()).isEqualTo("found");
  }

  @Test
  void theVariantPastedUnderVariantsLoadsBackWithTheShiftsFound() throws IOException {
    String fragment = Files.readString(dir.resolve("staffing-variant.yaml"));
    assertThat(fragment).startsWith("# leansim staff: ").contains("\n  staff-desk:\n    title: ");
    LoadResult r = ScenarioLoader.parse("doubling.yaml", SCENARIO + "variants:\n" + fragment, Path.of("."));
    assertThat(r.formatted()).isEmpty();
    Variant v = r.scenario().variant("staff-desk").orElseThrow();
    ResourcePool desk = v.scenario().resource("desk").orElseThrow();
    assertThat(desk.shifts()).isEqualTo(plan.pool().shifts());
    assertThat(desk.costPerHour()).hasValue(20.0);
    assertThat(v.scenario().withoutVariants())
        .isEqualTo(r.scenario().withoutVariants().withResource(plan.pool()));
  }

  @Test
  void theChartIsWrittenAsPngAndSvg() throws IOException {
    assertThat(Files.size(dir.resolve("staffing.png"))).isPositive();
    String svg = Files.readString(dir.resolve("staffing.svg"));
    assertThat(svg).contains("<svg").contains("staff found").contains("Erlang C estimate").contains("arrivals per hour");
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = node.propertyNames().iterator(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }
}
