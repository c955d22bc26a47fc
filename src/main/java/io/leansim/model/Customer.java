package io.leansim.model;

import io.leansim.engine.Kernel;

/**
 * One customer at run time: who it is, where it is, and its lean time ledger (waiting,
 * value-added, necessary, over-processing; motion and defects once walking and rework exist).
 *
 * <p>A customer has at most one pending event at a time (the end of its current service or
 * delay), so it is its own reusable event: no allocation per service.
 */
public final class Customer extends Kernel.Action {
  private final ServiceSystem system;
  private final long id;
  private final int type;
  private final double arrivedAt;
  private final boolean counted;
  private final double[] serviceNeeds;

  int stepIndex = -1;
  long joinSeq;
  double joinedAt = Double.NaN;
  double startedAt = Double.NaN;
  double serviceTime = Double.NaN;
  Pool servedBy;

  double waiting;
  double valueAdded;
  double necessary;
  double overprocessing;

  Customer(ServiceSystem system, long id, int type, double arrivedAt, boolean counted, double[] serviceNeeds) {
    super(system.kernel());
    this.system = system;
    this.id = id;
    this.type = type;
    this.arrivedAt = arrivedAt;
    this.counted = counted;
    this.serviceNeeds = serviceNeeds;
  }

  @Override
  protected void fire() {
    system.serviceEnded(this);
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

  /** When the customer joined the current step's line. */
  public double joinedAt() {
    return joinedAt;
  }

  /** When the current service started (NaN while waiting). */
  public double startedAt() {
    return startedAt;
  }

  /** Duration of the current (or last) service. */
  public double serviceTime() {
    return serviceTime;
  }

  /** Total time spent waiting in queues so far (the waste of waiting). */
  public double waiting() {
    return waiting;
  }

  /** Total service time at value-added steps so far. */
  public double valueAdded() {
    return valueAdded;
  }

  /** Total service time at necessary non-value-added steps so far. */
  public double necessary() {
    return necessary;
  }

  /** Total service time at waste steps so far (over-processing). */
  public double overprocessing() {
    return overprocessing;
  }

  /** The uniform drawn for this customer's first service at step {@code step} (common random numbers). */
  double serviceNeed(int step) {
    return serviceNeeds[step];
  }
}
