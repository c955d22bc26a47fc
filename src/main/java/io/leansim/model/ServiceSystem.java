package io.leansim.model;

import io.leansim.engine.Kernel;
import io.leansim.engine.Sampler;
import io.leansim.engine.Samplers;
import io.leansim.engine.StreamPlan;
import io.leansim.scenario.CustomerType;
import io.leansim.scenario.Discipline;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import io.leansim.engine.Uniforms;

/**
 * One replication of a scenario at run time: arrival processes, steps with their lines, pools,
 * and the route every customer walks (the steps in order, skipping those whose {@code for}
 * excludes its type).
 *
 * <p>Common random numbers: every arrival stream has its own stream of arrival epochs and its own
 * stream of customer needs, where the k-th customer of the stream reads substream k: first the
 * uniform choosing its type, then one uniform per step of the process (in process order) for its
 * service time there. A variant that changes disciplines or staffing therefore sees the same
 * customers, at the same times, with the same service needs.
 */
public final class ServiceSystem {
  private final Kernel kernel;
  private final Scenario scenario;
  private final FlowListener[] listeners;
  private final StepNode[] steps;
  private final Pool[] pools;
  private final ArrivalProcess[] arrivals;
  private final Uniforms[] needs;
  private final long[] customersOfStream;
  private long nextId;
  private long nextJoinSeq;
  private int inDelay;
  private boolean ran;

  /**
   * Builds the run-time system of {@code replication} on a fresh {@code kernel}, observed by
   * {@code listeners}.
   */
  public ServiceSystem(
      Scenario scenario, Kernel kernel, StreamPlan plan, int replication, List<FlowListener> listeners) {
    this.kernel = kernel;
    this.scenario = scenario;
    this.listeners = listeners.toArray(new FlowListener[0]);
    List<CustomerType> types = scenario.customers();

    this.pools = new Pool[scenario.resources().size()];
    for (int i = 0; i < pools.length; i++) {
      ResourcePool r = scenario.resources().get(i);
      pools[i] = new Pool(i, r.name(), r.capacity());
    }

    this.steps = new StepNode[scenario.process().size()];
    for (int i = 0; i < steps.length; i++) {
      Step s = scenario.process().get(i);
      Sampler[] byType = new Sampler[types.size()];
      for (int t = 0; t < byType.length; t++) {
        String type = types.get(t).name();
        if (s.appliesTo(type)) {
          DistSpec d = s.time().forType(type);
          if (d == null) {
            throw new IllegalArgumentException("step " + s.name() + " has no time for type " + type);
          }
          byType[t] = Samplers.of(d);
        }
      }
      List<Pool> stepPools = new ArrayList<>();
      for (String r : s.resources()) {
        stepPools.add(pools[scenario.resources().indexOf(scenario.resource(r).orElseThrow())]);
      }
      Line line = stepPools.isEmpty() ? null : newLine(s.discipline(), types);
      steps[i] = new StepNode(i, s, line, stepPools, byType);
      for (Pool p : stepPools) {
        p.steps().add(steps[i]);
      }
    }

    int[] typeIndex = new int[types.size()];
    for (int t = 0; t < typeIndex.length; t++) {
      typeIndex[t] = t;
    }
    this.arrivals = new ArrivalProcess[scenario.arrivals().size()];
    this.needs = new Uniforms[arrivals.length];
    this.customersOfStream = new long[arrivals.length];
    for (int j = 0; j < arrivals.length; j++) {
      String name = scenario.arrivals().get(j).name();
      arrivals[j] =
          new ArrivalProcess(this, j, scenario.arrivals().get(j), scenario.run().horizon(),
              plan.stream(replication, "arrivals/" + name), typeIndex);
      needs[j] = plan.stream(replication, "customers/" + name);
    }
  }

  private static Line newLine(Discipline discipline, List<CustomerType> types) {
    int[] rank = new int[types.size()];
    if (discipline == Discipline.FIFO) {
      return new Line(rank, 1);
    }
    TreeSet<Integer> distinct = new TreeSet<>();
    types.forEach(t -> distinct.add(t.priority()));
    List<Integer> order = new ArrayList<>(distinct);
    for (int t = 0; t < rank.length; t++) {
      rank[t] = order.indexOf(types.get(t).priority());
    }
    return new Line(rank, order.size());
  }

