package io.leansim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A results folder built aside and moved into place only when complete: files are written into a
 * hidden sibling {@code .NAME.partial-*}; {@link #commit()} swaps it with the target in two
 * renames on the same file system; {@link #close()} without commit deletes the partial folder, so
 * an interrupted or failed run leaves the previous results untouched. A crash that skips even
 * {@link #close()} leaves only a hidden partial folder, which the next run of the same target
 * removes.
 *
 * <p>Every staged folder holds the marker file {@value #MARKER}: it tells LeanSim (and people) that
 * the folder is LeanSim's results, which a later command may replace whole. A folder without it is
 * not replaced unless the user insists ({@code --force}).
 */
public final class StagedFolder implements AutoCloseable {
  /** The marker file in every results folder. */
  public static final String MARKER = ".leansim-results";

  private static final String MARKER_TEXT = """
      LeanSim results: this folder was written by LeanSim, and a later LeanSim command asked to write
      here (--out) replaces it whole. LeanSim never replaces a non-empty folder without this file
      unless given --force. See docs/results-format.md.
      """;

  private final Path target;
  private final Path staging;
  private boolean committed;

  private StagedFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /** Starts a staged folder for {@code target} (which may exist; it is untouched until commit). */
  public static StagedFolder create(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    String prefix = "." + absolute.getFileName() + ".partial-";
    try (var stale = Files.list(parent)) {
      for (Path p : (Iterable<Path>) stale::iterator) {
        if (p.getFileName().toString().startsWith(prefix) && olderThanOneDay(p)) {
          deleteTree(p);
        }
      }
    }
    Path staging = createUnique(parent, prefix);
    mark(staging);
    return new StagedFolder(absolute, staging);
  }

  /** Whether {@code dir} is a LeanSim results folder: a folder holding the marker file. */
  public static boolean isResults(Path dir) {
    return Files.isRegularFile(dir.resolve(MARKER));
  }

  /** Puts the marker file into {@code dir}, making it a results folder that LeanSim may replace. */
  public static void mark(Path dir) throws IOException {
    Files.writeString(dir.resolve(MARKER), MARKER_TEXT, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A new folder {@code parent/prefix<random>} with default permissions (unlike a temp directory's 0700). */
  private static Path createUnique(Path parent, String prefix) throws IOException {
    while (true) {
      Path p = parent.resolve(prefix + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36));
      try {
        return Files.createDirectory(p);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // another run picked the same name: draw again
      }
    }
  }

  private static boolean olderThanOneDay(Path p) throws IOException {
    return Files.getLastModifiedTime(p).toMillis() < System.currentTimeMillis() - 24L * 3600 * 1000;
  }

  /** Where to write the files. */
  public Path dir() {
    return staging;
  }

  /** The final location. */
  public Path target() {
    return target;
  }

  /** Moves the complete folder into place, replacing any previous results there. */
  public void commit() throws IOException {
    Path previous = null;
    if (Files.exists(target)) {
      previous = createUnique(target.getParent(), "." + target.getFileName() + ".previous-");
      Files.delete(previous);
      move(target, previous);
    }
    try {
      move(staging, target);
    } catch (IOException e) {
      if (previous != null) {
        move(previous, target);
      }
      throw e;
    }
    committed = true;
    if (previous != null) {
      deleteTree(previous);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes the partial folder unless it was committed. */
  @Override
  public void close() {
    if (!committed) {
      try {
        deleteTree(staging);
      } catch (IOException e) {
        throw new UncheckedIOException("could not remove the partial results in " + staging, e);
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
