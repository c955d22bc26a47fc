package io.leansim.scenario.load;

import io.leansim.scenario.DistSpec;
import io.leansim.scenario.DurationUnit;
import io.leansim.scenario.load.YNode.YEntry;
import io.leansim.scenario.load.YNode.YMap;
import io.leansim.scenario.load.YNode.YScalar;
import io.leansim.scenario.load.YNode.YSeq;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Distributions, in map form ({@code {dist: exponential, mean: 4}}) or shorthand ({@code exp(4)},
 * a bare number or duration = constant), into {@link DistSpec} in the scenario's time unit. Every
 * parameter is checked, and an error names it and its fix. A duration is never negative; only a
 * signed quantity, an appointment's lateness ({@link #readSigned}), may have a constant, uniform,
 * triangular or empirical law below 0.
 */
final class DistReader {
  /**
   * A distribution of the format as the loader reads it: its {@code dist:} name, its shorthand
   * name (null if it has none besides its name), its parameters in shorthand argument order, an
   * example of shorthand arguments for messages, and how to check and build it from parameter
   * values in that order (null for {@code empirical}, read from a list or a file instead).
   */
  private record Law(String name, String shorthand, List<String> params, String example, Build build) {}

  /** Checks parameter values (in {@link Law#params()} order) and builds the distribution, or null after reporting. */
  @FunctionalInterface
  private interface Build {
    DistSpec apply(DistReader r, List<Double> v, List<Param> p);
  }

  /** Every distribution the format knows: the one table to extend with a new {@link DistSpec}. */
  private static final List<Law> LAWS = List.of(
      new Law("constant", null, List.of("value"), "3", (r, v, p) ->
          r.nonNegative(v.get(0), p.get(0)) ? new DistSpec.Constant(v.get(0)) : null),
      new Law("exponential", "exp", List.of("mean"), "4", (r, v, p) ->
          r.positive(v.get(0), p.get(0)) ? new DistSpec.Exponential(v.get(0)) : null),
      new Law("uniform", "unif", List.of("min", "max"), "2,5", (r, v, p) -> {
        boolean ok = r.nonNegative(v.get(0), p.get(0));
        ok = ok && r.check(v.get(1) > v.get(0), p.get(1), p.get(1).label() + " (" + Units.show(v.get(1))
            + ") must be greater than min (" + Units.show(v.get(0)) + "); give max > min");
        return ok ? new DistSpec.Uniform(v.get(0), v.get(1)) : null;
      }),
      new Law("triangular", "tri", List.of("min", "mode", "max"), "0.2,0.4,1", (r, v, p) -> {
        boolean ok = r.nonNegative(v.get(0), p.get(0));
        ok = ok && r.check(v.get(2) > v.get(0), p.get(2), p.get(2).label() + " (" + Units.show(v.get(2))
            + ") must be greater than min (" + Units.show(v.get(0)) + "); give min < max");
        ok = ok && r.check(v.get(1) >= v.get(0) && v.get(1) <= v.get(2), p.get(1), p.get(1).label() + " ("
            + Units.show(v.get(1)) + ") must lie between min (" + Units.show(v.get(0)) + ") and max ("
            + Units.show(v.get(2)) + "); give min <= mode <= max");
        return ok ? new DistSpec.Triangular(v.get(0), v.get(1), v.get(2)) : null;
      }),
      new Law("normal", "norm", List.of("mean", "sd"), "5,1", (r, v, p) ->
          r.positive(v.get(1), p.get(1)) ? new DistSpec.Normal(v.get(0), v.get(1)) : null),
      new Law("lognormal", "logn", List.of("mean", "sd"), "7,3", (r, v, p) -> {
        boolean ok = r.positive(v.get(0), p.get(0));
        ok &= r.positive(v.get(1), p.get(1));
        ok = ok && r.spread(v, p, "lognormal", Double.POSITIVE_INFINITY);
        return ok ? new DistSpec.Lognormal(v.get(0), v.get(1)) : null;
      }),
      new Law("gamma", "gamma", List.of("mean", "sd"), "6,2", (r, v, p) -> {
        boolean ok = r.positive(v.get(0), p.get(0));
        ok &= r.positive(v.get(1), p.get(1));
        ok = ok && r.spread(v, p, "gamma", DistSpec.MAX_GAMMA_CV);
        return ok ? new DistSpec.Gamma(v.get(0), v.get(1)) : null;
      }),
      new Law("erlang", "erlang", List.of("k", "mean"), "3,6", (r, v, p) -> {
        boolean ok = r.check(v.get(0) >= 1 && v.get(0) == Math.rint(v.get(0)) && v.get(0) <= Integer.MAX_VALUE,
            p.get(0), p.get(0).label() + " must be a whole number >= 1 (the number of phases), got "
                + Units.show(v.get(0)));
        ok &= r.positive(v.get(1), p.get(1));
        return ok ? new DistSpec.Erlang((int) (double) v.get(0), v.get(1)) : null;
      }),
      new Law("weibull", "weib", List.of("shape", "scale"), "1.5,4", (r, v, p) -> {
        boolean ok = r.positive(v.get(0), p.get(0));
        ok = ok && r.check(v.get(0) >= DistSpec.MIN_WEIBULL_SHAPE, p.get(0), p.get(0).label() + " must be at least "
            + Units.show(DistSpec.MIN_WEIBULL_SHAPE) + ", got " + Units.show(v.get(0)) + ": below it the draws span "
            + "hundreds of orders of magnitude; check the value, or fit another law");
        ok &= r.positive(v.get(1), p.get(1));
        return ok ? new DistSpec.Weibull(v.get(0), v.get(1)) : null;
      }),
      new Law("empirical", null, List.of("values", "file", "column"), null, null));

