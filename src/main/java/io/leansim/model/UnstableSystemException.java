package io.leansim.model;

/**
 * A replication stopped because it would not end well: more customers were inside the system at
 * once than {@link ServiceSystem#SAFETY_BOUND} (the system is unstable: arrivals exceed what the
 * staff can serve, and going on would only exhaust the machine's memory), or it ran away (customers
 * going round without end): past its drain bound ({@link ServiceSystem#DRAIN_FACTOR}) or its event
 * budget ({@link ServiceSystem#EVENT_FACTOR}). The message says when, and where the customers are.
 */
public final class UnstableSystemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message for the user. */
  public UnstableSystemException(String message) {
    super(message, null, false, false);
  }
}
