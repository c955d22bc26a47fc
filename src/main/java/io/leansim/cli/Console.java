package io.leansim.cli;

import java.nio.file.Path;

/** How the commands show things. */
final class Console {
  private Console() {}

  /** A results folder as the user typed it: relative to the working directory when inside it, with a trailing slash. */
  static String folder(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path shown = p.startsWith(cwd) ? cwd.relativize(p) : p;
    return shown + "/";
  }
}
