package io.leansim.stats;

import io.leansim.engine.Kernel;
import io.leansim.model.FlowListener.Exit;
import io.leansim.engine.TimeAverage;
import io.leansim.model.Customer;
import io.leansim.model.FlowListener;
import io.leansim.model.Pool;
import io.leansim.model.ServiceSystem;
import io.leansim.model.StepNode;
import io.leansim.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.HdrHistogram.DoubleHistogram;

/**
 * Collects the figures of docs/results-format.md for one replication from flow events.
 *
 * <p>Warm-up: per-customer and per-visit figures count only customers who arrived at or after the
 * warm-up; time averages (WIP, queue length, utilization) restart at the warm-up and run to the end
 * of the run (the last departure with {@code drain}, the horizon without). Percentiles of the wait
 * ({@code wait_p90}, {@code wait_p95}) are read from an HdrHistogram {@link DoubleHistogram} per
 * scope (overall and each type) to 3 significant digits, and the histograms are kept as a {@link
 * WaitSample} so that the quantiles of all replications' customers can be pooled: memory grows with
 * the range of the waits, not with the customers simulated. Each ratio figure comes with its
 * {@link Bases base} (customers, visits, duty time), for the ratio estimators over replications.
 *
 * <p>Without {@code drain}, the run stops at the horizon with customers still inside, whose waits are
 * cut short: a customer's mean wait and lead time would then leave out the longest waits of the
 * day's end, and would change with a priority rule that cannot change them. So without drain they
 * are time averages over the measured window (Little's law): {@code wait_mean} (and {@code
 * waste_waiting}) the time-average number of customers waiting over the customers who arrived (but
 * did not balk), {@code lead_time_mean} the time-average number inside over the same customers.
 *
 * <p>{@code queue_max} is the largest number of customers who waited in a step's line for a
 * positive time: a customer called the instant it joins never counts.
 */
public final class ReplicationCollector implements FlowListener {
  /** Precision of wait percentiles: 3 significant digits (relative error at most 0.1%). */
  static final int SIGNIFICANT_DIGITS = 3;

  /**
   * Waits shorter than this (in time units) count as no wait in percentiles: it bounds the
   * histogram's dynamic range, and is far below any duration a scenario can express meaningfully.
   */
  private static final double NEGLIGIBLE_WAIT = 1e-9;

  /**
   * Waits longer than this (in time units: 1,000,000 min is about two years) count as this long in
   * percentiles: a histogram of 3 significant digits spans at most about 9e15 between its smallest
   * and largest value, so this keeps every wait from {@link #NEGLIGIBLE_WAIT} up recordable. Mean
   * and longest wait stay exact; only a percentile above it would read as this bound (found by the
   * fuzz suite: a service time of a century made a run exit 70).
   */
  private static final double LONGEST_PERCENTILE_WAIT = NEGLIGIBLE_WAIT * 1e15;

  private final Scenario scenario;
  private final int replication;
  private final double perHour;
  private final OptionalDouble target;
  private final CustomerFigures overall;
  private final CustomerFigures[] byType;
  private final StepFigures[] bySteps;
  private final ResourceFigures[] byPool;
  private ReplicationStats result;

  /** A collector for {@code replication} of {@code scenario}, on the clock of {@code kernel}. */
  public ReplicationCollector(Scenario scenario, int replication, Kernel kernel) {
    this.scenario = scenario;
    this.replication = replication;
    this.perHour = scenario.timeUnit().perHour();
    this.target = scenario.targets().waitWithin();
    boolean cut = !scenario.run().drain();
    this.overall = new CustomerFigures(kernel.timeAverage("wip"), cut ? kernel.timeAverage("waiting") : null);
    this.byType = new CustomerFigures[scenario.customers().size()];
    for (int t = 0; t < byType.length; t++) {
      // one type: its figures are the overall ones, kept once (the same events, the same sums)
      byType[t] = byType.length == 1 ? overall
          : new CustomerFigures(kernel.timeAverage("wip " + t), cut ? kernel.timeAverage("waiting " + t) : null);
    }
    this.bySteps = new StepFigures[scenario.process().size()];
    for (int s = 0; s < bySteps.length; s++) {
      bySteps[s] = new StepFigures(kernel.timeAverage("queue " + s));
    }
    this.byPool = new ResourceFigures[scenario.resources().size()];
    for (int p = 0; p < byPool.length; p++) {
      byPool[p] = new ResourceFigures(kernel.timeAverage("busy " + p), kernel.timeAverage("duty " + p),
          scenario.resources().get(p).costPerHour().orElse(Double.NaN));
    }
  }

