package io.leansim.cli;

import io.leansim.experiment.Experiment;
import picocli.CommandLine.Option;

/**
 * {@code --spark MASTER} of {@code run}, {@code compare}, {@code sweep} and {@code staff} (a picocli
 * mixin). The Spark runner of a {@code -Pspark} build is found by name, so that the default build
 * needs no Spark.
 */
final class SparkOption {
  private static final String RUNNER = "io.leansim.spark.SparkRunner";

  @Option(names = "--spark", paramLabel = "MASTER",
      description = "Run the replications as Spark tasks: local[N], spark://host:7077, or 'submit' under spark-submit"
          + " (a -Pspark build; the same results as here).")
  String master;

  /** This build has no Spark runner; the message says how to get one. */
  static final class Missing extends Exception {
    Missing() {
      super("--spark needs a build with Spark: mvn -B -Pspark package, then run with Spark's jars"
          + " (./leansim adds target/spark-lib when it exists) or through spark-submit (see README, \"Replications on Spark\")");
    }
  }

  /** Whether --spark was given. */
  boolean given() {
    return master != null;
  }

  /** The runner on the master given, or null without --spark. */
  Experiment.Distributed runner() throws Missing {
    if (master == null) {
      return null;
    }
    try {
      return (Experiment.Distributed) Class.forName(RUNNER).getConstructor(String.class).newInstance(master);
    } catch (ClassNotFoundException | NoClassDefFoundError e) {
      throw new Missing();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot start the Spark runner: " + e, e);
    }
  }
}
