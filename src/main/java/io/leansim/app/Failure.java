package io.leansim.app;

import java.util.List;

/**
 * A command that cannot go on because of its input or its surroundings (a bad option, a scenario
 * with errors, an unstable system, a disk that refuses the results), never because of a bug. It
 * carries what to tell the user; the command line prints it and maps its {@link Kind} to an exit
 * code, in one place.
 */
public final class Failure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, as far as a script needs to know (each kind has its exit code). */
  public enum Kind {
    /** A bad command line: an option out of range, an unknown variant or resource. */
    USAGE,
    /** A scenario, data file or results folder with errors. */
    INVALID_INPUT,
    /** Results could not be read or written; previous results are intact. */
    IO,
    /**
     * The simulated system is unstable (a run passed the safety bound of customers inside), or a
     * replication ran away (past its drain bound or its event budget).
     */
    UNSTABLE,
    /** A staffing search cannot meet its service level. */
    TARGET_NOT_MET,
    /**
     * {@code --spark}: the cluster could not run the replications (no master, no executor within the
     * timeout, executors lost); nothing written.
     */
    CLUSTER
  }

  private final Kind kind;
  private final List<String> problems;
  private final List<String> notes;

  /**
   * @param problems what is wrong, each printed after the command's name ({@code leansim run: ...})
   * @param notes printed as they are after the problems: what was (not) written, what to do
   */
  public Failure(Kind kind, List<String> problems, List<String> notes) {
    super(String.join("; ", problems), null, false, false);
    this.kind = kind;
    this.problems = List.copyOf(problems);
    this.notes = List.copyOf(notes);
  }

  /** A bad command line, one problem. */
  public static Failure usage(String problem) {
    return new Failure(Kind.USAGE, List.of(problem), List.of());
  }

  /** Input with errors that were already shown (a scenario's diagnostics, through a {@link Watcher}). */
  public static Failure shown() {
    return new Failure(Kind.INVALID_INPUT, List.of(), List.of());
  }

  public Kind kind() {
    return kind;
  }

  public List<String> problems() {
    return problems;
  }

  public List<String> notes() {
    return notes;
  }
}
