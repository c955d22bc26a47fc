package io.leansim.app;

import io.leansim.experiment.Experiment;
import io.leansim.experiment.RunResult;
import io.leansim.model.UnstableSystemException;
import java.util.Arrays;
import java.util.List;

/**
 * The Spark runner of {@code --spark MASTER}. A {@code -Pspark} build has it; it is found by name,
 * so that the default build needs no Spark. What the runner throws becomes a {@link Failure}: a run
 * Spark cannot take ({@link IllegalArgumentException}) a usage error, an unstable system on an
 * executor as it is in a local run, anything else a {@link
 * Failure.Kind#CLUSTER} failure, its message's first line the problem and the others the notes
 * (what to check, where Spark's log is).
 */
final class Cluster {
  private static final String RUNNER = "io.leansim.spark.SparkRunner";

  private Cluster() {}

  /** The runner on {@code master}, or null without one (the replications run here). */
  static Experiment.Distributed connect(String master) {
    if (master == null) {
      return null;
    }
    Experiment.Distributed runner;
    try {
      runner = (Experiment.Distributed) Class.forName(RUNNER).getConstructor(String.class).newInstance(master);
    } catch (ClassNotFoundException | NoClassDefFoundError e) {
      throw Failure.usage("--spark needs a build with Spark: mvn -B -Pspark package, then run with Spark's jars"
          + " (./leansim adds target/spark-lib when it exists) or through spark-submit"
          + " (see docs/shards-and-spark.md, \"Replications on Spark\")");
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot start the Spark runner: " + e, e);
    }
    return (jobs, binMinutes) -> runAll(runner, master, jobs, binMinutes);
  }

  private static List<RunResult> runAll(Experiment.Distributed runner, String master, List<Experiment.Job> jobs,
      double binMinutes) {
    try {
      return runner.runAll(jobs, binMinutes);
    } catch (Failure | UnstableSystemException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw Failure.usage(e.getMessage());
    } catch (Exception | LinkageError e) { // Scala's SparkException too, unchecked in Java
      List<String> lines = Arrays.asList(String.valueOf(e.getMessage()).split("\n"));
      String what = lines.get(0);
      if (!master.equals("submit") && !what.contains(master)) {
        what = "Spark on " + master + ": " + what;
      }
      throw new Failure(Failure.Kind.CLUSTER, List.of(what), lines.subList(1, lines.size()));
    }
  }
}
