package io.leansim.model;

import io.leansim.engine.Kernel;
import io.leansim.engine.Uniforms;

/**
 * One customer at run time: who it is, where it is, and its lean time ledger (waiting,
 * value-added, necessary, over-processing, motion, defects).
 *
 * <p>A customer has at most one pending event at a time (end of its walk, end of its patience,
 * end of its service or delay), so it is its own reusable event: no allocation per event. Once it
 * has left, the system reuses the object for a later arrival (no allocation per customer either):
 * a listener must not keep a customer after {@link FlowListener#left}.
 *
 * <p>Random needs (common random numbers): the customer's substream lays out a block of uniforms,
 * {@link #SLOTS} per process step, for its first visit to each step (service time, patience, walk,
 * rework outcome, routing), whatever path it takes; later draws (redo times, a second rework check)
 * come from its substream of the stream of later needs ({@link RandomStreams#revisits(String)}), or,
 * in a scenario where nobody comes back, continue its own substream after the block. The customer
 * keeps only where its substream starts and reads the draws it uses when it uses them ({@link
 * io.leansim.engine.Lookahead}): the same values as drawing the whole block at arrival.
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
  private long id;
  private int type;
  private double arrivedAt;
  private boolean counted;
  /** Arrival stream index and position in it: the customer's substream of later needs. */
  private int source;
  private long ordinal;
  /** Start of the customer's substream of needs, packed ({@link Uniforms#packedStart(int)}). */
  private long need0;
  private long need1;
  private long need2;
  private Uniforms extras;
  /** Steps visited at least once (bit i: step i), while no step was visited twice and there are at most 64. */
  private long visited;
  /** Visits per step, once some step was visited twice (or beyond 64 steps); null before. */
  private int[] visits;

  State state;
  int stepIndex;
  long joinSeq;
  double joinedAt;
  double waitingSince;
  double startedAt;
  double serviceTime;
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

  Customer(ServiceSystem system) {
    super(system.kernel());
    this.system = system;
  }

  /**
   * The customer arrives: it becomes customer {@code id} (a new object, or one that has left, reused:
   * every field is set afresh), of {@code type}, the {@code ordinal}-th of arrival stream {@code
   * source}, whose needs stream {@code needs} is at its substream now.
   */
  Customer arrive(long id, int type, double arrivedAt, boolean counted, int source, long ordinal, Uniforms needs) {
    this.id = id;
    this.type = type;
    this.arrivedAt = arrivedAt;
    this.counted = counted;
    this.source = source;
    this.ordinal = ordinal;
    this.need0 = needs.packedStart(0);
    this.need1 = needs.packedStart(1);
    this.need2 = needs.packedStart(2);
    extras = null;
    visited = 0;
    visits = null;
    state = State.NONE;
    stepIndex = -1;
    joinSeq = 0;
    joinedAt = Double.NaN;
    waitingSince = Double.NaN;
    startedAt = Double.NaN;
    serviceTime = Double.NaN;
    remaining = 0;
    segmentStart = 0;
    redo = false;
    redoFrom = null;
    reworkedAt = null;
    servedThisVisit = false;
    servedBy = null;
    waiting = 0;
    valueAdded = 0;
    necessary = 0;
    overprocessing = 0;
    motion = 0;
    defects = 0;
    return this;
  }

  @Override
  protected void fire() {
    system.eventOf(this);
  }

  /** The uniform of {@code slot} for the first visit to {@code step}; later visits draw afresh. */
  double need(StepNode step, int slot) {
    return visitsTo(step.index()) <= 1 ? system.needs().at(1 + step.draws * SLOTS + slot, need0, need1, need2)
        : extra();
  }

  /** The next uniform of this customer's later needs (second visits, redos). */
  double extra() {
    if (extras == null) {
      extras = system.laterNeeds(source, ordinal, need0, need1, need2);
    }
    return extras.next();
  }

  private int visitsTo(int step) {
    return visits != null ? visits[step] : step < 64 && (visited & 1L << step) != 0 ? 1 : 0;
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
    int i = step.index();
    int n;
    if (visits == null && i < 64 && (visited & 1L << i) == 0) {
      visited |= 1L << i;
      n = 1;
    } else {
      if (visits == null) {
        visits = new int[system.stepCount()];
        for (int s = 0; s < Math.min(64, visits.length); s++) {
          visits[s] = (int) (visited >>> s & 1);
        }
      }
      n = ++visits[i];
    }
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
