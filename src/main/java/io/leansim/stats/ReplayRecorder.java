package io.leansim.stats;

import io.leansim.model.Customer;
import io.leansim.model.FlowListener;
import io.leansim.model.Pool;
import io.leansim.model.ServiceSystem;
import io.leansim.model.StepNode;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records one replication as a {@link Replay} for the animation. Unlike the statistics it keeps
 * every customer, so it refuses runs of more than {@link #MAX_CUSTOMERS} customers (an animation
 * replays a day, not a steady state): {@link #result()} is then null and {@link #overflowed()} true.
 *
 * <p>Server places: each service takes the lowest free place of its pool, keeps it while paused by
 * an outage, and frees it when it ends or is preempted, so a place shows one customer at a time.
 */
public final class ReplayRecorder implements FlowListener {
  /** The most customers a replay keeps. */
  public static final int MAX_CUSTOMERS = 50_000;

  private final Scenario scenario;
  private final String variant;
  private final int replication;
  private final List<Replay.Person> done = new ArrayList<>();
  private final Map<Customer, Path> inside = new HashMap<>();
  private final List<Replay.PoolChange> poolChanges = new ArrayList<>();
  private final List<boolean[]> places = new ArrayList<>();
  private final int[] mostPresent;
  private long arrived;
  private boolean overflowed;
  private Replay result;

  /** A recorder of {@code replication} of {@code scenario} (the variant named {@code variant}). */
  public ReplayRecorder(Scenario scenario, String variant, int replication) {
    this.scenario = scenario;
    this.variant = variant;
    this.replication = replication;
    this.mostPresent = new int[scenario.resources().size()];
    for (int p = 0; p < mostPresent.length; p++) {
      places.add(new boolean[4]);
    }
  }

  /** A customer's path so far. */
  private static final class Path {
    final long id;
    final int type;
    final double arrived;
    final List<Replay.Segment> segments = new ArrayList<>();
    /** The open segment's kind, step, start, pool, place (kind null: none open). */
    Replay.Kind kind;
    int step;
    double from;
    int pool = -1;
    int place = -1;
    boolean redo;
    /** When the customer last finished something (arrival, a service): a walk starts there. */
    double free;

    Path(long id, int type, double arrived) {
      this.id = id;
      this.type = type;
      this.arrived = arrived;
      this.free = arrived;
    }

    void open(Replay.Kind k, int s, double t, int p, int slot, boolean r) {
      kind = k;
      step = s;
      from = t;
      pool = p;
      place = slot;
      redo = r;
    }

    void close(double t) {
      if (kind != null) {
        segments.add(new Replay.Segment(kind, step, from, t, pool, place, redo));
        kind = null;
      }
    }
  }

  @Override
  public void arrived(Customer c, double now) {
    if (++arrived > MAX_CUSTOMERS) {
      overflowed = true;
    }
    if (!overflowed) {
      inside.put(c, new Path(c.id(), c.type(), now));
    }
  }

  @Override
  public void joined(Customer c, StepNode step, double now) {
    Path p = inside.get(c);
    if (p == null) {
      return;
    }
    walked(p, step, now);
    if (step.line() != null) {
      p.open(Replay.Kind.QUEUE, step.index(), now, -1, -1, false);
    }
  }

  @Override
  public void started(Customer c, StepNode step, Pool pool, double now) {
    Path p = inside.get(c);
    if (p == null) {
      return;
    }
    p.close(now);
    if (pool == null) {
      p.open(Replay.Kind.DELAY, step.index(), now, -1, -1, c.redo());
    } else {
      p.open(Replay.Kind.SERVICE, step.index(), now, pool.index(), take(pool), c.redo());
    }
  }

  @Override
  public void preempted(Customer c, StepNode step, Pool pool, double now) {
    Path p = inside.get(c);
    if (p == null) {
      return;
    }
    release(p);
    p.close(now);
    p.open(Replay.Kind.QUEUE, step.index(), now, -1, -1, false);
  }

  @Override
  public void resumed(Customer c, StepNode step, Pool pool, double now) {
    started(c, step, pool, now);
  }

  @Override
  public void finished(Customer c, StepNode step, Pool pool, double now) {
    Path p = inside.get(c);
    if (p == null) {
      return;
    }
    release(p);
    p.close(now);
    p.free = now;
  }

  @Override
  public void abandoned(Customer c, StepNode step, double now) {
    Path p = inside.get(c);
    if (p != null) {
      p.close(now);
    }
  }

  @Override
  public void balked(Customer c, StepNode step, double now) {
    Path p = inside.get(c);
    if (p != null) {
      walked(p, step, now);
    }
  }

  /** The walk to {@code step} that ends now, if the customer has been walking since it was last free. */
  private static void walked(Path p, StepNode step, double now) {
    if (now > p.free) {
      p.segments.add(new Replay.Segment(Replay.Kind.WALK, step.index(), p.free, now, -1, -1, false));
    }
  }

  @Override
  public void poolChanged(Pool pool, double now) {
    if (pool == null) {
      return;
    }
    mostPresent[pool.index()] = Math.max(mostPresent[pool.index()], pool.present());
    int last = poolChanges.size() - 1;
    Replay.PoolChange change = new Replay.PoolChange(pool.index(), now, pool.onDuty(), pool.isDown());
    // services starting and ending call this too: keep only real changes of staff or availability
    for (int i = last; i >= 0; i--) {
      Replay.PoolChange before = poolChanges.get(i);
      if (before.pool() == pool.index()) {
        if (before.onDuty() == change.onDuty() && before.down() == change.down()) {
          return;
        }
        break;
      }
    }
    poolChanges.add(change);
  }

  @Override
  public void left(Customer c, Exit how, double now) {
    Path p = inside.remove(c);
    if (p == null) {
      return;
    }
    p.close(now);
    done.add(person(p, c, now, switch (how) {
      case COMPLETED -> Replay.Exit.COMPLETED;
      case ABANDONED -> Replay.Exit.ABANDONED;
      case BALKED -> Replay.Exit.BALKED;
    }));
  }

  @Override
  public void ended(ServiceSystem system, double now) {
    if (overflowed) {
      return;
    }
    for (Map.Entry<Customer, Path> e : inside.entrySet()) {
      Path p = e.getValue();
      p.close(now);
      done.add(person(p, e.getKey(), Double.NaN, Replay.Exit.INSIDE));
    }
    inside.clear();
    done.sort((a, b) -> Long.compare(a.id(), b.id()));
    List<Replay.StepInfo> steps = new ArrayList<>();
    for (Step s : scenario.process()) {
      List<Integer> pools = new ArrayList<>();
      for (String r : s.resources()) {
        pools.add(poolIndex(r));
      }
      steps.add(new Replay.StepInfo(s.name(), s.value().key(), pools));
    }
    List<Replay.PoolInfo> pools = new ArrayList<>();
    for (int i = 0; i < mostPresent.length; i++) {
      pools.add(new Replay.PoolInfo(scenario.resources().get(i).name(), mostPresent[i]));
    }
    List<String> types = scenario.customers().stream().map(t -> t.name()).toList();
    result = new Replay(scenario.name(), variant, replication, scenario.timeUnit().symbol(), scenario.clockStart(),
        scenario.run().horizon(), now, types, steps, pools, done, poolChanges);
  }

  /** The replay, once the replication has ended; null if it had more than {@link #MAX_CUSTOMERS} customers. */
  public Replay result() {
    return result;
  }

  /** Whether the run had too many customers to record. */
  public boolean overflowed() {
    return overflowed;
  }

  private Replay.Person person(Path p, Customer c, double left, Replay.Exit exit) {
    return new Replay.Person(p.id, p.type, p.arrived, left, exit, p.segments, c.waiting(), c.valueAdded(),
        c.necessary(), c.overprocessing(), c.motion(), c.defects());
  }

  private int take(Pool pool) {
    boolean[] used = places.get(pool.index());
    int i = 0;
    while (i < used.length && used[i]) {
      i++;
    }
    if (i == used.length) {
      used = java.util.Arrays.copyOf(used, used.length * 2);
      places.set(pool.index(), used);
    }
    used[i] = true;
    mostPresent[pool.index()] = Math.max(mostPresent[pool.index()], i + 1);
    return i;
  }

  private void release(Path p) {
    if (p.kind == Replay.Kind.SERVICE && p.place >= 0) {
      places.get(p.pool)[p.place] = false;
    }
  }

  private int poolIndex(String name) {
    for (int i = 0; i < scenario.resources().size(); i++) {
      if (scenario.resources().get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown resource " + name);
  }
}
