package io.leansim.selftest;

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
import io.leansim.theory.QueueingTheory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The models of the coverage check ({@link Coverage}), times in minutes, one step {@code serve} on
 * one pool {@code desk}, exponential service of mean 1 minute, Poisson arrivals at {@code lambda}
 * per minute: an M/M/{@link #SERVERS} queue, whose waits Erlang C gives exactly (mean, tail,
 * quantiles). Under FIFO every customer type waits alike, so a small type's figures
 * have the same truth as the overall ones.
 */
final class CoverageModels {
  /** Service rate per server, per minute. */
  static final double MU = 1;
  /** Servers of the base model (one more in the variant with a real effect). */
  static final int SERVERS = 2;
  /** The service-level target: a wait of at most this many minutes. */
  static final double TARGET = 2;
  /** The share of the small customer type {@link #RARE}. */
  static final double RARE_SHARE = 0.1;

  static final String POOL = "desk";
  static final String RARE = "rare";
  static final String COMMON = "common";

  private CoverageModels() {}

  /**
   * Steady-state M/M/{@code servers} with a common and a small type (FIFO), no drain, after a
   * warm-up: the model whose figures have known truths. {@code lambda}: arrivals per minute.
   */
  static Scenario steady(double lambda, int servers, double horizon, double warmup, int replications, long seed) {
    return scenario("coverage-mmc", lambda, List.of(CustomerType.of(COMMON), CustomerType.of(RARE)),
        mix(COMMON, 1 - RARE_SHARE, RARE, RARE_SHARE), servers, Discipline.FIFO,
        new RunSpec(horizon, false, warmup, replications, seed));
  }

  /** The same two types over one day from empty, drained at the end (the usual LeanSim day): the compare model. */
  static Scenario day(double lambda, int servers, double horizon, int replications, long seed) {
    return scenario("coverage-day", lambda, List.of(CustomerType.of(COMMON), CustomerType.of(RARE)),
        mix(COMMON, 1 - RARE_SHARE, RARE, RARE_SHARE), servers, Discipline.FIFO,
        new RunSpec(horizon, true, 0, replications, seed));
  }

  /**
   * Two identical classes {@code a} and {@code b}, half the arrivals each, no drain, after a
   * warm-up: FIFO, or ({@code priority}) {@code a} called before {@code b}. Non-preemptive priority
   * between classes with the same service time is work-conserving: the overall mean wait is the same.
   */
  static Scenario twoClasses(double lambda, boolean priority, double horizon, double warmup, int replications, long seed) {
    List<CustomerType> types = priority
        ? List.of(new CustomerType("a", 1), new CustomerType("b", 2))
        : List.of(CustomerType.of("a"), CustomerType.of("b"));
    return scenario("coverage-classes", lambda, types, mix("a", 0.5, "b", 0.5), SERVERS,
        priority ? Discipline.PRIORITY : Discipline.FIFO, new RunSpec(horizon, false, warmup, replications, seed));
  }

  /** Erlang C: the mean wait with {@code servers} servers. */
  static double waitMean(double lambda, int servers) {
    return QueueingTheory.mmcWaitMean(lambda, MU, servers);
  }

  /** Erlang C: the share of customers who wait at most {@link #TARGET}. */
  static double serviceLevel(double lambda, int servers) {
    return 1 - QueueingTheory.mmcWaitTail(lambda, MU, servers, TARGET);
  }

  /** Erlang C: the {@code p}-quantile of the wait. */
  static double waitQuantile(double lambda, int servers, double p) {
    return QueueingTheory.mmcWaitQuantile(lambda, MU, servers, p);
  }

  /** The share of on-duty server time busy. */
  static double utilization(double lambda, int servers) {
    return QueueingTheory.utilization(lambda, MU, servers);
  }

  /** Two types' shares, in this order (Map.of's order changes from one JVM to the next). */
  private static Map<String, Double> mix(String first, double firstShare, String second, double secondShare) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put(first, firstShare);
    m.put(second, secondShare);
    return m;
  }

  private static Scenario scenario(String name, double lambda, List<CustomerType> types, Map<String, Double> mix, int servers,
      Discipline discipline, RunSpec run) {
    Step serve = new Step("serve", List.of(POOL), ServiceTime.of(new DistSpec.Exponential(1 / MU)),
        ValueClass.VALUE_ADDED, List.of(), discipline, OptionalDouble.empty(), null, OptionalInt.empty(), null, null,
        Map.of());
    return new Scenario(name, name, null, DurationUnit.MINUTES, 0, run, new Targets(OptionalDouble.of(TARGET)), types,
        List.of(new ArrivalStream("walk_in", new ArrivalPattern.PoissonRate(lambda), mix)),
        List.of(new ResourcePool(POOL, servers)), List.of(serve), List.of());
  }
}
