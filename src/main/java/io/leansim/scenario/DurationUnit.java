package io.leansim.scenario;

/** The scenario's {@code time_unit}: a bare number anywhere a duration is expected is in this unit. */
public enum DurationUnit {
  SECONDS("s", 1.0 / 60.0),
  MINUTES("min", 1.0),
  HOURS("h", 60.0);

  private final String symbol;
  private final double minutes;

  DurationUnit(String symbol, double minutes) {
    this.symbol = symbol;
    this.minutes = minutes;
  }

  /** The symbol used in scenario files and results: {@code s}, {@code min} or {@code h}. */
  public String symbol() {
    return symbol;
  }

  /** Length of one unit in minutes. */
  public double minutes() {
    return minutes;
  }

  /** How many of this unit make one hour (60 for minutes). */
  public double perHour() {
    return 60.0 / minutes;
  }

  /** The unit written as {@code symbol}, or null. */
  public static DurationUnit ofSymbol(String symbol) {
    for (DurationUnit u : values()) {
      if (u.symbol.equals(symbol)) {
        return u;
      }
    }
    return null;
  }
}
