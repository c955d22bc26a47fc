package io.leansim.app;

import io.leansim.report.StagedFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A results folder written aside and moved into place only when complete; on Ctrl-C a shutdown
 * hook removes the partial folder, so the previous results stay untouched.
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

  /** Writes what {@code producer} writes into a folder moved to {@code target} when complete; returns what it returned. */
  static <T> T produce(Path target, Producer<T> producer) throws IOException, InterruptedException {
    try (StagedFolder folder = StagedFolder.create(target)) {
      Thread cleanup = new Thread(folder::close, "leansim-cleanup");
      Runtime.getRuntime().addShutdownHook(cleanup);
      try {
        T value = producer.write(folder.dir());
        folder.commit();
        return value;
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
          // Ctrl-C: the hook is running and removes the partial folder
        }
      }
    }
  }

  /** The failure of results that could not be written to {@code target}. */
  static Failure notWritten(Path target, Exception e) {
    return new Failure(Failure.Kind.IO, List.of("could not write results to " + target + ": " + e.getMessage()),
        List.of("The previous results there, if any, are untouched."));
  }
}
