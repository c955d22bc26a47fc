package io.leansim.scenario;

/** Order in which a step's waiting line is called. */
public enum Discipline {
  /** In order of joining the step. */
  FIFO("fifo"),
  /** Lowest {@code priority} number first, FIFO within equal priority (non-preemptive). */
  PRIORITY("priority"),
  /** Priority, and an arriving customer of strictly higher priority interrupts service. */
  PREEMPTIVE("preemptive");

  private final String key;

  Discipline(String key) {
    this.key = key;
  }

  /** The word used in scenario files. */
  public String key() {
    return key;
  }

  /** The discipline written as {@code key}, or null. */
  public static Discipline ofKey(String key) {
    for (Discipline d : values()) {
      if (d.key.equals(key)) {
        return d;
      }
    }
    return null;
  }
}
