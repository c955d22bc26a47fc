package io.leansim.bench;

import io.leansim.experiment.Experiment;
import io.leansim.scenario.Scenario;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * W1-W3 in process, 100,000 customers per operation, for allocation per customer ({@code -prof
 * gc}: gc.alloc.rate.norm / 100,000) and warm throughput: LeanSim (the experiment layer with every
 * statistic, no file writing), the SSJ reference and the primitive engine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WorkloadBench {
  static final long CUSTOMERS = 100_000;

  @Param({"W1", "W2", "W3"})
  public String workload;

  @Param({"leansim", "ssj", "primitive"})
  public String impl;

  private Workload w;
  private Scenario scenario;

  @Setup
  public void setUp() throws Exception {
    w = Workload.parse(workload);
    scenario = Scenarios.parse(Scenarios.workloadText(w, CUSTOMERS));
  }

  @Benchmark
  public Object run() throws Exception {
    switch (impl) {
      case "leansim":
        return Experiment.run(List.of(new Experiment.Job("baseline", "bench", scenario)), 1, Experiment.QUIET);
      case "ssj": {
        SsjReference m = new SsjReference(w, w.horizonFor(CUSTOMERS), new umontreal.ssj.simevents.eventlist.SplayTree());
        m.run();
        return m;
      }
      default: {
        PrimitiveEngine m = new PrimitiveEngine(w, w.horizonFor(CUSTOMERS));
        m.run();
        return m;
      }
    }
  }
}
