package io.leansim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leansim report DIR}: clear errors without stack traces, and a report redrawn from disk. */
class ReportCommandTest {
  @TempDir Path tmp;

  @Test
  void aFolderWithoutResultsSaysToRunCompareFirst() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("empty"));
    Files.writeString(dir.resolve("scenario.yaml"), Files.readString(Path.of("scenarios/telecom-hall.yaml")));

    CliTest.Outcome o = CliTest.leansim("report", dir.toString());

    assertThat(o.code()).isEqualTo(3);
    assertThat(o.err().strip()).isEqualTo("leansim report: " + dir + " has no summary.json: run 'leansim compare FILE' first");
    assertThat(o.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aMissingFolderOrAForeignFolderIsAClearError() throws Exception {
    CliTest.Outcome missing = CliTest.leansim("report", tmp.resolve("nowhere").toString());
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).contains("is not a folder").doesNotContain("Exception");

    CliTest.Outcome foreign = CliTest.leansim("report", tmp.toString());
    assertThat(foreign.code()).isEqualTo(3);
    assertThat(foreign.err()).contains("has no scenario.yaml").doesNotContain("Exception");
  }

  @Test
  void helpHasAnExample() {
    CliTest.Outcome o = CliTest.leansim("report", "--help");
    assertThat(o.code()).isZero();
    assertThat(o.out()).contains("Examples:").contains("leansim report results/telecom-hall");
    assertThat(CliTest.leansim("--help").out()).contains("report");
  }

  @Test
  void compareWritesAnAnimationPerVariantThatTheReportShowsAndARedrawKeeps() throws Exception {
    Path dir = tmp.resolve("compared");
    CliTest.Outcome run = CliTest.leansim("compare", "scenarios/telecom-hall.yaml", "--variant", "card-priority",
        "--variant", "greeter", "--replications", "2", "--quiet", "--out", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(dir.resolve("animation-card-priority.html")).exists();
    assertThat(dir.resolve("animation-greeter.html")).exists();
    assertThat(Files.readString(dir.resolve("animation-greeter.html"))).contains("id=\"replay-data\"");
    // the report carries both pages inside (an iframe's srcdoc), so it works sent alone
    assertThat(Files.readString(dir.resolve("report.html"))).contains("<section id=\"animation\">")
        .contains("(animation-card-priority.html)").contains("(animation-greeter.html)")
        .contains("srcdoc=\"&lt;!DOCTYPE html").doesNotContain("src=\"animation-");

    CliTest.Outcome redraw = CliTest.leansim("report", dir.toString());
    assertThat(redraw.code()).as(redraw.err()).isZero();
    assertThat(Files.readString(dir.resolve("report.html"))).contains("<section id=\"animation\">")
        .contains("(animation-greeter.html)");
  }

  @Test
  void redrawsTheReportOfResultsOnDisk() throws Exception {
    Path dir = tmp.resolve("hall");
    CliTest.Outcome run = CliTest.leansim("run", "scenarios/telecom-hall.yaml", "--variant", "baseline", "--variant",
        "card-priority", "--replications", "2", "--quiet", "--out", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    Files.writeString(dir.resolve("report.html"), "previous");

    CliTest.Outcome o = CliTest.leansim("report", dir.toString());

    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).contains("report.html");
    assertThat(Files.readString(dir.resolve("report.html"))).contains("<h2>Key figures</h2>");
    assertThat(dir.resolve("baseline/vsm.svg")).exists();
    assertThat(dir.resolve("card-priority/vsm.svg")).exists();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".report.partial-"));
    }
  }
}
