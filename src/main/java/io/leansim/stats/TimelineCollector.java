package io.leansim.stats;

import io.leansim.model.Customer;
import io.leansim.model.FlowListener;
import io.leansim.model.Pool;
import io.leansim.model.ServiceSystem;
import io.leansim.model.StepNode;
import io.leansim.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects the {@link Timeline} of one replication from flow events. */
public final class TimelineCollector implements FlowListener {
  /** Default bin width: 15 minutes. */
  public static final double DEFAULT_BIN_MINUTES = 15;

  /**
   * At most this many bins: over a long (steady-state) horizon the bin widens to the smallest whole
   * multiple of the requested width that fits, so memory and files stay small.
   */
  public static final int MAX_BINS = 1_000;

  private final Scenario scenario;
  private final double width;
  private final double horizon;
  private final int bins;
  private final double[] arrivals;
  private final Integral[] queues;
  private final Integral[] present;
  private final Integral[] serving;
  private final double[] waitSum;
  private final double[] waitCount;
  private final double[] withinTarget;
  private final double target;
  private final double[][] leftByType;
  private final double[][] withinByType;
  private Timeline result;

  /**
   * A collector with bins of {@code binMinutes} minutes over [0, horizon), widened to a whole
   * multiple of that when the horizon would need more than {@link #MAX_BINS}.
   */
  public TimelineCollector(Scenario scenario, double binMinutes) {
    this.scenario = scenario;
    this.horizon = scenario.run().horizon();
    double requested = binMinutes / scenario.timeUnit().minutes();
    this.width = requested * Math.max(1, Math.ceil(horizon / requested / MAX_BINS - 1e-9));
    this.bins = (int) Math.ceil(horizon / width - 1e-9);
    this.arrivals = new double[bins];
    this.queues = new Integral[scenario.process().size()];
    for (int i = 0; i < queues.length; i++) {
      queues[i] = new Integral();
    }
    this.present = new Integral[scenario.resources().size()];
    this.serving = new Integral[present.length];
    for (int i = 0; i < present.length; i++) {
      present[i] = new Integral();
      serving[i] = new Integral();
    }
    this.waitSum = new double[bins];
    this.waitCount = new double[bins];
    this.withinTarget = new double[bins];
    this.target = scenario.targets().waitWithin().orElse(Double.NaN);
    int types = Double.isNaN(target) ? 0 : scenario.customers().size();
    this.leftByType = new double[types][bins];
    this.withinByType = new double[types][bins];
  }

  private int bin(double t) {
    return Math.min(bins - 1, (int) (t / width));
  }

  @Override
  public void arrived(Customer c, double now) {
    if (now < horizon) {
      arrivals[bin(now)]++;
    }
  }

  @Override
  public void joined(Customer c, StepNode step, double now) {
    if (step.line() != null) {
      queues[step.index()].add(now, +1);
    }
  }

  @Override
  public void started(Customer c, StepNode step, Pool pool, double now) {
    if (step.line() != null) {
      queues[step.index()].add(now, -1);
    }
    poolChanged(pool, now);
  }

  @Override
  public void preempted(Customer c, StepNode step, Pool pool, double now) {
    queues[step.index()].add(now, +1);
    poolChanged(pool, now);
  }

  @Override
  public void resumed(Customer c, StepNode step, Pool pool, double now) {
    queues[step.index()].add(now, -1);
    poolChanged(pool, now);
  }

  @Override
  public void finished(Customer c, StepNode step, Pool pool, double now) {
    poolChanged(pool, now);
  }

  @Override
  public void abandoned(Customer c, StepNode step, double now) {
    queues[step.index()].add(now, -1);
  }

  @Override
  public void poolChanged(Pool pool, double now) {
    if (pool != null) {
      present[pool.index()].set(now, pool.present());
      serving[pool.index()].set(now, pool.serving());
    }
  }

  @Override
  public void left(Customer c, Exit how, double now) {
    if (how != Exit.BALKED && c.arrivedAt() < horizon) {
      int b = bin(c.arrivedAt());
      waitSum[b] += c.waiting();
      waitCount[b]++;
      boolean within = how != Exit.ABANDONED && c.waiting() <= target; // as service_level: abandoned fail
      if (within) {
        withinTarget[b]++;
      }
      if (c.type() < leftByType.length) {
        leftByType[c.type()][b]++;
        withinByType[c.type()][b] += within ? 1 : 0;
      }
    }
  }

  @Override
  public void ended(ServiceSystem system, double now) {
    Map<String, double[]> queue = new LinkedHashMap<>();
    for (int i = 0; i < queues.length; i++) {
      queue.put(scenario.process().get(i).name(), perTime(queues[i].close(now)));
    }
    Map<String, double[]> staff = new LinkedHashMap<>();
    Map<String, double[]> utilization = new LinkedHashMap<>();
    for (int i = 0; i < present.length; i++) {
      double[] p = present[i].close(now);
      double[] s = serving[i].close(now);
      double[] u = new double[bins];
      for (int b = 0; b < bins; b++) {
        u[b] = p[b] > 0 ? s[b] / p[b] : Double.NaN;
      }
      staff.put(scenario.resources().get(i).name(), perTime(p));
      utilization.put(scenario.resources().get(i).name(), u);
    }
    double[] wait = new double[bins];
    double[] serviceLevel = new double[bins];
    for (int b = 0; b < bins; b++) {
      wait[b] = waitCount[b] > 0 ? waitSum[b] / waitCount[b] : Double.NaN;
      serviceLevel[b] = waitCount[b] > 0 && !Double.isNaN(target) ? withinTarget[b] / waitCount[b] : Double.NaN;
    }
    Map<String, double[]> left = new LinkedHashMap<>();
    Map<String, double[]> within = new LinkedHashMap<>();
    for (int t = 0; t < leftByType.length; t++) {
      left.put(scenario.customers().get(t).name(), leftByType[t]);
      within.put(scenario.customers().get(t).name(), withinByType[t]);
    }
    result = new Timeline(width, arrivals, queue, staff, utilization, wait, serviceLevel, left, within);
  }

  /** The timeline, once the replication has ended. */
  public Timeline result() {
    return result;
  }

  private double[] perTime(double[] area) {
    double[] out = new double[bins];
    for (int b = 0; b < bins; b++) {
      out[b] = area[b] / (Math.min(horizon, (b + 1) * width) - b * width);
    }
    return out;
  }

  /** The integral over each bin of a piecewise-constant quantity. */
  private final class Integral {
    final double[] area = new double[bins];
    double value;
    double last;

    void add(double now, double delta) {
      set(now, value + delta);
    }

    void set(double now, double v) {
      accumulate(now);
      value = v;
    }

    double[] close(double now) {
      accumulate(now);
      return area;
    }

    private void accumulate(double now) {
      double to = Math.min(now, horizon);
      if (value != 0 && to > last) {
        for (int b = (int) (last / width); b < bins && b * width < to; b++) {
          double lo = Math.max(last, b * width);
          double hi = Math.min(to, (b + 1) * width);
          if (hi > lo) {
            area[b] += value * (hi - lo);
          }
        }
      }
      last = Math.max(last, now);
    }
  }
}
