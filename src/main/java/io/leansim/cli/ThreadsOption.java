package io.leansim.cli;

import picocli.CommandLine.Option;

/** {@code --threads N} of every command that simulates (a picocli mixin); checked by the use case. */
final class ThreadsOption {
  @Option(names = "--threads", paramLabel = "N",
      description = "Replications run at once (default: all cores, here ${DEFAULT-VALUE}). Results do not depend on it.")
  int threads = Runtime.getRuntime().availableProcessors();
}