  @Override
  public void arrived(Customer c, double now) {
    overall.enter(c);
    CustomerFigures type = byType[c.type()];
    if (type != overall) {
      type.enter(c);
    }
  }

  @Override
  public void joined(Customer c, StepNode step, double now) {
    StepFigures f = bySteps[step.index()];
    if (c.counted()) {
      f.visits++;
    }
    if (step.line() != null) {
      f.queueTo(f.queue.current() + 1, now);
      waiting(c, 1);
    }
  }

  /** Without drain: the customers waiting, overall and of {@code c}'s type, change by {@code change}. */
  private void waiting(Customer c, int change) {
    if (overall.waiting != null) {
      overall.waiting.update(overall.waiting.current() + change);
      CustomerFigures type = byType[c.type()];
      if (type != overall) {
        type.waiting.update(type.waiting.current() + change);
      }
    }
  }

  @Override
  public void started(Customer c, StepNode step, Pool pool, double now) {
    StepFigures f = bySteps[step.index()];
    if (step.line() != null) {
      f.queueTo(f.queue.current() - 1, now);
      waiting(c, -1);
    }
    poolChanged(pool, now);
    if (c.counted()) {
      double wait = now - c.joinedAt();
      f.leftQueue++;
      f.waitSum += wait;
      f.served++;
      f.waitServedSum += wait;
    }
  }

  @Override
  public void preempted(Customer c, StepNode step, Pool pool, double now) {
    StepFigures f = bySteps[step.index()];
    f.queueTo(f.queue.current() + 1, now);
    waiting(c, 1);
    poolChanged(pool, now);
  }

  @Override
  public void resumed(Customer c, StepNode step, Pool pool, double now) {
    StepFigures f = bySteps[step.index()];
    f.queueTo(f.queue.current() - 1, now);
    waiting(c, -1);
    poolChanged(pool, now);
  }

  @Override
  public void finished(Customer c, StepNode step, Pool pool, double now) {
    poolChanged(pool, now);
    if (c.counted()) {
      StepFigures f = bySteps[step.index()];
      f.serviceCount++;
      f.serviceSum += c.serviceTime();
    }
  }

  @Override
  public void reworked(Customer c, StepNode step, double now) {
    if (c.counted()) {
      bySteps[step.index()].reworked++;
    }
  }

  @Override
  public void abandoned(Customer c, StepNode step, double now) {
    StepFigures f = bySteps[step.index()];
    f.queueTo(f.queue.current() - 1, now);
    waiting(c, -1);
    if (c.counted()) {
      f.leftQueue++;
      f.waitSum += now - c.joinedAt();
      f.abandoned++;
    }
  }

  @Override
  public void balked(Customer c, StepNode step, double now) {
    if (c.counted()) {
      bySteps[step.index()].balked++;
    }
  }

  /** Servers working and servers present follow the pool's state after every change. */
  @Override
  public void poolChanged(Pool pool, double now) {
    if (pool != null) {
      ResourceFigures f = byPool[pool.index()];
      f.busy.update(pool.serving());
      f.onDuty.update(pool.present());
    }
  }

  @Override
  public void left(Customer c, Exit how, double now) {
    double serviceLimit = target.orElse(Double.NaN);
    overall.leave(c, how, now, serviceLimit);
    CustomerFigures type = byType[c.type()];
    if (type != overall) {
      type.leave(c, how, now, serviceLimit);
    }
  }

