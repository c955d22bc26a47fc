package io.leansim.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * SSJ's event lists under the classic hold model: N events pending; each operation removes the
 * first and reschedules it at its time plus an exponential increment (mean 1), so N stays
 * constant. Our pattern: W1/W2 keep about 5 events pending (1 arrival + up to 4 services), W3 a
 * few dozen (patience timers of those waiting); 256 shows the trend. Reuses the events (no
 * allocation per operation, as LeanSim's {@code Kernel.Action}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EventListBench {
  @Param({"SplayTree", "BinaryTree", "Henriksen", "RedblackTree", "DoublyLinked"})
  public String list;

  @Param({"5", "32", "256"})
  public int pending;

  private EventList events;
  private final double[] increments = new double[4096];
  private int k;

  static final class Nop extends Event {
    Nop(Simulator s) {
      super(s);
    }

    @Override
    public void actions() {}

    /** Sets the time directly ({@code setTime} refuses an event the list has handed out). */
    void at(double t) {
      eventTime = t;
    }
  }

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    events = (EventList) Class.forName("umontreal.ssj.simevents.eventlist." + list).getDeclaredConstructor().newInstance();
    Simulator s = new Simulator(events);
    s.init();
    MRG32k3a g = new MRG32k3a();
    for (int i = 0; i < increments.length; i++) {
      increments[i] = -Math.log1p(-g.nextDouble());
    }
    for (int i = 0; i < pending; i++) {
      Nop e = new Nop(s);
      e.at(increments[i] * pending);
      events.add(e);
    }
  }

  /** One hold: remove the first event, reschedule it later. */
  @Benchmark
  public Event hold() {
    Nop e = (Nop) events.removeFirst();
    e.at(e.time() + increments[k++ & (increments.length - 1)] * pending);
    events.add(e);
    return e;
  }
}
