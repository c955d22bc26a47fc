package io.leansim.model;

/**
 * Observer of a replication's flow of customers: the typed flow events. Statistics, lean
 * accounting and traces implement it; the model never knows what they compute. All times are
 * simulation times in scenario time units. Methods are called on the replication's thread, in
 * event order.
 */
public interface FlowListener {
  /** {@code c} entered the system. */
  default void arrived(Customer c, double now) {}

  /** {@code c} joined the waiting line of {@code step} (one step visit begins). */
  default void joined(Customer c, StepNode step, double now) {}

  /**
   * {@code c} left the line of {@code step} and is served by a server of {@code pool} (null for a
   * step without resource); its wait for this visit is {@code now - c.joinedAt()}.
   */
  default void started(Customer c, StepNode step, Pool pool, double now) {}

  /** {@code c}'s service at {@code step} ended after {@code c.serviceTime()}; the visit is over. */
  default void finished(Customer c, StepNode step, Pool pool, double now) {}

  /** {@code c} left the system: completed the process ({@code completed}) or not. */
  default void left(Customer c, boolean completed, double now) {}

  /** The warm-up period ended: collectors forget everything before {@code now}. */
  default void warmupEnded(double now) {}

  /** The replication ended at {@code now}; customers still inside stay there. */
  default void ended(ServiceSystem system, double now) {}
}
