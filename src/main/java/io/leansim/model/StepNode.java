package io.leansim.model;

import io.leansim.engine.Sampler;
import io.leansim.scenario.Step;
import java.util.List;

/**
 * A step at run time: its definition, its line (null for a pure delay), its pools in preference
 * order, and its samplers (service time per type; patience per type; walk; redo time).
 */
public final class StepNode {
  private final int index;
  /** The block of a customer's draws this step reads on a first visit (its place in {@code Scenario.draws}). */
  final int draws;
  private final Step spec;
  private final Line line;
  private final List<Pool> pools;
  /** {@link #pools()} as an array, for the hot paths. */
  final Pool[] poolArray;
  private final Sampler[] serviceByType;
  private final Sampler[] patienceByType;
  private final Sampler walk;
  private final Sampler redo;
  private final int reworkTo;
  private final double[] reworkByType;
  private final int[] routeTargets;
  private final double[] routeCumulative;
  final int queueLimit;
  final boolean preemptive;

  StepNode(int index, int draws, Step spec, Line line, List<Pool> pools, Sampler[] serviceByType, Sampler[] patienceByType,
      Sampler walk, Sampler redo, int reworkTo, double[] reworkByType, int[] routeTargets,
      double[] routeCumulative) {
    this.index = index;
    this.draws = draws;
    this.spec = spec;
    this.line = line;
    this.pools = List.copyOf(pools);
    this.poolArray = pools.toArray(new Pool[0]);
    this.serviceByType = serviceByType;
    this.patienceByType = patienceByType;
    this.walk = walk;
    this.redo = redo;
    this.reworkTo = reworkTo;
    this.reworkByType = reworkByType;
    this.routeTargets = routeTargets;
    this.routeCumulative = routeCumulative;
    this.queueLimit = spec.queueLimit().orElse(Integer.MAX_VALUE);
    this.preemptive = spec.discipline().preempts();
  }

  /** Position in the process. */
  public int index() {
    return index;
  }

  /** The step as defined in the scenario. */
  public Step spec() {
    return spec;
  }

  /** The waiting line, or null for a step without resource. */
  public Line line() {
    return line;
  }

  /** Pools serving this step, in preference order (empty for a pure delay). */
  public List<Pool> pools() {
    return pools;
  }

  /** Whether customers of type index {@code type} walk this step. */
  boolean appliesTo(int type) {
    return serviceByType[type] != null;
  }

  double sampleService(int type, double u) {
    return serviceByType[type].sample(u);
  }

  /** Patience of type {@code type} here, or +infinity when it has none. */
  double samplePatience(int type, double u) {
    Sampler s = patienceByType[type];
    return s == null ? Double.POSITIVE_INFINITY : s.sample(u);
  }

  /** Walking time to this step (0 without {@code walk}). */
  double sampleWalk(double u) {
    return walk == null ? 0 : walk.sample(u);
  }

  boolean hasWalk() {
    return walk != null;
  }

  /** Redo time after a defect found here ({@code rework.time}); only when {@link #hasRedoTime()}. */
  double sampleRedo(double u) {
    return redo.sample(u);
  }

  boolean hasRedoTime() {
    return redo != null;
  }

  boolean hasRework() {
    return spec.rework() != null;
  }

  /** The probability that the work of a customer of type index {@code type} is found wrong here. */
  double reworkProbability(int type) {
    return reworkByType[type];
  }

  /** Index of the step rework sends customers back to. */
  int reworkTo() {
    return reworkTo;
  }

  boolean hasRoute() {
    return routeTargets.length > 0;
  }

  /** The routing target for uniform {@code u}: a step index, or -1 for exit. */
  int route(double u) {
    for (int i = 0; i < routeCumulative.length - 1; i++) {
      if (u < routeCumulative[i]) {
        return routeTargets[i];
      }
    }
    return routeTargets[routeTargets.length - 1];
  }
}
