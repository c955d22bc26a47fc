package io.leansim.stats;

import java.util.List;

/**
 * One replication as a replay, for the animation: every customer's path through the hall as
 * timed segments (walking to a step, waiting in its line, being served on a server slot of a pool,
 * or going through a delay), how and when it left with its lean time ledger, and the pools' staff
 * and outages over time. Times are run times in scenario time units.
 *
 * @param scenario the scenario's name
 * @param variant {@code baseline} or the variant's name
 * @param replication the replication index
 * @param timeUnit the scenario's time unit symbol ({@code min}, {@code h}, ...)
 * @param clockStart the time of day of run time 0, in time units since midnight
 * @param horizon the horizon (doors close)
 * @param end when the replication ended
 * @param types customer type names, in scenario order
 * @param steps the process steps, in process order
 * @param pools the pools, in scenario order
 * @param customers every customer who arrived, in arrival order (index = customer id)
 * @param poolChanges the staff on duty and outages of the pools over time, in time order
 */
public record Replay(
    String scenario,
    String variant,
    int replication,
    String timeUnit,
    double clockStart,
    double horizon,
    double end,
    List<String> types,
    List<StepInfo> steps,
    List<PoolInfo> pools,
    List<Person> customers,
    List<PoolChange> poolChanges) {

  public Replay {
    types = List.copyOf(types);
    steps = List.copyOf(steps);
    pools = List.copyOf(pools);
    customers = List.copyOf(customers);
    poolChanges = List.copyOf(poolChanges);
  }

  /**
   * A process step: its name, value class ({@code value_added}, {@code necessary}, {@code waste}),
   * and the pools that serve it in preference order (empty for a delay without resource).
   */
  public record StepInfo(String name, String value, List<Integer> pools) {
    public StepInfo {
      pools = List.copyOf(pools);
    }
  }

  /** A pool and how many server places the animation draws: the most ever present at once. */
  public record PoolInfo(String name, int slots) {}

  /** What a customer is doing during a segment. */
  public enum Kind {
    /** Walking to the segment's step. */
    WALK,
    /** Waiting in the step's line. */
    QUEUE,
    /** Being served on server {@code slot} of {@code pool} (paused while the pool is out of service). */
    SERVICE,
    /** Going through a step without resource. */
    DELAY
  }

  /**
   * One stretch of a customer's path: {@code kind} at {@code step} from {@code from} to {@code to}
   * (the end of the run if it was still there); {@code pool} and {@code slot} for a service (-1
   * otherwise); {@code redo} when the service is rework (a defect's waste).
   */
  public record Segment(Kind kind, int step, double from, double to, int pool, int slot, boolean redo) {}

  /** How a customer left: {@code completed}, {@code abandoned}, {@code balked}, or {@code inside} at the end. */
  public enum Exit { COMPLETED, ABANDONED, BALKED, INSIDE }

  /**
   * A customer: id (arrival order), type index, arrival, departure ({@code NaN} while inside),
   * how it left, the segments of its path in time order, and its lean ledger at departure (times
   * spent waiting, in value-added, necessary and over-processing service, walking, and redoing).
   */
  public record Person(
      long id,
      int type,
      double arrived,
      double left,
      Exit exit,
      List<Segment> segments,
      double waiting,
      double valueAdded,
      double necessary,
      double overprocessing,
      double motion,
      double defects) {
    public Person {
      segments = List.copyOf(segments);
    }
  }

  /** From {@code time} on, {@code pool} has {@code onDuty} staff scheduled and is (or not) out of service. */
  public record PoolChange(int pool, double time, int onDuty, boolean down) {}

  /**
   * The live counters the animation shows at run time {@code t}: customers waiting in lines,
   * customers served (completed) and abandoned so far, the mean total wait of the customers who
   * left so far (not balked; {@code NaN} before the first), and the wastes accumulated so far
   * (customer-time spent waiting in lines, walking, redoing rework, and in over-processing steps).
   */
  public Counters countersAt(double t) {
    int inQueue = 0;
    int served = 0;
    int abandoned = 0;
    int left = 0;
    double waitOfLeft = 0;
    double waiting = 0;
    double motion = 0;
    double defects = 0;
    double overprocessing = 0;
    for (Person p : customers) {
      if (p.arrived() > t) {
        break; // arrival order
      }
      if (p.left() <= t) {
        switch (p.exit()) {
          case COMPLETED -> served++;
          case ABANDONED -> abandoned++;
          default -> { }
        }
        if (p.exit() != Exit.BALKED) {
          left++;
          waitOfLeft += p.waiting();
        }
      }
      for (Segment s : p.segments()) {
        if (s.from() > t) {
          break;
        }
        double lived = Math.min(t, s.to()) - s.from();
        switch (s.kind()) {
          case QUEUE -> {
            waiting += lived;
            if (t < s.to()) {
              inQueue++;
            }
          }
          case WALK -> motion += lived;
          case SERVICE, DELAY -> {
            if (s.redo()) {
              defects += lived;
            } else if (steps.get(s.step()).value().equals("waste")) {
              overprocessing += lived;
            }
          }
          default -> throw new AssertionError(s.kind());
        }
      }
    }
    return new Counters(inQueue, served, abandoned, left == 0 ? Double.NaN : waitOfLeft / left, waiting, motion,
        defects, overprocessing);
  }

  /** The counters of {@link #countersAt(double)}. */
  public record Counters(int inQueue, int served, int abandoned, double meanWait, double waiting, double motion,
      double defects, double overprocessing) {}
}
