package io.leansim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.selftest.Coverage;
import io.leansim.selftest.SelftestModel;
import io.leansim.selftest.SelftestModels;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The output of {@code leansim selftest}: header, one line per figure, the summary line, the exit code. */
class SelftestCommandTest {
  private static final Pattern FIGURE = Pattern.compile(
      "^  (\\S+(?: / \\S+)?)\\s+(\\S+)   (\\S+) \\+- (\\S+)\\s+(PASS|FAIL|INCONCLUSIVE)( \\(.*\\))?$");
  private static final Pattern SUMMARY = Pattern.compile("^(\\d+) passed, (\\d+) failed$");

  private static int code;
  private static List<String> lines;

  @BeforeAll
  static void runShortSelftest() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // Two replications: fast; the verdicts are not the point here, the format is.
    code = Main.execute(new String[] {"selftest", "--replications", "2", "--threads", "2"}, new PrintWriter(out),
        new PrintWriter(err));
    lines = Arrays.asList(out.toString().split("\\R"));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void headerStatesTheRule() {
    assertThat(lines.get(0)).startsWith("LeanSim selftest: ");
    assertThat(lines.get(1)).contains("|theory - mean| <= 3 x half-width")
        .contains("the 95% interval widened 3x: a correct engine fails a line about once in 10,000");
    assertThat(lines.get(2)).startsWith("INCONCLUSIVE when the half-width is above 5% of theory");
  }

  @Test
  void oneLinePerFigureAndTheSummaryLineLast() {
    int figures = SelftestModels.all(2, 1).stream().mapToInt(m -> m.figures().size()).sum();
    long passes = 0;
    long figureLines = 0;
    for (String l : lines) {
      Matcher m = FIGURE.matcher(l);
      if (m.matches()) {
        figureLines++;
        if (m.group(5).equals("PASS")) {
          passes++;
        }
      }
    }
    assertThat(figureLines).isEqualTo(figures);
    for (SelftestModel model : SelftestModels.all(2, 1)) {
      assertThat(lines).contains(model.name() + ": " + model.title());
    }
    String last = lines.get(lines.size() - 1);
    Matcher s = SUMMARY.matcher(last);
    assertThat(s.matches()).as(last).isTrue();
    assertThat(Long.parseLong(s.group(1))).isEqualTo(passes);
    assertThat(Long.parseLong(s.group(1)) + Long.parseLong(s.group(2))).isEqualTo(figures);
    assertThat(lines.get(lines.size() - 2)).startsWith("Elapsed ");
    assertThat(code).isEqualTo(Long.parseLong(s.group(2)) == 0 ? ExitCodes.OK : ExitCodes.SELFTEST_FAILED);
  }

  @Test
  void quietPrintsOnlyWhatDidNotPassAndTheSummary() {
    StringWriter out = new StringWriter();
    int quiet = Main.execute(new String[] {"selftest", "--replications", "2", "--quiet"}, new PrintWriter(out),
        new PrintWriter(new StringWriter()));
    List<String> q = Arrays.asList(out.toString().split("\\R"));
    assertThat(q).noneMatch(l -> l.startsWith("LeanSim selftest"));
    assertThat(q).noneMatch(l -> l.endsWith(" PASS"));
    assertThat(q.get(q.size() - 1)).matches(SUMMARY);
    assertThat(quiet).isEqualTo(code);
  }

  @Test
  void tooFewReplicationsIsAUsageError() {
    StringWriter err = new StringWriter();
    int c = Main.execute(new String[] {"selftest", "--replications", "1"}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertThat(c).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--replications must be at least 2");
  }

  @Test
  void coveragePrintsEveryClaimWithItsBinomialIntervalAndAVerdict() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int c = Main.execute(new String[] {"selftest", "--coverage", "--macro", "3", "--threads", "2"},
        new PrintWriter(out), new PrintWriter(err));
    List<String> l = Arrays.asList(out.toString().split("\\R"));
    assertThat(l.get(0)).startsWith("LeanSim selftest --coverage: 3 macro-replications");
    Pattern claim = Pattern.compile("^  \\S.*\\s(-|\\S+)\\s+\\d+\\.\\d%\\s+\\d+\\.\\d% - \\d+\\.\\d%\\s+[<>]= \\d+\\.\\d%\\s+(PASS|FAIL).*$");
    long claims = l.stream().filter(x -> claim.matcher(x).matches()).count();
    long failed = l.stream().filter(x -> claim.matcher(x).matches() && x.contains(" FAIL")).count();
    assertThat(claims).isEqualTo(Coverage.claims(Coverage.Plan.FULL).size());
    assertThat(l.get(l.size() - 1)).isEqualTo(claims + " claims: " + (claims - failed) + " passed, " + failed + " failed");
    assertThat(c).isEqualTo(failed == 0 ? ExitCodes.OK : ExitCodes.SELFTEST_FAILED);
    assertThat(err.toString()).contains("3/3 macro-replications");
  }

  @Test
  void macroNeedsCoverageAndAtLeastOne() {
    StringWriter err = new StringWriter();
    assertThat(Main.execute(new String[] {"selftest", "--macro", "5"}, new PrintWriter(new StringWriter()),
        new PrintWriter(err))).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--macro needs --coverage");
    StringWriter err2 = new StringWriter();
    assertThat(Main.execute(new String[] {"selftest", "--coverage", "--macro", "0"}, new PrintWriter(new StringWriter()),
        new PrintWriter(err2))).isEqualTo(ExitCodes.USAGE);
    assertThat(err2.toString()).contains("--macro must be at least 1");
  }
}