  /**
   * Runs the replication: arrivals until the horizon, then (with {@code drain}) until everyone
   * inside has left, or (without) stops at the horizon. Returns the end time. Runs once.
   */
  public double run() {
    if (ran) {
      throw new IllegalStateException("a replication runs once");
    }
    ran = true;
    double warmup = scenario.run().warmup();
    double horizon = scenario.run().horizon();
    if (warmup > 0) {
      kernel.schedule(warmup, () -> {
        for (FlowListener l : listeners) {
          l.warmupEnded(kernel.now());
        }
      });
    }
    if (scenario.run().drain()) {
      kernel.schedule(horizon, () -> {}); // doors close: the run lasts at least until the horizon
    } else {
      kernel.schedule(horizon, kernel::stop);
    }
    for (ArrivalProcess a : arrivals) {
      a.start();
    }
    kernel.run();
    double end = kernel.now();
    for (FlowListener l : listeners) {
      l.ended(this, end);
    }
    return end;
  }

  /** This replication's kernel. */
  public Kernel kernel() {
    return kernel;
  }

  /** The scenario being run. */
  public Scenario scenario() {
    return scenario;
  }

  /** Name of customer type index {@code type}. */
  public String typeName(int type) {
    return scenario.customers().get(type).name();
  }

  /** Run-time steps, in process order. */
  public List<StepNode> steps() {
    return List.of(steps);
  }

  /** Run-time pools, in scenario order. */
  public List<Pool> pools() {
    return List.of(pools);
  }

  /**
   * Customers inside the system now, counted from where they are (in lines, in service, in
   * delays), independently of any arrival or departure count: the basis of the conservation check.
   */
  public long inside() {
    long n = inDelay;
    for (StepNode s : steps) {
      if (s.line() != null) {
        n += s.line().size();
      }
    }
    for (Pool p : pools) {
      n += p.busy;
    }
    return n;
  }

  void arrive(ArrivalProcess stream) {
    int j = stream.index();
    Uniforms r = needs[j];
    if (customersOfStream[j]++ > 0) {
      r.nextSubstream();
    }
    double uType = r.next();
    double[] serviceNeeds = new double[steps.length];
    for (int i = 0; i < serviceNeeds.length; i++) {
      serviceNeeds[i] = r.next();
    }
    double now = kernel.now();
    Customer c =
        new Customer(this, nextId++, stream.typeFor(uType), now, now >= scenario.run().warmup(), serviceNeeds);
    for (FlowListener l : listeners) {
      l.arrived(c, now);
    }
    advance(c);
  }

  /** Sends {@code c} to its next step, or out of the system after the last. */
  private void advance(Customer c) {
    int next = c.stepIndex + 1;
    while (next < steps.length && !steps[next].appliesTo(c.type())) {
      next++;
    }
    double now = kernel.now();
    if (next == steps.length) {
      c.stepIndex = steps.length;
      for (FlowListener l : listeners) {
        l.left(c, true, now);
      }
      return;
    }
    StepNode step = steps[next];
    c.stepIndex = next;
    c.joinedAt = now;
    c.startedAt = Double.NaN;
    c.joinSeq = nextJoinSeq++;
    for (FlowListener l : listeners) {
      l.joined(c, step, now);
    }
    if (step.line() == null) {
      inDelay++;
      start(c, step, null);
      return;
    }
    step.line().add(c);
    for (Pool p : step.pools()) {
      dispatch(p);
    }
  }

  /** While {@code pool} has a free server and someone waits in one of its lines, start a service. */
  private void dispatch(Pool pool) {
    while (pool.busy < pool.onDuty()) {
      StepNode step = pool.nextStep();
      if (step == null) {
        return;
      }
      Customer c = step.line().poll();
      pool.busy++;
      start(c, step, pool);
    }
  }

  private void start(Customer c, StepNode step, Pool pool) {
    double now = kernel.now();
    c.startedAt = now;
    c.servedBy = pool;
    c.waiting += now - c.joinedAt;
    c.serviceTime = step.sampleService(c.type(), c.serviceNeed(step.index()));
    for (FlowListener l : listeners) {
      l.started(c, step, pool, now);
    }
    c.schedule(c.serviceTime);
  }

  /** The pending event of {@code c} happened: its service (or delay) at the current step ended. */
  void serviceEnded(Customer c) {
    StepNode step = steps[c.stepIndex];
    switch (step.spec().value()) {
      case VALUE_ADDED -> c.valueAdded += c.serviceTime;
      case NECESSARY -> c.necessary += c.serviceTime;
      case WASTE -> c.overprocessing += c.serviceTime;
      default -> throw new AssertionError(step.spec().value());
    }
    Pool pool = c.servedBy;
    double now = kernel.now();
    for (FlowListener l : listeners) {
      l.finished(c, step, pool, now);
    }
    c.servedBy = null;
    if (pool == null) {
      inDelay--;
    } else {
      pool.busy--;
      dispatch(pool);
    }
    advance(c);
  }
}
