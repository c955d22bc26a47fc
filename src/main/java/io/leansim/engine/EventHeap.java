package io.leansim.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * SSJ's {@link EventList} as a binary heap over parallel primitive arrays: no allocation per
 * event (SSJ's lists wrap every scheduled event in a node), and O(log n) cancellation, since each
 * event keeps its heap position in SSJ's spare per-event integer ({@link Event#setRa(int)}).
 *
 * <p>Order as in every SSJ list: by time, then priority, then the order of scheduling (FIFO among
 * equals), so a run is the same event for event as on SSJ's own lists ({@code EventHeapTest}
 * checks it against {@code Henriksen}). {@link #addFirst(Event)} goes before every event of equal
 * time and priority; {@code addBefore}/{@code addAfter} (SSJ's {@code scheduleBefore}/{@code
 * scheduleAfter}) are not used by LeanSim and are refused.
 *
 * <p>Not thread-safe: one list per {@link Kernel}.
 */
final class EventHeap implements EventList {
  private Event[] events = new Event[64];
  private double[] times = new double[64];
  private double[] priorities = new double[64];
  private long[] seqs = new long[64];
  private int size;
  private long nextSeq;
  private long nextFirstSeq = -1;

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public void clear() {
    for (int i = 0; i < size; i++) {
      events[i].setRa(-1);
      events[i] = null;
    }
    size = 0;
  }

  @Override
  public void add(Event ev) {
    insert(ev, nextSeq++);
  }

  @Override
  public void addFirst(Event ev) {
    insert(ev, nextFirstSeq--);
  }

  @Override
  public void addBefore(Event ev, Event other) {
    throw new UnsupportedOperationException("scheduleBefore is not supported by LeanSim's event list");
  }

  @Override
  public void addAfter(Event ev, Event other) {
    throw new UnsupportedOperationException("scheduleAfter is not supported by LeanSim's event list");
  }

  @Override
  public Event getFirst() {
    return size == 0 ? null : events[0];
  }

  @Override
  public Event getFirstOfClass(String cl) {
    int best = -1;
    for (int i = 0; i < size; i++) {
      if (events[i].getClass().getName().equals(cl) && (best < 0 || before(i, best))) {
        best = i;
      }
    }
    return best < 0 ? null : events[best];
  }

  @Override
  public <E extends Event> E getFirstOfClass(Class<E> cl) {
    int best = -1;
    for (int i = 0; i < size; i++) {
      if (events[i].getClass() == cl && (best < 0 || before(i, best))) {
        best = i;
      }
    }
    return best < 0 ? null : cl.cast(events[best]);
  }

  /** A snapshot of the pending events in execution order (read-only). */
  @Override
  public ListIterator<Event> listIterator() {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> times[i])
        .thenComparingDouble(i -> priorities[i]).thenComparingLong(i -> seqs[i]));
    List<Event> sorted = new ArrayList<>(size);
    for (Integer i : order) {
      sorted.add(events[i]);
    }
    return Collections.unmodifiableList(sorted).listIterator();
  }

  @Override
  public Iterator<Event> iterator() {
    return listIterator();
  }

  @Override
  public boolean remove(Event ev) {
    int i = ev.getRa();
    if (i < 0 || i >= size || events[i] != ev) {
      return false;
    }
    ev.setRa(-1);
    size--;
    if (i != size) {
      move(size, i);
      siftDown(i);
      siftUp(i);
    }
    events[size] = null;
    return true;
  }

  @Override
  public Event removeFirst() {
    if (size == 0) {
      return null;
    }
    Event first = events[0];
    first.setRa(-1);
    size--;
    if (size > 0) {
      move(size, 0);
      siftDown(0);
    }
    events[size] = null;
    return first;
  }

  @Override
  public String toString() {
    return "EventHeap with " + size + " pending events";
  }

  private void insert(Event ev, long seq) {
    if (size == events.length) {
      int n = size * 2;
      events = Arrays.copyOf(events, n);
      times = Arrays.copyOf(times, n);
      priorities = Arrays.copyOf(priorities, n);
      seqs = Arrays.copyOf(seqs, n);
    }
    int i = size++;
    events[i] = ev;
    times[i] = ev.time();
    priorities[i] = ev.priority();
    seqs[i] = seq;
    ev.setRa(i);
    siftUp(i);
  }

  /** Whether the event at {@code a} comes before the one at {@code b}. */
  private boolean before(int a, int b) {
    if (times[a] != times[b]) {
      return times[a] < times[b];
    }
    if (priorities[a] != priorities[b]) {
      return priorities[a] < priorities[b];
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
    priorities[to] = priorities[from];
    seqs[to] = seqs[from];
    events[to].setRa(to);
  }

  private void swap(int a, int b) {
    Event e = events[a];
    double t = times[a];
    double p = priorities[a];
    long s = seqs[a];
    events[a] = events[b];
    times[a] = times[b];
    priorities[a] = priorities[b];
    seqs[a] = seqs[b];
    events[b] = e;
    times[b] = t;
    priorities[b] = p;
    seqs[b] = s;
    events[a].setRa(a);
    events[b].setRa(b);
  }
}
