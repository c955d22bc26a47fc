package io.leansim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.app.Failure;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Failures become exit codes in one place, each documented in --help. */
class ExitCodesTest {
  @Command(name = "probe")
  static final class Probe implements Callable<Integer> {
    private final Exception thrown;

    Probe(Exception thrown) {
      this.thrown = thrown;
    }

    @Override
    public Integer call() throws Exception {
      throw thrown;
    }
  }

  record Outcome(int code, String err) {}

  private static Outcome run(Exception thrown, boolean debug) {
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new Probe(thrown));
    cl.setErr(new PrintWriter(err));
    cl.setExecutionExceptionHandler(ExitCodes.handler(debug, new Interruption()));
    int code = cl.execute();
    return new Outcome(code, err.toString());
  }

  @Test
  void everyKindOfFailureHasItsOwnDocumentedExitCode() {
    List<Integer> codes = Arrays.stream(Failure.Kind.values()).map(ExitCodes::of).toList();
    assertThat(codes).doesNotHaveDuplicates().doesNotContain(ExitCodes.OK, ExitCodes.INTERNAL);
    String help = String.format(ExitCodes.HELP);
    for (int code : codes) {
      assertThat(help).containsPattern("(?m)^\\s*" + code + "\\s{2,}\\S");
    }
  }

  @Test
  void aFailurePrintsItsProblemsAfterTheCommandNameThenItsNotes() {
    Outcome o = run(new Failure(Failure.Kind.UNSTABLE, List.of("too many inside"), List.of("Nothing was written.")),
        false);
    assertThat(o.code()).isEqualTo(ExitCodes.UNSTABLE);
    assertThat(o.err()).isEqualTo(String.format("leansim probe: too many inside%nNothing was written.%n"));
  }

  @Test
  void aBugIsAnInternalErrorWithItsStackTraceOnlyWithDebug() {
    Outcome quiet = run(new IllegalStateException("boom"), false);
    assertThat(quiet.code()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(quiet.err()).contains("internal error: java.lang.IllegalStateException: boom")
        .contains("Run again with --debug").doesNotContain("\tat ");
    assertThat(run(new IllegalStateException("boom"), true).err()).contains("\tat ");
  }

  @Test
  void anInterruptionLeavesPreviousResultsIntact() {
    Outcome o = run(new InterruptedException(), false);
    assertThat(o.code()).isEqualTo(ExitCodes.INTERRUPTED);
    assertThat(o.err()).contains("interrupted; previous results are intact");
  }
}
