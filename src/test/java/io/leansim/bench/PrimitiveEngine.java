package io.leansim.bench;

import umontreal.ssj.rng.MRG32k3a;

/**
 * The fast reference of issue 6: a primitive-array engine for W1-W3. Pending events live in a
 * binary heap of {@code double[]} times with parallel {@code int[]} kinds and payloads, ordered by
 * (time, scheduling sequence); customers are slots in preallocated arrays (a free list, grown by
 * doubling when more are inside at once); lines are ring buffers of slots. Patience timers are
 * cancelled lazily (a generation number per slot). Nothing is allocated per event. Same random
 * generator (MRG32k3a, one stream per purpose) and inversion as the other implementations.
 *
 * <p>Usage: {@code PrimitiveEngine w1|w2|w3 [customers]}. Prints a {@code RESULT} line.
 */
public final class PrimitiveEngine {
  static final int ARRIVAL = 0;
  static final int DEPARTURE = 1;
  static final int KIOSK_DONE = 2;
  static final int ABANDON = 3;

  // event heap
  private double[] hTime = new double[64];
  private long[] hSeq = new long[64];
  private int[] hKind = new int[64];
  private int[] hSlot = new int[64];
  private int[] hGen = new int[64];
  private int hSize;
  private long seq;

  // customers
  private double[] joined = new double[64];
  private double[] waited = new double[64];
  private boolean[] urgent = new boolean[64];
  private int[] gen = new int[64];
  private boolean[] waitingAtCounter = new boolean[64];
  private int[] free = new int[64];
  private int freeTop;
  private int capacity = 0;

  private final IntRing line = new IntRing();
  private final IntRing urgentLine = new IntRing();
  private final IntRing kioskLine = new IntRing();

  private final Workload w;
  private final double horizon;
  private final MRG32k3a sArr = new MRG32k3a();
  private final MRG32k3a sSvc = new MRG32k3a();
  private final MRG32k3a sKiosk = new MRG32k3a();
  private final MRG32k3a sPat = new MRG32k3a();
  private final MRG32k3a sChoice = new MRG32k3a();
  private final double serviceMean;
  private double now;
  private int busy;
  private boolean kioskBusy;
  private int counterWaiting;
  long left;
  long events;
  double totalWait;

  PrimitiveEngine(Workload w, double horizon) {
    this.w = w;
    this.horizon = horizon;
    this.serviceMean = w == Workload.W3 ? 1.1 : 1.0;
  }

  private static double exp(MRG32k3a s, double mean) {
    return -mean * Math.log1p(-s.nextDouble());
  }

  // ---- heap

  private void schedule(double t, int kind, int slot, int g) {
    if (hSize == hTime.length) {
      int n = hSize * 2;
      hTime = java.util.Arrays.copyOf(hTime, n);
      hSeq = java.util.Arrays.copyOf(hSeq, n);
      hKind = java.util.Arrays.copyOf(hKind, n);
      hSlot = java.util.Arrays.copyOf(hSlot, n);
      hGen = java.util.Arrays.copyOf(hGen, n);
    }
    long sq = seq++;
    int i = hSize++;
    while (i > 0) {
      int p = (i - 1) >>> 1;
      if (hTime[p] < t || (hTime[p] == t && hSeq[p] < sq)) {
        break;
      }
      move(p, i);
      i = p;
    }
    hTime[i] = t;
    hSeq[i] = sq;
    hKind[i] = kind;
    hSlot[i] = slot;
    hGen[i] = g;
  }

  private void move(int from, int to) {
    hTime[to] = hTime[from];
    hSeq[to] = hSeq[from];
    hKind[to] = hKind[from];
    hSlot[to] = hSlot[from];
    hGen[to] = hGen[from];
  }

  /** Removes the root; the caller has read it. */
  private void pop() {
    int last = --hSize;
    double t = hTime[last];
    long sq = hSeq[last];
    int k = hKind[last];
    int sl = hSlot[last];
    int g = hGen[last];
    int i = 0;
    int half = last >>> 1;
    while (i < half) {
      int c = 2 * i + 1;
      int r = c + 1;
      if (r < last && (hTime[r] < hTime[c] || (hTime[r] == hTime[c] && hSeq[r] < hSeq[c]))) {
        c = r;
      }
      if (t < hTime[c] || (t == hTime[c] && sq < hSeq[c])) {
        break;
      }
      move(c, i);
      i = c;
    }
    hTime[i] = t;
    hSeq[i] = sq;
    hKind[i] = k;
    hSlot[i] = sl;
    hGen[i] = g;
  }

  // ---- customers

  private int newCustomer() {
    if (freeTop == 0) {
      int old = capacity;
      int n = Math.max(64, old * 2);
      joined = java.util.Arrays.copyOf(joined, n);
      waited = java.util.Arrays.copyOf(waited, n);
      urgent = java.util.Arrays.copyOf(urgent, n);
      gen = java.util.Arrays.copyOf(gen, n);
      waitingAtCounter = java.util.Arrays.copyOf(waitingAtCounter, n);
      free = java.util.Arrays.copyOf(free, n);
      for (int s = n - 1; s >= old; s--) {
        free[freeTop++] = s;
      }
      capacity = n;
    }
    int c = free[--freeTop];
    waited[c] = 0;
    urgent[c] = false;
    waitingAtCounter[c] = false;
    return c;
  }

