package io.leansim.experiment;

import io.leansim.engine.StreamPlan;
import io.leansim.model.FlowListener;
import io.leansim.scenario.RunSpec;
import io.leansim.scenario.Scenario;
import io.leansim.stats.Estimate;
import io.leansim.stats.Metric.Scope;
import io.leansim.stats.ReplicationStats;
import io.leansim.stats.Timeline;
import io.leansim.stats.TimelineCollector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs jobs (the baseline and variants) times replications on a fixed thread pool. Every
 * replication is an independent task whose random numbers depend only on the seed and its index
 * ({@link StreamPlan}), and the figures are combined in replication order, so the summaries are
 * bit-identical for any number of threads. All jobs use the seed of their own scenario; variants
 * keep the baseline's seed, which gives common random numbers.
 *
 * <p>With a precision target (the first job's: the jobs of a run are a comparison, the first its
 * baseline), every job runs the same replications: a first stage of at least {@link
 * #FIRST_STAGE}, then rounds until the target is met or the maximum is reached ({@link
 * PrecisionOutcome}). Each round's size depends only on the results so far, so the number of
 * replications, too, is the same for any number of threads.
 */
public final class Experiment {
  private Experiment() {}

  /**
   * The fewest replications a precision target judges from: an interval from fewer replications is
   * too unsure of its own width to stop on (Law, Simulation Modeling and Analysis, 9.4.1, advises n0
   * of at least 10).
   */
  public static final int FIRST_STAGE = 10;

  /** One scenario to run under a name ({@code baseline} or a variant's name). */
  public record Job(String variant, String title, Scenario scenario) {}

  /** Hooks into a run: extra listeners per replication (traces) and progress. Called from worker threads. */
  public interface Observer {
    /** Extra listeners for one replication of one job. */
    default List<FlowListener> listeners(String variant, int replication) {
      return List.of();
    }

    /** One replication of one job is done (on the thread that ran it). */
    default void replicationDone(String variant, int replication) {}
  }

  /**
   * Runs every replication of every job somewhere else (a cluster), with the same results as {@link
   * #runAll}: replication k of a job is the same pure function of (scenario, k) wherever it runs.
   * LeanSim's Spark runner ({@code -Pspark}) is one.
   */
  public interface Distributed {
    /** The jobs' results, in job order, each combined from its replications in replication order. */
    List<RunResult> runAll(List<Job> jobs, double binMinutes);
  }

  /** An observer that adds nothing. */
  public static final Observer QUIET = new Observer() {};

  /**
   * Runs replication {@code index} of {@code job} alone with {@code listener} attached (an
   * animation's recorder): the same random numbers as that replication in {@link #runAll}.
   */
  public static void replay(Job job, int index, FlowListener listener) {
    Replication.run(job.scenario(), index, new StreamPlan(job.scenario().run().seed()), List.of(listener));
  }

  /**
   * Runs every job with its scenario's replications on {@code threads} threads and returns one
   * summary per job, in job order.
   *
   * @throws IllegalStateException wrapping the first failure of any replication
   */
  public static List<Summary> run(List<Job> jobs, int threads, Observer observer) throws InterruptedException {
    return runAll(jobs, threads, observer).stream().map(RunResult::summary).toList();
  }

  /**
   * As {@link #run}, keeping every job's per-replication figures (for paired comparisons).
   *
   * @throws IllegalStateException wrapping the first failure of any replication
   */
  public static List<RunResult> runAll(List<Job> jobs, int threads, Observer observer) throws InterruptedException {
    return runAll(jobs, threads, TimelineCollector.DEFAULT_BIN_MINUTES, observer);
  }

  /** As {@link #runAll(List, int, Observer)}, with day-profile bins of {@code binMinutes} minutes. */
  public static List<RunResult> runAll(List<Job> jobs, int threads, double binMinutes, Observer observer)
      throws InterruptedException {
    return run(jobs, null, threads, binMinutes, observer);
  }

  /**
   * Runs only replications {@code range.from()..range.to()} of every job (one shard of the run):
   * each replication exactly as {@link #runAll} runs it, and each job's summary over those
   * replications. Every job must have {@code range.of()} replications and no precision target (the
   * number of replications of a precision run depends on the results so far, so it cannot be
   * split in advance).
   *
   * @throws IllegalArgumentException when a job has another number of replications or a precision target
   * @throws IllegalStateException wrapping the first failure of any replication
   */
  public static List<RunResult> runRange(
      List<Job> jobs, ReplicationRange range, int threads, double binMinutes, Observer observer)
      throws InterruptedException {
    for (Job job : jobs) {
      RunSpec run = job.scenario().run();
      if (run.precision() != null) {
        throw new IllegalArgumentException(job.variant() + " has a precision target: it cannot run in shards");
      }
      if (run.replications() != range.of()) {
        throw new IllegalArgumentException(job.variant() + " has " + run.replications() + " replications, not "
            + range.of());
      }
    }
    return run(jobs, range, threads, binMinutes, observer);
  }

  /**
   * The result of {@code job} from the figures of its replications in replication order, without a
   * precision target: what {@link #runAll} returns for those replications. Merging shards uses it
   * to rebuild the whole run from the replications the shards hold.
   */
  public static RunResult result(Job job, List<ReplicationStats> reps) {
    return new RunResult(summarize(job, reps, null), reps);
  }

