package io.leansim.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Says once that a command was interrupted: from the shutdown hook that Ctrl-C runs (the JVM may
 * stop before the command itself gets to say anything), or when the command stops on an
 * interruption, whichever comes first; after that, nothing else the command fails with is shown
 * (a write cut short by Ctrl-C is no disk error). One per command line.
 */
final class Interruption {
  static final String MESSAGE = "leansim: interrupted; previous results are intact";

  private final AtomicBoolean said = new AtomicBoolean();
  private final AtomicBoolean finished = new AtomicBoolean();

  /** Prints the message on {@code err} unless it was printed already. */
  void say(PrintWriter err) {
    if (said.compareAndSet(false, true)) {
      err.println(MESSAGE);
      err.flush();
    }
  }

  /** Whether the message was printed. */
  boolean said() {
    return said.get();
  }

  /** The command line returned: a shutdown after this is its own exit, not an interruption. */
  void finished() {
    finished.set(true);
  }

  /** The shutdown hook: says the command was interrupted when it had not finished. */
  Thread hook(PrintWriter err) {
    return new Thread(() -> {
      if (!finished.get()) {
        if (System.console() != null) {
          err.println(); // after the progress bar
        }
        say(err);
      }
    }, "leansim-interrupted");
  }
}
