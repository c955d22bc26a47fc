package io.leansim.cli;

import java.nio.file.Path;

/** How the commands show things. */
final class Console {
  private Console() {}

  /**
   * A results folder as the user typed it: relative to the working directory when inside it, with a
   * trailing slash ({@code ./} for the working directory itself, never a bare {@code /}).
   */
  static String folder(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path shown = p.isAbsolute() && p.startsWith(cwd) ? cwd.relativize(p) : p;
    String text = shown.toString();
    return text.isEmpty() ? "./" : text.endsWith("/") ? text : text + "/";
  }
}
