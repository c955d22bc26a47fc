package io.leansim.staffing;

import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What a staffing search found for one pool.
 *
 * <p>{@code bins}: the demand and the queueing estimates per bin; {@code staff}: the staff per bin
 * of {@code evaluation}, the last candidate the search kept (for {@link Outcome#NOT_MET}, the last
 * one it tried); {@code evaluations}: candidates simulated; {@code scenario}: the scenario searched
 * (its run as searched, without variants) with the pool staffed by {@code staff} as {@code shifts}
 * (equal neighbouring bins merged). {@code targets} the service levels to reach, {@code
 * waitWithin} the scenario's wait limit (time units), {@code binWidth} the bin width (time units).
 */
public record StaffingPlan(
    String resource,
    ServiceLevelTargets targets,
    double waitWithin,
    double binWidth,
    int maxStaff,
    List<BinDemand> bins,
    List<Integer> staff,
    Evaluation evaluation,
    int evaluations,
    Outcome outcome,
    Scenario scenario) {

  /** How the search ended. */
  public enum Outcome {
    /** Every bin meets the target and no single-bin reduction keeps it met with confidence. */
    FOUND,
    /**
     * Every bin meets the target, but the search stopped trying reductions at the cap on
     * evaluations: cheaper staffing may exist.
     */
    FOUND_AT_CAP,
    /** Some bin misses the target with {@code maxStaff} in it. */
    NOT_MET,
    /** The cap on evaluations was reached before every bin met the target. */
    NOT_MET_AT_CAP
  }

  public StaffingPlan {
    bins = List.copyOf(bins);
    staff = List.copyOf(staff);
  }

  /** The groups of customers judged, each with its target, in the order of {@link Evaluation#levels}. */
  public List<ServiceLevelTargets.Group> groups() {
    return evaluation.levels().stream().map(Evaluation.Level::group).toList();
  }

  /** Whether every bin meets the target. */
  public boolean met() {
    return outcome == Outcome.FOUND || outcome == Outcome.FOUND_AT_CAP;
  }

  /** The pool as staffed by the plan. */
  public ResourcePool pool() {
    return scenario.resource(resource).orElseThrow();
  }

  /** Planned server-hours over the opening horizon: staff × bin length, summed over bins. */
  public double staffHours() {
    double perHour = scenario.timeUnit().perHour();
    double sum = 0;
    for (int b = 0; b < bins.size(); b++) {
      sum += staff.get(b) * bins.get(b).length() / perHour;
    }
    return sum;
  }

  /** {@link #staffHours} × the pool's {@code cost_per_hour}; empty without a cost. */
  public OptionalDouble cost() {
    OptionalDouble perHour = pool().costPerHour();
    return perHour.isPresent() ? OptionalDouble.of(staffHours() * perHour.getAsDouble()) : OptionalDouble.empty();
  }

  /** Whether some type the pool serves has patience (the estimates then use Erlang A). */
  public boolean withPatience() {
    return bins.stream().anyMatch(b -> b.theta() > 0);
  }
}