  /** Distribution names and their parameters, in shorthand argument order. */
  static final Map<String, List<String>> PARAMS = Collections.unmodifiableMap(LAWS.stream().collect(
      Collectors.toMap(Law::name, Law::params, (x, y) -> x, LinkedHashMap::new)));
  /** Shorthand names to distribution names. */
  static final Map<String, String> SHORT = Collections.unmodifiableMap(LAWS.stream()
      .filter(l -> l.shorthand() != null)
      .collect(Collectors.toMap(Law::shorthand, Law::name, (x, y) -> x, LinkedHashMap::new)));
  private static final Map<String, Law> BY_NAME = LAWS.stream().collect(
      Collectors.toMap(Law::name, l -> l, (x, y) -> x, LinkedHashMap::new));

  /** The shorthand name of distribution {@code name} ({@code exp} for {@code exponential}; its name if it has none). */
  static String shorthandOf(String name) {
    Law law = BY_NAME.get(name);
    return law.shorthand() == null ? law.name() : law.shorthand();
  }

  private static final Pattern SHORTHAND = Pattern.compile("\\s*([A-Za-z_]+)\\s*\\((.*)\\)\\s*");

  private final Sink sink;
  private final DurationUnit unit;
  private final Path baseDir;
  /** Whether values below 0 are allowed (a lateness), else refused (a duration). */
  private final boolean signed;

  DistReader(Sink sink, DurationUnit unit, Path baseDir) {
    this(sink, unit, baseDir, false);
  }

  private DistReader(Sink sink, DurationUnit unit, Path baseDir, boolean signed) {
    this.sink = sink;
    this.unit = unit;
    this.baseDir = baseDir;
    this.signed = signed;
  }

  /** Whether a map is a distribution in map form (has a {@code dist} key). */
  static boolean isMapForm(YNode n) {
    return n instanceof YMap m && m.has("dist");
  }

  /**
   * The distribution of a signed quantity (an appointment's lateness: below 0 is early) at {@code
   * n}, or null after reporting what is wrong: as {@link #read}, except that a constant, the min
   * of a uniform or triangular and empirical values may be below 0.
   */
  DistSpec readSigned(YNode n, String path) {
    return new DistReader(sink, unit, baseDir, true).read(n, path);
  }

