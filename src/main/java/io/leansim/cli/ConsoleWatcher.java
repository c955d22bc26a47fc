package io.leansim.cli;

import io.leansim.app.Watcher;
import io.leansim.scenario.load.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows what a use case reports: a scenario's diagnostics on standard error, and a progress bar over
 * replications, also on standard error, only when a person watches a terminal (and not with
 * --quiet); silent otherwise, so logs and pipes stay clean.
 */
final class ConsoleWatcher implements Watcher, AutoCloseable {
  private final boolean quiet;
  private final boolean timed;
  private final PrintWriter out;
  private final PrintWriter err;
  private ProgressBar bar;

  ConsoleWatcher(boolean quiet, PrintWriter out, PrintWriter err) {
    this(quiet, false, out, err);
  }

  /** {@code timed}: say on standard error when each part of the work is done ({@code --debug}). */
  ConsoleWatcher(boolean quiet, boolean timed, PrintWriter out, PrintWriter err) {
    this.quiet = quiet;
    this.timed = timed;
    this.out = out;
    this.err = err;
  }

  @Override
  public void loaded(Path file, LoadResult result) {
    Diagnostics.print(file, result, err);
  }

  @Override
  public void resuming(int done, int points) {
    if (!quiet) {
      out.printf("Resuming: %d of %d points already done.%n", done, points);
    }
  }

  @Override
  public synchronized void started(int total) {
    if (quiet || System.console() == null) {
      return;
    }
    bar = new ProgressBarBuilder()
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
  @Override
  public synchronized void stepped() {
    if (bar != null) {
      if (bar.getCurrent() >= bar.getMax()) {
        bar.maxHint(bar.getCurrent() + 1);
      }
      bar.step();
    }
  }

  @Override
  public void finished() {
    close();
  }

  /** With {@code --debug}: "leansim: simulation done at 1234 ms" (since the JVM started). */
  @Override
  public void done(String done) {
    if (timed) {
      long ms = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
      synchronized (err) {
        err.println("leansim: " + done + " done at " + ms + " ms");
        err.flush();
      }
    }
  }

  /** Finishes the bar (idempotent). */
  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
