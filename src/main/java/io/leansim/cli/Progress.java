package io.leansim.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar over replications on standard error, only when a person watches a terminal (and
 * not with --quiet); silent otherwise, so logs and pipes stay clean.
 */
final class Progress implements AutoCloseable {
  private ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  static Progress start(boolean quiet, int total, PrintWriter err) {
    if (quiet || System.console() == null) {
      return new Progress(null);
    }
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName("Simulating")
        .setInitialMax(total)
        .setUnit(" replications", 1)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(200)
        // A fixed width keeps progressbar from opening a JLine terminal, whose signal handling
        // would kill the JVM on Ctrl-C without running the hook that removes partial results.
        .setConsumer(new ConsoleProgressBarConsumer(System.err, width()))
        .showSpeed()
        .build();
    return new Progress(bar);
  }

  /** The terminal width the launcher measured ({@code LEANSIM_COLUMNS}), or 80. */
  private static int width() {
    try {
      return Math.max(40, Integer.parseInt(System.getenv().getOrDefault("LEANSIM_COLUMNS", "80").trim()));
    } catch (NumberFormatException e) {
      return 80;
    }
  }

  /** One replication done; with a precision target the total grows as rounds are added. */
  synchronized void step() {
    if (bar != null) {
      if (bar.getCurrent() >= bar.getMax()) {
        bar.maxHint(bar.getCurrent() + 1);
      }
      bar.step();
    }
  }

  /** Finishes the bar (idempotent). */
  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
