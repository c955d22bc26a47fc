package io.leansim.model;

/**
 * Observer of a replication's flow of customers: the typed flow events. Statistics, lean
 * accounting and traces implement it; the model never knows what they compute. All times are
 * simulation times in scenario time units. Methods are called on the replication's thread, in
 * event order.
 */
public interface FlowListener {
  /** How a customer left the system. */
  enum Exit {
    /** Walked the whole process (or was routed to {@code exit}). */
    COMPLETED,
    /** Left a queue out of patience. */
    ABANDONED,
    /** Left on finding a queue at its limit. */
    BALKED
  }

  /** {@code c} entered the system. */
  default void arrived(Customer c, double now) {}

  /** {@code c} joined the waiting line of {@code step} (one step visit begins). */
  default void joined(Customer c, StepNode step, double now) {}

  /**
   * {@code c} left the line of {@code step} and is served by a server of {@code pool} (null for a
   * step without resource); its wait for this visit is {@code now - c.joinedAt()}.
   */
  default void started(Customer c, StepNode step, Pool pool, double now) {}

  /** {@code c}, preempted by a customer of higher priority, went back to the front of its class. */
  default void preempted(Customer c, StepNode step, Pool pool, double now) {}

  /** {@code c}, preempted earlier, resumed its remaining service on a server of {@code pool}. */
  default void resumed(Customer c, StepNode step, Pool pool, double now) {}

  /** {@code c}'s service at {@code step} ended after {@code c.serviceTime()}; the visit is over. */
  default void finished(Customer c, StepNode step, Pool pool, double now) {}

  /** After service at {@code step}, {@code c}'s work was found wrong: it goes back to a queue. */
  default void reworked(Customer c, StepNode step, double now) {}

  /** {@code c} gave up waiting in the line of {@code step} (the visit is over). */
  default void abandoned(Customer c, StepNode step, double now) {}

  /** {@code c} found the line of {@code step} at its limit and did not join. */
  default void balked(Customer c, StepNode step, double now) {}

  /** {@code pool}'s scheduled staff or availability changed (shift change, outage start or end). */
  default void poolChanged(Pool pool, double now) {}

  /**
   * {@code c} left the system. The system reuses the customer object for a later arrival: a listener
   * must not keep it (nor read it) after this call.
   */
  default void left(Customer c, Exit how, double now) {}

  /** The warm-up period ended: collectors forget everything before {@code now}. */
  default void warmupEnded(double now) {}

  /** The replication ended at {@code now}; customers still inside stay there. */
  default void ended(ServiceSystem system, double now) {}
}
