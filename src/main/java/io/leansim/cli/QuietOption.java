package io.leansim.cli;

import picocli.CommandLine.Option;

/** {@code -q, --quiet} of the commands that write results (a picocli mixin). */
final class QuietOption {
  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no table; print only the results path.")
  boolean quiet;
}
