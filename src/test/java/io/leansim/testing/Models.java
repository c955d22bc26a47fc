package io.leansim.testing;

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
import java.util.List;
import java.util.Map;

/** Small scenarios built directly from records, for engine tests (no YAML involved). */
public final class Models {
  private Models() {}

  /** A single-step queue: Poisson arrivals at {@code rate}, {@code servers} servers, service {@code time}. */
  public static Scenario singleQueue(double rate, DistSpec time, int servers, RunSpec run) {
    return new Scenario("single", "single queue", null, DurationUnit.MINUTES, 0, run, Targets.NONE,
        List.of(CustomerType.of("customer")),
        List.of(new ArrivalStream("walk_in", new ArrivalPattern.PoissonRate(rate), Map.of("customer", 1.0))),
        List.of(new ResourcePool("desk", servers)),
        List.of(step("serve", "desk", ServiceTime.of(time), Discipline.FIFO)),
        List.of());
  }

  /** A step on {@code pool} with default value class and no {@code for}. */
  public static Step step(String name, String pool, ServiceTime time, Discipline discipline) {
    return new Step(name, pool == null ? List.of() : List.of(pool), time, ValueClass.NECESSARY, List.of(), discipline);
  }

  /** A steady-state run: long horizon, warm-up, no drain. */
  public static RunSpec steady(double horizon, double warmup, int replications, long seed) {
    return new RunSpec(horizon, false, warmup, replications, seed);
  }
}
