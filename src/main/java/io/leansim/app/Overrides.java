package io.leansim.app;

import io.leansim.scenario.RunSpec;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the command line overrides in a scenario's {@code run} section, in the baseline and every
 * variant: the number of replications and the seed (null: as the file says).
 */
public record Overrides(Integer replications, Long seed) {
  /** Nothing overridden. */
  public static final Overrides NONE = new Overrides(null, null);

  /** {@code s} with these overrides in its baseline and every variant. */
  public Scenario apply(Scenario s) {
    if (replications == null && seed == null) {
      return s;
    }
    List<Variant> vs = new ArrayList<>();
    for (Variant v : s.variants()) {
      vs.add(new Variant(v.name(), v.title(), v.scenario().withRun(apply(v.scenario().run()))));
    }
    Scenario base = s.withRun(apply(s.run()));
    return new Scenario(base.name(), base.title(), base.description(), base.timeUnit(), base.clockStart(),
        base.run(), base.targets(), base.customers(), base.arrivals(), base.resources(), base.process(), vs,
        base.draws());
  }

  /** {@code run} with these overrides. */
  public RunSpec apply(RunSpec run) {
    RunSpec r = run;
    if (replications != null) {
      r = r.withReplications(replications);
    }
    if (seed != null) {
      r = r.withSeed(seed);
    }
    return r;
  }
}
