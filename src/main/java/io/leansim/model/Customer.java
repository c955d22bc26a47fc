package io.leansim.model;

import io.leansim.engine.Kernel;
import io.leansim.engine.Uniforms;

/**
 * One customer at run time: who it is, where it is, and its lean time ledger (waiting,
 * value-added, necessary, over-processing, motion, defects).
 *
 * <p>A customer has at most one pending event at a time (end of its walk, end of its patience,
 * end of its service or delay), so it is its own reusable event: no allocation per event.
 *
 * <p>Random needs (common random numbers): at arrival the customer's substream gives a block of
 * uniforms, {@link #SLOTS} per process step, for its first visit to each step (service time,
 * patience, walk, rework outcome, routing), whatever path it takes; later draws (redo times, a
 * second rework check) come from its substream of the stream of later needs ({@link
 * RandomStreams#revisits(String)}), or, in a scenario where nobody comes back, continue its own
 * substream after the block.
 */
public final class Customer extends Kernel.Action {
  /** Uniforms per step in the block drawn at arrival. */
  static final int SLOTS = 5;

  static final int SERVICE = 0;
  static final int PATIENCE = 1;
  static final int WALK = 2;
  static final int REWORK = 3;
  static final int ROUTE = 4;

  /** What the pending event means. */
  enum State { NONE, WALKING, WAITING, IN_SERVICE, PAUSED, IN_DELAY }

  private final ServiceSystem system;
  private final long id;
  private final int type;
  private final double arrivedAt;
  private final boolean counted;
  private final double[] needs;
  private long[] extrasState;
  private Uniforms extras;
  private final int[] visits;

  State state = State.NONE;
  int stepIndex = -1;
  long joinSeq;
  double joinedAt = Double.NaN;
  double waitingSince = Double.NaN;
  double startedAt = Double.NaN;
  double serviceTime = Double.NaN;
  double remaining;
  double segmentStart;
  boolean redo;
  /** The step where the defect now being redone was found: its {@code rework.time} gives the redo at the target. */
  StepNode redoFrom;
  /**
   * While redoing after a defect, the step where it was found (null otherwise): services at steps
   * served before are redos until the customer has been served there again.
   */
  StepNode reworkedAt;
  boolean servedThisVisit;
  Pool servedBy;

  double waiting;
  double valueAdded;
  double necessary;
  double overprocessing;
  double motion;
  double defects;

  Customer(ServiceSystem system, long id, int type, double arrivedAt, boolean counted, double[] needs,
      long[] extrasState, int steps) {
    super(system.kernel());
    this.system = system;
    this.id = id;
    this.type = type;
    this.arrivedAt = arrivedAt;
    this.counted = counted;
    this.needs = needs;
    this.extrasState = extrasState;
    this.visits = new int[steps];
  }

  @Override
  protected void fire() {
    system.eventOf(this);
  }

  /** The uniform of {@code slot} for the first visit to {@code step}; later visits draw afresh. */
  double need(int step, int slot) {
    return visits[step] <= 1 ? needs[step * SLOTS + slot] : extra();
  }

  /** The next uniform of this customer's later needs (second visits, redos). */
  double extra() {
    if (extras == null) {
      extras = system.resume(extrasState);
      extrasState = null;
    }
    return extras.next();
  }

  /**
   * The time of the redo after rework found at {@link #redoFrom}: drawn from that
   * step's {@code rework.time}, or NaN to draw {@code target}'s own time afresh.
   */
  double redoTime() {
    StepNode from = redoFrom;
    redoFrom = null;
    return from != null && from.hasRedoTime() ? from.sampleRedo(extra()) : Double.NaN;
  }

  /**
   * Counts a visit to {@code step} and decides whether its service is a redo (the waste of
   * defects): the first service after a defect is found (at the rework target), and, on the way
   * back to the step where the defect was found, every service at a step the customer was served
   * at before, up to and including that step. A step it was never served at ends the redo.
   */
  void visit(StepNode step) {
    int n = ++visits[step.index()];
    if (redoFrom != null) {
      redo = true;
    } else if (reworkedAt != null && n > 1) {
      redo = true;
    } else {
      reworkedAt = null;
      redo = false;
    }
  }

  /** A defect was found at {@code step}: the next service is its redo, and so on back to {@code step}. */
  void reworked(StepNode step) {
    redoFrom = step;
    if (reworkedAt == null) {
      reworkedAt = step;
    }
  }

  /** Service at {@code step} ended: the redo after a defect found there is over. */
  void served(StepNode step) {
    if (reworkedAt == step) {
      reworkedAt = null;
    }
  }

  /** Sequence number in order of arrival within the replication, from 0. */
  public long id() {
    return id;
  }

  /** Index of the customer's type in the scenario's customer list. */
  public int type() {
    return type;
  }

  /** Name of the customer's type. */
  public String typeName() {
    return system.typeName(type);
  }

  /** The pool serving the customer now (null while waiting, in a delay, or outside service). */
  public Pool servedBy() {
    return servedBy;
  }

  /** Arrival time. */
  public double arrivedAt() {
    return arrivedAt;
  }

  /** Whether the customer arrived at or after the warm-up and so counts in statistics. */
  public boolean counted() {
    return counted;
  }

  /** Index of the current (or last) step in the process, -1 before the first. */
  public int stepIndex() {
    return stepIndex;
  }

  /** When the customer joined the current step's line (after walking there). */
  public double joinedAt() {
    return joinedAt;
  }

  /** When service of the current visit first started (NaN while waiting). */
  public double startedAt() {
    return startedAt;
  }

  /** Duration of the current (or last) service: the work, excluding pauses and preemptions. */
  public double serviceTime() {
    return serviceTime;
  }

  /**
   * Whether the current (or last) service is a redo after a defect, whichever step the rework went
   * through: its time is the waste of defects.
   */
  public boolean redo() {
    return redo;
  }

  /** Total time spent waiting in queues (and paused by outages) so far: the waste of waiting. */
  public double waiting() {
    return waiting;
  }

  /** Total first-time service at value-added steps so far. */
  public double valueAdded() {
    return valueAdded;
  }

  /** Total first-time service at necessary non-value-added steps so far. */
  public double necessary() {
    return necessary;
  }

  /** Total first-time service at waste steps so far (over-processing). */
  public double overprocessing() {
    return overprocessing;
  }

  /** Total walking time so far (the waste of motion). */
  public double motion() {
    return motion;
  }

  /** Total redo service time so far (the waste of defects). */
  public double defects() {
    return defects;
  }
}