  @Override
  public void warmupEnded(double now) {
    overall.restart();
    for (CustomerFigures f : byType) {
      if (f != overall) {
        f.restart();
      }
    }
    for (StepFigures f : bySteps) {
      f.restart(now);
    }
    for (ResourceFigures f : byPool) {
      f.busy.restart();
      f.onDuty.restart();
    }
  }

  @Override
  public void ended(ServiceSystem system, double now) {
    double hours = (scenario.run().horizon() - scenario.run().warmup()) / perHour;
    Map<String, Map<String, Double>> types = new LinkedHashMap<>();
    Map<String, Map<String, Double>> typeBases = new LinkedHashMap<>();
    Map<String, DoubleHistogram> typeWaits = new LinkedHashMap<>();
    for (int t = 0; t < byType.length; t++) {
      String name = scenario.customers().get(t).name();
      types.put(name, byType[t].figures(hours));
      typeBases.put(name, byType[t].bases());
      typeWaits.put(name, byType[t].waits);
    }
    Map<String, Map<String, Double>> steps = new LinkedHashMap<>();
    Map<String, Map<String, Double>> stepBases = new LinkedHashMap<>();
    for (int s = 0; s < bySteps.length; s++) {
      double servers = 0;
      for (String pool : scenario.process().get(s).resources()) {
        servers += byPool[poolIndex(pool)].onDuty.average();
      }
      steps.put(scenario.process().get(s).name(), bySteps[s].figures(servers, now));
      stepBases.put(scenario.process().get(s).name(), bySteps[s].bases());
    }
    Map<String, Map<String, Double>> resources = new LinkedHashMap<>();
    Map<String, Map<String, Double>> resourceBases = new LinkedHashMap<>();
    for (int p = 0; p < byPool.length; p++) {
      resources.put(scenario.resources().get(p).name(), byPool[p].figures(perHour));
      resourceBases.put(scenario.resources().get(p).name(), byPool[p].bases());
    }
    Map<String, Double> all = overall.figures(hours);
    all.put(Metric.TAKT_TIME.key(), ratio(scenario.run().horizon() - scenario.run().warmup(), overall.arrived));
    if (resources.values().stream().anyMatch(m -> m.containsKey(Metric.COST.key()))) {
      all.put(Metric.STAFF_COST.key(), resources.values().stream()
          .mapToDouble(m -> m.getOrDefault(Metric.COST.key(), 0.0)).sum());
    }
    result = new ReplicationStats(replication, now, all, types, steps, resources,
        new Bases(overall.bases(), typeBases, stepBases, resourceBases), WaitSample.of(overall.waits, typeWaits), null);
  }

