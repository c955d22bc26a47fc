package io.leansim.model;

import io.leansim.engine.Kernel;
import io.leansim.engine.Lookahead;
import io.leansim.engine.Sampler;
import io.leansim.engine.Samplers;
import io.leansim.engine.StreamPlan;
import io.leansim.engine.Substreams;
import io.leansim.engine.Uniforms;
import io.leansim.model.FlowListener.Exit;
import io.leansim.scenario.CustomerType;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Routes;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One replication of a scenario at run time: arrival sources, steps with their lines, pools with
 * their shifts and outages, and the route every customer walks.
 *
 * <p>A customer walks the steps in process order, skipping those whose {@code for} excludes its
 * type, unless a step's {@code next} routes it elsewhere. At a step it walks there ({@code walk}),
 * balks if the line is at its {@code queue_limit}, joins the line (and gives up after its
 * patience), is called by a free server of the first pool in preference order that serves its
 * type, and after service may be sent back by {@code rework} to the back of a queue.
 *
 * <p>Common random numbers: every arrival stream has a stream of arrival epochs and a stream of
 * customer needs, where the k-th customer of the stream reads substream k: first the uniform
 * choosing its type, then {@link Customer#SLOTS} uniforms per process step (in {@code Scenario.draws} order) for
 * its first visit there; where customers may come back, a stream of later needs gives it substream
 * k again for second visits and redos. Pool outages have streams of their own. So a variant that changes disciplines, staffing or routing sees the same customers,
 * at the same times, with the same needs. {@link RandomStreams} names the streams.
 */
public final class ServiceSystem {
  /**
   * The most customers a replication may hold inside at once: a service hall never comes near
   * it, an unstable model (arrivals above capacity over a long horizon) passes it long before
   * memory runs out (each customer inside takes a few hundred bytes).
   */
  public static final int SAFETY_BOUND = 200_000;

  /**
   * The event budget: a replication may have at most this many customer events (ends of walks,
   * patience, services) per event its customers' routes need on average ({@link #EVENT_FLOOR} plus,
   * per customer who arrived, 1 + 3 x its type's mean visits); a customer going round without end
   * passes it soon, a real run never comes near it.
   */
  public static final int EVENT_FACTOR = 100;

  /** Customer events every replication may have whatever its arrivals (small models, rare loops). */
  public static final long EVENT_FLOOR = 1_000_000;

  /**
   * The drain bound: with {@code drain}, a replication may run past its horizon at most this many
   * times the time serving everyone inside at closing one after the other would take on average
   * (their number times the longest mean trip through the process without waiting, plus the mean
   * durations of the outages), which a drain with at least one server at work never needs.
   */
  public static final int DRAIN_FACTOR = 1000;

  private final Kernel kernel;
  private final Scenario scenario;
  private final StreamPlan plan;
  private final int replication;
  private final FlowListener[] listeners;
  private final StepNode[] steps;
  private final Pool[] pools;
  private final ArrivalSource[] sources;
  /** Per arrival stream, the stream of customer needs, at the substream of its last customer. */
  private final Uniforms[] needs;
  /** The draws of a customer's substream: its type, then {@link Customer#SLOTS} per step. */
  private final Lookahead lookahead;
  /** Per arrival stream, the needs of second visits and redos (null without revisits): customer k on substream k. */
  private final Substreams[] laterNeeds;
  private final long[] customersOfStream;
  private long nextId;
  private long nextJoinSeq;
  private int walking;
  private int inDelay;
  private long insideNow;
  private boolean ran;
  private final double[] eventsPerCustomer;
  private final double longestTrip;
  private final double outageSlack;
  private long customerEvents;
  /** Customers who have left, for reuse by later arrivals: {@code left[0 .. spare - 1]}. */
  private Customer[] left = new Customer[16];
  private int spare;
  private double eventBudget = EVENT_FLOOR;
  private double drainDeadline = Double.POSITIVE_INFINITY;

  /**
   * Builds the run-time system of {@code replication} on a fresh {@code kernel}, observed by
   * {@code listeners}.
   */
  public ServiceSystem(
      Scenario scenario, Kernel kernel, StreamPlan plan, int replication, List<FlowListener> listeners) {
    this.kernel = kernel;
    this.scenario = scenario;
    this.plan = plan;
    this.replication = replication;
    this.listeners = listeners.toArray(new FlowListener[0]);
    List<CustomerType> types = scenario.customers();

    this.pools = new Pool[scenario.resources().size()];
    for (int i = 0; i < pools.length; i++) {
      ResourcePool r = scenario.resources().get(i);
      boolean[] serves = new boolean[types.size()];
      for (int t = 0; t < serves.length; t++) {
        serves[t] = r.serves(types.get(t).name());
      }
      pools[i] = new Pool(i, r.name(), staffAt(r, 0), serves);
    }

    this.steps = new StepNode[scenario.process().size()];
    for (int i = 0; i < steps.length; i++) {
      steps[i] = buildStep(i, scenario.process().get(i), types, scenario.draws());
      for (Pool p : steps[i].pools()) {
        p.steps().add(steps[i]);
      }
    }
    for (Pool p : pools) {
      p.stepArray = p.steps().toArray(new StepNode[0]);
    }

    this.eventsPerCustomer = new double[types.size()];
    double trip = 0;
    for (int t = 0; t < types.size(); t++) {
      double[] visits = Routes.of(scenario.process(), types.get(t).name()).expectedVisits();
      double v = 0;
      double time = 0;
      for (int i = 0; i < visits.length; i++) {
        v += visits[i];
        time += visits[i] == 0 ? 0 : visits[i] * meanVisit(scenario.process().get(i), types.get(t).name());
      }
      if (!Double.isFinite(v)) { // a route with no way out (only a scenario built in code has one): one pass
        v = steps.length;
        time = 0;
        for (Step st : scenario.process()) {
          time += st.appliesTo(types.get(t).name()) ? meanVisit(st, types.get(t).name()) : 0;
        }
      }
      eventsPerCustomer[t] = EVENT_FACTOR * (1 + 3 * v);
      trip = Math.max(trip, time);
    }
    this.longestTrip = trip;
    this.outageSlack = scenario.resources().stream().filter(r -> r.outages() != null)
        .mapToDouble(r -> r.outages().duration().mean()).sum();

    this.sources = new ArrivalSource[scenario.arrivals().size()];
    this.needs = new Uniforms[sources.length];
    this.laterNeeds = new Substreams[sources.length];
    this.lookahead = new Lookahead(1 + scenario.draws().size() * Customer.SLOTS);
    boolean revisits = RandomStreams.of(scenario).revisits();
    this.customersOfStream = new long[sources.length];
    for (int j = 0; j < sources.length; j++) {
      String name = scenario.arrivals().get(j).name();
      sources[j] = ArrivalSource.of(this, j, scenario.arrivals().get(j), scenario.run().horizon(),
          plan.stream(replication, RandomStreams.arrivals(name)));
      needs[j] = plan.stream(replication, RandomStreams.customers(name));
      laterNeeds[j] = revisits ? plan.substreams(replication, RandomStreams.revisits(name)) : null;
    }
  }

  /** Mean time of one visit of {@code type} to {@code s} without waiting: walk, service, and a redo it may cause. */
  private static double meanVisit(Step s, String type) {
    DistSpec d = s.time().forType(type);
    double t = d == null ? 0 : d.mean();
    if (s.walk() != null) {
      t += s.walk().mean();
    }
    if (s.rework() != null && s.rework().time() != null) {
      t += s.rework().time().mean();
    }
    return t;
  }

  private StepNode buildStep(int index, Step s, List<CustomerType> types, List<String> draws) {
    Sampler[] service = new Sampler[types.size()];
    Sampler[] patience = new Sampler[types.size()];
    Sampler stepPatience = s.patience() == null ? null : Samplers.of(s.patience());
    for (int t = 0; t < service.length; t++) {
      String type = types.get(t).name();
      if (s.appliesTo(type)) {
        DistSpec d = s.time().forType(type);
        if (d == null) {
          throw new IllegalArgumentException("step " + s.name() + " has no time for type " + type);
        }
        service[t] = Samplers.of(d);
        DistSpec typePatience = types.get(t).patience();
        patience[t] = stepPatience != null ? stepPatience : typePatience == null ? null : Samplers.of(typePatience);
      }
    }
    List<Pool> stepPools = new ArrayList<>();
    for (String r : s.resources()) {
      stepPools.add(pools[indexOfPool(r)]);
    }
    Line line = stepPools.isEmpty() ? null : Line.of(s.discipline(), types, s.maxWait().orElse(Double.NaN));
    Sampler walk = s.walk() == null ? null : Samplers.of(s.walk());
    Sampler redo = s.rework() == null || s.rework().time() == null ? null : Samplers.of(s.rework().time());
    int reworkTo = s.rework() == null ? -1 : indexOfStep(s.rework().to());
    double[] reworkByType = new double[types.size()];
    for (int t = 0; t < reworkByType.length && s.rework() != null; t++) {
      reworkByType[t] = s.rework().probability(types.get(t).name());
    }
    int[] targets = new int[s.next().size()];
    double[] cumulative = new double[s.next().size()];
    int k = 0;
    double cum = 0;
    for (Map.Entry<String, Double> e : s.next().entrySet()) {
      cum += e.getValue();
      targets[k] = e.getKey().equals(Step.EXIT) ? -1 : indexOfStep(e.getKey());
      cumulative[k] = cum;
      k++;
    }
    return new StepNode(index, draws.indexOf(s.name()), s, line, stepPools, service, patience, walk, redo, reworkTo, reworkByType, targets,
        cumulative);
  }

  private int indexOfPool(String name) {
    for (int i = 0; i < scenario.resources().size(); i++) {
      if (scenario.resources().get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown resource " + name);
  }

  private int indexOfStep(String name) {
    for (int i = 0; i < scenario.process().size(); i++) {
      if (scenario.process().get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown step " + name);
  }

  /** Index of customer type {@code name}. */
  int typeIndex(String name) {
    for (int t = 0; t < scenario.customers().size(); t++) {
      if (scenario.customers().get(t).name().equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown customer type " + name);
  }

  /** Staff of {@code r} at run time {@code t}: its capacity, or the last shift started by then (0 before the first). */
  private static int staffAt(ResourcePool r, double t) {
    if (r.shifts().isEmpty()) {
      return r.capacity();
    }
    int staff = 0;
    for (ResourcePool.Shift s : r.shifts()) {
      if (s.from() <= t) {
        staff = s.staff();
      }
    }
    return staff;
  }

  /**
   * Runs the replication: arrivals until the horizon, then (with {@code drain}) until the last
   * customer inside has left (at the horizon if nobody is inside then), or (without) stops at the
   * horizon. Returns the end time. Runs once.
   *
   * <p>While draining, shift changes after the horizon are ignored (the staff on duty at closing
   * serves those inside), no new outage starts, and an outage in progress lasts only as long as
   * the run: it does not keep an empty hall open.
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
      kernel.schedule(horizon, () -> { // doors close: the run lasts at least until the horizon
        if (insideNow == 0) {
          kernel.stop();
        } else {
          drainDeadline = horizon + DRAIN_FACTOR * (insideNow * longestTrip + outageSlack);
        }
      });
    } else {
      kernel.schedule(horizon, kernel::stop);
    }
    for (int i = 0; i < pools.length; i++) {
      ResourcePool r = scenario.resources().get(i);
      Pool pool = pools[i];
      for (FlowListener l : listeners) {
        l.poolChanged(pool, 0); // the staff on duty at the start
      }
      for (ResourcePool.Shift s : r.shifts()) {
        if (s.from() > 0 && s.from() < horizon) {
          kernel.schedule(s.from(), () -> setStaff(pool, s.staff()));
        }
      }
      if (r.outages() != null) {
        new Outages(pool, r.outages(), plan.stream(replication, RandomStreams.outages(r.name()))).start();
      }
    }
    for (ArrivalSource a : sources) {
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
   * Customers inside the system now, counted from where they are (walking, in lines, held by
   * servers, in delays), independently of any arrival or departure count: the basis of the
   * conservation check.
   */
  public long inside() {
    long n = (long) inDelay + walking;
    for (StepNode s : steps) {
      if (s.line() != null) {
        n += s.line().size();
      }
    }
    for (Pool p : pools) {
      n += p.busy();
    }
    return n;
  }

  /** The draws of a customer's substream of needs. */
  Lookahead needs() {
    return lookahead;
  }

  int stepCount() {
    return steps.length;
  }

  /**
   * The later needs (second visits, redos) of customer {@code ordinal} of arrival stream {@code
   * source}, whose substream of needs starts at the packed {@code a, b, c}: its substream of the
   * stream of later needs, or without revisits its own substream after the block.
   */
  Uniforms laterNeeds(int source, long ordinal, long a, long b, long c) {
    Substreams later = laterNeeds[source];
    return later != null ? later.start(ordinal) : lookahead.after(a, b, c);
  }

  void arrive(ArrivalSource source, int forcedType) {
    int j = source.index();
    Uniforms r = needs[j];
    long ordinal = customersOfStream[j]++;
    if (ordinal > 0) {
      r.nextSubstream();
    }
    double now = kernel.now();
    int type = forcedType >= 0 ? forcedType
        : source.typeFor(source.mixed() ? lookahead.at(0, r.packedStart(0), r.packedStart(1), r.packedStart(2)) : 0);
    Customer c = (spare > 0 ? left[--spare] : new Customer(this))
        .arrive(nextId++, type, now, now >= scenario.run().warmup(), j, ordinal, r);
    if (++insideNow > SAFETY_BOUND) {
      throw new UnstableSystemException(unstable(now));
    }
    eventBudget += eventsPerCustomer[type];
    for (FlowListener l : listeners) {
      l.arrived(c, now);
    }
    proceed(c, -1);
  }

  /** Why the run stops: where the customers are piling up. */
  private String unstable(double now) {
    StepNode worst = longestLine();
    String where = worst == null ? "" : String.format(java.util.Locale.ROOT,
        "; %,d of them wait at step '%s' (served by %s), whose staff cannot keep up with the arrivals",
        worst.line().size(), worst.spec().name(), String.join(", ", worst.spec().resources()));
    return String.format(java.util.Locale.ROOT,
        "the system is unstable: more than %,d customers were inside at once at run time %.1f %s%s. "
            + "Add capacity or reduce arrivals (with warmup > 0, 'leansim validate' reports the offered load)",
        SAFETY_BOUND, now, scenario.timeUnit().symbol(), where);
  }

  /** The step with the longest line now (null without lines). */
  private StepNode longestLine() {
    StepNode worst = null;
    for (StepNode s : steps) {
      if (s.line() != null && (worst == null || s.line().size() > worst.line().size())) {
        worst = s;
      }
    }
    return worst;
  }

  /**
   * Why a replication that runs away stops: past the drain bound ({@code late}) or past the event
   * budget; where the customers are, and what to check.
   */
  private String runaway(boolean late) {
    double now = kernel.now();
    String unit = scenario.timeUnit().symbol();
    int[] at = new int[steps.length];
    for (StepNode s : steps) {
      at[s.index()] += s.line() == null ? 0 : s.line().size();
    }
    for (Pool p : pools) {
      for (Customer c : p.holding) {
        at[c.stepIndex()]++;
      }
    }
    List<String> where = new ArrayList<>();
    for (StepNode s : steps) {
      if (at[s.index()] > 0) {
        where.add(String.format(java.util.Locale.ROOT, "%,d at '%s'", at[s.index()], s.spec().name()));
      }
    }
    String inside = String.format(java.util.Locale.ROOT, "%,d customers were still inside", insideNow)
        + (where.isEmpty() ? "" : " (" + String.join(", ", where) + ")");
    String why = late
        ? String.format(java.util.Locale.ROOT, "replication %d ran far past its horizon while draining: at run time"
            + " %.1f %s %s, past the drain bound of %.1f %s (the horizon + %d x the time serving everyone inside at"
            + " closing one after the other would take on average)", replication, now, unit, inside, drainDeadline,
            unit, DRAIN_FACTOR)
        : String.format(java.util.Locale.ROOT, "replication %d passed its event budget: %,d customer events by run"
            + " time %.1f %s, %d times what its customers' routes need on average; %s", replication, customerEvents,
            now, unit, EVENT_FACTOR, inside);
    return why + ". Customers seem to go round without end: check the routing ('next', 'rework') and the staff"
        + " at closing; 'leansim validate' checks that every route can reach the exit";
  }

  /** Sends {@code c}, done with step {@code from} (-1: just arrived), to the next step that applies, or out. */
  private void proceed(Customer c, int from) {
    int next = from + 1;
    while (next < steps.length && !steps[next].appliesTo(c.type())) {
      next++;
    }
    if (next == steps.length) {
      leave(c, Exit.COMPLETED);
    } else {
      enter(c, steps[next], true);
    }
  }

  /** {@code c} goes to {@code step}: walks there (when {@code walks}), then joins. */
  private void enter(Customer c, StepNode step, boolean walks) {
    c.stepIndex = step.index();
    c.visit(step);
    double walk = walks && step.hasWalk() ? step.sampleWalk(c.need(step, Customer.WALK)) : 0;
    if (walk > 0) {
      c.motion += walk;
      c.state = Customer.State.WALKING;
      walking++;
      c.schedule(walk);
    } else {
      join(c, step);
    }
  }

  private void join(Customer c, StepNode step) {
    double now = kernel.now();
    c.joinedAt = now;
    c.waitingSince = now;
    c.startedAt = Double.NaN;
    c.servedThisVisit = false;
    c.state = Customer.State.NONE;
    c.joinSeq = nextJoinSeq++;
    Line line = step.line();
    if (line == null) {
      for (FlowListener l : listeners) {
        l.joined(c, step, now);
      }
      inDelay++;
      c.state = Customer.State.IN_DELAY;
      beginService(c, step, null);
      return;
    }
    if (line.size() >= step.queueLimit && !freeServerFor(step, c)) {
      for (FlowListener l : listeners) {
        l.balked(c, step, now);
      }
      leave(c, Exit.BALKED);
      return;
    }
    line.add(c);
    for (FlowListener l : listeners) {
      l.joined(c, step, now);
    }
    double patience = step.samplePatience(c.type(), c.need(step, Customer.PATIENCE));
    if (patience < Double.POSITIVE_INFINITY) {
      c.state = Customer.State.WAITING;
      c.schedule(patience);
    }
    for (Pool p : step.poolArray) {
      dispatch(p);
    }
    if (step.preemptive && line.size() > 0 && c.servedBy == null && c.state != Customer.State.IN_SERVICE) {
      preemptFor(c, step);
    }
  }

  /** Whether a pool of {@code step} that serves {@code c}'s type has a free server now. */
  private static boolean freeServerFor(StepNode step, Customer c) {
    for (Pool p : step.poolArray) {
      if (p.hasFreeServer() && p.serves(c.type())) {
        return true;
      }
    }
    return false;
  }

  /** While {@code pool} has a free server and someone it serves waits in one of its lines, start a service. */
  private void dispatch(Pool pool) {
    double now = kernel.now();
    while (pool.hasFreeServer()) {
      StepNode bestStep = null;
      Customer best = null;
      boolean bestOverdue = false;
      int bestRank = Integer.MAX_VALUE;
      for (StepNode s : pool.stepArray) {
        Customer cand = s.line().candidate(pool, now);
        if (cand == null) {
          continue;
        }
        boolean overdue = s.line().overdue(cand, now);
        int rank = s.line().rank(cand.type());
        if (best == null || (overdue && !bestOverdue)
            || (overdue == bestOverdue && (overdue ? Line.waitedLonger(cand, best)
                : rank < bestRank || (rank == bestRank && cand.joinSeq < best.joinSeq)))) {
          best = cand;
          bestStep = s;
          bestOverdue = overdue;
          bestRank = rank;
        }
      }
      if (best == null) {
        return;
      }
      bestStep.line().take(best);
      beginService(best, bestStep, pool);
    }
  }

  /**
   * Preemptive-resume: {@code c} found no free server; it interrupts the lowest-priority customer
   * in service at this step (the most recently started among equals) on a pool that serves it,
   * if that customer's priority is strictly lower. The server goes to {@code c}'s class: to the
   * customer of that class its pool would call next, who is {@code c} unless one of its class
   * waited longer (found no server it could take, say during an outage).
   */
  private void preemptFor(Customer c, StepNode step) {
    Line line = step.line();
    int rank = line.rank(c.type());
    Customer victim = null;
    Pool victimPool = null;
    for (Pool p : step.poolArray) {
      if (p.down || !p.serves(c.type()) || p.busy() > p.onDuty()) {
        continue;
      }
      for (Customer v : p.holding) {
        if (v.stepIndex != step.index() || v.state != Customer.State.IN_SERVICE || line.rank(v.type()) <= rank) {
          continue;
        }
        if (victim == null || line.rank(v.type()) > line.rank(victim.type())
            || (line.rank(v.type()) == line.rank(victim.type()) && v.segmentStart > victim.segmentStart)) {
          victim = v;
          victimPool = p;
        }
      }
    }
    if (victim == null) {
      return;
    }
    double now = kernel.now();
    victim.cancel();
    victim.remaining = Math.max(0, victim.remaining - (now - victim.segmentStart)); // rounding only
    victimPool.holding.remove(victim);
    victim.servedBy = null;
    victim.state = Customer.State.NONE;
    victim.waitingSince = now;
    line.addFront(victim);
    for (FlowListener l : listeners) {
      l.preempted(victim, step, victimPool, now);
    }
    Customer next = line.candidateOfRank(victimPool, now, rank); // c, or one of its class who waited longer
    line.take(next);
    beginService(next, step, victimPool);
  }

  /** {@code c} leaves the line (or enters a delay) and is served by {@code pool} (null: a delay). */
  private void beginService(Customer c, StepNode step, Pool pool) {
    double now = kernel.now();
    if (c.state == Customer.State.WAITING) {
      c.cancel();
    }
    c.waiting += now - c.waitingSince;
    c.servedBy = pool;
    boolean resume = c.servedThisVisit;
    if (!resume) {
      c.servedThisVisit = true;
      c.startedAt = now;
      double redo = c.redoFrom != null ? c.redoTime() : Double.NaN;
      c.serviceTime = Double.isNaN(redo) ? step.sampleService(c.type(), c.need(step, Customer.SERVICE)) : redo;
      c.remaining = c.serviceTime;
    }
    c.segmentStart = now;
    if (pool != null) {
      c.state = Customer.State.IN_SERVICE;
      pool.holding.add(c);
    }
    for (FlowListener l : listeners) {
      if (resume) {
        l.resumed(c, step, pool, now);
      } else {
        l.started(c, step, pool, now);
      }
    }
    c.schedule(c.remaining);
  }

  /** The pending event of {@code c} happened; what it means depends on where the customer is. */
  void eventOf(Customer c) {
    if (++customerEvents > eventBudget || kernel.now() > drainDeadline) {
      throw new UnstableSystemException(runaway(customerEvents <= eventBudget));
    }
    switch (c.state) {
      case WALKING -> {
        walking--;
        join(c, steps[c.stepIndex]);
      }
      case WAITING -> abandon(c);
      case IN_SERVICE, IN_DELAY -> serviceEnded(c);
      default -> throw new IllegalStateException("customer " + c.id() + " has an event in state " + c.state);
    }
  }

  private void abandon(Customer c) {
    StepNode step = steps[c.stepIndex];
    double now = kernel.now();
    step.line().take(c);
    c.waiting += now - c.waitingSince;
    c.state = Customer.State.NONE;
    for (FlowListener l : listeners) {
      l.abandoned(c, step, now);
    }
    leave(c, Exit.ABANDONED);
  }

  private void serviceEnded(Customer c) {
    StepNode step = steps[c.stepIndex];
    if (c.redo) {
      c.defects += c.serviceTime;
    } else {
      switch (step.spec().value()) {
        case VALUE_ADDED -> c.valueAdded += c.serviceTime;
        case NECESSARY -> c.necessary += c.serviceTime;
        case WASTE -> c.overprocessing += c.serviceTime;
        default -> throw new AssertionError(step.spec().value());
      }
    }
    c.served(step);
    Pool pool = c.servedBy;
    if (pool == null) {
      inDelay--;
    } else {
      pool.holding.remove(c);
    }
    c.state = Customer.State.NONE;
    double now = kernel.now();
    for (FlowListener l : listeners) {
      l.finished(c, step, pool, now);
    }
    c.servedBy = null;
    if (pool != null) {
      dispatch(pool);
    }
    afterService(c, step);
  }

  /** Rework, then routing, then the next step in process order. */
  private void afterService(Customer c, StepNode step) {
    if (step.hasRework() && c.need(step, Customer.REWORK) < step.reworkProbability(c.type())) {
      for (FlowListener l : listeners) {
        l.reworked(c, step, kernel.now());
      }
      StepNode target = steps[step.reworkTo()];
      if (!target.appliesTo(c.type())) {
        target = step; // `for` keeps this type out of the rework step: the redo happens here
      }
      c.reworked(step);
      enter(c, target, target != step);
      return;
    }
    if (step.hasRoute()) {
      int target = step.route(c.need(step, Customer.ROUTE));
      if (target < 0) {
        leave(c, Exit.COMPLETED);
      } else if (steps[target].appliesTo(c.type())) {
        enter(c, steps[target], true);
      } else {
        proceed(c, target); // `for` excludes this type there: on to the next step that applies
      }
      return;
    }
    proceed(c, step.index());
  }

  private void leave(Customer c, Exit how) {
    insideNow--;
    c.state = Customer.State.NONE;
    double now = kernel.now();
    for (FlowListener l : listeners) {
      l.left(c, how, now);
    }
    if (insideNow == 0 && now >= scenario.run().horizon()) {
      kernel.stop(); // draining, the last customer left (without drain the run stopped at the horizon)
    }
    if (!c.pending()) { // always so: a customer leaves on its own event, or before it has one
      if (spare == left.length) {
        left = Arrays.copyOf(left, 2 * spare);
      }
      left[spare++] = c;
    }
  }

  private void setStaff(Pool pool, int staff) {
    pool.onDuty = staff;
    for (FlowListener l : listeners) {
      l.poolChanged(pool, kernel.now());
    }
    dispatch(pool);
  }

  /**
   * The outages of one pool: after {@code every}, the pool stops for {@code duration}; services
   * in progress pause and resume afterwards. No outage starts after the horizon.
   */
  private final class Outages extends Kernel.Action {
    private final Pool pool;
    private final Sampler every;
    private final Sampler duration;
    private final Uniforms random;

    Outages(Pool pool, ResourcePool.Outages spec, Uniforms random) {
      super(kernel);
      this.pool = pool;
      this.every = Samplers.of(spec.every());
      this.duration = Samplers.of(spec.duration());
      this.random = random;
    }

    void start() {
      scheduleStart();
    }

    private void scheduleStart() {
      double gap = every.sample(random.next());
      if (kernel.now() + gap < scenario.run().horizon()) {
        schedule(gap);
      }
    }

    @Override
    protected void fire() {
      double now = kernel.now();
      if (!pool.down) {
        pool.down = true;
        for (Customer c : pool.holding) {
          if (c.state == Customer.State.IN_SERVICE) {
            c.cancel();
            c.remaining = Math.max(0, c.remaining - (now - c.segmentStart)); // rounding only
            c.state = Customer.State.PAUSED;
            c.segmentStart = now;
          }
        }
        for (FlowListener l : listeners) {
          l.poolChanged(pool, now);
        }
        schedule(duration.sample(random.next()));
      } else {
        pool.down = false;
        for (Customer c : pool.holding) {
          if (c.state == Customer.State.PAUSED) {
            c.waiting += now - c.segmentStart;
            c.segmentStart = now;
            c.state = Customer.State.IN_SERVICE;
            c.schedule(c.remaining);
          }
        }
        for (FlowListener l : listeners) {
          l.poolChanged(pool, now);
        }
        dispatch(pool);
        scheduleStart();
      }
    }
  }
}
