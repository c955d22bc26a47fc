package io.leansim.cli;

import picocli.CommandLine.Option;

/**
 * {@code --spark MASTER} of {@code run}, {@code compare}, {@code sweep} and {@code staff} (a picocli
 * mixin). The application layer finds the Spark runner of a {@code -Pspark} build by name, so that
 * the default build needs no Spark.
 */
final class SparkOption {
  @Option(names = "--spark", paramLabel = "MASTER",
      description = "Run the replications as Spark tasks: local[N], spark://host:7077, or 'submit' under spark-submit"
          + " (a -Pspark build; the same results as here).")
  String master;
}
