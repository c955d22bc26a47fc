package io.leansim.app;

import io.leansim.experiment.Experiment;

/**
 * The Spark runner of {@code --spark MASTER}. A {@code -Pspark} build has it; it is found by name,
 * so that the default build needs no Spark.
 */
final class Cluster {
  private static final String RUNNER = "io.leansim.spark.SparkRunner";

  private Cluster() {}

  /** The runner on {@code master}, or null without one (the replications run here). */
  static Experiment.Distributed connect(String master) {
    if (master == null) {
      return null;
    }
    try {
      return (Experiment.Distributed) Class.forName(RUNNER).getConstructor(String.class).newInstance(master);
    } catch (ClassNotFoundException | NoClassDefFoundError e) {
      throw Failure.usage("--spark needs a build with Spark: mvn -B -Pspark package, then run with Spark's jars"
          + " (./leansim adds target/spark-lib when it exists) or through spark-submit"
          + " (see docs/shards-and-spark.md, \"Replications on Spark\")");
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot start the Spark runner: " + e, e);
    }
  }
}
