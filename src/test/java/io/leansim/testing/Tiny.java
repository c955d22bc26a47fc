package io.leansim.testing;

import io.leansim.engine.Kernel;
import io.leansim.engine.StreamPlan;
import io.leansim.model.FlowListener;
import io.leansim.model.ServiceSystem;
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
import io.leansim.stats.ReplicationCollector;
import io.leansim.stats.ReplicationStats;
import io.leansim.stats.SamplePathCheck;
import io.leansim.stats.Visit;
import io.leansim.stats.VisitLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Tiny hand-checkable scenarios for semantics tests: customers at recorded times, constant
 * service times, one replication, every visit traced.
 */
public final class Tiny {
  private Tiny() {}

  /** Customers arriving at {@code times} with {@code types} (replayed, no randomness in arrivals). */
  public static ArrivalStream replay(double[] times, String[] types) {
    List<ArrivalPattern.RecordedArrival> rows = new ArrayList<>();
    for (int i = 0; i < times.length; i++) {
      rows.add(new ArrivalPattern.RecordedArrival(times[i], types[i]));
    }
    return new ArrivalStream("recorded", new ArrivalPattern.Replay("test.csv", rows), Map.of());
  }

  /** A constant duration. */
  public static DistSpec constant(double x) {
    return new DistSpec.Constant(x);
  }

  /** A step with every option. */
  public static Step step(String name, List<String> pools, ServiceTime time, Discipline discipline,
      OptionalDouble maxWait, DistSpec walk, OptionalInt queueLimit, DistSpec patience, Step.Rework rework,
      Map<String, Double> next) {
    return new Step(name, pools, time, ValueClass.VALUE_ADDED, List.of(), discipline, maxWait, walk, queueLimit,
        patience, rework, next);
  }

  /** A plain FIFO step on {@code pool} with a constant time. */
  public static Step step(String name, String pool, double time) {
    return new Step(name, List.of(pool), ServiceTime.of(constant(time)), ValueClass.VALUE_ADDED, List.of(),
        Discipline.FIFO);
  }

  /** A scenario in minutes, one replication, drained, horizon {@code horizon}. */
  public static Scenario scenario(List<CustomerType> types, List<ArrivalStream> arrivals, List<ResourcePool> pools,
      List<Step> steps, double horizon, boolean drain) {
    return new Scenario("tiny", "tiny", null, DurationUnit.MINUTES, 0, new RunSpec(horizon, drain, 0, 1, 1),
        Targets.NONE, types, arrivals, pools, steps, List.of());
  }

  /** The outcome of one traced replication. */
  public record Run(List<Visit> visits, ReplicationStats stats, double end) {
    /** The visits of customer {@code id}, in order. */
    public List<Visit> of(long id) {
      return visits.stream().filter(v -> v.customer() == id).toList();
    }
  }

  /** Runs replication 0 with the statistics collector, the sample-path check and a visit log. */
  public static Run run(Scenario s) {
    Kernel kernel = new Kernel();
    ReplicationCollector collector = new ReplicationCollector(s, 0, kernel);
    List<Visit> visits = new ArrayList<>();
    List<FlowListener> listeners = List.of(collector, new SamplePathCheck(), new VisitLog(0, visits::add));
    double end = new ServiceSystem(s, kernel, new StreamPlan(s.run().seed()), 0, listeners).run();
    return new Run(visits, collector.result(), end);
  }
}
