package io.leansim.cli;

import picocli.CommandLine.Option;

/**
 * {@code --debug} of every command (a picocli mixin). {@link Main} looks for it before parsing, so
 * that even a failure to parse can show its stack trace; the field only documents it in {@code --help}.
 */
final class DebugOption {
  @Option(names = "--debug", description = "Show stack traces of internal errors; run and compare also tell when each part of the work is done.")
  boolean debug;
}
