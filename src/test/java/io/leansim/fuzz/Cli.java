package io.leansim.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.leansim.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The command line in-process, as a user meets it: {@link Main#execute} with captured output, so
 * the exit codes are those a script sees. Every call is bounded in time: a hang fails the case
 * (the JUnit thread moves on) instead of blocking the build.
 */
final class Cli {
  /** Exit codes the fuzz suite accepts from a run: success, or the documented stop at the safety bound. */
  static final Set<Integer> RAN = Set.of(0, 5);

  private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|Exception:|Error:");

  private Cli() {}

  /** What a command printed and returned. */
  record Outcome(List<String> args, int code, String out, String err) {
    /** The outcome as a failure message shows it. */
    String describe() {
      return "leansim " + String.join(" ", args) + "\n  exit " + code + "\n  stdout: " + indent(out)
          + "\n  stderr: " + indent(err);
    }

    private static String indent(String s) {
      return s.strip().replace("\n", "\n          ");
    }
  }

  /** Runs {@code leansim ARGS} in-process; fails when it takes longer than {@code bound}. */
  static Outcome leansim(Duration bound, String... args) {
    return assertTimeoutPreemptively(bound, () -> {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
      return new Outcome(Arrays.asList(args), code, out.toString(), err.toString());
    }, () -> "leansim " + String.join(" ", args) + " did not end within " + bound + " (a hang?)");
  }

  /** Never an internal error, never a stack trace: whatever went wrong was said in words. */
  static void assertNoInternalError(Outcome o) {
    assertThat(o.code()).as("exit 70 is a bug in LeanSim:\n%s", o.describe()).isNotEqualTo(70);
    assertThat(STACK_TRACE.matcher(o.out() + o.err()).find()).as("a stack trace or exception name:\n%s", o.describe())
        .isFalse();
  }

  /**
   * An exit 3 that says where: at least one {@code FILE:LINE:COLUMN: ...} line naming {@code label},
   * and every such line within the file's {@code lines} (a position one past the last line is the
   * end of the file).
   */
  static void assertPositionedErrors(Outcome o, String label, int lines) {
    assertThat(o.code()).as(o.describe()).isEqualTo(3);
    Pattern positioned = Pattern.compile("(?m)^" + Pattern.quote(label) + ":(\\d+):(\\d+): \\S.*$");
    var m = positioned.matcher(o.err());
    int found = 0;
    while (m.find()) {
      found++;
      int line = Integer.parseInt(m.group(1));
      int column = Integer.parseInt(m.group(2));
      assertThat(line).as("line of %s\n%s", m.group(), o.describe()).isBetween(1, lines + 1);
      assertThat(column).as("column of %s\n%s", m.group(), o.describe()).isPositive();
    }
    assertThat(found).as("exit 3 without a FILE:LINE:COLUMN error:\n%s", o.describe()).isPositive();
  }
}
