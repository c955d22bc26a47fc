package io.leansim.scenario.load;

import io.leansim.scenario.CustomerType;
import io.leansim.scenario.DurationUnit;
import io.leansim.scenario.load.YNode.YEntry;
import io.leansim.scenario.load.YNode.YMap;
import io.leansim.scenario.load.YNode.YScalar;
import io.leansim.scenario.load.YNode.YSeq;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Reading the values of a positioned tree for the section readers: keys checked against the
 * {@link KeyTable}, text, choices, whole numbers, durations, rates and clock times in the
 * scenario's time unit, probabilities, maps, time-ordered lists and customer type lists. Each
 * returns null after reporting what is wrong into the sink, so that reading goes on and every
 * mistake is reported at once.
 */
final class Fields {
  /** The key of a per-type map's entry for every other type. */
  static final String DEFAULT_KEY = "default";

  private final Sink sink;
  private final DurationUnit unit;
  private final long clockStart;
  private final Path baseDir;
  private final DistReader dists;

  /**
   * Reads into {@code sink} durations in {@code unit}, clock times from {@code clockStart} (seconds
   * after midnight), data files relative to {@code baseDir}.
   */
  Fields(Sink sink, DurationUnit unit, long clockStart, Path baseDir) {
    this.sink = sink;
    this.unit = unit;
    this.clockStart = clockStart;
    this.baseDir = baseDir;
    this.dists = new DistReader(sink, unit, baseDir);
  }

  Sink sink() {
    return sink;
  }

  DurationUnit unit() {
    return unit;
  }

  long clockStart() {
    return clockStart;
  }

  Path baseDir() {
    return baseDir;
  }

  /** Distributions, read in this unit. */
  DistReader dists() {
    return dists;
  }

  void checkKeys(YMap m, String pattern, String path) {
    for (YEntry e : m.entries()) {
      String key = e.name();
      String keyPath = Paths.child(path, key);
      var found = KeyTable.find(Paths.child(pattern, key));
      if (found.isPresent()) {
        if (!found.get().supported()) {
          sink.error(e.key(), keyPath, notYet("'" + key + "'") + "; remove it for now");
        }
        continue;
      }
      List<KeyTable.Key> allowed = KeyTable.children(pattern);
      String hint = Hints.didYouMean(key, allowed.stream().map(KeyTable.Key::name).toList());
      sink.error(e.key(), keyPath, "unknown key '" + key + "'" + (hint.isEmpty()
          ? "; allowed keys here: " + String.join(", ",
              allowed.stream().filter(KeyTable.Key::supported).map(KeyTable.Key::name).toList())
          : hint));
    }
  }

  static String notYet(String what) {
    return what + " is not supported yet (planned in the next release)";
  }

  void missing(YMap m, String path, String key, String pattern) {
    String example = KeyTable.find(Paths.child(pattern, key)).map(KeyTable.Key::example).orElse("...");
    sink.error(m, Paths.child(path, key), "missing required key '" + key + "'; add e.g. " + key + ": " + example);
  }

  YScalar scalar(YNode n, String path, String expected) {
    if (n instanceof YScalar s && !s.isNull()) {
      return s;
    }
    sink.error(n, path, "expected " + expected + ", got " + YNode.describe(n));
    return null;
  }

  String text(YNode n, String path) {
    YScalar s = scalar(n, path, "text");
    return s == null ? null : s.value();
  }

  <E> E choice(YNode n, String path, List<String> options, Function<String, E> of) {
    YScalar s = scalar(n, path, "one of " + String.join(", ", options));
    if (s == null) {
      return null;
    }
    E e = options.contains(s.value()) ? of.apply(s.value()) : null;
    if (e == null) {
      String hint = Hints.didYouMean(s.value(), options);
      sink.error(n, path, "expected one of " + String.join(", ", options) + ", got '" + s.value() + "'" + hint);
    }
    return e;
  }

