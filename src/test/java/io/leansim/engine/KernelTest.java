package io.leansim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.DoublyLinked;

class KernelTest {
  /**
   * A random model of many timers, rescheduling and cancelling each other, with many ties (times
   * on a coarse grid): the sequence of (event, time) the kernel executes must be the one SSJ's
   * simulator executes on its plain doubly linked list (FIFO among equal times).
   */
  @Test
  void executesTheSameEventsInTheSameOrderAsSsjsSimulator() {
    for (long seed = 1; seed <= 20; seed++) {
      List<String> ours = kernelTrace(seed);
      List<String> reference = ssjTrace(seed);
      assertThat(ours).hasSizeGreaterThan(2_000).isEqualTo(reference);
    }
  }

  /** What a timer does when it fires: the same decisions, from the same random numbers, on both kernels. */
  private interface Timer {
    int id();

    boolean pendingNow();

    void scheduleIn(double delay);

    void cancelNow();
  }

  private static void fired(Timer self, double now, List<? extends Timer> all, SplittableRandom random, List<String> log) {
    log.add(self.id() + "@" + now);
    Timer other = all.get(random.nextInt(all.size()));
    int what = random.nextInt(4);
    if (what == 0 && other != self) {
      other.cancelNow();
      log.add("cancel " + other.id());
    } else if (what == 1 && other != self && !other.pendingNow()) {
      other.scheduleIn(0.5);
    }
    self.scheduleIn(random.nextInt(4) * 0.5);
  }

  private static List<String> kernelTrace(long seed) {
    Kernel kernel = new Kernel();
    SplittableRandom random = new SplittableRandom(seed);
    List<String> log = new ArrayList<>();
    List<KernelTimer> timers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      timers.add(new KernelTimer(kernel, i, random, timers, log));
    }
    for (KernelTimer t : timers) {
      t.schedule(random.nextInt(5));
    }
    kernel.schedule(400, kernel::stop);
    kernel.run();
    return log;
  }

  private static List<String> ssjTrace(long seed) {
    Simulator sim = new Simulator(new DoublyLinked());
    sim.init();
    SplittableRandom random = new SplittableRandom(seed);
    List<String> log = new ArrayList<>();
    List<SsjTimer> timers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      timers.add(new SsjTimer(sim, i, random, timers, log));
    }
    for (SsjTimer t : timers) {
      t.schedule(random.nextInt(5));
    }
    new Event(sim) {
      @Override
      public void actions() {
        sim.stop();
      }
    }.schedule(400);
    sim.start();
    return log;
  }

  private static final class KernelTimer extends Kernel.Action implements Timer {
    private final Kernel kernel;
    private final int id;
    private final SplittableRandom random;
    private final List<KernelTimer> all;
    private final List<String> log;

    KernelTimer(Kernel kernel, int id, SplittableRandom random, List<KernelTimer> all, List<String> log) {
      super(kernel);
      this.kernel = kernel;
      this.id = id;
      this.random = random;
      this.all = all;
      this.log = log;
    }

    @Override
    protected void fire() {
      fired(this, kernel.now(), all, random, log);
    }

    public int id() {
      return id;
    }

    public boolean pendingNow() {
      return pending();
    }

    public void scheduleIn(double delay) {
      schedule(delay);
    }

    public void cancelNow() {
      cancel();
    }
  }

  private static final class SsjTimer extends Event implements Timer {
    private final int id;
    private final SplittableRandom random;
    private final List<SsjTimer> all;
    private final List<String> log;

    SsjTimer(Simulator sim, int id, SplittableRandom random, List<SsjTimer> all, List<String> log) {
      super(sim);
      this.id = id;
      this.random = random;
      this.all = all;
      this.log = log;
    }

    @Override
    public void actions() {
      fired(this, simulator().time(), all, random, log);
    }

    public int id() {
      return id;
    }

    public boolean pendingNow() {
      return time() >= 0;
    }

    public void scheduleIn(double delay) {
      schedule(delay);
    }

    public void cancelNow() {
      cancel();
    }
  }

  @Test
  void cancellingAnActionThatIsNotPendingChangesNothing() {
    Kernel kernel = new Kernel();
    List<String> log = new ArrayList<>();
    Kernel.Action a = action(kernel, log, "a");
    Kernel.Action b = action(kernel, log, "b");
    a.schedule(2);
    assertThat(b.cancel()).isFalse();
    assertThat(kernel.pending()).isEqualTo(1);
    assertThat(a.cancel()).isTrue();
    assertThat(a.cancel()).isFalse();
    assertThat(kernel.pending()).isZero();
    b.schedule(1);
    kernel.run();
    assertThat(log).containsExactly("b@1.0");
    assertThat(b.cancel()).as("an action that happened is not pending").isFalse();
  }

  @Test
  void refusesThePastAndASecondPendingOccurrence() {
    Kernel kernel = new Kernel();
    Kernel.Action a = action(kernel, new ArrayList<>(), "a");
    assertThatThrownBy(() -> a.schedule(-1)).isInstanceOf(IllegalArgumentException.class);
    a.schedule(1);
    assertThatThrownBy(() -> a.schedule(1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void stopEndsTheRunAfterTheCurrentEventAtItsTime() {
    Kernel kernel = new Kernel();
    List<String> log = new ArrayList<>();
    action(kernel, log, "late").schedule(5);
    kernel.schedule(3, kernel::stop);
    kernel.run();
    assertThat(log).isEmpty();
    assertThat(kernel.now()).isEqualTo(3);
  }

  private static Kernel.Action action(Kernel kernel, List<String> log, String name) {
    return new Kernel.Action(kernel) {
      @Override
      protected void fire() {
        log.add(name + "@" + kernel.now());
      }
    };
  }
}
