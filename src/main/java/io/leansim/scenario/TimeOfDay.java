package io.leansim.scenario;

/** Times of day as scenarios and results write them. */
public final class TimeOfDay {
  private TimeOfDay() {}

  /** {@code HH:MM}, or {@code HH:MM:SS} when the seconds are not zero (hours may pass 24). */
  public static String format(long secondsOfDay) {
    long h = secondsOfDay / 3600;
    long m = secondsOfDay % 3600 / 60;
    long s = secondsOfDay % 60;
    StringBuilder b = new StringBuilder(8);
    twoDigits(b, h).append(':');
    twoDigits(b, m);
    if (s != 0) {
      twoDigits(b.append(':'), s);
    }
    return b.toString();
  }

  private static StringBuilder twoDigits(StringBuilder b, long x) {
    return (x >= 0 && x < 10 ? b.append('0') : b).append(x);
  }
}
