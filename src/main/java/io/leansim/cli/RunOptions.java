package io.leansim.cli;

import io.leansim.app.Overrides;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How the replications of a simulating command run (a picocli mixin): {@code --replications},
 * {@code --seed}, {@code --threads}, {@code --spark}, {@code --quiet} and {@code --debug}.
 */
final class RunOptions {
  @Option(names = "--replications", paramLabel = "N", description = "Replications (overrides run.replications).")
  Integer replications;

  @Option(names = "--seed", paramLabel = "S", description = "Seed (overrides run.seed).")
  Long seed;

  @Mixin ThreadsOption threads;

  @Mixin SparkOption spark;

  @Mixin QuietOption quiet;

  @Mixin DebugOption debug;

  /** What these options override in the scenario's run section. */
  Overrides overrides() {
    return new Overrides(replications, seed);
  }

  int threads() {
    return threads.threads;
  }

  String sparkMaster() {
    return spark.master;
  }

  boolean debug() {
    return debug.debug;
  }

  boolean quiet() {
    return quiet.quiet;
  }
}
