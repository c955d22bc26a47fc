package io.leansim.model;

/**
 * A replication stopped because more customers were inside the system at once than {@link
 * ServiceSystem#SAFETY_BOUND}: the system is unstable (arrivals exceed what the staff can serve),
 * and going on would only exhaust the machine's memory. The message says when, and where the
 * customers are.
 */
public final class UnstableSystemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message for the user. */
  public UnstableSystemException(String message) {
    super(message, null, false, false);
  }
}
