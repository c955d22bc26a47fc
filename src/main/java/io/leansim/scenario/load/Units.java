package io.leansim.scenario.load;

import io.leansim.scenario.DurationUnit;
import io.leansim.scenario.load.YNode.YScalar;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Literals of the scenario format, converted into the scenario's time unit: durations ({@code 90s},
 * {@code 2h30m}, bare numbers in the time unit), rates ({@code 60/h}), clock times ({@code
 * 09:30}). Pure functions; a bad literal throws {@link Bad} carrying the message (with its fix).
 */
final class Units {
  private Units() {}

  /** A literal that cannot be read; the message says what is wrong and how to fix it. */
  static final class Bad extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Bad(String message) {
      super(message, null, false, false);
    }
  }

  static final Pattern DURATION_PART =
      Pattern.compile("\\s*([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)\\s*(h|min|m|s)");
  static final Pattern RATE =
      Pattern.compile("\\s*([-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?)\\s*/\\s*(h|min|m|s)\\s*");
  static final Pattern CLOCK = Pattern.compile("([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?");
  static final Pattern PLAIN_NUMBER =
      Pattern.compile("[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");

  static final String DURATION_FORMS = "a duration like 90s, 15min, 1.5h, 2h30m or a number";

  /** Seconds in one {@code unit}. */
  static double seconds(DurationUnit unit) {
    switch (unit) {
      case SECONDS:
        return 1;
      case MINUTES:
        return 60;
      case HOURS:
        return 3600;
      default:
        throw new AssertionError(unit);
    }
  }

  private static double symbolSeconds(String symbol) {
    switch (symbol) {
      case "s":
        return 1;
      case "m":
      case "min":
        return 60;
      case "h":
        return 3600;
      default:
        throw new AssertionError(symbol);
    }
  }

  /** A YAML number as a finite double, or null when the scalar is not a number. */
  static Double number(YScalar s) {
    String v = s.value().trim();
    if (s.kind() == YNode.Kind.INT) {
      try {
        if (v.startsWith("0x")) {
          return (double) Long.parseLong(v.substring(2), 16);
        }
        if (v.startsWith("0o")) {
          return (double) Long.parseLong(v.substring(2), 8);
        }
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new Bad("expected a number, got '" + v + "'");
      }
    }
    if (s.kind() == YNode.Kind.FLOAT) {
      if (!PLAIN_NUMBER.matcher(v).matches()) {
        throw new Bad("expected a finite number, got '" + v + "'");
      }
      return Double.parseDouble(v);
    }
    if (s.kind() == YNode.Kind.STR && PLAIN_NUMBER.matcher(v).matches()) {
      return Double.parseDouble(v);
    }
    return null;
  }

  /** A duration in {@code unit}: a bare number is already in it. May be negative. */
  static double duration(YScalar s, DurationUnit unit) {
    Double n = number(s);
    if (n != null) {
      return n;
    }
    if (s.kind() != YNode.Kind.STR) {
      throw new Bad("expected " + DURATION_FORMS + ", got " + YNode.describe(s));
    }
    String v = s.value().trim();
    double sign = 1;
    String body = v;
    if (body.startsWith("-")) {
      sign = -1;
      body = body.substring(1);
    }
    Matcher m = DURATION_PART.matcher(body);
    int at = 0;
    double seconds = 0;
    while (at < body.length() && m.find(at) && m.start() == at) {
      seconds += Double.parseDouble(m.group(1)) * symbolSeconds(m.group(2));
      at = m.end();
    }
    if (at == 0 || !body.substring(at).isBlank()) {
      throw new Bad("expected " + DURATION_FORMS + ", got '" + v + "'");
    }
    if (!Double.isFinite(seconds)) {
      throw new Bad("duration '" + v + "' is too large to compute with; check the number and its unit");
    }
    return sign * seconds / seconds(unit);
  }

  /** A rate per {@code unit}: {@code 60/h}, {@code 0.2/s}, or a bare number per unit. */
  static double rate(YScalar s, DurationUnit unit) {
    Double n = number(s);
    if (n != null) {
      return n;
    }
    if (s.kind() == YNode.Kind.STR) {
      Matcher m = RATE.matcher(s.value());
      if (m.matches()) {
        double count = Double.parseDouble(m.group(1));
        double rate = count * seconds(unit) / symbolSeconds(m.group(2));
        if (Double.isInfinite(rate) && Double.isFinite(count)) {
          rate = count * (seconds(unit) / symbolSeconds(m.group(2))); // only the product overflowed
        }
        if (!Double.isFinite(rate)) {
          throw new Bad("rate '" + s.value() + "' is too large to compute with; check the number and its unit");
        }
        return rate;
      }
    }
    throw new Bad("expected a rate like 60/h, 3.5/min, 0.2/s or a number per " + unit.symbol()
        + ", got " + YNode.describe(s));
  }

  /** Seconds since midnight of a clock time {@code HH:MM} or {@code HH:MM:SS}, or -1. */
  static long clockSeconds(String text) {
    Matcher m = CLOCK.matcher(text.trim());
    if (!m.matches()) {
      return -1;
    }
    int h = Integer.parseInt(m.group(1));
    int min = Integer.parseInt(m.group(2));
    int sec = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (h > 48 || min > 59 || sec > 59) {
      throw new Bad("'" + text.trim() + "' is not a valid time of day; write HH:MM or HH:MM:SS");
    }
    return h * 3600L + min * 60L + sec;
  }

  /** Whether the text looks like a clock time. */
  static boolean looksLikeClock(YScalar s) {
    return s.kind() == YNode.Kind.STR && CLOCK.matcher(s.value().trim()).matches();
  }

  /** {@code seconds} since midnight in {@code unit}. */
  static double clockToUnits(long seconds, DurationUnit unit) {
    return seconds / seconds(unit);
  }

  /**
   * A run time: a clock time relative to {@code clockStartSeconds} (an error when before it), or a
   * duration from the start.
   */
  static double clock(YScalar s, DurationUnit unit, long clockStartSeconds) {
    if (looksLikeClock(s)) {
      long tod = clockSeconds(s.value());
      if (tod < clockStartSeconds) {
        throw new Bad("'" + s.value().trim() + "' is before clock_start " + formatClock(clockStartSeconds)
            + "; use a time of day from " + formatClock(clockStartSeconds) + " on");
      }
      return (tod - clockStartSeconds) / seconds(unit);
    }
    try {
      return duration(s, unit);
    } catch (Bad e) {
      throw new Bad("expected a clock time like \"09:30\" or " + DURATION_FORMS + ", got "
          + YNode.describe(s));
    }
  }

  /** {@code HH:MM}, or {@code HH:MM:SS} when the seconds are not zero. */
  static String formatClock(long secondsOfDay) {
    return io.leansim.scenario.TimeOfDay.format(secondsOfDay);
  }

  /** A number for messages: up to 6 significant decimals, no trailing zeros. */
  static String show(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    String s = String.format(Locale.ROOT, "%.6f", x);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
