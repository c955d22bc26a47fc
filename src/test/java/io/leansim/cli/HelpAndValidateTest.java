package io.leansim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The help's pointers to the project's docs, validate's counts, and calibrate's day-to-day spread. */
class HelpAndValidateTest {
  @TempDir Path tmp;

  private static final List<String> COMMANDS = List.of("run", "compare", "report", "merge", "animate", "fit",
      "calibrate", "sweep", "staff", "validate", "selftest");

  @Test
  void mainHelpLinksTheProjectsOwnDocs() {
    CliTest.Outcome o = CliTest.leansim("--help");
    assertThat(o.code()).isZero();
    assertThat(o.out()).contains("docs/scenario-format.md").contains("docs/results-format.md")
        .contains("docs/commands.md");
    for (String doc : List.of("scenario-format.md", "results-format.md", "commands.md")) {
      assertThat(Path.of("docs", doc)).as("linked from --help").isRegularFile();
    }
  }

  @Test
  void noHelpPointsOutsideTheProject() {
    for (String command : COMMANDS) {
      CliTest.Outcome o = CliTest.leansim(command, "--help");
      assertThat(o.code()).as(command).isZero();
      assertThat(o.out()).as(command).doesNotContain("../shared").contains("Exit codes:").contains("--debug");
    }
  }

  @Test
  void validateCountsInTheSingularForOne() throws IOException {
    Path file = tmp.resolve("one.yaml");
    Files.writeString(file, "name: one\nrun: {horizon: 8h}\narrivals: {walk_in: {rate: 1}}\nresources: {desk: {capacity: 1}}\n"
        + "process: {serve: {resource: desk, time: exp(0.5)}}\n");
    CliTest.Outcome o = CliTest.leansim("validate", file.toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).contains(file + ": valid (1 customer type, 1 step, 0 variants)");
  }

  @Test
  void validateCountsInThePluralForMany() {
    CliTest.Outcome o = CliTest.leansim("validate", "scenarios/telecom-hall.yaml");
    assertThat(o.out()).contains("valid (5 customer types, 4 steps, 5 variants)");
  }

  /** The spread of the daily means is the Student-t half-width the hand-written formula gave. */
  @Test
  void calibrateSpreadIsTheStudentHalfWidthOfTheDailyMeans() {
    double[] days = {1.2, 0.9, 1.6, 1.1, 0.7, 1.4, 1.0};
    int n = days.length;
    double mean = java.util.Arrays.stream(days).average().orElseThrow();
    double ss = java.util.Arrays.stream(days).map(d -> (d - mean) * (d - mean)).sum();
    double byHand = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(ss / (n - 1) / n);
    assertThat(CalibrateCommand.spread(days)).isCloseTo(byHand, org.assertj.core.data.Offset.offset(1e-9 * byHand));
    assertThat(CalibrateCommand.spread(new double[] {1.0})).isNaN();
  }
}
