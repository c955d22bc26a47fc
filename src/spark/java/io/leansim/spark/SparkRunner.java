package io.leansim.spark;

import io.leansim.engine.StreamPlan;
import io.leansim.experiment.Experiment;
import io.leansim.experiment.Replication;
import io.leansim.experiment.RunResult;
import io.leansim.model.UnstableSystemException;
import io.leansim.scenario.ArrivalPattern;
import io.leansim.scenario.ArrivalStream;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import io.leansim.scenario.load.ScenarioWriter;
import io.leansim.stats.ReplicationStats;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Replications as Spark tasks: one task per (job, replication), each a pure function of the job's
 * scenario (shipped as its YAML, with the arrivals of its traces) and the replication index, exactly
 * as {@link Experiment#runAll} runs it (same streams, keyed by index); the figures come back to the
 * driver and are combined in replication order by {@link Experiment#result}, so the results are
 * those of a local run, to the bit. All the jobs of a call (a sweep's points) are one Spark job.
 *
 * <p>In local mode ({@code local[N]}) Spark binds to the loopback interface and starts no web UI.
 * On a cluster the master comes from {@code --spark spark://host:7077} (LeanSim then ships its jar
 * and the jars it needs to the executors, {@link Shipping}), or from {@code spark-submit}'s own
 * {@code --master} with {@code --spark submit}. Outside spark-submit, Spark's own log goes to a file
 * (named in every error). A cluster problem (no master, no worker, lost executors) is an {@link
 * IllegalStateException} whose message says what to check (its first line the problem, the others
 * notes); a run Spark cannot take (a precision target) an {@link IllegalArgumentException}.
 */
public final class SparkRunner implements Experiment.Distributed {
  /** How long to wait for the first executor, in seconds (a Spark property: --conf or -D). */
  static final String TIMEOUT = "spark.leansim.timeout";

  static final int DEFAULT_TIMEOUT_SECONDS = 60;

  private final String master;
  private final Path log;

  /** A runner on {@code master}: {@code local[*]}, {@code spark://host:7077}, or {@code submit} (as spark-submit set it). */
  public SparkRunner(String master) {
    this.master = master;
    this.log = master.equals("submit") ? null : SparkLog.toFile();
  }

  @Override
  public List<RunResult> runAll(List<Experiment.Job> jobs, double binMinutes) {
    List<Task> tasks = new ArrayList<>();
    List<Shipped> shipped = new ArrayList<>();
    for (int j = 0; j < jobs.size(); j++) {
      Scenario s = jobs.get(j).scenario();
      if (s.run().precision() != null) {
        throw new IllegalArgumentException(jobs.get(j).variant() + " has a precision target: run it without --spark"
            + " (how many replications it needs depends on those already run)");
      }
      shipped.add(Shipped.of(s));
      for (int k = 0; k < s.run().replications(); k++) {
        tasks.add(new Task(j, k));
      }
    }
    JavaSparkContext sc = context();
    Broadcast<List<Shipped>> scenarios = sc.broadcast(shipped);
    JavaFutureAction<List<Done>> job = sc.parallelize(tasks, tasks.size())
        .map(t -> new Done(t.job(), t.replication(), run(scenarios.value().get(t.job()), t.replication(), binMinutes)))
        .collectAsync();
    List<Done> done;
    try {
      done = job.get();
    } catch (InterruptedException e) {
      job.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      for (Throwable t = e.getCause(); t != null && t.getCause() != t; t = t.getCause()) {
        if (t instanceof UnstableSystemException unstable) {
          throw unstable; // the scenario's problem, not the cluster's: as a local run says it
        }
      }
      throw problem("the cluster could not run the replications: " + rootMessage(e.getCause()),
          "Check that the workers can run Java 17 and reach this machine, and that each has the memory asked for");
    }
    scenarios.destroy();
    List<RunResult> out = new ArrayList<>();
    for (int j = 0; j < jobs.size(); j++) {
      int index = j;
      List<ReplicationStats> reps = done.stream().filter(d -> d.job() == index)
          .sorted(Comparator.comparingInt(Done::replication)).map(Done::stats).toList();
      out.add(Experiment.result(jobs.get(j), reps));
    }
    return out;
  }

  /**
   * The Spark context of this command (a sweep or a staffing search calls {@link #runAll} many times;
   * Spark stops it when the JVM exits), once it has an executor: on a cluster, waits for one for
   * {@value #TIMEOUT} seconds at most, saying so every 10 seconds.
   */
  private JavaSparkContext context() {
    SparkConf conf = new SparkConf().setAppName("leansim");
    if (!master.equals("submit")) {
      conf.setMaster(master);
    }
    if (master.startsWith("local")) {
      conf.set("spark.driver.bindAddress", "127.0.0.1").set("spark.driver.host", "127.0.0.1")
          .set("spark.ui.enabled", "false");
    } else if (!master.equals("submit")) {
      Shipping.addJars(conf);
    }
    Deadline deadline = new Deadline(conf.getInt(TIMEOUT, DEFAULT_TIMEOUT_SECONDS));
    SparkContext context = started(conf, deadline);
    if (!context.isLocal()) {
      awaitExecutor(context, deadline);
    }
    return JavaSparkContext.fromSparkContext(context);
  }

  /**
   * The Spark context, started on a thread of its own: with no master answering, Spark's
   * constructor waits for the master through three attempts of 20 s each before it gives up, and
   * this command should say what it waits for and stop at {@code timeout} instead.
   */
  private SparkContext started(SparkConf conf, Deadline deadline) {
    CompletableFuture<SparkContext> starting = new CompletableFuture<>();
    Thread starter = new Thread(() -> {
      try {
        SparkContext context = SparkContext.getOrCreate(conf);
        if (!master.equals("submit") && !context.master().equals(master)) {
          context.stop(); // another runner's (one JVM, several commands: tests, an embedding program)
          context = SparkContext.getOrCreate(conf);
        }
        starting.complete(context);
      } catch (Throwable e) { // Scala's SparkException too, unchecked here
        starting.completeExceptionally(e);
      }
    }, "leansim-spark-start");
    starter.setDaemon(true); // a master that never answers must not keep the JVM alive
    starter.start();
    while (true) {
      try {
        return starting.get(200, TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        throw problem("cannot start Spark on " + master + ": " + rootMessage(e.getCause()),
            "Check the master URL (spark://HOST:PORT, local[N]) and that the master runs");
      } catch (TimeoutException e) {
        if (deadline.over("the Spark master " + master)) {
          throw problem("no answer from the Spark master " + master + " within " + deadline.seconds + " s",
              "Check that the master runs and that this machine can reach it (spark://HOST:PORT, the host and port"
                  + " it printed when it started), or wait longer: " + longer());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  private void awaitExecutor(SparkContext context, Deadline deadline) {
    while (context.statusTracker().getExecutorInfos().length < 2) { // the driver is one
      if (context.isStopped()) {
        throw problem("Spark gave up on the master " + context.master() + " (no answer, or it refused this application)",
            "Check that the master runs and that this machine can reach it (spark://HOST:PORT, the host and port it"
                + " printed when it started)");
      }
      if (deadline.over("a Spark executor on " + context.master())) {
        context.stop();
        throw problem("no Spark executor started within " + deadline.seconds + " s on " + context.master(),
            "Check that the master runs, that a worker registered with it (its web page lists the workers), that the"
                + " workers have the cores and memory asked for and a SPARK_HOME (see docs/shards-and-spark.md),"
                + " or wait longer: " + longer());
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  /** The time a command waits for Spark to start, from the moment it asked; says what it waits for every 10 s. */
  private static final class Deadline {
    final int seconds;
    private final long start = System.nanoTime();
    private long said;

    Deadline(int seconds) {
      this.seconds = seconds;
    }

    /** Whether the time is over; before that, a line on standard error every 10 s of waiting for {@code what}. */
    boolean over(String what) {
      long waited = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      if (waited >= seconds) {
        return true;
      }
      if (waited >= said + 10) {
        said = waited;
        System.err.printf("leansim: waiting for %s (%d s of %d)...%n", what, waited, seconds);
      }
      return false;
    }
  }

  private static String longer() {
    return "--conf " + TIMEOUT + "=SECONDS (spark-submit) or LEANSIM_JAVA_OPTS=-D" + TIMEOUT + "=SECONDS";
  }

  /** A cluster problem: its first line the problem, then what to check and where Spark's log is. */
  private IllegalStateException problem(String what, String check) {
    return new IllegalStateException(what + "\n" + check + "\n"
        + (log != null ? "Spark's log: " + log
            : master.equals("submit") ? "Spark's log is above (spark-submit's output)."
            : "Spark's log: where your Log4j configuration (-Dlog4j2.configurationFile) sends it."));
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    return t == e ? first : first + " (" + t + ")";
  }

  /** One replication on an executor: the scenario read back from its YAML, run as a local run runs it. */
  static ReplicationStats run(Shipped job, int replication, double binMinutes) {
    Scenario s = job.load();
    return Replication.run(s, replication, new StreamPlan(s.run().seed()), List.of(), binMinutes);
  }

  /**
   * A job's scenario as it travels to the executors: its YAML, whose traces are named {@code
   * trace-N.csv}, and the rows of those traces (as loaded on the driver: executors read no file of
   * the driver's machine), and the order of its customers' draws (a variant's, which its YAML alone does not say).
   */
  record Shipped(String yaml, Map<String, String> traces, List<String> draws) implements Serializable {
    static Shipped of(Scenario s) {
      Map<String, String> traces = new LinkedHashMap<>();
      List<ArrivalStream> arrivals = s.arrivals().stream().map(a -> {
        if (!(a.pattern() instanceof ArrivalPattern.Replay r)) {
          return a;
        }
        String name = "trace-" + (traces.size() + 1) + ".csv";
        StringBuilder csv = new StringBuilder("time,type\n");
        for (ArrivalPattern.RecordedArrival row : r.arrivals()) {
          csv.append(BigDecimal.valueOf(row.time()).toPlainString()).append(',').append(row.type()).append('\n');
        }
        traces.put(name, csv.toString());
        return new ArrivalStream(a.name(), new ArrivalPattern.Replay(name, r.arrivals()), a.mix(), a.batch(), a.scale());
      }).toList();
      Scenario plain = traces.isEmpty() ? s : new Scenario(s.name(), s.title(), s.description(), s.timeUnit(),
          s.clockStart(), s.run(), s.targets(), s.customers(), arrivals, s.resources(), s.process(), s.variants(),
          s.draws());
      return new Shipped(ScenarioWriter.toYaml(plain), traces, List.copyOf(s.draws())); // a variant's layout of draws is not in its YAML
    }

    /** The scenario, loaded here (an executor) from the YAML and the traces, in a folder of its own. */
    Scenario load() {
      Path dir = null;
      try {
        if (!traces.isEmpty()) {
          dir = Files.createTempDirectory("leansim-task");
          for (Map.Entry<String, String> t : traces.entrySet()) {
            Files.writeString(dir.resolve(t.getKey()), t.getValue(), StandardCharsets.UTF_8);
          }
        }
        LoadResult r = ScenarioLoader.parse("job.yaml", yaml, dir == null ? Path.of(".") : dir);
        if (!r.ok()) {
          throw new IllegalStateException("the job's scenario does not load on the executor: " + r.formatted());
        }
        return r.scenario().withDraws(draws);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        if (dir != null) {
          try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
              Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
          } catch (IOException e) {
            // a temporary folder left behind; the replication is unaffected
          }
        }
      }
    }
  }

  /** A task: a job's index and a replication. */
  record Task(int job, int replication) implements Serializable {}

  /** A finished task and its figures. */
  record Done(int job, int replication, ReplicationStats stats) implements Serializable {}
}
