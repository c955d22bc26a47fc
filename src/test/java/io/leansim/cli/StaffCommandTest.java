package io.leansim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leansim staff} end to end on a two-hour scenario, and its user errors. */
class StaffCommandTest {

  private static final String SCENARIO = io.leansim.staffing.Doubling.yaml(4, 20261204L);

  @TempDir Path tmp;
  Path file;

  @BeforeEach
  void write() throws IOException {
    file = tmp.resolve("doubling.yaml");
    Files.writeString(file, SCENARIO);
  }

  @Test
  void staffWritesItsFilesAndPrintsTheTable() {
    Path out = tmp.resolve("staffing");
    CliTest.Outcome o = CliTest.leansim("staff", file.toString(), "--resource", "desk", "--service-level", "80%",
        "--bin", "1h", "--replications", "6", "--threads", "2", "--out", out.toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).contains("arrivals/h").contains("Erlang C").contains("sqrt").contains("staff")
        .contains("service level").contains("09:00-10:00").contains("10:00-11:00").contains("Staff-hours")
        .contains("Results: " + out);
    assertThat(o.err()).isEmpty();
    for (String f : new String[] {"staffing.json", "staffing-variant.yaml", "staffing.png", "staffing.svg"}) {
      assertThat(out.resolve(f)).exists();
    }
  }

  @Test
  void quietPrintsOnlyThePath() {
    Path out = tmp.resolve("quiet");
    CliTest.Outcome o = CliTest.leansim("staff", file.toString(), "--resource", "desk", "--service-level", "0.8",
        "--out", out.toString(), "-q");
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out().strip()).isEqualTo("Results: " + out + "/");
  }

  @Test
  void aScenarioWithoutTargetIsRefusedWithTheFix() throws IOException {
    Files.writeString(file, SCENARIO.replace("targets: {wait_within: 30s}\n", ""));
    CliTest.Outcome o = CliTest.leansim("staff", file.toString(), "--resource", "desk", "--service-level", "0.8");
    assertThat(o.code()).isEqualTo(ExitCodes.INVALID_SCENARIO);
    assertThat(o.err()).contains("targets.wait_within: missing").contains("wait_within: 10min")
        .doesNotContain("Exception");
  }

  @Test
  void badOptionsAreUsageErrorsWithTheFix() {
    CliTest.Outcome unknown = CliTest.leansim("staff", file.toString(), "--resource", "dsek", "--service-level", "0.8");
    assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("unknown resource 'dsek'").contains("did you mean 'desk'");
    CliTest.Outcome level = CliTest.leansim("staff", file.toString(), "--resource", "desk", "--service-level", "1.5");
    assertThat(level.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(level.err()).contains("--service-level must be a share between 0 and 1 (0.8) or a percentage (80%)");
    CliTest.Outcome bin = CliTest.leansim("staff", file.toString(), "--resource", "desk", "--service-level", "0.8",
        "--bin", "an hour");
    assertThat(bin.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bin.err()).contains("--bin: expected a duration like 90s, 15min, 1.5h");
    CliTest.Outcome reps = CliTest.leansim("staff", file.toString(), "--resource", "desk", "--service-level", "0.8",
        "--replications", "1");
    assertThat(reps.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(CliTest.leansim("staff", file.toString(), "--service-level", "0.8").code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aTargetOutOfReachExitsWithItsOwnCodeAndWritesNothing() {
    Path out = tmp.resolve("none");
    CliTest.Outcome o = CliTest.leansim("staff", file.toString(), "--resource", "desk", "--service-level", "0.8",
        "--max-staff", "3", "--out", out.toString());
    assertThat(o.code()).isEqualTo(ExitCodes.TARGET_NOT_MET);
    assertThat(o.err()).contains("is not met in ").contains("10:00-11:00 (3 staff: ").contains("--max-staff 3")
        .contains("Nothing was written.");
    assertThat(out).doesNotExist();
  }

  @Test
  void helpTeachesTheAlgorithmAndListsExitCodes() {
    CliTest.Outcome o = CliTest.leansim("staff", "--help");
    assertThat(o.code()).isZero();
    assertThat(o.out()).contains("Erlang C").contains("common random numbers").contains("mean minus half-width")
        .contains("staffing-variant.yaml").contains("Examples:").contains("--service-level 80% --max-staff 12")
        .contains("Exit codes:").contains("  6 ");
    assertThat(CliTest.leansim("--help").out()).contains("leansim staff");
  }
}
