package io.leansim.model;

import io.leansim.engine.Sampler;
import io.leansim.scenario.Step;
import java.util.List;

/** A step at run time: its definition, its line (null for a pure delay), its pools and samplers. */
public final class StepNode {
  private final int index;
  private final Step spec;
  private final Line line;
  private final List<Pool> pools;
  private final Sampler[] serviceByType;

  StepNode(int index, Step spec, Line line, List<Pool> pools, Sampler[] serviceByType) {
    this.index = index;
    this.spec = spec;
    this.line = line;
    this.pools = List.copyOf(pools);
    this.serviceByType = serviceByType;
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
}
