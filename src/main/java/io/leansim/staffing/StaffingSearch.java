package io.leansim.staffing;

import io.leansim.experiment.Experiment;
import io.leansim.experiment.RunResult;
import io.leansim.model.FlowListener;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.RunSpec;
import io.leansim.scenario.Scenario;
import io.leansim.stats.Estimate;
import io.leansim.stats.ReplicationStats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cheapest staff per time bin of one pool such that the customers who need it (of the types it
 * serves that walk a step using it) arriving in every bin meet a service level: the share of them
 * who waited at most {@code targets.wait_within} in total, over those who left (counted as {@code
 * service_level} is), is at least the target; with targets per type ({@link ServiceLevelTargets}),
 * every such type on its own meets its target, and the others together the common one.
 *
 * <ol>
 *   <li>Start from the Erlang estimate of every bin ({@link BinDemand}), at most {@code maxStaff}.
 *   <li>Simulate the candidate: the scenario with the pool's {@code shifts} set to the staff per
 *       bin, with the scenario's seed (common random numbers: every candidate sees the same
 *       customers, so differences between candidates are differences of staffing, not of luck).
 *   <li>Add: while some bin's mean service level (over replications) misses the target, add one
 *       server to every such bin and simulate again. A bin that misses with {@code maxStaff}
 *       stops the search ({@link StaffingPlan.Outcome#NOT_MET}).
 *   <li>Remove: try one server fewer in one bin at a time, bins with the most confident slack
 *       (lower end of the 95% interval minus the target) first; keep the reduction only when every
 *       bin still meets the target: every bin it touched with confidence, its mean minus its 95%
 *       half-width at least the target ({@link #doubtful}); after a kept reduction, start over.
 *       Stop when no single-bin reduction is kept.
 * </ol>
 *
 * <p>A change in one bin also moves the others (a queue carries over, and customers who arrived
 * earlier may still be waiting), which is why every candidate is judged on every bin. A bin whose
 * customers had all left before the change has, under common random numbers, the very same
 * results replication by replication: it is untouched and meets the target as before. Adding
 * follows the mean, removing needs confidence: the search errs on the side of the target. At most {@code maxEvaluations} candidates are simulated (each
 * one once: results are cached by staffing); the scenario's {@code precision} target is ignored
 * (every candidate runs the same replications). Deterministic for a seed, whatever the threads.
 */
public final class StaffingSearch {
  /** At most this many bins: a day in 5-minute bins, and beyond any useful staffing plan. */
  public static final int MAX_BINS = 288;

  /** The variant name candidates run under. */
  static final String JOB = "staffing";

  private StaffingSearch() {}

  /**
   * What to search.
   *
   * @param scenario the scenario (its baseline is used; its replications and seed apply)
   * @param resource the pool to staff
   * @param targets the service levels to reach
   * @param binMinutes bin width in minutes
   * @param maxStaff the most staff a bin may have, >= 1
   * @param maxEvaluations the most candidates to simulate, >= 1
   * @param threads replications run at once
   * @param cluster where to run the candidates' replications instead (Spark), or null: here
   */
  public record Request(Scenario scenario, String resource, ServiceLevelTargets targets, double binMinutes,
      int maxStaff, int maxEvaluations, int threads, Experiment.Distributed cluster) {
    /** A request with one target for every customer who needs the pool, run here on {@code threads} threads. */
    public Request(Scenario scenario, String resource, double target, double binMinutes, int maxStaff,
        int maxEvaluations, int threads) {
      this(scenario, resource, ServiceLevelTargets.of(target), binMinutes, maxStaff, maxEvaluations, threads, null);
    }

    public Request {
      if (!problems(scenario, resource, binMinutes).isEmpty()) {
        throw new IllegalArgumentException(String.join("; ", problems(scenario, resource, binMinutes)));
      }
      List<String> wrong = targets.problems(scenario, scenario.resource(resource).orElseThrow());
      if (!wrong.isEmpty()) {
        throw new IllegalArgumentException(String.join("; ", wrong));
      }
      if (maxStaff < 1 || maxEvaluations < 1 || threads < 1) {
        throw new IllegalArgumentException("maxStaff, maxEvaluations and threads must be >= 1");
      }
      if (scenario.run().replications() < 2) {
        throw new IllegalArgumentException("needs at least 2 replications for confidence intervals");
      }
    }

    /** Bin width in the scenario's time unit. */
    public double binWidth() {
      return binMinutes / scenario.timeUnit().minutes();
    }
  }

  /**
   * A step of the search: its kind, the bins it changed, the candidate simulated, whether it was
   * kept, and for a reduction not kept the bins it touched that do not meet the target with
   * confidence ({@code doubtful}; empty otherwise).
   */
  public record Move(Kind kind, List<Integer> bins, Evaluation evaluation, boolean kept, List<Integer> doubtful) {
    public Move {
      bins = List.copyOf(bins);
      doubtful = List.copyOf(doubtful);
    }

    /** What the step did. */
    public enum Kind {
      /** The Erlang estimates. */
      START,
      /** One more server in each of {@code bins}. */
      ADD,
      /** One server fewer in the bin of {@code bins}. */
      REMOVE
    }
  }

  /** Hooks into a search (progress), called on the searching thread except {@link #replicationDone}. */
  public interface Listener {
    /** A candidate was simulated (or taken from the cache). */
    default void moved(Move move) {}

    /** One replication of a candidate is done (on the thread that ran it). */
    default void replicationDone() {}
  }

  /** A listener that does nothing. */
  public static final Listener QUIET = new Listener() {};

  /**
   * What stops a search on {@code resource} of {@code s} with bins of {@code binMinutes}: the
   * scenario has no {@code targets.wait_within}, no such pool, no step that calls on it for a type
   * it serves, too many or too few bins; empty when it can run. Each message says how to fix it.
   */
  public static List<String> problems(Scenario s, String resource, double binMinutes) {
    List<String> out = new ArrayList<>();
    if (s.targets().waitWithin().isEmpty()) {
      out.add("the scenario has no service-level target: add 'targets: {wait_within: 10min}' (the longest"
          + " acceptable total wait) to it");
    }
    ResourcePool pool = s.resource(resource).orElse(null);
    if (pool == null) {
      out.add("no resource '" + resource + "'");
    } else if (s.process().stream().noneMatch(st -> st.resources().contains(resource)
        && s.customers().stream().anyMatch(c -> st.appliesTo(c.name()) && pool.serves(c.name())))) {
      out.add("no step calls on resource '" + resource + "' for a type it serves: there is nothing to staff");
    }
    if (!(binMinutes > 0) || Double.isInfinite(binMinutes)) {
      out.add("the bin must be a duration > 0");
    } else {
      int bins = binCount(s.run().horizon(), binMinutes / s.timeUnit().minutes());
      if (bins > MAX_BINS) {
        out.add("bins of " + fmt(binMinutes) + " min make " + bins + " bins over the horizon; at most " + MAX_BINS
            + ": choose a wider bin");
      }
    }
    return out;
  }

  /**
   * The bins that keep {@code trial}, one server fewer than {@code current} somewhere, from being
   * kept: those it touched (their service levels differ from {@code current}'s in some replication)
   * that do not meet every target with confidence (mean − 95% half-width below the target). A
   * bin the change did not touch (every customer of it had left before the change, so common
   * random numbers give it the very same results) still meets the target as it did.
   */
  public static List<Integer> doubtful(Evaluation trial, Evaluation current) {
    List<Integer> out = new ArrayList<>();
    for (int b = 0; b < trial.staff().size(); b++) {
      if (!trial.sameAs(current, b) && !trial.meetsConfidently(b)) {
        out.add(b);
      }
    }
    return out;
  }

  /** Bins of {@code width} over [0, horizon), the last one possibly shorter (as the day profile counts them). */
  static int binCount(double horizon, double width) {
    return (int) Math.ceil(horizon / width - 1e-9);
  }

  /**
   * The bins of {@code binMinutes} over the horizon of {@code s} with their demand on {@code
   * resource} and the queueing estimates for the service level {@code target} (see {@link
   * BinDemand}); needs what {@link #problems} checks.
   */
  public static List<BinDemand> profile(Scenario s, String resource, double binMinutes, double target) {
    return BinDemand.profile(s, s.resource(resource).orElseThrow(), binMinutes / s.timeUnit().minutes(),
        s.targets().waitWithin().orElseThrow(), target);
  }

  /** The default bound on the staff of a bin: twice the largest Erlang estimate, at least 10. */
  public static int defaultMaxStaff(List<BinDemand> bins) {
    int largest = bins.stream().mapToInt(BinDemand::erlangEstimate).max().orElse(0);
    return (int) Math.max(10, Math.min(BinDemand.ESTIMATE_CAP, 2L * largest));
  }

  /** Runs the search. */
  public static StaffingPlan run(Request request, Listener listener) throws InterruptedException {
    Scenario base = searched(request.scenario());
    double waitWithin = base.targets().waitWithin().getAsDouble();
    ResourcePool pool = base.resource(request.resource()).orElseThrow();
    List<BinDemand> bins = BinDemand.profile(base, pool, request.binWidth(), waitWithin,
        request.targets().strictest());
    Search search = new Search(request, base, pool, bins, request.targets().groups(base, pool), listener);
    return search.run(waitWithin);
  }

  /** The scenario as the search runs it: the baseline, a fixed number of replications, no precision target. */
  private static Scenario searched(Scenario s) {
    RunSpec r = s.run();
    return s.withoutVariants().withRun(new RunSpec(r.horizon(), r.drain(), r.warmup(), r.replications(), r.seed()));
  }

  /** The pool's shifts for {@code staff} per bin: one shift per change, from the bin's start. */
  static List<ResourcePool.Shift> shifts(List<Integer> staff, List<BinDemand> bins) {
    List<ResourcePool.Shift> out = new ArrayList<>();
    for (int b = 0; b < staff.size(); b++) {
      if (b == 0 || !staff.get(b).equals(staff.get(b - 1))) {
        out.add(new ResourcePool.Shift(bins.get(b).start(), staff.get(b)));
      }
    }
    return out;
  }

  /** One search in progress: the cache of simulated candidates and the count of evaluations. */
  private static final class Search {
    private final Request request;
    private final Scenario base;
    private final ResourcePool pool;
    private final List<BinDemand> bins;
    private final Listener listener;
    private final Map<List<Integer>, Evaluation> cache = new HashMap<>();
    private final List<ServiceLevelTargets.Group> groups;

    Search(Request request, Scenario base, ResourcePool pool, List<BinDemand> bins,
        List<ServiceLevelTargets.Group> groups, Listener listener) {
      this.request = request;
      this.base = base;
      this.pool = pool;
      this.bins = bins;
      this.groups = groups;
      this.listener = listener;
    }

    StaffingPlan run(double waitWithin) throws InterruptedException {
      List<Integer> staff = new ArrayList<>();
      for (BinDemand b : bins) {
        staff.add(Math.min(request.maxStaff(), b.erlangEstimate()));
      }
      Evaluation current = evaluate(staff);
      listener.moved(new Move(Move.Kind.START, List.of(), current, true, List.of()));
      // add where the mean misses
      while (!current.missing().isEmpty()) {
        List<Integer> more = new ArrayList<>(current.staff());
        List<Integer> added = new ArrayList<>();
        for (int b : current.missing()) {
          if (more.get(b) < request.maxStaff()) {
            more.set(b, more.get(b) + 1);
            added.add(b);
          }
        }
        if (added.isEmpty()) {
          return plan(waitWithin, current, StaffingPlan.Outcome.NOT_MET);
        }
        if (cache.size() >= request.maxEvaluations()) {
          return plan(waitWithin, current, StaffingPlan.Outcome.NOT_MET_AT_CAP);
        }
        Evaluation next = evaluate(more);
        listener.moved(new Move(Move.Kind.ADD, added, next, true, List.of()));
        current = next;
      }
      // remove one where every bin still meets the target with confidence
      while (true) {
        Evaluation kept = null;
        for (int b : reductionOrder(current)) {
          if (cache.size() >= request.maxEvaluations() && !cache.containsKey(less(current, b))) {
            return plan(waitWithin, current, StaffingPlan.Outcome.FOUND_AT_CAP);
          }
          Evaluation trial = evaluate(less(current, b));
          List<Integer> doubtful = doubtful(trial, current);
          boolean keep = doubtful.isEmpty();
          listener.moved(new Move(Move.Kind.REMOVE, List.of(b), trial, keep, doubtful));
          if (keep) {
            kept = trial;
            break;
          }
        }
        if (kept == null) {
          return plan(waitWithin, current, StaffingPlan.Outcome.FOUND);
        }
        current = kept;
      }
    }

    /** Bins with staff, most confident slack first (a bin nobody arrived in first), then later bins first. */
    private List<Integer> reductionOrder(Evaluation e) {
      List<Integer> order = new ArrayList<>();
      for (int b = 0; b < bins.size(); b++) {
        if (e.staff().get(b) > 0) {
          order.add(b);
        }
      }
      order.sort(Comparator.comparingDouble((Integer b) -> -e.slack(b)).thenComparing(Comparator.reverseOrder()));
      return order;
    }


    private static List<Integer> less(Evaluation e, int b) {
      List<Integer> fewer = new ArrayList<>(e.staff());
      fewer.set(b, fewer.get(b) - 1);
      return List.copyOf(fewer);
    }

    private Evaluation evaluate(List<Integer> staff) throws InterruptedException {
      List<Integer> key = List.copyOf(staff);
      Evaluation known = cache.get(key);
      if (known != null) {
        return known;
      }
      Scenario candidate = staffed(key);
      Experiment.Observer observer = new Experiment.Observer() {
        @Override
        public List<FlowListener> listeners(String variant, int replication) {
          return List.of();
        }

        @Override
        public void replicationDone(String variant, int replication) {
          listener.replicationDone();
        }
      };
      List<Experiment.Job> job = List.of(new Experiment.Job(JOB, candidate.title(), candidate));
      RunResult r = request.cluster() != null ? request.cluster().runAll(job, request.binMinutes()).get(0)
          : Experiment.runAll(job, request.threads(), request.binMinutes(), observer).get(0);
      List<Evaluation.Level> levels = new ArrayList<>();
      for (ServiceLevelTargets.Group g : groups) {
        List<double[]> reps = new ArrayList<>();
        for (ReplicationStats rep : r.replications()) {
          double[] sl = rep.timeline().serviceLevelByArrivalBin(g.types());
          if (sl.length != bins.size()) {
            throw new IllegalStateException("day profile has " + sl.length + " bins, the search " + bins.size());
          }
          reps.add(sl);
        }
        List<Estimate> byBin = new ArrayList<>();
        List<List<Double>> byReplication = new ArrayList<>();
        for (int b = 0; b < bins.size(); b++) {
          List<Double> values = new ArrayList<>();
          for (double[] sl : reps) {
            values.add(sl[b]);
          }
          byBin.add(Estimate.of(values));
          byReplication.add(values);
        }
        levels.add(new Evaluation.Level(g, byBin, byReplication));
      }
      Evaluation e = new Evaluation(cache.size() + 1, key, levels, r.summary());
      cache.put(key, e);
      return e;
    }

    private Scenario staffed(List<Integer> staff) {
      return base.withResource(pool.withShifts(shifts(staff, bins)));
    }

    private StaffingPlan plan(double waitWithin, Evaluation e, StaffingPlan.Outcome outcome) {
      return new StaffingPlan(request.resource(), request.targets(), waitWithin, request.binWidth(), request.maxStaff(), bins,
          e.staff(), e, cache.size(), outcome, staffed(e.staff()));
    }
  }

  private static String fmt(double x) {
    return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
  }
}