  Long integer(YNode n, String path, long min) {
    YScalar s = scalar(n, path, "a whole number");
    if (s == null) {
      return null;
    }
    Double d = numberOf(s);
    if (d == null || d != Math.rint(d) || Math.abs(d) > 9.0e18) {
      sink.error(n, path, "expected a whole number, got '" + s.value() + "'");
      return null;
    }
    long v = s.kind() == YNode.Kind.INT && !s.value().startsWith("0x") && !s.value().startsWith("0o")
        ? parseLong(s.value(), d) : (long) (double) d;
    if (v < min) {
      sink.error(n, path, "must be >= " + min + ", got " + v + "; use a whole number >= " + min);
      return null;
    }
    return v;
  }

  /** The plain number {@code s} holds, or null when it holds something else. */
  private static Double numberOf(YScalar s) {
    try {
      return Units.number(s);
    } catch (Units.Bad e) {
      return null;
    }
  }

  private static long parseLong(String text, double approx) {
    try {
      return Long.parseLong(text.trim().replace("+", ""));
    } catch (NumberFormatException e) {
      return (long) approx;
    }
  }

  Boolean bool(YNode n, String path) {
    if (n instanceof YScalar s && s.kind() == YNode.Kind.BOOL) {
      return Boolean.parseBoolean(s.value().toLowerCase(Locale.ROOT));
    }
    sink.error(n, path, "expected true or false, got " + YNode.describe(n));
    return null;
  }

  Double duration(YNode n, String path, boolean allowNegative) {
    return literal(n, path, Units.DURATION_FORMS, s -> Units.duration(s, unit),
        allowNegative ? null : "must be >= 0, got %s; use a duration >= 0");
  }

  /**
   * A duration that must be > 0: zero and negative values get the same message, {@code must be >
   * 0, got TEXT; FIX}.
   */
  Double positiveDuration(YNode n, String path, String fix) {
    Double d = duration(n, path, true);
    if (d != null && !(d > 0)) {
      sink.error(n, path, "must be > 0, got " + ((YScalar) n).value().trim() + "; " + fix);
      return null;
    }
    return d;
  }

  Double rate(YNode n, String path) {
    return literal(n, path, "a rate like 60/h", s -> Units.rate(s, unit),
        "a rate must be >= 0, got %s; use 0 for no arrivals");
  }

  Double clock(YNode n, String path) {
    return literal(n, path, "a clock time like \"09:30\" or a duration", s -> Units.clock(s, unit, clockStart),
        "must not be before the start, got %s; use a time >= 0");
  }

  /**
   * A scalar read by {@code parse} (whose {@link Units.Bad} message is the diagnostic); a value
   * below 0 is reported with {@code belowZero} (formatted with the text as written) unless that
   * is null.
   */
  private Double literal(YNode n, String path, String expected, ToDoubleFunction<YScalar> parse,
      String belowZero) {
    YScalar s = scalar(n, path, expected);
    if (s == null) {
      return null;
    }
    try {
      double v = parse.applyAsDouble(s);
      if (belowZero != null && v < 0) {
        sink.error(n, path, String.format(belowZero, s.value().trim()));
        return null;
      }
      return v;
    } catch (Units.Bad e) {
      sink.error(n, path, e.getMessage());
      return null;
    }
  }

  YMap map(YNode n, String path, String expected) {
    if (n instanceof YMap m) {
      return m;
    }
    sink.error(n, path, "expected " + expected + ", got " + YNode.describe(n));
    return null;
  }

  /** A plain number (no unit). */
  Double number(YNode n, String path) {
    return plainNumber(n, path, "a number");
  }

  /** A scalar that is a plain number, or null after reporting that it should be {@code expected}. */
  Double plainNumber(YNode n, String path, String expected) {
    YScalar s = scalar(n, path, expected);
    if (s == null) {
      return null;
    }
    Double d = numberOf(s);
    if (d == null) {
      sink.error(n, path, "expected " + expected + ", got '" + s.value() + "'");
    }
    return d;
  }

