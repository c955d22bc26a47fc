package io.leansim.testing;

import io.leansim.experiment.Comparison;
import io.leansim.experiment.Experiment;
import io.leansim.experiment.RunResult;
import io.leansim.report.Study;
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
import io.leansim.scenario.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A small two-step service hall run for real, as a report would see it: a reception check
 * (necessary, with 10% rework) on one clerk, then service at the counters (value-added, a walk
 * before it) staffed by shifts; two customer types; a morning peak of arrivals from 08:00. Variants:
 * {@code more-staff} (one more counter clerk in each shift but the last) and {@code card-priority}
 * (cards called first at the counters).
 */
public final class Studies {
  private Studies() {}

  /** The hall with its two variants. */
  public static Scenario hall() {
    Scenario base = hall(counterShifts(3, 5, 4), Discipline.FIFO, List.of());
    List<Variant> variants = List.of(
        new Variant("more-staff", "one more counter clerk", hall(counterShifts(4, 6, 4), Discipline.FIFO, List.of())),
        new Variant("card-priority", "cards first", hall(counterShifts(3, 5, 4), Discipline.PRIORITY, List.of())));
    return hall(counterShifts(3, 5, 4), Discipline.FIFO, variants).withRun(base.run());
  }

  private static List<ResourcePool.Shift> counterShifts(int early, int peak, int late) {
    return List.of(new ResourcePool.Shift(0, early), new ResourcePool.Shift(120, peak), new ResourcePool.Shift(300, late));
  }

  private static Scenario hall(List<ResourcePool.Shift> shifts, Discipline counter, List<Variant> variants) {
    Step check = new Step("check", List.of("reception"), ServiceTime.of(new DistSpec.Exponential(0.6)),
        ValueClass.NECESSARY, List.of(), Discipline.FIFO, OptionalDouble.empty(), null, OptionalInt.empty(), null,
        new Step.Rework(0.1, "check", new DistSpec.Constant(0.3)), Map.of());
    Step serve = new Step("serve", List.of("counter"), ServiceTime.of(new DistSpec.Exponential(3.0)),
        ValueClass.VALUE_ADDED, List.of(), counter, OptionalDouble.empty(), new DistSpec.Constant(0.5),
        OptionalInt.empty(), null, null, Map.of());
    ArrivalPattern peak = new ArrivalPattern.PoissonSchedule(List.of(new ArrivalPattern.RatePeriod(0, 0.8),
        new ArrivalPattern.RatePeriod(120, 1.4), new ArrivalPattern.RatePeriod(240, 1.0)));
    return new Scenario("hall", "Small service hall", null, DurationUnit.MINUTES, 8 * 60,
        new RunSpec(480, true, 30, 4, 20260101L), Targets.NONE,
        List.of(new CustomerType("card", 1), CustomerType.of("general")),
        List.of(new ArrivalStream("walk_in", peak, Map.of("card", 0.3, "general", 0.7))),
        List.of(new ResourcePool("reception", 1), ResourcePool.shifts("counter", shifts)),
        List.of(check, serve), variants);
  }

  /** The runs of {@code scenario} (baseline first, then its variants) and their comparison. */
  public static Study run(Scenario scenario) throws InterruptedException {
    List<Experiment.Job> jobs = new ArrayList<>();
    jobs.add(new Experiment.Job(Variant.BASELINE, scenario.title(), scenario.withoutVariants()));
    for (Variant v : scenario.variants()) {
      jobs.add(new Experiment.Job(v.name(), v.title(), v.scenario()));
    }
    List<RunResult> results = Experiment.runAll(jobs, 2, Experiment.QUIET);
    Comparison comparison = results.size() > 1 ? Comparison.of(jobs, results) : null;
    return new Study(scenario, results.stream().map(RunResult::summary).toList(), comparison);
  }
}