  /** The distribution of a duration (or count) at {@code n}, or null after reporting what is wrong. */
  DistSpec read(YNode n, String path) {
    if (n instanceof YMap m) {
      return readMap(m, path);
    }
    if (n instanceof YSeq) {
      sink.error(n, path, "expected a distribution like exp(4) or {dist: exponential, mean: 4}, got a list");
      return null;
    }
    YScalar s = (YScalar) n;
    if (s.isNull()) {
      sink.error(n, path, "expected a distribution like exp(4) or {dist: exponential, mean: 4}, got nothing");
      return null;
    }
    Matcher m = s.kind() == YNode.Kind.STR ? SHORTHAND.matcher(s.value()) : null;
    if (m != null && m.matches()) {
      return readShorthand(s, m.group(1), m.group(2), path);
    }
    double v;
    try {
      v = Units.duration(s, unit);
    } catch (Units.Bad e) {
      if (s.kind() == YNode.Kind.STR && s.value().matches("\\s*[A-Za-z_]+\\s*\\(.*") && !s.value().contains(")")) {
        sink.error(n, path, "got '" + s.value() + "': inside {...} or [...] a comma ends the value; quote the "
            + "shorthand (\"" + s.value().trim() + ",...)\") or write it on its own line");
        return null;
      }
      sink.error(n, path, "expected a distribution like exp(4), {dist: exponential, mean: 4} or "
          + Units.DURATION_FORMS + ", got " + YNode.describe(s));
      return null;
    }
    if (!signed && !(v >= 0)) {
      sink.error(n, path, "a constant time must be >= 0, got " + Units.show(v) + "; use a value >= 0");
      return null;
    }
    return inRange(v, new Param(n, path, "a constant time")) ? new DistSpec.Constant(v) : null;
  }

  private DistSpec readShorthand(YScalar s, String written, String args, String path) {
    String name = SHORT.containsKey(written) ? SHORT.get(written) : PARAMS.containsKey(written) ? written : null;
    if (name == null || name.equals("empirical")) {
      List<String> known = new ArrayList<>(SHORT.keySet());
      known.addAll(PARAMS.keySet());
      known.remove("empirical");
      String hint = Hints.didYouMean(written, known);
      sink.error(s, path, "unknown distribution '" + written + "'" + (hint.isEmpty()
          ? "; use one of " + String.join(", ", SHORT.keySet()) : hint));
      return null;
    }
    List<String> params = PARAMS.get(name);
    List<String> parts = args.isBlank() ? List.of() : List.of(args.split(",", -1));
    if (parts.size() != params.size()) {
      sink.error(s, path, written + "() takes " + params.size() + " argument" + (params.size() == 1 ? "" : "s")
          + " (" + String.join(", ", params) + "), got " + parts.size() + "; write e.g. "
          + example(written, name));
      return null;
    }
    Map<String, Param> values = new LinkedHashMap<>();
    for (int i = 0; i < params.size(); i++) {
      YScalar arg = new YScalar(parts.get(i).trim(), YNode.Kind.STR, s.line(), s.col());
      values.put(params.get(i), new Param(arg, path, params.get(i) + " of " + written + "()"));
    }
    return build(name, values);
  }

  private static String example(String written, String name) {
    return written + "(" + BY_NAME.get(name).example() + ")";
  }

  /** A parameter's node, the path to report it under and its name in messages. */
  private record Param(YNode node, String path, String label) {}

  private DistSpec readMap(YMap m, String path) {
    YNode distNode = m.get("dist");
    if (distNode == null) {
      sink.error(m, path, "a distribution given as a map needs 'dist:', e.g. {dist: exponential, mean: 5min},"
          + " or write it short: exp(5min)");
      return null;
    }
    if (!(distNode instanceof YScalar ds) || ds.isNull() || ds.kind() != YNode.Kind.STR) {
      sink.error(distNode, Paths.child(path, "dist"), "expected a distribution name like exponential, got "
          + YNode.describe(distNode));
      return null;
    }
    String name = ds.value();
    if (!PARAMS.containsKey(name)) {
      String hint = Hints.didYouMean(name, PARAMS.keySet());
      sink.error(m, path, "unknown distribution '" + name + "'"
          + (hint.isEmpty() ? "; use one of " + String.join(", ", PARAMS.keySet()) : hint));
      return null;
    }
    List<String> params = PARAMS.get(name);
    Map<String, Param> values = new LinkedHashMap<>();
    boolean bad = false;
    for (YEntry e : m.entries()) {
      String key = e.name();
      if (key.equals("dist")) {
        continue;
      }
      String keyPath = Paths.child(path, key);
      if (params.contains(key)) {
        values.put(key, new Param(e.value(), keyPath, key));
      } else if (PARAMS.values().stream().anyMatch(p -> p.contains(key))) {
        sink.error(e.key(), keyPath, "'" + key + "' is not a parameter of " + name + " (it takes "
            + String.join(", ", params) + "); remove it");
        bad = true;
      } else {
        List<String> all = new ArrayList<>(params);
        String hint = Hints.didYouMean(key, all);
        sink.error(e.key(), keyPath, "unknown key '" + key + "'" + (hint.isEmpty()
            ? "; " + name + " takes " + String.join(", ", params) : hint));
        bad = true;
      }
    }
    if (name.equals("empirical")) {
      return bad ? null : empirical(m, values, path);
    }
    for (String p : params) {
      if (!values.containsKey(p)) {
        sink.error(m, Paths.child(path, p), "missing parameter '" + p + "' of " + name + "; add e.g. "
            + p + ": " + KeyTable.find(KeyTable.DIST + "." + p).orElseThrow().example());
        bad = true;
      }
    }
    if (bad) {
      return null;
    }
    return build(name, values);
  }

