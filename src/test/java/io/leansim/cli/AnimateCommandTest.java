package io.leansim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnimateCommandTest {
  @TempDir Path tmp;

  @Test
  void writesOneSelfContainedPageWithTheBaselineAndTheNamedVariant() throws Exception {
    Path page = tmp.resolve("sub/hall.html");
    CliTest.Outcome o = CliTest.leansim("animate", "scenarios/telecom-hall.yaml", "--variant", "greeter",
        "--replication", "2", "--out", page.toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).contains("baseline vs greeter").contains("replication 2").contains(page.toString());
    String html = Files.readString(page);
    assertThat(html).contains("id=\"replay-data\"").contains("\"variant\":\"baseline\"").contains("\"variant\":\"greeter\"")
        .doesNotContain("<script src").doesNotContain("http://").doesNotContain("https://");
    try (var files = Files.list(page.getParent())) {
      assertThat(files).hasSize(1); // nothing left aside
    }
  }

  @Test
  void theFirstVariantByDefaultAndOnlyTheBaselineOnRequest() throws Exception {
    Path page = tmp.resolve("a.html");
    assertThat(CliTest.leansim("animate", "scenarios/telecom-hall.yaml", "--out", page.toString()).out())
        .contains("baseline vs card-priority");
    CliTest.Outcome alone = CliTest.leansim("animate", "scenarios/telecom-hall.yaml", "--variant", "baseline",
        "--out", page.toString());
    assertThat(alone.out()).contains("Animation of baseline (");
    assertThat(Files.readString(page)).contains("panels n1");
  }

  @Test
  void mistakesAreUsageErrorsWithAHint() throws Exception {
    CliTest.Outcome unknown = CliTest.leansim("animate", "scenarios/telecom-hall.yaml", "--variant", "greter");
    assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("unknown variant 'greter'").contains("did you mean 'greeter'");
    CliTest.Outcome zero = CliTest.leansim("animate", "scenarios/telecom-hall.yaml", "--replication", "0");
    assertThat(zero.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(zero.err()).contains("--replication counts from 1");
  }

  @Test
  void aSteadyStateRunTooLongToReplayIsRefusedWithTheFix() throws Exception {
    Path yaml = tmp.resolve("long.yaml");
    Files.writeString(yaml, """
        name: long
        run: {horizon: 20000, replications: 1, seed: 1}
        arrivals: {walk_in: {rate: 3.6}}
        resources: {server: {capacity: 4}}
        process: {serve: {resource: server, time: exp(1)}}
        """);
    CliTest.Outcome o = CliTest.leansim("animate", yaml.toString(), "--out", tmp.resolve("x.html").toString());
    assertThat(o.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(o.err()).contains("more than 50,000 customers").contains("Shorten run.horizon");
    assertThat(tmp.resolve("x.html")).doesNotExist();
  }

  @Test
  void helpTeachesTheKeys() {
    CliTest.Outcome o = CliTest.leansim("animate", "--help");
    assertThat(o.out()).contains("Space play/pause").contains("Examples:").contains("--variant");
    assertThat(CliTest.leansim("--help").out()).contains("animate");
  }
}