  private void leave(int c) {
    left++;
    totalWait += waited[c];
    gen[c]++;
    free[freeTop++] = c;
  }

  // ---- model

  void run() {
    schedule(exp(sArr, 1 / w.rate), ARRIVAL, -1, 0);
    while (hSize > 0) {
      now = hTime[0];
      int kind = hKind[0];
      int slot = hSlot[0];
      int g = hGen[0];
      pop();
      switch (kind) {
        case ARRIVAL -> arrival();
        case DEPARTURE -> departure(slot);
        case KIOSK_DONE -> kioskDone(slot);
        case ABANDON -> {
          if (gen[slot] != g || !waitingAtCounter[slot]) {
            continue; // a cancelled patience timer: not an event of the model
          }
          abandon(slot);
        }
        default -> throw new AssertionError(kind);
      }
      events++;
    }
  }

  private void arrival() {
    double next = now + exp(sArr, 1 / w.rate);
    if (next < horizon) {
      schedule(next, ARRIVAL, -1, 0);
    }
    int c = newCustomer();
    if (w == Workload.W3) {
      joined[c] = now;
      if (!kioskBusy) {
        startKiosk(c);
      } else {
        kioskLine.add(c);
      }
    } else {
      urgent[c] = w == Workload.W2 && sChoice.nextDouble() < 0.2;
      joinCounter(c);
    }
  }

  private void startKiosk(int c) {
    waited[c] += now - joined[c];
    kioskBusy = true;
    schedule(now + exp(sKiosk, 0.25), KIOSK_DONE, c, gen[c]);
  }

  private void kioskDone(int c) {
    kioskBusy = false;
    joinCounter(c);
    if (!kioskLine.isEmpty()) {
      startKiosk(kioskLine.poll());
    }
  }

  private void joinCounter(int c) {
    joined[c] = now;
    if (busy < 4) {
      startCounter(c);
    } else if (urgent[c]) {
      urgentLine.add(c);
    } else {
      line.add(c);
      if (w == Workload.W3) {
        waitingAtCounter[c] = true;
        counterWaiting++;
        schedule(now + exp(sPat, 15), ABANDON, c, gen[c]);
      }
    }
  }

  private void startCounter(int c) {
    waited[c] += now - joined[c];
    if (waitingAtCounter[c]) {
      waitingAtCounter[c] = false;
      counterWaiting--;
      gen[c]++; // cancels its patience timer
    }
    busy++;
    schedule(now + exp(sSvc, serviceMean), DEPARTURE, c, gen[c]);
  }

  private void departure(int c) {
    busy--;
    boolean rework = w == Workload.W3 && sChoice.nextDouble() < 0.1;
    // the freed server calls the next waiting customer first; a reworked customer then joins the
    // back of the queue (as LeanSim and the scenario format do)
    int n = nextWaiting();
    if (n >= 0) {
      startCounter(n);
    }
    if (rework) {
      joinCounter(c);
    } else {
      leave(c);
    }
  }

  /** The next customer still waiting at the counter, skipping those who abandoned. */
  private int nextWaiting() {
    if (!urgentLine.isEmpty()) {
      return urgentLine.poll();
    }
    while (!line.isEmpty()) {
      int c = line.poll();
      if (w != Workload.W3 || waitingAtCounter[c]) {
        return c;
      }
      free[freeTop++] = c; // an abandoned customer's slot, reusable now that the ring has passed it
    }
    return -1;
  }

  private void abandon(int c) {
    waitingAtCounter[c] = false; // its entry stays in the ring; skipped (and the slot freed) when reached
    counterWaiting--;
    waited[c] += now - joined[c];
    left++;
    totalWait += waited[c];
    gen[c]++;
  }

  /** A growable ring buffer of ints (FIFO), no allocation once grown. */
  static final class IntRing {
    private int[] a = new int[64];
    private int head;
    private int size;

    boolean isEmpty() {
      return size == 0;
    }

    void add(int v) {
      if (size == a.length) {
        int[] b = new int[a.length * 2];
        for (int i = 0; i < size; i++) {
          b[i] = a[(head + i) & (a.length - 1)];
        }
        a = b;
        head = 0;
      }
      a[(head + size++) & (a.length - 1)] = v;
    }

    int poll() {
      int v = a[head];
      head = (head + 1) & (a.length - 1);
      size--;
      return v;
    }
  }

  public static void main(String[] args) {
    Workload w = Workload.parse(args[0]);
    double horizon = args.length > 1 ? w.horizonFor(Long.parseLong(args[1])) : w.horizon;
    long t0 = System.nanoTime();
    PrimitiveEngine m = new PrimitiveEngine(w, horizon);
    m.run();
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.println(Workload.resultLine("primitive", w, m.left, m.events, m.totalWait / m.left, s));
  }
}