  private int poolIndex(String name) {
    for (int p = 0; p < byPool.length; p++) {
      if (scenario.resources().get(p).name().equals(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown resource " + name);
  }

  /** The figures, once the replication has ended. */
  public ReplicationStats result() {
    if (result == null) {
      throw new IllegalStateException("the replication has not ended");
    }
    return result;
  }

  private static double ratio(double num, double den) {
    return den == 0 ? Double.NaN : num / den;
  }

  /** Per-customer figures of one scope (overall or one type). */
  private final class CustomerFigures {
    final TimeAverage wip;
    /** Without drain: the customers waiting in a line (null with drain). */
    final TimeAverage waiting;
    final DoubleHistogram waits = new DoubleHistogram(SIGNIFICANT_DIGITS);
    long arrived;
    long completed;
    long abandoned;
    long balked;
    long left;
    long withinTarget;
    double waitSum;
    double waitMax = Double.NaN;
    double leadSum;
    double valueAddedSum;
    double overprocessingSum;
    double motionSum;
    double defectsSum;

    CustomerFigures(TimeAverage wip, TimeAverage waiting) {
      this.wip = wip;
      this.waiting = waiting;
    }

    void restart() {
      wip.restart();
      if (waiting != null) {
        waiting.restart();
      }
    }

    /** The customers who arrived and did not balk: the base of the time-average waits without drain. */
    long stayed() {
      return arrived - balked;
    }

    /** Mean wait: per customer who left, or without drain the time-average number waiting per customer who stayed. */
    double waitMean() {
      return waiting == null ? ratio(waitSum, left) : ratio(waiting.area(), stayed());
    }

    /** Mean lead time: per completed customer, or without drain the time-average number inside per customer who stayed. */
    double leadTimeMean() {
      return waiting == null ? ratio(leadSum, completed) : ratio(wip.area(), stayed());
    }

    /** What each ratio figure averages over (see {@link Bases}). */
    Map<String, Double> bases() {
      Map<String, Double> m = new LinkedHashMap<>();
      for (Metric k : Metric.in(Metric.Scope.TYPE)) {
        double b;
        switch (k) {
          case ABANDON_RATE -> b = arrived - balked;
          case WAIT_MEAN, WASTE_WAITING -> b = waiting == null ? left : stayed();
          case LEAD_TIME_MEAN -> b = waiting == null ? completed : stayed();
          case VALUE_ADDED_MEAN -> b = completed;
          case PCE -> b = leadSum;
          case SERVICE_LEVEL -> {
            if (target.isEmpty()) {
              continue;
            }
            b = left;
          }
          case WASTE_MOTION, WASTE_DEFECTS, WASTE_OVERPROCESSING -> b = left;
          default -> {
            continue;
          }
        }
        m.put(k.key(), b);
      }
      return m;
    }

    void enter(Customer c) {
      wip.update(wip.current() + 1);
      if (c.counted()) {
        arrived++;
      }
    }

    void leave(Customer c, Exit how, double now, double serviceLimit) {
      wip.update(wip.current() - 1);
      if (!c.counted()) {
        return;
      }
      if (how == Exit.BALKED) {
        balked++;
        return;
      }
      if (how == Exit.ABANDONED) {
        abandoned++;
      }
      left++;
      double wait = c.waiting();
      waitSum += wait;
      waitMax = Double.isNaN(waitMax) ? wait : Math.max(waitMax, wait);
      waits.recordValue(wait < NEGLIGIBLE_WAIT ? 0 : Math.min(wait, LONGEST_PERCENTILE_WAIT));
      overprocessingSum += c.overprocessing();
      motionSum += c.motion();
      defectsSum += c.defects();
      if (how != Exit.ABANDONED && wait <= serviceLimit) { // results-format: abandoned count as failures
        withinTarget++;
      }
      if (how == Exit.COMPLETED) {
        completed++;
        leadSum += now - c.arrivedAt();
        valueAddedSum += c.valueAdded();
      }
    }

    /** The {@code p}-th percentile of the total waits, to 3 significant digits; NaN without customers. */
    double percentile(double p) {
      return left == 0 ? Double.NaN : waits.getValueAtPercentile(p);
    }

    Map<String, Double> figures(double hours) {
      Map<String, Double> m = new LinkedHashMap<>();
      for (Metric k : Metric.in(Metric.Scope.TYPE)) {
        double v;
        switch (k) {
          case ARRIVED -> v = arrived;
          case COMPLETED -> v = completed;
          case ABANDONED -> v = abandoned;
          case BALKED -> v = balked;
          case ABANDON_RATE -> v = ratio(abandoned, arrived - balked);
          case WAIT_MEAN, WASTE_WAITING -> v = waitMean();
          case WAIT_P90 -> v = percentile(90);
          case WAIT_P95 -> v = percentile(95);
          case WAIT_MAX -> v = waitMax;
          case LEAD_TIME_MEAN -> v = leadTimeMean();
          case VALUE_ADDED_MEAN -> v = ratio(valueAddedSum, completed);
          case PCE -> v = ratio(valueAddedSum, leadSum);
          case SERVICE_LEVEL -> {
            if (target.isEmpty()) {
              continue;
            }
            v = ratio(withinTarget, left);
          }
          case THROUGHPUT_PER_HOUR -> v = completed / hours;
          case WASTE_MOTION -> v = ratio(motionSum, left);
          case WASTE_DEFECTS -> v = ratio(defectsSum, left);
          case WASTE_OVERPROCESSING -> v = ratio(overprocessingSum, left);
          case WIP_MEAN -> v = wip.average();
          default -> throw new AssertionError(k);
        }
        m.put(k.key(), v);
      }
      return m;
    }
  }

  /** Per-visit figures of one step. */
  private static final class StepFigures {
    final TimeAverage queue;
    double heldMax;
    double lengthSince;
    long visits;
    long leftQueue;
    long served;
    long serviceCount;
    long abandoned;
    long balked;
    long reworked;
    double waitSum;
    double waitServedSum;
    double serviceSum;

    StepFigures(TimeAverage queue) {
      this.queue = queue;
    }

    /**
     * The line now holds {@code length} customers. A length counts towards the maximum once it has
     * lasted a positive time: a customer who joins and is called at the same instant, or one put
     * back by a preemption while the one interrupting it is called, never waited.
     */
    void queueTo(double length, double now) {
      if (now > lengthSince) {
        heldMax = Math.max(heldMax, queue.current());
        lengthSince = now;
      }
      queue.update(length);
    }

    /** The end of the warm-up: the average and the maximum restart from the length now. */
    void restart(double now) {
      queue.restart();
      heldMax = 0;
      lengthSince = now;
    }

    /** The largest length that lasted a positive time, up to {@code end}. */
    double queueMax(double end) {
      return end > lengthSince ? Math.max(heldMax, queue.current()) : heldMax;
    }

    /** What each ratio figure averages over (see {@link Bases}). */
    Map<String, Double> bases() {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put(Metric.STEP_WAIT_MEAN.key(), (double) leftQueue);
      m.put(Metric.WAIT_SERVED_MEAN.key(), (double) served);
      m.put(Metric.SERVICE_MEAN.key(), (double) serviceCount);
      return m;
    }

    Map<String, Double> figures(double servers, double end) {
      Map<String, Double> m = new LinkedHashMap<>();
      for (Metric k : Metric.in(Metric.Scope.STEP)) {
        double v;
        switch (k) {
          case VISITS -> v = visits;
          case STEP_WAIT_MEAN -> v = ratio(waitSum, leftQueue);
          case WAIT_SERVED_MEAN -> v = ratio(waitServedSum, served);
          case QUEUE_MEAN -> v = queue.average();
          case QUEUE_MAX -> v = queueMax(end);
          case SERVICE_MEAN -> v = ratio(serviceSum, serviceCount);
          case STEP_ABANDONED -> v = abandoned;
          case STEP_BALKED -> v = balked;
          case REWORKED -> v = reworked;
          case CYCLE_TIME -> v = servers > 0 ? ratio(serviceSum, serviceCount) / servers : Double.NaN;
          default -> throw new AssertionError(k);
        }
        m.put(k.key(), v);
      }
      return m;
    }
  }

  /** Figures of one pool: servers working, servers present (on duty, or finishing after their shift). */
  private static final class ResourceFigures {
    final TimeAverage busy;
    final TimeAverage onDuty;
    final double costPerHour;

    ResourceFigures(TimeAverage busy, TimeAverage onDuty, double costPerHour) {
      this.busy = busy;
      this.onDuty = onDuty;
      this.costPerHour = costPerHour;
    }

    /** Utilization averages over the duty time (see {@link Bases}). */
    Map<String, Double> bases() {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put(Metric.UTILIZATION.key(), onDuty.area());
      return m;
    }

    Map<String, Double> figures(double perHour) {
      double busyArea = busy.area();
      double dutyArea = onDuty.area();
      Map<String, Double> m = new LinkedHashMap<>();
      m.put(Metric.UTILIZATION.key(), ratio(busyArea, dutyArea));
      m.put(Metric.STAFF_HOURS.key(), dutyArea / perHour);
      m.put(Metric.IDLE_HOURS.key(), (dutyArea - busyArea) / perHour);
      if (!Double.isNaN(costPerHour)) {
        m.put(Metric.COST.key(), dutyArea / perHour * costPerHour);
      }
      return m;
    }
  }
}
