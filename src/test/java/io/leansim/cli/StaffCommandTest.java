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

  /**
   * The desk serves card_replacement only; the other customers queue for one overloaded back-office
   * clerk (utilization 0.95) and mostly wait longer than 2 minutes, whatever the desk's staff.
   */
  private static final String SPLIT = """
      name: split
      time_unit: min
      clock_start: "09:00"
      run: {horizon: 2h, replications: 6, seed: 20261207}
      targets: {wait_within: 2min}
      customers: {card_replacement: {}, bill_payment: {}}
      arrivals: {walk_in: {rate: 2/min, mix: {card_replacement: 0.5, bill_payment: 0.5}}}
      resources:
        desk: {capacity: 2, serves: [card_replacement]}
        clerk: {capacity: 1, serves: [bill_payment]}
      process:
        serve: {resource: [desk, clerk], time: exp(0.95)}
      """;

  @Test
  void aPoolIsJudgedOnlyOnTheCustomersItServes() throws IOException {
    Files.writeString(file, SPLIT);
    Path out = tmp.resolve("desk");
    CliTest.Outcome o = CliTest.leansim("staff", file.toString(), "--resource", "desk", "--service-level", "0.8",
        "--max-staff", "10", "--out", out.toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).contains("the customers who need it").doesNotContain("misses");
    assertThat(Files.readString(out.resolve("staffing.json"))).contains("\"target\" : 0.8");
  }

  @Test
  void perTypeTargetsJudgeEachTypeOnItsOwn() throws IOException {
    Files.writeString(file, SPLIT.replace("desk: {capacity: 2, serves: [card_replacement]}", "desk: {capacity: 2}")
        .replace("clerk: {capacity: 1, serves: [bill_payment]}", "clerk: {capacity: 1}"));
    Path out = tmp.resolve("types");
    CliTest.Outcome o = CliTest.leansim("staff", file.toString(), "--resource", "desk", "--service-level", "0.8",
        "--service-level", "card_replacement=95%", "--out", out.toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).contains("95% of the card_replacement customers and 80% of the other customers who need it")
        .contains("card_replacement (95%)").contains("others (80%)");
    String json = Files.readString(out.resolve("staffing.json"));
    assertThat(json).contains("\"service_level_by_type\"").contains("\"targets_by_type\" : {")
        .contains("\"card_replacement\" : 0.95");
  }

  @Test
  void perTypeTargetMistakesAreUsageErrorsAllAtOnce() throws IOException {
    Files.writeString(file, SPLIT);
    CliTest.Outcome o = CliTest.leansim("staff", file.toString(), "--resource", "desk", "--service-level", "0,8",
        "--service-level", "card_replacment=0.9", "--service-level", "bill_payment=0.9");
    assertThat(o.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(o.err()).doesNotContain("0,8").contains("no customer type 'card_replacment'").contains("did you mean 'card_replacement'")
        .contains("'bill_payment' does not need resource 'desk' (the pool does not serve it)")
        .doesNotContain("Exception");
    CliTest.Outcome twice = CliTest.leansim("staff", file.toString(), "--resource", "desk", "--service-level",
        "0.8", "--service-level", "90%", "--service-level", "=0.9", "--service-level", "card_replacement=2");
    assertThat(twice.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(twice.err()).contains("a second target for every customer")
        .contains("a customer type is needed before '='").contains("the share after '=' must be between 0 and 1");
  }

  @Test
  void helpSaysThatCustomersWhoGaveUpCountAsFailures() {
    CliTest.Outcome o = CliTest.leansim("staff", "--help");
    assertThat(o.out()).doesNotContain("count by the time they waited").contains("counts as a failure")
        .contains("card_replacement=0.95");
  }
}
