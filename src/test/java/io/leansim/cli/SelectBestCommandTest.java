package io.leansim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare --select-best FIGURE [--delta D]} on the command line: the answer after the table, and what it refuses before running. */
class SelectBestCommandTest {
  @TempDir Path tmp;

  private String out;
  private String err;

  private int compare(String... extra) {
    List<String> args = new ArrayList<>(List.of("compare", "scenarios/telecom-hall.yaml", "--variant", "card-priority",
        "--variant", "self-service", "--replications", "10", "--threads", "2", "--out", tmp.resolve("out").toString()));
    args.addAll(List.of(extra));
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.execute(args.toArray(new String[0]), new PrintWriter(o), new PrintWriter(e));
    out = o.toString();
    err = e.toString();
    return code;
  }

  @Test
  void saysWhichVariantIsBestAfterTheTable() {
    assertThat(compare("--select-best", "wait_mean", "--delta", "0.5")).as(err).isEqualTo(ExitCodes.OK);
    assertThat(out).contains("Which variant is best (wait_mean, lower is better, indifference zone 0.50 min,"
        + " Kim-Nelson with common random numbers):\n"
        + "  best: self-service, with probability of correct selection >= 95% (within 0.50 min), after 10 replications\n"
        + "  Ranking by each day's wait_mean (mean over the replications each had):\n"
        + "    self-service ");
    assertThat(out).containsPattern("    card-priority +\\d+\\.\\d\\d min  out after \\d+ replications, worse than ");
    assertThat(out.indexOf("Which variant")).isGreaterThan(out.indexOf("Mean wait by type"))
        .isLessThan(out.indexOf("Results: "));
    assertThat(tmp.resolve("out/selection.json")).content().contains("\"best\" : \"self-service\"");
    assertThat(tmp.resolve("out/report.html")).content().contains("Which variant is best on");
  }

  @Test
  void aMistypedFigureIsRefusedBeforeAnythingRuns() {
    assertThat(compare("--select-best", "wiat_mean")).isEqualTo(ExitCodes.USAGE);
    assertThat(err).contains("leansim compare: --select-best: unknown figure 'wiat_mean' (did you mean 'wait_mean'?)");
    assertThat(Files.exists(tmp.resolve("out"))).isFalse();
    assertThat(compare("--select-best", "arrived")).isEqualTo(ExitCodes.USAGE);
    assertThat(compare("--select-best", "wait_mean", "--delta", "-1")).isEqualTo(ExitCodes.USAGE);
    assertThat(err).contains("--delta must be a number > 0 (in the scenario's time unit), got '-1'");
    assertThat(compare("--select-best", "wait_mean", "--quiet")).isEqualTo(ExitCodes.USAGE);
    assertThat(err).contains("it does not take --quiet");
    assertThat(compare("--select-best", "wait_mean", "--rep-range", "0..4")).isEqualTo(ExitCodes.USAGE);
    assertThat(Files.exists(tmp.resolve("out"))).isFalse();
    assertThat(compare("--delta", "0.5")).isEqualTo(ExitCodes.USAGE);
    assertThat(err).contains("--select-best");
  }
}
