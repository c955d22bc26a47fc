package io.leansim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.DoublyLinked;

class EventHeapTest {
  /**
   * A random model of many timers, rescheduling and cancelling each other, with many ties (times
   * on a coarse grid, two priorities): the sequence of (event, time) it executes must be the same
   * on the heap as on SSJ's plain doubly linked list.
   */
  @Test
  void executesTheSameEventsInTheSameOrderAsSsjsOwnList() {
    for (long seed = 1; seed <= 20; seed++) {
      List<String> heap = trace(EventHeap::new, seed);
      List<String> reference = trace(DoublyLinked::new, seed);
      assertThat(heap).hasSizeGreaterThan(2_000).isEqualTo(reference);
    }
  }

  private static List<String> trace(Supplier<EventList> list, long seed) {
    Simulator sim = new Simulator(list.get());
    sim.init();
    SplittableRandom random = new SplittableRandom(seed);
    List<String> log = new ArrayList<>();
    List<Timer> timers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      timers.add(new Timer(sim, i, random, timers, log));
    }
    for (Timer t : timers) {
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

  private static final class Timer extends Event {
    private final int id;
    private final SplittableRandom random;
    private final List<Timer> all;
    private final List<String> log;

    Timer(Simulator sim, int id, SplittableRandom random, List<Timer> all, List<String> log) {
      super(sim);
      this.id = id;
      this.random = random;
      this.all = all;
      this.log = log;
    }

    @Override
    public void actions() {
      log.add(id + "@" + simulator().time());
      Timer other = all.get(random.nextInt(all.size()));
      int what = random.nextInt(4);
      if (what == 0 && other != this) {
        other.cancel();
        log.add("cancel " + other.id);
      } else if (what == 1 && other != this && other.time() < 0) {
        other.schedule(0.5);
      }
      if (random.nextInt(3) == 0) {
        setPriority(random.nextInt(2));
      }
      schedule(random.nextInt(4) * 0.5);
    }
  }

  @Test
  void cancellingAnEventThatIsNotPendingChangesNothing() {
    EventHeap heap = new EventHeap();
    Simulator sim = new Simulator(heap);
    sim.init();
    Event a = noop(sim);
    Event b = noop(sim);
    a.schedule(2);
    assertThat(heap.remove(b)).isFalse();
    assertThat(heap.getFirst()).isSameAs(a);
    assertThat(heap.remove(a)).isTrue();
    assertThat(heap.remove(a)).isFalse();
    assertThat(heap.isEmpty()).isTrue();
  }

  @Test
  void listsPendingEventsInExecutionOrderAndRefusesScheduleBefore() {
    EventHeap heap = new EventHeap();
    Simulator sim = new Simulator(heap);
    sim.init();
    Event late = noop(sim);
    Event early = noop(sim);
    Event tie = noop(sim);
    late.schedule(5);
    early.schedule(1);
    tie.schedule(1);
    List<Event> order = new ArrayList<>();
    heap.forEach(order::add);
    assertThat(order).containsExactly(early, tie, late);
    Event next = noop(sim);
    next.scheduleNext();
    assertThat(heap.getFirst()).isSameAs(next);
    assertThat(heap.getFirstOfClass(early.getClass())).isSameAs(next);
    assertThatThrownBy(() -> noop(sim).scheduleBefore(late)).isInstanceOf(UnsupportedOperationException.class);
  }

  private static Event noop(Simulator sim) {
    return new Event(sim) {
      @Override
      public void actions() {}
    };
  }
}
