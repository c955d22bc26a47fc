package io.leansim.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated valid scenarios ({@link ScenarioGen}: routes, shifts, priorities, patience, rework,
 * outages, variants...) through {@code validate}, then {@code run --all} or {@code compare}: each
 * either is refused with positioned errors (exit 3), or runs to the end within the per-case bound
 * (exit 0, or 5 at the documented safety bound) with the sample-path checks holding (a violation
 * would be exit 70). Never exit 70, never a stack trace, never a hang.
 */
class GeneratedScenariosFuzzTest {
  @TempDir Path tmp;

  @Test
  void everyGeneratedScenarioValidatesAndRunsToTheEnd() {
    AtomicInteger cases = new AtomicInteger();
    List<String> refused = new ArrayList<>();
    AtomicInteger unstable = new AtomicInteger();
    Fuzz.theory(40).forAll(ScenarioGen.scenarios()).checkAssert(g -> {
      Path dir = tmp.resolve("case-" + cases.incrementAndGet());
      Path file = write(dir.resolve("scenario.yaml"), g.yaml());
      Cli.Outcome validated = Cli.leansim(Fuzz.BOUND, "validate", file.toString());
      Cli.assertNoInternalError(validated);
      if (validated.code() != 0) {
        Cli.assertPositionedErrors(validated, file.toString(), g.yaml().split("\n", -1).length);
        if (!g.mayBeRefused()) {
          refused.add(validated.err());
        }
        return;
      }
      String command = g.hasVariants() && cases.get() % 3 == 0 ? "compare" : "run";
      List<String> args = new ArrayList<>(List.of(command, file.toString(), "--replications", "2", "--threads", "1",
          "-q", "--out", dir.resolve("out").toString()));
      if (command.equals("run")) {
        args.add("--all");
      }
      Cli.Outcome ran = Cli.leansim(Fuzz.BOUND, args.toArray(String[]::new));
      Cli.assertNoInternalError(ran);
      assertThat(ran.code()).as(ran.describe()).isIn(Cli.RAN);
      if (ran.code() == 0) {
        assertSummaryConsistent(dir.resolve("out/baseline/summary.json"), ran);
      } else {
        unstable.incrementAndGet();
      }
    });
    System.out.printf("fuzz: %d generated scenarios, %d refused unexpectedly, %d stopped at the safety bound%n",
        cases.get(), refused.size(), unstable.get());
    // the generator writes valid files: a refusal (but of a form validate rightly refuses: a route
    // with no exit, extreme parameters, a pool without staff) is a loader bug or a generator bug
    assertThat(refused).as("generated scenarios refused by validate").isEmpty();
  }

  /** The written summary holds together: no customer counted twice, utilizations are shares. */
  private static void assertSummaryConsistent(Path summary, Cli.Outcome ran) {
    assertThat(summary).as(ran.describe()).exists();
    JsonNode s = new JsonMapper().readTree(summary.toFile());
    JsonNode overall = s.get("overall");
    double arrived = mean(overall, "arrived");
    double left = mean(overall, "completed") + mean(overall, "abandoned") + mean(overall, "balked");
    if (Double.isFinite(left) && Double.isFinite(arrived)) {
        assertThat(left).as("completed + abandoned + balked <= arrived\n%s", ran.describe())
        .isLessThanOrEqualTo(arrived + 1e-9);
    }
    s.get("resources").properties().forEach(e -> {
      double u = mean(e.getValue(), "utilization");
      if (!Double.isNaN(u)) {
        assertThat(u).as("utilization of %s\n%s", e.getKey(), ran.describe()).isBetween(0.0, 1.0 + 1e-9);
      }
    });
  }

  private static double mean(JsonNode scope, String metric) {
    JsonNode m = scope.get(metric);
    if (m == null || m.isNull()) {
      return Double.NaN;
    }
    JsonNode mean = m.isObject() ? m.get("mean") : m;
    return mean == null || !mean.isNumber() ? Double.NaN : mean.asDouble();
  }

  private static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
