package io.leansim.cli;

import io.leansim.app.Failure;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Exit codes scripts can trust; listed in {@code --help} and docs/commands.md. The one place where
 * what went wrong becomes an exit code: a command returns {@link #OK} (or a verdict such as {@link
 * #SELFTEST_FAILED}) and throws everything else, which {@link #handler} prints and maps.
 */
final class ExitCodes {
  /** Success (warnings may have been printed). */
  static final int OK = 0;
  /** The run failed on input/output (results could not be written); previous results are intact. */
  static final int IO_ERROR = 1;
  /** Bad command line: unknown option, missing file argument, unknown variant. */
  static final int USAGE = 2;
  /**
   * The scenario file has errors (printed as FILE:LINE:COLUMN: path: message); for {@code fit} and
   * {@code calibrate}, the data file has (or too few observations); for {@code report}, the folder
   * holds no readable results; for {@code merge}, the folders are not shards of one whole run.
   */
  static final int INVALID_SCENARIO = 3;
  /** {@code selftest}: at least one figure did not pass (failed or inconclusive). */
  static final int SELFTEST_FAILED = 4;
  /**
   * The simulation cannot end well: the system is unstable (a run passed the safety bound of
   * customers inside), or a replication ran away (far past its horizon while draining, or past its
   * event budget: customers going round without end); nothing written.
   */
  static final int UNSTABLE = 5;
  /**
   * {@code staff}: the service level cannot be met, even with {@code --max-staff} in the bins that
   * miss it, or not within {@code --max-evaluations}; nothing written.
   */
  static final int TARGET_NOT_MET = 6;
  /**
   * {@code --spark}: the Spark cluster could not run the replications (no master, no executor within
   * the timeout, executors lost); nothing written.
   */
  static final int CLUSTER = 7;
  /** A bug in LeanSim (please report it, with the output of --debug). */
  static final int INTERNAL = 70;
  /** Interrupted (Ctrl-C); previous results are intact. */
  static final int INTERRUPTED = 130;

  static final String HELP =
      "Exit codes:%n"
          + "  0   success (warnings may have been printed)%n"
          + "  1   results could not be written (disk full, no permission); previous results intact%n"
          + "  2   bad command line (unknown option or variant, missing file)%n"
          + "  3   the scenario has errors (each printed as FILE:LINE:COLUMN: path: message);%n"
          + "      fit, calibrate: the data file has errors, or too few observations;%n"
          + "      report: the folder holds no readable results;%n"
          + "      merge: the folders are not shards of one whole run (each problem printed)%n"
          + "  4   selftest: a figure disagrees with queueing theory (or is too imprecise to judge);%n"
          + "      selftest --coverage: an interval covers, or a mark errs, significantly off its promise%n"
          + "  5   the simulated system is unstable (more customers inside than the safety bound, or%n"
          + "      more than 10,000,000 appointment slots), or a replication ran away (far past its horizon while draining, or past its%n"
          + "      event budget: customers going round without end); nothing was written,%n"
          + "      previous results intact%n"
          + "  6   staff: the service level cannot be met within --max-staff (or --max-evaluations);%n"
          + "      nothing was written%n"
          + "  7   --spark: the Spark cluster could not run the replications (no master, no executor%n"
          + "      within the timeout, executors lost); Spark's log is named; nothing was written%n"
          + " 70   internal error: a bug in LeanSim (run again with --debug and report it)%n"
          + "130   interrupted (Ctrl-C); previous results intact%n";

  private ExitCodes() {}

  /** The exit code of a failure of this kind. */
  static int of(Failure.Kind kind) {
    return switch (kind) {
      case USAGE -> USAGE;
      case INVALID_INPUT -> INVALID_SCENARIO;
      case IO -> IO_ERROR;
      case UNSTABLE -> UNSTABLE;
      case TARGET_NOT_MET -> TARGET_NOT_MET;
      case CLUSTER -> CLUSTER;
    };
  }

  /**
   * Prints what a command threw and returns its exit code: a {@link Failure} as {@code leansim
   * COMMAND: problem} lines and its notes; an interruption, and anything thrown once Ctrl-C was
   * announced, as the interruption, once; anything else as an internal error (with its stack trace
   * when {@code debug}).
   */
  static CommandLine.IExecutionExceptionHandler handler(boolean debug, Interruption interruption) {
    return (e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      try {
        if (e instanceof InterruptedException || interruption.said()) {
          interruption.say(err);
          return INTERRUPTED;
        }
        if (e instanceof Failure f) {
          f.problems().forEach(p -> err.println("leansim " + commandLine.getCommandName() + ": " + p));
          f.notes().forEach(err::println);
          return of(f.kind());
        }
        err.println("leansim: internal error: " + e);
        if (debug) {
          e.printStackTrace(err);
        } else {
          err.println("This is a bug in LeanSim. Run again with --debug and report the output.");
        }
        return INTERNAL;
      } finally {
        err.flush();
      }
    };
  }
}
