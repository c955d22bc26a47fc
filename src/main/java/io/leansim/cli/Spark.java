package io.leansim.cli;

import io.leansim.experiment.Experiment;

/**
 * The Spark runner of a {@code -Pspark} build, found by name so that the default build needs no
 * Spark: {@code --spark MASTER} on {@code run}, {@code compare} and {@code sweep}.
 */
final class Spark {
  static final String RUNNER = "io.leansim.spark.SparkRunner";

  /** Why {@code --spark} cannot work here, or null. */
  static final String MISSING = "--spark needs a build with Spark: mvn -B -Pspark package, then run with Spark's jars"
      + " (./leansim adds target/spark-lib when it exists) or through spark-submit (see README, \"Replications on Spark\")";

  private Spark() {}

  /** The runner on {@code master}, or null when this build has no Spark. */
  static Experiment.Distributed runner(String master) {
    try {
      return (Experiment.Distributed) Class.forName(RUNNER).getConstructor(String.class).newInstance(master);
    } catch (ClassNotFoundException | NoClassDefFoundError e) {
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot start the Spark runner: " + e, e);
    }
  }
}