  /** A probability in [0, 1], or in [0, 1) when {@code whyNotOne} is not null (it says why). */
  Double probability(YNode n, String path, String whyNotOne) {
    Double x = plainNumber(n, path, "a probability between 0 and 1");
    if (x == null) {
      return null;
    }
    if (!(x >= 0 && x <= 1)) {
      sink.error(n, path, "a probability must be between 0 and 1, got " + ((YScalar) n).value().trim() + "; fix it");
      return null;
    }
    if (whyNotOne != null && x == 1) {
      sink.error(n, path, "must be below 1: " + whyNotOne);
      return null;
    }
    return x;
  }

  /**
   * A non-empty list of {@code {from: CLOCK, KEY: value}} in strictly increasing time order (a
   * schedule's periods, a pool's shifts); every item is checked, and null is returned when any
   * is wrong.
   */
  <V, T> List<T> timeline(YNode n, String path, String pattern, String key, String noun, String example,
      BiFunction<YNode, String, V> value, BiFunction<Double, V, T> make) {
    if (!(n instanceof YSeq seq) || seq.items().isEmpty()) {
      sink.error(n, path, "expected a non-empty list of " + noun + "s like [" + example + "], got "
          + YNode.describe(n));
      return null;
    }
    List<T> out = new ArrayList<>();
    boolean ok = true;
    Double previous = null;
    String previousText = null;
    for (int i = 0; i < seq.items().size(); i++) {
      String ip = Paths.item(path, i);
      YMap m = map(seq.items().get(i), ip, "a " + noun + " like " + example);
      if (m == null) {
        ok = false;
        continue;
      }
      checkKeys(m, pattern, ip);
      Double from = null;
      V v = null;
      if (m.has("from")) {
        from = clock(m.get("from"), Paths.child(ip, "from"));
      } else {
        missing(m, ip, "from", pattern);
      }
      if (m.has(key)) {
        v = value.apply(m.get(key), Paths.child(ip, key));
      } else {
        missing(m, ip, key, pattern);
      }
      if (from != null && previous != null && !(from > previous)) {
        sink.error(m.get("from"), Paths.child(ip, "from"), "'" + ((YScalar) m.get("from")).value().trim()
            + "' is not after the previous " + noun + "'s start '" + previousText + "'; list " + noun
            + "s in time order");
        from = null;
      }
      if (from != null) {
        previous = from;
        previousText = ((YScalar) m.get("from")).value().trim();
      }
      if (from == null || v == null) {
        ok = false;
        continue;
      }
      out.add(make.apply(from, v));
    }
    return ok ? out : null;
  }

  /** Known customer types of a non-empty list, without repeats; null after an error. */
  List<String> typeList(YSeq seq, String path, List<CustomerType> customers) {
    List<String> known = names(customers);
    List<String> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < seq.items().size(); i++) {
      String ip = Paths.item(path, i);
      YScalar s = scalar(seq.items().get(i), ip, "a customer type");
      if (s == null) {
        ok = false;
      } else if (customers != null && !known.contains(s.value())) {
        unknownType(s, ip, s.value(), known);
        ok = false;
      } else if (!out.contains(s.value())) {
        out.add(s.value());
      }
    }
    return ok && customers != null ? out : null;
  }

  static List<String> names(List<CustomerType> types) {
    return types == null ? List.of() : types.stream().map(CustomerType::name).toList();
  }

  void unknownType(YNode at, String path, String type, List<String> known) {
    String hint = Hints.didYouMean(type, known);
    sink.error(at, path, "unknown customer type '" + type + "'" + (hint.isEmpty()
        ? "; known types: " + String.join(", ", known) : hint));
  }

  /**
   * The required top-level section {@code key}: a non-empty map, or null after reporting that it
   * is missing, not {@code expected}, or empty ({@code emptyMessage}).
   */
  YMap requiredSection(YMap root, String key, String expected, String emptyMessage) {
    YNode n = root.get(key);
    if (n == null) {
      missing(root, "", key, "");
      return null;
    }
    YMap m = map(n, key, expected);
    if (m != null && m.entries().isEmpty()) {
      sink.error(m, key, emptyMessage);
      return null;
    }
    return m;
  }
}
