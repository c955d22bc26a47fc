package io.leansim.experiment;

import io.leansim.engine.Kernel;
import io.leansim.engine.StreamPlan;
import io.leansim.model.Customer;
import io.leansim.model.FlowListener;
import io.leansim.model.Pool;
import io.leansim.model.ServiceSystem;
import io.leansim.model.StepNode;
import io.leansim.scenario.Scenario;
import io.leansim.stats.ReplicationCollector;
import io.leansim.stats.ReplicationStats;
import io.leansim.stats.SamplePathCheck;
import io.leansim.stats.TimelineCollector;
import java.util.List;

/**
 * One replication as a pure function of (scenario, replication index, stream plan): a fresh kernel
 * and run-time system, run with the statistics collector, the day profile and the sample-path check
 * attached (plus any {@code extra} listeners, such as a trace); returns the figures.
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
    Listeners listeners = new Listeners(collector, timeline, new SamplePathCheck(), extra);
    new ServiceSystem(scenario, kernel, plan, index, List.of(listeners)).run();
    return collector.result().withTimeline(timeline.result());
  }

  /**
   * The listeners of a replication as one: every flow event goes to the collector, the day profile
   * and the check (in that order), then to the extra listeners. The system calls one listener of
   * one class, and this one calls three final classes: the compiler inlines the whole chain, where
   * a list of listeners made every flow event an interface call per listener.
   */
  private static final class Listeners implements FlowListener {
    private final ReplicationCollector collector;
    private final TimelineCollector timeline;
    private final SamplePathCheck check;
    private final FlowListener[] extra;

    Listeners(ReplicationCollector collector, TimelineCollector timeline, SamplePathCheck check,
        List<FlowListener> extra) {
      this.collector = collector;
      this.timeline = timeline;
      this.check = check;
      this.extra = extra.toArray(new FlowListener[0]);
    }

    @Override
    public void arrived(Customer c, double now) {
      collector.arrived(c, now);
      timeline.arrived(c, now);
      check.arrived(c, now);
      for (FlowListener l : extra) {
        l.arrived(c, now);
      }
    }

    @Override
    public void joined(Customer c, StepNode step, double now) {
      collector.joined(c, step, now);
      timeline.joined(c, step, now);
      check.joined(c, step, now);
      for (FlowListener l : extra) {
        l.joined(c, step, now);
      }
    }

    @Override
    public void started(Customer c, StepNode step, Pool pool, double now) {
      collector.started(c, step, pool, now);
      timeline.started(c, step, pool, now);
      check.started(c, step, pool, now);
      for (FlowListener l : extra) {
        l.started(c, step, pool, now);
      }
    }

    @Override
    public void preempted(Customer c, StepNode step, Pool pool, double now) {
      collector.preempted(c, step, pool, now);
      timeline.preempted(c, step, pool, now);
      check.preempted(c, step, pool, now);
      for (FlowListener l : extra) {
        l.preempted(c, step, pool, now);
      }
    }

    @Override
    public void resumed(Customer c, StepNode step, Pool pool, double now) {
      collector.resumed(c, step, pool, now);
      timeline.resumed(c, step, pool, now);
      check.resumed(c, step, pool, now);
      for (FlowListener l : extra) {
        l.resumed(c, step, pool, now);
      }
    }

    @Override
    public void finished(Customer c, StepNode step, Pool pool, double now) {
      collector.finished(c, step, pool, now);
      timeline.finished(c, step, pool, now);
      check.finished(c, step, pool, now);
      for (FlowListener l : extra) {
        l.finished(c, step, pool, now);
      }
    }

    @Override
    public void reworked(Customer c, StepNode step, double now) {
      collector.reworked(c, step, now);
      timeline.reworked(c, step, now);
      check.reworked(c, step, now);
      for (FlowListener l : extra) {
        l.reworked(c, step, now);
      }
    }

    @Override
    public void abandoned(Customer c, StepNode step, double now) {
      collector.abandoned(c, step, now);
      timeline.abandoned(c, step, now);
      check.abandoned(c, step, now);
      for (FlowListener l : extra) {
        l.abandoned(c, step, now);
      }
    }

    @Override
    public void balked(Customer c, StepNode step, double now) {
      collector.balked(c, step, now);
      timeline.balked(c, step, now);
      check.balked(c, step, now);
      for (FlowListener l : extra) {
        l.balked(c, step, now);
      }
    }

    @Override
    public void poolChanged(Pool pool, double now) {
      collector.poolChanged(pool, now);
      timeline.poolChanged(pool, now);
      check.poolChanged(pool, now);
      for (FlowListener l : extra) {
        l.poolChanged(pool, now);
      }
    }

    @Override
    public void left(Customer c, Exit how, double now) {
      collector.left(c, how, now);
      timeline.left(c, how, now);
      check.left(c, how, now);
      for (FlowListener l : extra) {
        l.left(c, how, now);
      }
    }

    @Override
    public void warmupEnded(double now) {
      collector.warmupEnded(now);
      timeline.warmupEnded(now);
      check.warmupEnded(now);
      for (FlowListener l : extra) {
        l.warmupEnded(now);
      }
    }

    @Override
    public void ended(ServiceSystem system, double now) {
      collector.ended(system, now);
      timeline.ended(system, now);
      check.ended(system, now);
      for (FlowListener l : extra) {
        l.ended(system, now);
      }
    }
  }
}
