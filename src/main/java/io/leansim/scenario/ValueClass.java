package io.leansim.scenario;

/** How the customer sees a step's service time (lean accounting). */
public enum ValueClass {
  /** Time the customer values: value-added time. */
  VALUE_ADDED("value_added"),
  /** Necessary but not valued: necessary non-value-added time. */
  NECESSARY("necessary"),
  /** Not valued and not necessary: over-processing waste. */
  WASTE("waste");

  private final String key;

  ValueClass(String key) {
    this.key = key;
  }

  /** The word used in scenario files. */
  public String key() {
    return key;
  }

  /** The class written as {@code key}, or null. */
  public static ValueClass ofKey(String key) {
    for (ValueClass v : values()) {
      if (v.key.equals(key)) {
        return v;
      }
    }
    return null;
  }
}
