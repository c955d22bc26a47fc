package io.leansim.bench;

import java.util.LinkedList;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.randvar.RandomVariateGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * The reference of issue 6: a plain SSJ event model of W1-W3, written the textbook way (SSJ's
 * {@code QueueEv} example): a {@link Simulator} with its default event list ({@link SplayTree}), a
 * new {@link Event} per arrival and departure, customer objects in {@link LinkedList}s, one
 * {@link MRG32k3a} stream per purpose, exponential variates by inversion ({@link ExponentialGen}).
 * No statistics beyond the mean wait (total time waiting in lines, per customer who left).
 *
 * <p>Usage: {@code SsjReference w1|w2|w3 [customers] [eventList class simple name]}. Prints a
 * {@code RESULT} line.
 */
public final class SsjReference {
  private final Simulator sim;
  private final Workload w;
  private final double horizon;
  private final RandomVariateGen arrivals;
  private final RandomVariateGen service;
  private final RandomVariateGen kioskService;
  private final RandomVariateGen patience;
  private final RandomStream choice;
  private final LinkedList<Customer> line = new LinkedList<>();
  private final LinkedList<Customer> urgentLine = new LinkedList<>();
  private final LinkedList<Customer> kioskLine = new LinkedList<>();
  private int busy;
  private boolean kioskBusy;
  private long left;
  private long events;
  private double totalWait;

  SsjReference(Workload w, double horizon, EventList list) {
    this.sim = new Simulator(list);
    this.w = w;
    this.horizon = horizon;
    this.arrivals = new ExponentialGen(new MRG32k3a(), w.rate);
    this.service = new ExponentialGen(new MRG32k3a(), 1 / (w == Workload.W3 ? 1.1 : 1.0));
    this.kioskService = new ExponentialGen(new MRG32k3a(), 1 / 0.25);
    this.patience = new ExponentialGen(new MRG32k3a(), 1 / 15.0);
    this.choice = new MRG32k3a();
  }

  final class Customer {
    double joined;
    double waited;
    boolean urgent;
    Abandon abandon;
  }

  final class Arrival extends Event {
    Arrival() {
      super(SsjReference.this.sim);
    }

    @Override
    public void actions() {
      events++;
      double next = arrivals.nextDouble();
      if (sim.time() + next < horizon) {
        new Arrival().schedule(next);
      }
      Customer c = new Customer();
      if (w == Workload.W3) {
        joinKiosk(c);
      } else {
        c.urgent = w == Workload.W2 && choice.nextDouble() < 0.2;
        joinCounter(c);
      }
    }
  }

  final class Departure extends Event {
    final Customer c;

    Departure(Customer c) {
      super(SsjReference.this.sim);
      this.c = c;
    }

    @Override
    public void actions() {
      events++;
      boolean rework = w == Workload.W3 && choice.nextDouble() < 0.1;
      busy--;
      // the freed server calls the next waiting customer first; a reworked customer then joins
      // the back of the queue (as LeanSim and the scenario format do)
      Customer n = urgentLine.isEmpty() ? line.poll() : urgentLine.poll();
      if (n != null) {
        startCounter(n);
      }
      if (rework) {
        joinCounter(c);
      } else {
        leave(c);
      }
    }
  }

  final class KioskDone extends Event {
    final Customer c;

    KioskDone(Customer c) {
      super(SsjReference.this.sim);
      this.c = c;
    }

    @Override
    public void actions() {
      events++;
      kioskBusy = false;
      joinCounter(c);
      Customer n = kioskLine.poll();
      if (n != null) {
        startKiosk(n);
      }
    }
  }

  final class Abandon extends Event {
    final Customer c;

    Abandon(Customer c) {
      super(SsjReference.this.sim);
      this.c = c;
    }

    @Override
    public void actions() {
      events++;
      line.remove(c);
      c.waited += sim.time() - c.joined;
      leave(c);
    }
  }

  void joinKiosk(Customer c) {
    c.joined = sim.time();
    if (!kioskBusy) {
      startKiosk(c);
    } else {
      kioskLine.add(c);
    }
  }

  void startKiosk(Customer c) {
    c.waited += sim.time() - c.joined;
    kioskBusy = true;
    new KioskDone(c).schedule(kioskService.nextDouble());
  }

  void joinCounter(Customer c) {
    c.joined = sim.time();
    if (busy < 4) {
      startCounter(c);
    } else if (c.urgent) {
      urgentLine.add(c);
    } else {
      line.add(c);
      if (w == Workload.W3) {
        c.abandon = new Abandon(c);
        c.abandon.schedule(patience.nextDouble());
      }
    }
  }

  void startCounter(Customer c) {
    c.waited += sim.time() - c.joined;
    if (c.abandon != null) {
      c.abandon.cancel();
      c.abandon = null;
    }
    busy++;
    new Departure(c).schedule(service.nextDouble());
  }

  void leave(Customer c) {
    left++;
    totalWait += c.waited;
  }

  void run() {
    sim.init();
    new Arrival().schedule(arrivals.nextDouble());
    sim.start();
  }

  public static void main(String[] args) throws Exception {
    Workload w = Workload.parse(args[0]);
    double horizon = args.length > 1 ? w.horizonFor(Long.parseLong(args[1])) : w.horizon;
    EventList list = args.length > 2
        ? (EventList) Class.forName("umontreal.ssj.simevents.eventlist." + args[2]).getDeclaredConstructor().newInstance()
        : new SplayTree();
    long t0 = System.nanoTime();
    SsjReference m = new SsjReference(w, horizon, list);
    m.run();
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.println(Workload.resultLine("ssj", w, m.left, m.events, m.totalWait / m.left, s));
  }
}
