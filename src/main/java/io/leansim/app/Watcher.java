package io.leansim.app;

import io.leansim.scenario.load.LoadResult;
import java.nio.file.Path;

/**
 * What a use case tells the person watching it, for the command line to show: the diagnostics of
 * the files it loads and its progress. Every method does nothing by default; {@link #stepped} may be
 * called from worker threads.
 */
public interface Watcher {
  /** A watcher that shows nothing. */
  Watcher NONE = new Watcher() {};

  /** {@code file} was read: its diagnostics to show (errors, if {@code result} is not ok, end the use case). */
  default void loaded(Path file, LoadResult result) {}

  /** A sweep reuses {@code done} of its {@code points} points, finished by an earlier sweep. */
  default void resuming(int done, int points) {}

  /** The work begins: {@code total} replications to run. */
  default void started(int total) {}

  /** One replication is done (a precision target may add more than {@link #started} announced). */
  default void stepped() {}

  /** The replications are done; results are being written. */
  default void finished() {}

  /**
   * A part of the work is done: {@code done} names it ("simulation", "report"...), for a person
   * who asks where the time goes ({@code --debug}). May be called from worker threads.
   */
  default void done(String done) {}
}