  /** Whether parameter {@code key} is a plain number (as the key table says); else it is a duration. */
  private static boolean isPlain(String key) {
    KeyTable.Kind kind = KeyTable.find(KeyTable.DIST + "." + key).orElseThrow().kind();
    return kind == KeyTable.Kind.INTEGER || kind == KeyTable.Kind.NUMBER;
  }

  private Double duration(Param p) {
    return scalar(p, true);
  }

  private Double plain(Param p) {
    return scalar(p, false);
  }

  private Double scalar(Param p, boolean withUnits) {
    if (!(p.node() instanceof YScalar s) || s.isNull()) {
      sink.error(p.node(), p.path(), p.label() + ": expected a number, got " + YNode.describe(p.node()));
      return null;
    }
    try {
      if (withUnits) {
        return Units.duration(s, unit);
      }
      Double n = Units.number(s);
      if (n == null) {
        throw new Units.Bad("expected a plain number (no unit), got '" + s.value() + "'");
      }
      return n;
    } catch (Units.Bad e) {
      sink.error(p.node(), p.path(), p.label() + ": " + e.getMessage());
      return null;
    }
  }

  private boolean check(boolean ok, Param p, String message) {
    if (!ok) {
      sink.error(p.node(), p.path(), message);
    }
    return ok;
  }

  /** The distribution {@code name} from all its parameters (in any order: a map may list them as it likes). */
  private DistSpec build(String name, Map<String, Param> ps) {
    Law law = BY_NAME.get(name);
    List<Double> v = new ArrayList<>();
    List<Param> p = new ArrayList<>();
    boolean ok = true;
    for (String key : law.params()) {
      Param param = ps.get(key);
      Double x = isPlain(key) ? plain(param) : duration(param);
      if (x != null && !isPlain(key) && !inRange(x, param)) {
        x = null;
      }
      ok &= x != null;
      v.add(x);
      p.add(param);
    }
    return ok ? law.build().apply(this, v, p) : null;
  }

  /**
   * Whether time {@code x} is 0 or of a magnitude within [{@link DistSpec#MIN_TIME}, {@link
   * DistSpec#MAX_TIME}] (the sign is the laws' business); reports it if not.
   */
  private boolean inRange(double x, Param p) {
    return check(x == 0 || (Math.abs(x) >= DistSpec.MIN_TIME && Math.abs(x) <= DistSpec.MAX_TIME), p, p.label()
        + " (" + show(x) + " " + unit.symbol() + ") is out of range: a time in a distribution is 0 or between "
        + show(DistSpec.MIN_TIME) + " and " + show(DistSpec.MAX_TIME) + " " + unit.symbol()
        + "; check the value and its unit");
  }

