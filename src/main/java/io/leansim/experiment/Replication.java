package io.leansim.experiment;

import io.leansim.engine.Kernel;
import io.leansim.engine.StreamPlan;
import io.leansim.model.FlowListener;
import io.leansim.model.ServiceSystem;
import io.leansim.scenario.Scenario;
import io.leansim.stats.ReplicationCollector;
import io.leansim.stats.ReplicationStats;
import io.leansim.stats.SamplePathCheck;
import io.leansim.stats.TimelineCollector;
import java.util.ArrayList;
import java.util.List;

/**
 * One replication as a pure function of (scenario, replication index, stream plan): a fresh kernel
 * and run-time system, run with the statistics collector and the sample-path check attached (plus
 * any {@code extra} listeners, such as a trace); returns the figures.
 */
public final class Replication {
  private Replication() {}

  /** Runs replication {@code index} of {@code scenario}. */
  public static ReplicationStats run(Scenario scenario, int index, StreamPlan plan, List<FlowListener> extra) {
    return run(scenario, index, plan, extra, TimelineCollector.DEFAULT_BIN_MINUTES);
  }

  /** As {@link #run(Scenario, int, StreamPlan, List)}, with day-profile bins of {@code binMinutes}. */
  public static ReplicationStats run(
      Scenario scenario, int index, StreamPlan plan, List<FlowListener> extra, double binMinutes) {
    Kernel kernel = new Kernel();
    ReplicationCollector collector = new ReplicationCollector(scenario, index, kernel);
    TimelineCollector timeline = new TimelineCollector(scenario, binMinutes);
    List<FlowListener> listeners = new ArrayList<>();
    listeners.add(collector);
    listeners.add(timeline);
    listeners.add(new SamplePathCheck());
    listeners.addAll(extra);
    new ServiceSystem(scenario, kernel, plan, index, listeners).run();
    return collector.result().withTimeline(timeline.result());
  }
}
