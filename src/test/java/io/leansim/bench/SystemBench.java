package io.leansim.bench;

import io.leansim.engine.Kernel;
import io.leansim.engine.StreamPlan;
import io.leansim.experiment.Replication;
import io.leansim.model.FlowListener;
import io.leansim.model.ServiceSystem;
import io.leansim.scenario.Scenario;
import io.leansim.stats.ReplicationCollector;
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
 * Waiting lines, disciplines and statistics collection, through tiny runs of the public API
 * ({@code model.Line} is package-private): an M/M/1 at load 0.95 (long lines) with about 20,000
 * customers, by discipline ({@code fifo}, {@code priority} with two types, {@code patience} FIFO
 * with abandonment), and by what observes the run: nothing ({@code bare}: the engine, lines and
 * sampling only), the {@link ReplicationCollector} alone ({@code collector}), or everything
 * {@link Replication#run} attaches (collector, day profile, sample-path check: {@code full}).
 * Score: ms per run; divide by ~20,000 for the cost per customer.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SystemBench {
  @Param({"fifo", "priority", "patience"})
  public String discipline;

  @Param({"bare", "collector", "full"})
  public String observers;

  private Scenario scenario;
  private StreamPlan plan;

  @Setup
  public void setUp() {
    String step = switch (discipline) {
      case "fifo" -> "{resource: r, time: exp(1), discipline: fifo}";
      case "priority" -> "{resource: r, time: exp(1), discipline: priority}";
      default -> "{resource: r, time: exp(1), patience: exp(30)}";
    };
    String yaml = "time_unit: min\nrun: {horizon: 21053, drain: true, replications: 1, seed: 7}\n"
        + "customers: {a: {priority: 1}, b: {priority: 2}}\n"
        + "arrivals: {walk_in: {rate: 0.95, mix: {a: 0.3, b: 0.7}}}\n"
        + "resources: {r: {capacity: 1}}\nprocess: {serve: " + step + "}\n";
    scenario = Scenarios.parse(yaml);
    plan = new StreamPlan(scenario.run().seed());
  }

  @Benchmark
  public Object run() {
    if (observers.equals("full")) {
      return Replication.run(scenario, 0, plan, List.of());
    }
    Kernel kernel = new Kernel();
    List<FlowListener> listeners = List.of();
    ReplicationCollector collector = null;
    if (observers.equals("collector")) {
      collector = new ReplicationCollector(scenario, 0, kernel);
      listeners = List.of(collector);
    }
    double end = new ServiceSystem(scenario, kernel, plan, 0, listeners).run();
    return collector == null ? (Object) end : collector.result();
  }
}
