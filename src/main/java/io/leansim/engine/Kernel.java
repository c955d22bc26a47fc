package io.leansim.engine;

import java.util.Arrays;

/**
 * The event executive of one replication: a clock and a binary heap of pending {@link Action}s
 * over primitive arrays. Events run in order of time, and at equal times in the order they were
 * scheduled (as on SSJ's event lists, which LeanSim used before: {@code KernelTest} runs a random
 * model of rescheduled and cancelled timers on both and compares the executed sequences), which
 * makes every run deterministic.
 *
 * <p>Why not SSJ's {@code Simulator}: SSJ wraps every scheduled object in an {@code Event} of its
 * own (one more object per customer) and reaches its list through two interface calls per event;
 * here an action is its own heap entry, keeps its heap position (so a cancellation, of a patience
 * timer or a preempted service, is O(log n)), and nothing is allocated per event; see
 * docs/benchmarks.md.
 *
 * <p>Not thread-safe: a kernel belongs to one replication on one thread.
 */
public final class Kernel {
  private Action[] events = new Action[64];
  private double[] times = new double[64];
  private long[] seqs = new long[64];
  private int size;
  private long nextSeq;
  private double now;
  private boolean stopped;

  /** A kernel with its clock at 0 and no event. */
  public Kernel() {}

  /** Current simulation time, in scenario time units. */
  public double now() {
    return now;
  }

  /** Runs {@code action} after {@code delay} (>= 0). For rare events; hot paths use {@link Action}. */
  public void schedule(double delay, Runnable action) {
    new Action(this) {
      @Override
      protected void fire() {
        action.run();
      }
    }.schedule(delay);
  }

  /** A new time-average on this kernel's clock, starting now at value 0; {@code name} is for reading code only. */
  public TimeAverage timeAverage(String name) {
    return new TimeAverage(this);
  }

  /** Runs until no event is left or {@link #stop()} is called. */
  public void run() {
    stopped = false;
    while (!stopped && size > 0) {
      Action first = events[0];
      now = times[0];
      removeAt(0);
      first.fire();
    }
    stopped = true;
  }

  /** Stops the run after the current event. */
  public void stop() {
    stopped = true;
  }

  /** Pending events (for tests). */
  int pending() {
    return size;
  }

  private void add(Action a, double time) {
    if (size == events.length) {
      int n = size * 2;
      events = Arrays.copyOf(events, n);
      times = Arrays.copyOf(times, n);
      seqs = Arrays.copyOf(seqs, n);
    }
    int i = size++;
    events[i] = a;
    times[i] = time;
    seqs[i] = nextSeq++;
    a.position = i;
    siftUp(i);
  }

  private void removeAt(int i) {
    events[i].position = -1;
    size--;
    if (i != size) {
      move(size, i);
      siftDown(i);
      siftUp(i);
    }
    events[size] = null;
  }

  /** Whether the event at {@code a} comes before the one at {@code b}: earlier, or as early and scheduled first. */
  private boolean before(int a, int b) {
    if (times[a] != times[b]) {
      return times[a] < times[b];
    }
    return seqs[a] < seqs[b];
  }

  private void siftUp(int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(i, parent)) {
        return;
      }
      swap(i, parent);
      i = parent;
    }
  }

  private void siftDown(int i) {
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        return;
      }
      if (child + 1 < size && before(child + 1, child)) {
        child++;
      }
      if (!before(child, i)) {
        return;
      }
      swap(i, child);
      i = child;
    }
  }

  private void move(int from, int to) {
    events[to] = events[from];
    times[to] = times[from];
    seqs[to] = seqs[from];
    events[to].position = to;
  }

  private void swap(int a, int b) {
    Action e = events[a];
    double t = times[a];
    long s = seqs[a];
    events[a] = events[b];
    times[a] = times[b];
    seqs[a] = seqs[b];
    events[b] = e;
    times[b] = t;
    seqs[b] = s;
    events[a].position = a;
    events[b].position = b;
  }

  /**
   * A reusable event: schedule it again once it has happened, without allocating. Subclasses
   * implement {@link #fire()}. At most one occurrence of an action is pending at a time.
   */
  public abstract static class Action {
    private final Kernel kernel;
    /** Position in the kernel's heap while pending, else -1. */
    private int position = -1;

    protected Action(Kernel kernel) {
      this.kernel = kernel;
    }

    /** What happens when the event occurs. */
    protected abstract void fire();

    /**
     * Schedules this action {@code delay} time units from now.
     *
     * @throws IllegalArgumentException if {@code delay} is negative
     * @throws IllegalStateException if it is pending already
     */
    public final void schedule(double delay) {
      if (delay < 0) {
        throw new IllegalArgumentException("Cannot schedule in the past.");
      }
      if (position >= 0) {
        throw new IllegalStateException("Event already scheduled");
      }
      kernel.add(this, kernel.now + delay);
    }

    /** Removes this action from the event list if it is pending; whether it was. */
    public final boolean cancel() {
      if (position < 0) {
        return false;
      }
      kernel.removeAt(position);
      return true;
    }

    /** Whether this action is scheduled and has not happened yet. */
    public final boolean pending() {
      return position >= 0;
    }
  }
}