  /**
   * Whether the sd / mean of a lognormal or gamma ({@code v}: mean, sd) lies within [{@link
   * DistSpec#MIN_CV}, {@code maxCv}]: the law's parameters are computed from it, and outside
   * it they are lost to rounding. Reports it at the sd if not.
   */
  private boolean spread(List<Double> v, List<Param> p, String law, double maxCv) {
    double cv = v.get(1) / v.get(0);
    if (cv < DistSpec.MIN_CV) {
      return check(false, p.get(1), p.get(1).label() + " (" + show(v.get(1)) + ") is too small against the "
          + "mean (" + show(v.get(0)) + "): below sd/mean = " + show(DistSpec.MIN_CV) + " a " + law
          + "'s shape is lost to rounding; for so small a spread use norm(" + show(v.get(0)) + ", "
          + show(v.get(1)) + ") or the constant " + show(v.get(0)));
    }
    return check(cv <= maxCv, p.get(1), p.get(1).label() + " (" + show(v.get(1)) + ") is too large against "
        + "the mean (" + show(v.get(0)) + "): above sd/mean = " + show(maxCv) + " almost every draw of a "
        + law + " is 0; check the values, or use a lognormal");
  }

  /** {@code x} as {@link Units#show} writes it, or in exponent form ({@code 1e-12}, {@code 3e300}) when very small or large. */
  static String show(double x) {
    if (x == 0 || !Double.isFinite(x) || (Math.abs(x) >= 1e-4 && Math.abs(x) < 1e9)) {
      return Units.show(x);
    }
    String[] e = String.format(java.util.Locale.ROOT, "%.5e", x).split("e");
    String mantissa = e[0].replaceAll("0+$", "").replaceAll("\\.$", "");
    return mantissa + "e" + Integer.parseInt(e[1]);
  }

  private boolean positive(double x, Param p) {
    return check(x > 0, p, p.label() + " must be > 0, got " + Units.show(x) + "; use a positive value");
  }

  /** Whether {@code x} is >= 0, or may be below 0 (a signed quantity); reports it if not. */
  private boolean nonNegative(double x, Param p) {
    return check(signed || x >= 0, p, p.label() + " must be >= 0, got " + Units.show(x) + "; use a value >= 0");
  }

  private DistSpec empirical(YMap m, Map<String, Param> ps, String path) {
    Param values = ps.get("values");
    Param file = ps.get("file");
    Param column = ps.get("column");
    if ((values == null) == (file == null)) {
      sink.error(values != null ? file.node() : m, values != null ? file.path() : path,
          "empirical needs exactly one of 'values' (a list) or 'file' (a CSV path); "
              + (values == null ? "add one" : "keep one"));
      return null;
    }
    if (values != null) {
      if (column != null) {
        sink.error(column.node(), column.path(), "'column' goes with 'file', not with 'values'; remove it");
        return null;
      }
      if (!(values.node() instanceof YSeq seq) || seq.items().isEmpty()) {
        sink.error(values.node(), values.path(), "expected a non-empty list of durations like [3, 4.5, 6], got "
            + YNode.describe(values.node()));
        return null;
      }
      List<Double> xs = new ArrayList<>();
      boolean ok = true;
      for (int i = 0; i < seq.items().size(); i++) {
        Param item = new Param(seq.items().get(i), Paths.item(values.path(), i), "value");
        Double x = duration(item);
        if (x != null && !signed && !(x >= 0)) {
          sink.error(item.node(), item.path(), "value must be >= 0, got " + Units.show(x) + "; remove it or fix it");
          x = null;
        }
        if (x != null && !inRange(x, item)) {
          x = null;
        }
        ok &= x != null;
        xs.add(x);
      }
      return ok ? new DistSpec.Empirical(xs) : null;
    }
    return csv(file, column);
  }

  private String text(Param p) {
    if (!(p.node() instanceof YScalar s) || s.isNull()) {
      sink.error(p.node(), p.path(), "expected text, got " + YNode.describe(p.node()));
      return null;
    }
    return s.value();
  }

  private DistSpec csv(Param file, Param column) {
    String rel = text(file);
    String col = column == null ? null : text(column);
    if (rel == null || (column != null && col == null)) {
      return null;
    }
    DataFile data = DataFile.read(sink, baseDir, rel, file.node(), file.path(),
        "'" + rel + "' is empty; it needs a header line and one value per row");
    if (data == null) {
      return null;
    }
    List<Double> xs = data.durations(sink, col, column == null ? null : column.node(),
        column == null ? null : column.path(), file.node(), file.path(), unit, signed);
    return xs == null ? null : new DistSpec.Empirical(xs);
  }
}
