package io.leansim.engine;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * The event executive of one replication: a private SSJ {@link Simulator} (never SSJ's static
 * default one). Events at equal times run in the order they were scheduled (SSJ's event lists
 * are FIFO among equal time and priority), which makes every run deterministic.
 *
 * <p>Not thread-safe: a kernel belongs to one replication on one thread.
 */
public final class Kernel {
  /**
   * A binary heap over primitive arrays behind SSJ's event-list interface: same order as SSJ's own
   * lists (FIFO among equal times), faster than the fastest of them (Henriksen) and with no
   * allocation per event; see docs/benchmarks.md.
   */
  private final Simulator sim = new Simulator(new EventHeap());

  /** A kernel with its clock at 0 and no event. */
  public Kernel() {
    sim.init();
  }

  /** Current simulation time, in scenario time units. */
  public double now() {
    return sim.time();
  }

  /** Runs {@code action} after {@code delay} (>= 0). For rare events; hot paths use {@link Action}. */
  public void schedule(double delay, Runnable action) {
    new Event(sim) {
      @Override
      public void actions() {
        action.run();
      }
    }.schedule(delay);
  }

  /** A new time-average on this kernel's clock, starting now at value 0. */
  public TimeAverage timeAverage(String name) {
    return new TimeAverage(new umontreal.ssj.simevents.Accumulate(sim, name));
  }

  /** Runs until no event is left or {@link #stop()} is called. */
  public void run() {
    if (!sim.getEventList().isEmpty()) {
      sim.start();
    }
  }

  /** Stops the run after the current event. */
  public void stop() {
    sim.stop();
  }

  /**
   * A reusable event: schedule it again once it has happened, without allocating. Subclasses
   * implement {@link #fire()}.
   */
  public abstract static class Action {
    private final Event event;

    protected Action(Kernel kernel) {
      this.event =
          new Event(kernel.sim) {
            @Override
            public void actions() {
              fire();
            }
          };
    }

    /** What happens when the event occurs. */
    protected abstract void fire();

    /** Schedules this action {@code delay} time units from now; it must not be pending. */
    public final void schedule(double delay) {
      event.schedule(delay);
    }

    /** Removes this action from the event list if it is pending. */
    public final boolean cancel() {
      return event.cancel();
    }
  }
}