  /** Runs {@code range} of every job, or (null) all its replications with its precision target. */
  private static List<RunResult> run(
      List<Job> jobs, ReplicationRange range, int threads, double binMinutes, Observer observer)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "leansim-replication");
      t.setDaemon(true);
      return t;
    });
    try {
      RunSpec.Precision target = range == null ? jobs.get(0).scenario().run().precision() : null;
      List<StreamPlan> plans = new ArrayList<>();
      List<List<Future<ReplicationStats>>> futures = new ArrayList<>();
      for (Job job : jobs) {
        StreamPlan plan = new StreamPlan(job.scenario().run().seed());
        plans.add(plan);
        int from = range == null ? 0 : range.from();
        int count = range != null ? range.count()
            : target == null ? job.scenario().run().replications() : firstStage(jobs.get(0), target);
        futures.add(submit(pool, job, plan, from, count, binMinutes, observer));
      }
      List<List<ReplicationStats>> reps = new ArrayList<>();
      for (List<Future<ReplicationStats>> f : futures) {
        reps.add(collect(f));
      }
      PrecisionOutcome outcome = null;
      while (target != null) {
        outcome = PrecisionOutcome.of(target, jobs, reps);
        int n = reps.get(0).size();
        int more = outcome.replicationsWanted() - n;
        if (outcome.met() || more <= 0) {
          break;
        }
        List<List<Future<ReplicationStats>>> round = new ArrayList<>();
        for (int j = 0; j < jobs.size(); j++) {
          round.add(submit(pool, jobs.get(j), plans.get(j), n, more, binMinutes, observer));
        }
        for (int j = 0; j < jobs.size(); j++) {
          reps.get(j).addAll(collect(round.get(j)));
        }
      }
      List<RunResult> out = new ArrayList<>();
      for (int j = 0; j < jobs.size(); j++) {
        out.add(new RunResult(summarize(jobs.get(j), reps.get(j), outcome), reps.get(j)));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The first stage under a precision target: the baseline's replications, at least {@link #FIRST_STAGE}, at most the maximum. */
  private static int firstStage(Job baseline, RunSpec.Precision target) {
    return Math.min(target.maxReplications(), Math.max(FIRST_STAGE, baseline.scenario().run().replications()));
  }

  private static List<Future<ReplicationStats>> submit(
      ExecutorService pool, Job job, StreamPlan plan, int from, int count, double binMinutes, Observer observer) {
    List<Future<ReplicationStats>> perJob = new ArrayList<>();
    for (int r = from; r < from + count; r++) {
      int index = r;
      perJob.add(pool.submit(() -> {
        ReplicationStats s =
            Replication.run(job.scenario(), index, plan, observer.listeners(job.variant(), index), binMinutes);
        observer.replicationDone(job.variant(), index);
        return s;
      }));
    }
    return perJob;
  }

  private static List<ReplicationStats> collect(List<Future<ReplicationStats>> futures) throws InterruptedException {
    List<ReplicationStats> reps = new ArrayList<>();
    for (Future<ReplicationStats> f : futures) {
      reps.add(get(f));
    }
    return reps;
  }

  private static ReplicationStats get(Future<ReplicationStats> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * Combines per-replication figures (in replication order) into estimates: a pure function of
   * {@code reps}, so the same replications give the same summary, to the bit, however they were
   * run (threads, shards).
   */
  public static Summary summarize(Job job, List<ReplicationStats> reps, PrecisionOutcome precision) {
    Scenario s = job.scenario();
    Estimators.Run run = Estimators.Run.of(reps);
    return new Summary(s.name(), job.variant(), job.title(), s.timeUnit().symbol(), s.clockStart(), reps.size(), s.run().seed(),
        Estimators.estimates(run, Scope.OVERALL, ""),
        nested(run, Scope.TYPE),
        nested(run, Scope.STEP),
        nested(run, Scope.RESOURCE),
        precision,
        Timeline.average(reps.stream().map(ReplicationStats::timeline).toList()),
        run.waits() == null ? null : run.waits().percentiles());
  }

  private static Map<String, Map<String, Estimate>> nested(Estimators.Run run, Scope scope) {
    Map<String, Map<String, Estimate>> out = new LinkedHashMap<>();
    for (String key : run.reps().get(0).of(scope).keySet()) {
      out.put(key, Estimators.estimates(run, scope, key));
    }
    return out;
  }

  /**
   * Runs replications {@code from .. from + count - 1} of every job on {@code threads} threads and
   * returns each job's figures, in job order, each in replication order: replication k exactly as
   * {@link #runAll} runs it (a pure function of the job's scenario and k), so a procedure that adds
   * replications a few at a time (the selection of the best, {@link Selection}) sees the same
   * replications as one run of them all.
   *
   * @throws IllegalStateException wrapping the first failure of any replication
   */
  public static List<List<ReplicationStats>> replications(
      List<Job> jobs, int from, int count, int threads, Observer observer) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "leansim-replication");
      t.setDaemon(true);
      return t;
    });
    try {
      List<List<Future<ReplicationStats>>> futures = new ArrayList<>();
      for (Job job : jobs) {
        futures.add(submit(pool, job, new StreamPlan(job.scenario().run().seed()), from, count,
            TimelineCollector.DEFAULT_BIN_MINUTES, observer));
      }
      List<List<ReplicationStats>> out = new ArrayList<>();
      for (List<Future<ReplicationStats>> perJob : futures) {
        out.add(collect(perJob));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
