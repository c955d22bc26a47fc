package io.leansim.selftest;

import io.leansim.experiment.Summary;
import io.leansim.scenario.ArrivalPattern;
import io.leansim.scenario.ArrivalStream;
import io.leansim.scenario.CustomerType;
import io.leansim.scenario.Discipline;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.DurationUnit;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.RunSpec;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.ServiceTime;
import io.leansim.scenario.Step;
import io.leansim.scenario.Targets;
import io.leansim.scenario.ValueClass;
import io.leansim.selftest.SelftestModel.Feature;
import io.leansim.selftest.SelftestModel.Figure;
import io.leansim.stats.Estimate;
import io.leansim.stats.Metric;
import io.leansim.theory.ErlangA;
import io.leansim.theory.FiniteQueue;
import io.leansim.theory.QueueingTheory;
import io.leansim.theory.TransientMmc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * The built-in self-test models, each small and fast, times in minutes, one step {@code serve} on
 * one pool {@code desk}. Steady-state models run {@code replications} replications of a long
 * horizon without drain after a warm-up; the transient models start empty, without warm-up or
 * drain, over a short horizon, with {@link #TRANSIENT_FACTOR} times as many replications.
 */
public final class SelftestModels {
  /** Default replications of a steady-state model. */
  public static final int DEFAULT_REPLICATIONS = 20;

  /** The transient models run this many times the replications of the steady-state ones. */
  public static final int TRANSIENT_FACTOR = 50;

  /** Default seed of the self-test (the validation suite's). */
  public static final long DEFAULT_SEED = 20240611L;

  /** Largest half-width accepted, as a fraction of the theory value, unless a model says otherwise. */
  public static final double PRECISION = 0.05;

  private static final String STEP = "serve";
  private static final String POOL = "desk";
  private static final String TYPE = "customer";

  private SelftestModels() {}

  /** Every self-test model, in printing order. */
  public static List<SelftestModel> all(int replications, long seed) {
    if (replications < 2) {
      throw new IllegalArgumentException("the self-test needs at least 2 replications");
    }
    return List.of(
        mmc(2, 20_000, replications, seed),
        mmc(5, 12_000, replications, seed),
        cobham(replications, seed),
        mg1(replications, seed),
        erlangA(replications, seed),
        finiteQueue(replications, seed),
        feedback(replications, seed),
        preemptive(replications, seed),
        transientMmc(replications, seed),
        shifts(replications, seed));
  }

  /** The models that need only {@code features} (and what every engine has). */
  public static List<SelftestModel> supported(Set<Feature> features, int replications, long seed) {
    List<SelftestModel> out = new ArrayList<>();
    for (SelftestModel m : all(replications, seed)) {
      if (features.containsAll(m.needs())) {
        out.add(m);
      }
    }
    return out;
  }

  private static SelftestModel mmc(int c, double horizon, int replications, long seed) {
    double mu = 1;
    double lambda = 0.8 * c * mu;
    Scenario s = scenario("mm" + c, List.of(CustomerType.of(TYPE)), lambda, Map.of(TYPE, 1.0), c,
        step(exp(1 / mu), Discipline.FIFO, OptionalInt.empty(), null), steady(horizon, replications, seed));
    return new SelftestModel("M/M/" + c, "M/M/" + c + " at utilisation 0.8 (Erlang C)", s, Set.of(), List.of(
        figure("overall.wait_mean", QueueingTheory.mmcWaitMean(lambda, mu, c), overall(Metric.WAIT_MEAN)),
        figure("overall.wait_p90", QueueingTheory.mmcWaitQuantile(lambda, mu, c, 0.9), overall(Metric.WAIT_P90)),
        figure("steps.serve.queue_mean", QueueingTheory.mmcQueueMean(lambda, mu, c), step(Metric.QUEUE_MEAN)),
        figure("overall.wip_mean", QueueingTheory.mmcSystemMean(lambda, mu, c), overall(Metric.WIP_MEAN)),
        figure("resources.desk.utilization", QueueingTheory.utilization(lambda, mu, c),
            s2 -> Metric.UTILIZATION.of(s2.resources().get(POOL)))));
  }

  private static SelftestModel cobham(int replications, long seed) {
    double mu = 1;
    int c = 2;
    double[] lambdas = {0.6, 1.0};
    Scenario s = scenario("cobham", List.of(new CustomerType("c1", 1), new CustomerType("c2", 2)), 1.6,
        mix(lambdas), c, step(exp(1 / mu), Discipline.PRIORITY, OptionalInt.empty(), null),
        steady(20_000, replications, seed));
    return new SelftestModel("priority", "M/M/2, two classes, non-preemptive priority (Cobham)", s, Set.of(),
        List.of(
            figure("types.c1.wait_mean", QueueingTheory.cobhamWaitMean(lambdas, mu, c, 1), type("c1", Metric.WAIT_MEAN)),
            figure("types.c2.wait_mean", QueueingTheory.cobhamWaitMean(lambdas, mu, c, 2), type("c2", Metric.WAIT_MEAN))));
  }

  private static SelftestModel mg1(int replications, long seed) {
    double lambda = 0.7;
    DistSpec service = new DistSpec.Uniform(0, 2);
    Scenario s = scenario("mg1", List.of(CustomerType.of(TYPE)), lambda, Map.of(TYPE, 1.0), 1,
        step(service, Discipline.FIFO, OptionalInt.empty(), null), steady(20_000, replications, seed));
    double wq = QueueingTheory.pollaczekKhinchineWaitMean(lambda, service.mean(), service.variance());
    return new SelftestModel("M/G/1", "M/G/1, service uniform on [0, 2], utilisation 0.7 (Pollaczek-Khinchine)",
        s, Set.of(), List.of(
            figure("overall.wait_mean", wq, overall(Metric.WAIT_MEAN)),
            figure("overall.lead_time_mean", wq + service.mean(), overall(Metric.LEAD_TIME_MEAN)),
            figure("overall.wip_mean", lambda * (wq + service.mean()), overall(Metric.WIP_MEAN))));
  }

  private static SelftestModel erlangA(int replications, long seed) {
    double lambda = 3.3;
    double mu = 1;
    int c = 3;
    double patience = 2;
    Scenario s = scenario("erlang-a",
        List.of(new CustomerType(TYPE, CustomerType.NO_PRIORITY, exp(patience))), lambda, Map.of(TYPE, 1.0), c,
        step(exp(1 / mu), Discipline.FIFO, OptionalInt.empty(), null), steady(10_000, replications, seed));
    ErlangA a = ErlangA.of(lambda, mu, c, 1 / patience);
    return new SelftestModel("Erlang-A", "M/M/3+M at load 1.1, patience exponential with mean 2 (Erlang-A)", s,
        Set.of(Feature.PATIENCE), List.of(
            figure("overall.abandon_rate", a.abandonProbability(), overall(Metric.ABANDON_RATE)),
            figure("steps.serve.wait_mean", a.waitMean(), step(Metric.STEP_WAIT_MEAN)),
            figure("steps.serve.wait_served_mean", a.waitServedMean(), step(Metric.WAIT_SERVED_MEAN)),
            figure("steps.serve.queue_mean", a.queueMean(), step(Metric.QUEUE_MEAN))));
  }

  private static SelftestModel finiteQueue(int replications, long seed) {
    double lambda = 2.4;
    double mu = 1;
    int c = 2;
    int limit = 3;
    double horizon = 10_000;
    RunSpec run = steady(horizon, replications, seed);
    Scenario s = scenario("mmck", List.of(CustomerType.of(TYPE)), lambda, Map.of(TYPE, 1.0), c,
        step(exp(1 / mu), Discipline.FIFO, OptionalInt.of(limit), null), run);
    FiniteQueue q = FiniteQueue.of(lambda, mu, c, limit);
    double arrivals = lambda * (horizon - run.warmup()); // expected counted arrivals
    return new SelftestModel("M/M/c/K", "M/M/2/5 (queue_limit 3) at load 1.2: balking", s,
        Set.of(Feature.QUEUE_LIMIT), List.of(
            figure("overall.balked / arrived", q.blockProbability(),
                scaled(overall(Metric.BALKED), arrivals)),
            figure("steps.serve.wait_mean", q.waitAdmittedMean(), step(Metric.STEP_WAIT_MEAN)),
            figure("steps.serve.queue_mean", q.queueMean(), step(Metric.QUEUE_MEAN))));
  }

  private static SelftestModel feedback(int replications, long seed) {
    double lambda = 0.5;
    double mu = 1;
    double p = 0.3;
    double horizon = 20_000;
    // Drain: every counted customer finishes all its visits, so E[visits] = arrivals / (1 - p).
    RunSpec run = new RunSpec(horizon, true, warmup(horizon), replications, seed);
    Step serve = new Step(STEP, List.of(POOL), ServiceTime.of(exp(1 / mu)), ValueClass.VALUE_ADDED, List.of(),
        Discipline.FIFO, OptionalDouble.empty(), null, OptionalInt.empty(), null,
        new Step.Rework(p, STEP, null), Map.of());
    Scenario s = scenario("feedback", List.of(CustomerType.of(TYPE)), lambda, Map.of(TYPE, 1.0), 1, serve, run);
    double arrivals = lambda * (horizon - run.warmup());
    return new SelftestModel("feedback", "M/M/1 with rework probability 0.3 back to the queue (Bernoulli feedback)",
        s, Set.of(Feature.REWORK), List.of(
            figure("steps.serve.visits / arrived", QueueingTheory.feedbackVisits(p), scaled(step(Metric.VISITS), arrivals)),
            figure("steps.serve.wait_mean", QueueingTheory.feedbackWaitPerVisit(lambda, mu, p), step(Metric.STEP_WAIT_MEAN)),
            figure("overall.lead_time_mean", QueueingTheory.feedbackSojournMean(lambda, mu, p),
                overall(Metric.LEAD_TIME_MEAN))));
  }

  private static SelftestModel preemptive(int replications, long seed) {
    double mu = 1;
    double[] lambdas = {0.3, 0.5};
    Scenario s = scenario("preemptive", List.of(new CustomerType("c1", 1), new CustomerType("c2", 2)), 0.8,
        mix(lambdas), 1, step(exp(1 / mu), Discipline.PREEMPTIVE, OptionalInt.empty(), null),
        steady(20_000, replications, seed));
    return new SelftestModel("preemptive", "M/M/1, two classes, preemptive-resume priority", s,
        Set.of(Feature.PREEMPTION), List.of(
            figure("types.c1.lead_time_mean", QueueingTheory.preemptiveResumeSojournMean(lambdas, mu, 1),
                type("c1", Metric.LEAD_TIME_MEAN)),
            figure("types.c2.lead_time_mean", QueueingTheory.preemptiveResumeSojournMean(lambdas, mu, 2),
                type("c2", Metric.LEAD_TIME_MEAN))));
  }

  private static SelftestModel transientMmc(int replications, long seed) {
    double lambda = 2.7;
    double mu = 1;
    int c = 3;
    double horizon = 20;
    RunSpec run = new RunSpec(horizon, false, 0, replications * TRANSIENT_FACTOR, seed);
    Scenario s = scenario("transient", List.of(CustomerType.of(TYPE)), lambda, Map.of(TYPE, 1.0), c,
        step(exp(1 / mu), Discipline.FIFO, OptionalInt.empty(), null), run);
    TransientMmc.Result r = TransientMmc.solve(lambda, mu, c, horizon);
    return new SelftestModel("transient", "M/M/3 from empty over 20 minutes, utilisation 0.9 (uniformization)", s,
        Set.of(), List.of(figure("overall.wip_mean", r.timeAverageMean(), overall(Metric.WIP_MEAN))));
  }

  private static SelftestModel shifts(int replications, long seed) {
    double lambda = 2;
    double mu = 1;
    double horizon = 30;
    List<ResourcePool.Shift> plan = List.of(new ResourcePool.Shift(0, 1), new ResourcePool.Shift(10, 3));
    RunSpec run = new RunSpec(horizon, false, 0, replications * TRANSIENT_FACTOR, seed);
    Scenario s = new Scenario("shifts", "selftest shifts", null, DurationUnit.MINUTES, 0, run, Targets.NONE,
        List.of(CustomerType.of(TYPE)),
        List.of(new ArrivalStream("walk_in", new ArrivalPattern.PoissonRate(lambda), Map.of(TYPE, 1.0))),
        List.of(ResourcePool.shifts(POOL, plan)),
        List.of(step(exp(1 / mu), Discipline.FIFO, OptionalInt.empty(), null)), List.of());
    TransientMmc.Result r = TransientMmc.solve(lambda, mu, plan, horizon);
    return new SelftestModel("shifts", "M/M/c from empty, 1 server then 3 from minute 10, 30 minutes", s,
        Set.of(Feature.SHIFTS), List.of(figure("overall.wip_mean", r.timeAverageMean(), overall(Metric.WIP_MEAN))));
  }

  // ---- building blocks

  private static DistSpec exp(double mean) {
    return new DistSpec.Exponential(mean);
  }

  private static Map<String, Double> mix(double[] lambdas) {
    double total = 0;
    for (double l : lambdas) {
      total += l;
    }
    Map<String, Double> mix = new LinkedHashMap<>();
    for (int k = 0; k < lambdas.length; k++) {
      mix.put("c" + (k + 1), lambdas[k] / total);
    }
    return mix;
  }

  private static double warmup(double horizon) {
    return horizon / 20;
  }

  private static RunSpec steady(double horizon, int replications, long seed) {
    return new RunSpec(horizon, false, warmup(horizon), replications, seed);
  }

  private static Step step(DistSpec time, Discipline discipline, OptionalInt queueLimit, Step.Rework rework) {
    return new Step(STEP, List.of(POOL), ServiceTime.of(time), ValueClass.VALUE_ADDED, List.of(), discipline,
        OptionalDouble.empty(), null, queueLimit, null, rework, Map.of());
  }

  private static Scenario scenario(String name, List<CustomerType> types, double rate, Map<String, Double> mix,
      int servers, Step step, RunSpec run) {
    return new Scenario("selftest-" + name, "selftest " + name, null, DurationUnit.MINUTES, 0, run, Targets.NONE,
        types, List.of(new ArrivalStream("walk_in", new ArrivalPattern.PoissonRate(rate), mix)),
        List.of(new ResourcePool(POOL, servers)), List.of(step), List.of());
  }

  private static Figure figure(String name, double theory, Function<Summary, Estimate> estimate) {
    return new Figure(name, theory, estimate, PRECISION);
  }

  private static Function<Summary, Estimate> overall(Metric metric) {
    return s -> metric.of(s.overall());
  }

  private static Function<Summary, Estimate> step(Metric metric) {
    return s -> metric.of(s.steps().get(STEP));
  }

  private static Function<Summary, Estimate> type(String type, Metric metric) {
    return s -> metric.of(s.types().get(type));
  }

  /**
   * An estimate divided by a known constant: a count over its expected denominator (the expected
   * number of counted arrivals, lambda times the measured time), whose ratio of expectations is
   * the theory value; the half-width scales with it.
   */
  private static Function<Summary, Estimate> scaled(Function<Summary, Estimate> count, double divisor) {
    return s -> {
      Estimate e = count.apply(s);
      return e == null ? null
          : new Estimate(e.mean() / divisor, e.halfWidth() / divisor, e.min() / divisor, e.max() / divisor, e.n());
    };
  }
}
