package io.leansim.app;

import io.leansim.report.StagedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A results folder written aside and moved into place only when complete; on Ctrl-C a shutdown
 * hook removes the partial folder, so the previous results stay untouched, and whatever writing
 * then fails (the partial folder gone, a stream closed by the JVM's own hooks) is reported as the
 * interruption it is, not as a disk that refused the results. Where a command may write is
 * {@link Outputs}' business, checked before it runs.
 */
final class Results {
  private Results() {}

  /** What goes into the folder. */
  interface Contents {
    void write(Path dir) throws IOException, InterruptedException;
  }

  /** What goes into the folder, and what writing it found out (the results it simulated, say). */
  interface Producer<T> {
    T write(Path dir) throws IOException, InterruptedException;
  }

  /** Writes {@code contents} into a folder moved to {@code target} when complete. */
  static void write(Path target, Contents contents) throws IOException, InterruptedException {
    produce(target, dir -> {
      contents.write(dir);
      return Boolean.TRUE;
    });
  }

  /**
   * Writes what {@code producer} writes into a folder moved to {@code target} when complete; returns what it returned.
   *
   * @throws InterruptedException also when the JVM shuts down (Ctrl-C) while the folder is being written
   */
  static <T> T produce(Path target, Producer<T> producer) throws IOException, InterruptedException {
    try (StagedFolder folder = StagedFolder.create(target)) {
      Thread cleanup = new Thread(folder::close, "leansim-cleanup");
      Runtime.getRuntime().addShutdownHook(cleanup);
      try {
        T value = producer.write(folder.dir());
        folder.commit();
        return value;
      } catch (IOException | RuntimeException e) {
        if (shuttingDown()) {
          InterruptedException interrupted = new InterruptedException("interrupted while writing " + target);
          interrupted.addSuppressed(e);
          throw interrupted;
        }
        throw e;
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
          // Ctrl-C: the hook is running and removes the partial folder
        }
      }
    }
  }

  /** Whether the JVM is shutting down (Ctrl-C): it then takes no more shutdown hooks. */
  private static boolean shuttingDown() {
    Thread probe = new Thread(() -> {});
    try {
      Runtime.getRuntime().addShutdownHook(probe);
      Runtime.getRuntime().removeShutdownHook(probe);
      return false;
    } catch (IllegalStateException e) {
      return true;
    }
  }

  /**
   * Makes {@code dir} (a default results folder such as {@code results/<name>}, about to receive a
   * staffing folder or an animation page) a results folder when it does not exist yet, so that a
   * later run may replace it; an existing folder is left as it is.
   */
  static void ensureFolder(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      Files.createDirectories(dir);
      StagedFolder.mark(dir);
    }
  }

  /** The failure of results that could not be written to {@code target}. */
  static Failure notWritten(Path target, Exception e) {
    return new Failure(Failure.Kind.IO, List.of("could not write results to " + target + ": " + e.getMessage()),
        List.of("The previous results there, if any, are untouched."));
  }
}
