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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scenarios of the analytic validation tests, built from records (times in minutes). */
public final class ValidationModels {
  private ValidationModels() {}

  /**
   * One Poisson stream at total rate {@code rate}, split into types {@code c1, c2, ...} with
   * priorities 1, 2, ... in proportion to {@code classRates}, served at one step on {@code servers}
   * servers with exponential service of mean {@code 1/mu} under {@code discipline}.
   */
  public static Scenario priorityQueue(double[] classRates, double mu, int servers, Discipline discipline,
      RunSpec run) {
    double total = 0;
    for (double r : classRates) {
      total += r;
    }
    List<CustomerType> types = new ArrayList<>();
    Map<String, Double> mix = new LinkedHashMap<>();
    for (int k = 0; k < classRates.length; k++) {
      types.add(new CustomerType(className(k + 1), k + 1));
      mix.put(className(k + 1), classRates[k] / total);
    }
    return new Scenario("priority", "M/M/c with priority classes", null, DurationUnit.MINUTES, 0, run,
        Targets.NONE, types,
        List.of(new ArrivalStream("walk_in", new ArrivalPattern.PoissonRate(total), mix)),
        List.of(new ResourcePool("desk", servers)),
        List.of(Models.step("serve", "desk", ServiceTime.of(new DistSpec.Exponential(1 / mu)), discipline)),
        List.of());
  }

  /** Name of priority class {@code k} (from 1). */
  public static String className(int k) {
    return "c" + k;
  }

  /**
   * A line of stations walked in order by every customer of one Poisson stream at {@code rate}:
   * station i (step {@code "s" + i}, pool {@code "p" + i}) has {@code servers[i]} servers and
   * service {@code times[i]}, FIFO.
   */
  public static Scenario tandem(double rate, int[] servers, DistSpec[] times, RunSpec run) {
    List<ResourcePool> pools = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < servers.length; i++) {
      pools.add(new ResourcePool("p" + i, servers[i]));
      steps.add(Models.step("s" + i, "p" + i, ServiceTime.of(times[i]), Discipline.FIFO));
    }
    return new Scenario("tandem", "tandem line", null, DurationUnit.MINUTES, 0, run, Targets.NONE,
        List.of(CustomerType.of("customer")),
        List.of(new ArrivalStream("walk_in", new ArrivalPattern.PoissonRate(rate), Map.of("customer", 1.0))),
        pools, steps, List.of());
  }
}
