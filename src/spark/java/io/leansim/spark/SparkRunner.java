package io.leansim.spark;

import io.leansim.engine.StreamPlan;
import io.leansim.experiment.Experiment;
import io.leansim.experiment.Replication;
import io.leansim.experiment.RunResult;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import io.leansim.scenario.load.ScenarioWriter;
import io.leansim.stats.ReplicationStats;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Replications as Spark tasks: one task per (job, replication), each a pure function of the job's
 * scenario (shipped as its YAML) and the replication index, exactly as {@link Experiment#runAll}
 * runs it (same streams, keyed by index); the figures come back to the driver and are combined in
 * replication order by {@link Experiment#result}, so the results are those of a local run, to the bit.
 *
 * <p>In local mode ({@code local[N]}) Spark binds to the loopback interface and starts no web UI.
 * On a cluster the master comes from {@code --spark spark://host:7077} (or {@code spark-submit}'s
 * own {@code --master} with {@code --spark submit}).
 */
public final class SparkRunner implements Experiment.Distributed {
  private final String master;

  /** A runner on {@code master}: {@code local[*]}, {@code spark://host:7077}, or {@code submit} (as spark-submit set it). */
  public SparkRunner(String master) {
    this.master = master;
  }

  @Override
  public List<RunResult> runAll(List<Experiment.Job> jobs, double binMinutes) {
    SparkConf conf = new SparkConf().setAppName("leansim");
    if (!master.equals("submit")) {
      conf.setMaster(master);
    }
    if (master.startsWith("local")) {
      conf.set("spark.driver.bindAddress", "127.0.0.1").set("spark.driver.host", "127.0.0.1")
          .set("spark.ui.enabled", "false");
    }
    List<Task> tasks = new ArrayList<>();
    List<String> yaml = new ArrayList<>();
    for (int j = 0; j < jobs.size(); j++) {
      Scenario s = jobs.get(j).scenario();
      if (s.run().precision() != null) {
        throw new IllegalArgumentException(jobs.get(j).variant() + " has a precision target: run it without --spark"
            + " (how many replications it needs depends on those already run)");
      }
      yaml.add(ScenarioWriter.toYaml(s));
      for (int k = 0; k < s.run().replications(); k++) {
        tasks.add(new Task(j, k));
      }
    }
    // one Spark context for the whole command (a sweep or a staffing search calls this many
    // times); Spark stops it when the JVM exits
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(SparkContext.getOrCreate(conf));
    sc.setLogLevel("ERROR");
    Broadcast<List<String>> scenarios = sc.broadcast(yaml);
    List<Done> done = sc.parallelize(tasks, tasks.size())
        .map(t -> new Done(t.job(), t.replication(), run(scenarios.value().get(t.job()), t.replication(), binMinutes)))
        .collect();
    scenarios.destroy();
    List<RunResult> out = new ArrayList<>();
    for (int j = 0; j < jobs.size(); j++) {
      int job = j;
      List<ReplicationStats> reps = done.stream().filter(d -> d.job() == job)
          .sorted(Comparator.comparingInt(Done::replication)).map(Done::stats).toList();
      out.add(Experiment.result(jobs.get(j), reps));
    }
    return out;
  }

  /** One replication on an executor: the scenario read back from its YAML, run as a local run runs it. */
  static ReplicationStats run(String yaml, int replication, double binMinutes) {
    LoadResult r = ScenarioLoader.parse("job.yaml", yaml, Path.of("."));
    if (!r.ok()) {
      throw new IllegalStateException("the job's scenario does not load on the executor: " + r.formatted());
    }
    Scenario s = r.scenario();
    return Replication.run(s, replication, new StreamPlan(s.run().seed()), List.of(), binMinutes);
  }

  /** A task: a job's index and a replication. */
  record Task(int job, int replication) implements Serializable {}

  /** A finished task and its figures. */
  record Done(int job, int replication, ReplicationStats stats) implements Serializable {}
}
