package io.leansim.scenario.load;

import io.leansim.scenario.ArrivalPattern;
import io.leansim.scenario.ArrivalStream;
import io.leansim.scenario.CustomerType;
import io.leansim.scenario.Discipline;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.DurationUnit;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.RunSpec;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.ServiceTime;
import io.leansim.scenario.Step;
import io.leansim.scenario.Targets;
import io.leansim.scenario.ValueClass;
import io.leansim.scenario.Workload;
import io.leansim.scenario.load.YNode.YEntry;
import io.leansim.scenario.load.YNode.YMap;
import io.leansim.scenario.load.YNode.YScalar;
import io.leansim.scenario.load.YNode.YSeq;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.BiFunction;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Validates one positioned tree (a baseline, or a baseline with a variant's patch merged in) and
 * builds the {@link Scenario}. Reports every mistake into the sink and keeps going; builds the
 * scenario only when there is none. Also checks the steady-state offered load (a warning).
 */
final class ScenarioReader {
  static final Pattern NAME = Pattern.compile("[a-z0-9_-]+");
  static final String IMPLICIT_TYPE = "customer";
  static final long DEFAULT_SEED = 12345;
  private static final String DEFAULT_KEY = "default";

  private final Sink sink;
  private final Path baseDir;
  private final String defaultName;
  private DurationUnit unit = DurationUnit.MINUTES;
  private long clockStart;
  private DistReader dists;

  ScenarioReader(Sink sink, Path baseDir, String defaultName) {
    this.sink = sink;
    this.baseDir = baseDir;
    this.defaultName = defaultName;
  }

  /** The scenario (without variants), or null when this tree has errors. */
  Scenario read(YNode rootNode) {
    int errorsBefore = sink.errorCount();
    if (!(rootNode instanceof YMap root)) {
      sink.error(rootNode, "", "a scenario file is a map of keys (name:, run:, arrivals:, process: ...), got "
          + YNode.describe(rootNode));
      return null;
    }
    checkKeys(root, "", "");
    YNode n = root.get("time_unit");
    if (n != null) {
      DurationUnit u = choice(n, "time_unit", List.of("s", "min", "h"), DurationUnit::ofSymbol);
      unit = u == null ? DurationUnit.MINUTES : u;
    }
    dists = new DistReader(sink, unit, baseDir);
    n = root.get("clock_start");
    if (n != null) {
      if (n instanceof YScalar s && Units.looksLikeClock(s)) {
        try {
          clockStart = Units.clockSeconds(s.value());
        } catch (Units.Bad e) {
          sink.error(n, "clock_start", e.getMessage());
        }
      } else {
        sink.error(n, "clock_start", "expected a time of day like \"09:00\", got " + YNode.describe(n));
      }
    }
    String name = defaultName;
    n = root.get("name");
    if (n != null) {
      name = text(n, "name");
      if (name != null && !NAME.matcher(name).matches()) {
        sink.error(n, "name", "'" + name + "' is not a valid name: use only a-z, 0-9, '-' and '_' (e.g. '"
            + ScenarioLoader.sanitize(name) + "')");
        name = null;
      }
    }
    String title = root.has("title") ? text(root.get("title"), "title") : name;
    String description = root.has("description") ? text(root.get("description"), "description") : null;
    RunSpec run = run(root);
    Targets targets = targets(root.get("targets"));
    if (run != null && targets != null && run.precision() != null
        && run.precision().metric().equals("service_level") && targets.waitWithin().isEmpty()) {
      YNode metric = ((YMap) ((YMap) root.get("run")).get("precision")).get("metric");
      sink.error(metric, "run.precision.metric", "service_level needs a target: add targets: {wait_within: 10min},"
          + " or choose another metric");
    }
    List<CustomerType> customers = customers(root.get("customers"));
    Map<String, YNode> capacityNodes = new LinkedHashMap<>();
    List<ResourcePool> resources = resources(root.get("resources"), capacityNodes, customers);
    List<ArrivalStream> arrivals = arrivals(root, customers, run);
    List<Step> process = process(root, customers, resources);
    if (sink.errorCount() > errorsBefore || name == null || run == null || customers == null
        || arrivals == null || process == null || resources == null || targets == null) {
      return null;
    }
    Scenario scenario;
    try {
      scenario = new Scenario(name, title, description, unit, Units.clockToUnits(clockStart, unit), run,
          targets, customers, arrivals, resources, process, List.of());
    } catch (IllegalArgumentException e) {
      sink.error(root, "", "inconsistent scenario: " + e.getMessage() + "; please report this with the file");
      return null;
    }
    loadWarnings(scenario, capacityNodes);
    return scenario;
  }

  // ---------------------------------------------------------------- keys

  private void checkKeys(YMap m, String pattern, String path) {
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

  private void missing(YMap m, String path, String key, String pattern) {
    String example = KeyTable.find(Paths.child(pattern, key)).map(KeyTable.Key::example).orElse("...");
    sink.error(m, Paths.child(path, key), "missing required key '" + key + "'; add e.g. " + key + ": " + example);
  }

  // ---------------------------------------------------------------- scalars

  private YScalar scalar(YNode n, String path, String expected) {
    if (n instanceof YScalar s && !s.isNull()) {
      return s;
    }
    sink.error(n, path, "expected " + expected + ", got " + YNode.describe(n));
    return null;
  }

  private String text(YNode n, String path) {
    YScalar s = scalar(n, path, "text");
    return s == null ? null : s.value();
  }

  private <E> E choice(YNode n, String path, List<String> options, java.util.function.Function<String, E> of) {
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

  private Long integer(YNode n, String path, long min) {
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

  private Boolean bool(YNode n, String path) {
    if (n instanceof YScalar s && s.kind() == YNode.Kind.BOOL) {
      return Boolean.parseBoolean(s.value().toLowerCase(Locale.ROOT));
    }
    sink.error(n, path, "expected true or false, got " + YNode.describe(n));
    return null;
  }

  private Double duration(YNode n, String path, boolean allowNegative) {
    return literal(n, path, Units.DURATION_FORMS, s -> Units.duration(s, unit),
        allowNegative ? null : "must be >= 0, got %s; use a duration >= 0");
  }

  private Double rate(YNode n, String path) {
    return literal(n, path, "a rate like 60/h", s -> Units.rate(s, unit),
        "a rate must be >= 0, got %s; use 0 for no arrivals");
  }

  private Double clock(YNode n, String path) {
    return literal(n, path, "a clock time like \"09:30\" or a duration", s -> Units.clock(s, unit, clockStart),
        "must not be before the start, got %s; use a time >= 0");
  }

  /**
   * A scalar read by {@code parse} (whose {@link Units.Bad} message is the diagnostic); a value
   * below 0 is reported with {@code belowZero} (formatted with the text as written) unless that
   * is null.
   */
  private Double literal(YNode n, String path, String expected, java.util.function.ToDoubleFunction<YScalar> parse,
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

  private YMap map(YNode n, String path, String expected) {
    if (n instanceof YMap m) {
      return m;
    }
    sink.error(n, path, "expected " + expected + ", got " + YNode.describe(n));
    return null;
  }

  // ---------------------------------------------------------------- sections

  private RunSpec run(YMap root) {
    YNode n = root.get("run");
    if (n == null) {
      missing(root, "", "run", "");
      return null;
    }
    YMap m = map(n, "run", "a map like {horizon: 8h}");
    if (m == null) {
      return null;
    }
    checkKeys(m, "run", "run");
    Double horizon = null;
    if (!m.has("horizon")) {
      missing(m, "run", "horizon", "run");
    } else {
      horizon = clock(m.get("horizon"), "run.horizon");
      if (horizon != null && !(horizon > 0)) {
        sink.error(m.get("horizon"), "run.horizon", "must be > 0; give the length of the run, e.g. 8h");
        horizon = null;
      }
    }
    Boolean drain = m.has("drain") ? bool(m.get("drain"), "run.drain") : Boolean.TRUE;
    Double warmup = m.has("warmup") ? duration(m.get("warmup"), "run.warmup", false) : Double.valueOf(0);
    if (warmup != null && horizon != null && !(warmup < horizon)) {
      sink.error(m.get("warmup"), "run.warmup", "warmup (" + Units.show(warmup) + ") must be less than horizon ("
          + Units.show(horizon) + "); shorten the warmup or lengthen the run");
      warmup = null;
    }
    Long reps = m.has("replications") ? integer(m.get("replications"), "run.replications", 1)
        : Long.valueOf(RunSpec.DEFAULT_REPLICATIONS);
    if (reps != null && reps > Integer.MAX_VALUE) {
      sink.error(m.get("replications"), "run.replications", "too many replications; use at most " + Integer.MAX_VALUE);
      reps = null;
    }
    Long seed = m.has("seed") ? integer(m.get("seed"), "run.seed", Long.MIN_VALUE) : Long.valueOf(DEFAULT_SEED);
    RunSpec.Precision precision = null;
    boolean precisionOk = true;
    if (m.has("precision")) {
      precision = precision(m.get("precision"), reps);
      precisionOk = precision != null;
    }
    if (horizon == null || drain == null || warmup == null || reps == null || seed == null || !precisionOk) {
      return null;
    }
    return new RunSpec(horizon, drain, warmup, (int) (long) reps, seed, precision);
  }

  /** The overall metrics of results-format.md a precision target may name. */
  static final List<String> METRICS = List.of("arrived", "completed", "abandoned", "balked", "abandon_rate",
      "wait_mean", "wait_p90", "wait_p95", "wait_max", "lead_time_mean", "value_added_mean", "pce",
      "service_level", "throughput_per_hour", "waste_waiting", "waste_motion", "waste_defects",
      "waste_overprocessing", "wip_mean");
  /** max_replications when the file gives none: this, or the replications when more. */
  static final int DEFAULT_MAX_REPLICATIONS = 400;

  private RunSpec.Precision precision(YNode n, Long reps) {
    String p = "run.precision";
    YMap m = map(n, p, "a map like {metric: wait_mean, relative: 0.05, max_replications: 400}");
    if (m == null) {
      return null;
    }
    checkKeys(m, p, p);
    String metric = null;
    if (!m.has("metric")) {
      missing(m, p, "metric", p);
    } else {
      YScalar s = scalar(m.get("metric"), p + ".metric", "a metric name like wait_mean");
      if (s != null && !METRICS.contains(s.value())) {
        String hint = Hints.didYouMean(s.value(), METRICS);
        sink.error(s, p + ".metric", "unknown metric '" + s.value() + "'" + (hint.isEmpty()
            ? "; use an overall metric: " + String.join(", ", METRICS) : hint));
      } else if (s != null) {
        metric = s.value();
      }
    }
    Double relative = null;
    if (!m.has("relative")) {
      missing(m, p, "relative", p);
    } else {
      relative = number(m.get("relative"), p + ".relative");
      if (relative != null && !(relative > 0)) {
        sink.error(m.get("relative"), p + ".relative", "must be > 0, got " + Units.show(relative)
            + "; give the target half-width relative to the mean, e.g. 0.05");
        relative = null;
      }
    }
    Long max = reps == null ? null : Math.max(DEFAULT_MAX_REPLICATIONS, reps);
    if (m.has("max_replications")) {
      max = integer(m.get("max_replications"), p + ".max_replications", 2);
      if (max != null && reps != null && max < reps) {
        sink.error(m.get("max_replications"), p + ".max_replications", "must be >= run.replications (" + reps
            + "), got " + max + "; raise it or lower replications");
        max = null;
      } else if (max != null && max > Integer.MAX_VALUE) {
        sink.error(m.get("max_replications"), p + ".max_replications", "too many replications; use at most "
            + Integer.MAX_VALUE);
        max = null;
      }
    }
    if (metric == null || relative == null || max == null || max > Integer.MAX_VALUE) {
      return null;
    }
    return new RunSpec.Precision(metric, relative, (int) (long) max);
  }

  /** A plain number (no unit). */
  private Double number(YNode n, String path) {
    return plainNumber(n, path, "a number");
  }

  /** A scalar that is a plain number, or null after reporting that it should be {@code expected}. */
  private Double plainNumber(YNode n, String path, String expected) {
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
  private Double probability(YNode n, String path, String whyNotOne) {
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

  private Targets targets(YNode n) {
    if (n == null) {
      return Targets.NONE;
    }
    YMap m = map(n, "targets", "a map like {wait_within: 10min}");
    if (m == null) {
      return null;
    }
    checkKeys(m, "targets", "targets");
    if (!m.has("wait_within")) {
      return Targets.NONE;
    }
    Double w = duration(m.get("wait_within"), "targets.wait_within", false);
    return w == null ? null : new Targets(OptionalDouble.of(w));
  }

  private List<CustomerType> customers(YNode n) {
    if (n == null) {
      return List.of(CustomerType.of(IMPLICIT_TYPE));
    }
    YMap m = map(n, "customers", "a map of customer types like {bill_payment: {}}");
    if (m == null) {
      return null;
    }
    if (m.entries().isEmpty()) {
      sink.error(m, "customers", "needs at least one customer type; add one, or remove 'customers' for a single type");
      return null;
    }
    List<CustomerType> out = new ArrayList<>();
    boolean ok = true;
    for (YEntry e : m.entries()) {
      String p = Paths.child("customers", e.name());
      if (e.name().equals(DEFAULT_KEY)) {
        sink.error(e.key(), p, "'default' is reserved (per-type times use it); choose another type name");
        ok = false;
        continue;
      }
      if (e.value() instanceof YScalar s && s.isNull()) {
        out.add(CustomerType.of(e.name()));
        continue;
      }
      YMap t = map(e.value(), p, "a map like {priority: 1} or {}");
      if (t == null) {
        ok = false;
        continue;
      }
      checkKeys(t, "customers.*", p);
      int priority = CustomerType.NO_PRIORITY;
      if (t.has("priority")) {
        Long prio = integer(t.get("priority"), Paths.child(p, "priority"), 1);
        if (prio == null || prio >= CustomerType.NO_PRIORITY) {
          ok = false;
        } else {
          priority = (int) (long) prio;
        }
      }
      DistSpec patience = null;
      if (t.has("patience")) {
        patience = dists.read(t.get("patience"), Paths.child(p, "patience"));
        ok &= patience != null;
      }
      if (ok) {
        out.add(new CustomerType(e.name(), priority, patience));
      }
    }
    return ok ? out : null;
  }

  private List<ResourcePool> resources(YNode n, Map<String, YNode> capacityNodes, List<CustomerType> customers) {
    if (n == null) {
      return List.of();
    }
    YMap m = map(n, "resources", "a map of pools like {counter: {capacity: 4}}");
    if (m == null) {
      return null;
    }
    List<ResourcePool> out = new ArrayList<>();
    boolean ok = true;
    for (YEntry e : m.entries()) {
      String p = Paths.child("resources", e.name());
      YMap r = map(e.value(), p, "a map like {capacity: 4}");
      if (r == null) {
        ok = false;
        continue;
      }
      checkKeys(r, "resources.*", p);
      ResourcePool pool = pool(e.name(), r, p, customers);
      if (pool == null) {
        ok = false;
        continue;
      }
      capacityNodes.put(e.name(), r.has("shifts") ? r.get("shifts") : r.get("capacity"));
      out.add(pool);
    }
    return ok ? out : null;
  }

  private ResourcePool pool(String name, YMap r, String p, List<CustomerType> customers) {
    boolean ok = true;
    int capacity = 0;
    List<ResourcePool.Shift> shifts = List.of();
    if (r.has("capacity") && r.has("shifts")) {
      sink.error(r.entry("shifts").orElseThrow().key(), Paths.child(p, "shifts"),
          "a pool has exactly one of 'capacity' (fixed staff) or 'shifts' (staff by time of day); remove one");
      ok = false;
    } else if (r.has("capacity")) {
      Long cap = integer(r.get("capacity"), Paths.child(p, "capacity"), 0);
      if (cap != null && cap > Integer.MAX_VALUE) {
        sink.error(r.get("capacity"), Paths.child(p, "capacity"), "too many servers; use at most "
            + Integer.MAX_VALUE);
        cap = null;
      }
      ok &= cap != null;
      capacity = cap == null ? 0 : (int) (long) cap;
    } else if (r.has("shifts")) {
      shifts = shifts(r.get("shifts"), Paths.child(p, "shifts"));
      ok &= shifts != null;
      capacity = shifts == null ? 0 : shifts.stream().mapToInt(ResourcePool.Shift::staff).max().orElse(0);
    } else {
      sink.error(r, Paths.child(p, "capacity"), "missing required key 'capacity'; add e.g. capacity: 4, or "
          + "shifts: [{from: \"09:00\", staff: 3}]");
      ok = false;
    }
    List<String> serves = List.of();
    if (r.has("serves")) {
      YNode sv = r.get("serves");
      String sp = Paths.child(p, "serves");
      if (!(sv instanceof YSeq seq) || seq.items().isEmpty()) {
        sink.error(sv, sp, "expected a non-empty list of customer types like [bill_payment], got "
            + (sv instanceof YSeq ? "an empty list" : YNode.describe(sv)) + "; remove 'serves' to serve every type");
        ok = false;
      } else {
        serves = typeList(seq, sp, customers);
        ok &= serves != null;
      }
    }
    OptionalDouble cost = OptionalDouble.empty();
    if (r.has("cost_per_hour")) {
      Double c = number(r.get("cost_per_hour"), Paths.child(p, "cost_per_hour"));
      if (c != null && !(c >= 0)) {
        sink.error(r.get("cost_per_hour"), Paths.child(p, "cost_per_hour"), "must be >= 0, got " + Units.show(c)
            + "; give the cost of one server on duty for one hour");
        c = null;
      }
      ok &= c != null;
      cost = c == null ? cost : OptionalDouble.of(c);
    }
    ResourcePool.Outages outages = null;
    if (r.has("outages")) {
      outages = outages(r.get("outages"), Paths.child(p, "outages"));
      ok &= outages != null;
    }
    return ok ? new ResourcePool(name, capacity, shifts, serves, cost, outages) : null;
  }

  private List<ResourcePool.Shift> shifts(YNode n, String path) {
    return timeline(n, path, "resources.*.shifts[]", "staff", "shift", "{from: \"09:00\", staff: 3}",
        (v, vp) -> {
          Long staff = integer(v, vp, 0);
          if (staff != null && staff > Integer.MAX_VALUE) {
            sink.error(v, vp, "too many servers; use at most " + Integer.MAX_VALUE);
            return null;
          }
          return staff == null ? null : (int) (long) staff;
        },
        ResourcePool.Shift::new);
  }

  /**
   * A non-empty list of {@code {from: CLOCK, KEY: value}} in strictly increasing time order (a
   * schedule's periods, a pool's shifts); every item is checked, and null is returned when any
   * is wrong.
   */
  private <V, T> List<T> timeline(YNode n, String path, String pattern, String key, String noun, String example,
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

  private ResourcePool.Outages outages(YNode n, String path) {
    YMap m = map(n, path, "a map like {every: exp(240), duration: exp(15)}");
    if (m == null) {
      return null;
    }
    checkKeys(m, "resources.*.outages", path);
    DistSpec every = null;
    DistSpec duration = null;
    boolean ok = true;
    if (m.has("every")) {
      every = dists.read(m.get("every"), Paths.child(path, "every"));
      ok &= every != null;
    } else {
      missing(m, path, "every", "resources.*.outages");
      ok = false;
    }
    if (m.has("duration")) {
      duration = dists.read(m.get("duration"), Paths.child(path, "duration"));
      ok &= duration != null;
    } else {
      missing(m, path, "duration", "resources.*.outages");
      ok = false;
    }
    if (ok && !(every.mean() > 0)) {
      sink.error(m.get("every"), Paths.child(path, "every"), "the time between outages must have a mean > 0, "
          + "else the pool is always down; give e.g. exp(240)");
      ok = false;
    }
    return ok ? new ResourcePool.Outages(every, duration) : null;
  }

  /** Known customer types of a non-empty list, without repeats; null after an error. */
  private List<String> typeList(YSeq seq, String path, List<CustomerType> customers) {
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

  private static List<String> names(List<CustomerType> types) {
    return types == null ? List.of() : types.stream().map(CustomerType::name).toList();
  }

  private void unknownType(YNode at, String path, String type, List<String> known) {
    String hint = Hints.didYouMean(type, known);
    sink.error(at, path, "unknown customer type '" + type + "'" + (hint.isEmpty()
        ? "; known types: " + String.join(", ", known) : hint));
  }

  /**
   * The required top-level section {@code key}: a non-empty map, or null after reporting that it
   * is missing, not {@code expected}, or empty ({@code emptyMessage}).
   */
  private YMap requiredSection(YMap root, String key, String expected, String emptyMessage) {
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

  private List<ArrivalStream> arrivals(YMap root, List<CustomerType> customers, RunSpec run) {
    YMap m = requiredSection(root, "arrivals", "a map of arrival streams like {walk_in: {rate: 60/h}}",
        "needs at least one arrival stream; add e.g. walk_in: {rate: 60/h}");
    if (m == null) {
      return null;
    }
    List<ArrivalStream> out = new ArrayList<>();
    boolean ok = true;
    for (YEntry e : m.entries()) {
      ArrivalStream a = stream(e, customers, run);
      ok &= a != null;
      out.add(a);
    }
    return ok ? out : null;
  }

  private static final List<String> PATTERN_KEYS = List.of("rate", "schedule", "every", "trace");
  private static final List<String> APPOINTMENT_KEYS = List.of("start", "jitter", "no_show");

  private ArrivalStream stream(YEntry e, List<CustomerType> customers, RunSpec run) {
    String p = Paths.child("arrivals", e.name());
    YMap s = map(e.value(), p, "a map like {rate: 60/h}");
    if (s == null) {
      return null;
    }
    checkKeys(s, "arrivals.*", p);
    List<YEntry> given = s.entries().stream().filter(x -> PATTERN_KEYS.contains(x.name())).toList();
    ArrivalPattern pattern = null;
    boolean ok = true;
    if (given.isEmpty()) {
      sink.error(s, p, "missing 'rate', 'schedule', 'every' or 'trace'; add e.g. rate: 60/h");
      ok = false;
    } else if (given.size() > 1) {
      for (YEntry extra : given.subList(1, given.size())) {
        sink.error(extra.key(), Paths.child(p, extra.name()), "a stream has exactly one of 'rate', 'schedule', "
            + "'every' or 'trace'; keep '" + given.get(0).name() + "' and remove '" + extra.name()
            + "', or make it a stream of its own");
      }
      ok = false;
    }
    String kind = given.size() == 1 ? given.get(0).name() : null;
    if (!"every".equals(kind)) {
      for (YEntry x : s.entries()) {
        if (APPOINTMENT_KEYS.contains(x.name())) {
          sink.error(x.key(), Paths.child(p, x.name()), "'" + x.name() + "' goes with 'every' (appointments)"
              + (kind == null ? "" : ", not with '" + kind + "'") + "; remove it");
          ok = false;
        }
      }
    }
    if ("rate".equals(kind)) {
      Double r = rate(s.get("rate"), Paths.child(p, "rate"));
      pattern = r == null ? null : new ArrivalPattern.PoissonRate(r);
    } else if ("schedule".equals(kind)) {
      pattern = schedule(s.get("schedule"), Paths.child(p, "schedule"));
    } else if ("every".equals(kind)) {
      pattern = appointments(s, p);
    } else if ("trace".equals(kind)) {
      pattern = replay(s.get("trace"), Paths.child(p, "trace"), customers, run);
    }
    DistSpec batch = null;
    if (s.has("batch")) {
      batch = dists.read(s.get("batch"), Paths.child(p, "batch"));
      ok &= batch != null;
    }
    Map<String, Double> mix;
    if ("trace".equals(kind)) {
      mix = Map.of();
      if (s.has("mix")) {
        sink.error(s.entry("mix").orElseThrow().key(), Paths.child(p, "mix"), "'mix' does not go with 'trace': "
            + "each row of the trace names its customer type; remove 'mix'");
        ok = false;
      }
    } else {
      mix = mix(s, p, customers);
    }
    if (!ok || pattern == null || mix == null) {
      return null;
    }
    return new ArrivalStream(e.name(), pattern, mix, batch);
  }

  private ArrivalPattern appointments(YMap s, String p) {
    boolean ok = true;
    Double every = duration(s.get("every"), Paths.child(p, "every"), false);
    if (every != null && !(every > 0)) {
      sink.error(s.get("every"), Paths.child(p, "every"), "must be > 0, got " + Units.show(every)
          + "; give the time between appointments, e.g. 15min");
      every = null;
    }
    ok &= every != null;
    double start = 0;
    if (s.has("start")) {
      Double st = clock(s.get("start"), Paths.child(p, "start"));
      ok &= st != null;
      start = st == null ? 0 : st;
    }
    DistSpec jitter = null;
    if (s.has("jitter")) {
      jitter = dists.read(s.get("jitter"), Paths.child(p, "jitter"));
      ok &= jitter != null;
    }
    double noShow = 0;
    if (s.has("no_show")) {
      Double x = probability(s.get("no_show"), Paths.child(p, "no_show"),
          "with no_show 1 nobody comes; remove the stream instead");
      ok &= x != null;
      noShow = x == null ? 0 : x;
    }
    return ok ? new ArrivalPattern.Appointments(every, start, jitter, noShow) : null;
  }

  private ArrivalPattern replay(YNode n, String path, List<CustomerType> customers, RunSpec run) {
    YScalar fs = scalar(n, path, "a CSV path like data/arrivals.csv");
    if (fs == null) {
      return null;
    }
    String rel = fs.value();
    String label = Path.of(sink.file()).resolveSibling(rel).normalize().toString();
    List<String> lines;
    try {
      lines = java.nio.file.Files.readAllLines(baseDir.resolve(rel), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException | RuntimeException e) {
      sink.error(n, path, "cannot read '" + rel + "' (" + e.getClass().getSimpleName()
          + "); give a CSV path relative to the scenario file");
      return null;
    }
    int headerLine = 0;
    while (headerLine < lines.size() && lines.get(headerLine).isBlank()) {
      headerLine++;
    }
    if (headerLine == lines.size()) {
      sink.error(n, path, "'" + rel + "' is empty; it needs a header line 'time,type' and one arrival per row");
      return null;
    }
    List<DistReader.Cell> header = DistReader.cells(lines.get(headerLine));
    List<String> names = header.stream().map(DistReader.Cell::text).toList();
    int timeCol = names.indexOf("time");
    int typeCol = names.indexOf("type");
    boolean ok = true;
    List<String> absent = List.of("time", "type").stream().filter(c -> !names.contains(c)).toList();
    if (!absent.isEmpty()) {
      List<String> hints = new ArrayList<>();
      for (String col : absent) {
        Hints.closest(col, names).ifPresent(h -> hints.add("'" + h + "' for '" + col + "'"));
      }
      sink.error(n, path, "'" + rel + "' has no column" + (absent.size() > 1 ? "s " : " ") + String.join(" and ", absent.stream()
          .map(c -> "'" + c + "'").toList()) + "; its first line must be a header naming the columns time and"
          + " type (got: " + String.join(", ", names) + ")"
          + (hints.isEmpty() ? "" : "; did you mean " + String.join(", ", hints) + "?"));
      return null;
    }
    List<String> known = names(customers);
    List<ArrivalPattern.RecordedArrival> out = new ArrayList<>();
    double previous = 0;
    String previousText = null;
    for (int i = headerLine + 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      List<DistReader.Cell> row = DistReader.cells(lines.get(i));
      int line = i + 1;
      Double time = null;
      if (row.size() <= timeCol) {
        sink.errorIn(label, line, 1, path, "row has " + row.size() + " cells, no 'time' (cell " + (timeCol + 1)
            + "); fill it in or remove the row");
      } else {
        DistReader.Cell c = row.get(timeCol);
        try {
          if (c.text().isEmpty()) {
            throw new Units.Bad("empty 'time' cell");
          }
          time = Units.clock(new YScalar(c.text(), YNode.Kind.STR, line, c.col()), unit, clockStart);
          if (time < 0) {
            throw new Units.Bad("time must not be before the start, got " + c.text());
          }
          if (run != null && !(time < run.horizon())) {
            throw new Units.Bad("time " + c.text() + " is not before the horizon (run time "
                + Units.show(run.horizon()) + "); remove the row or lengthen run.horizon");
          }
          if (previousText != null && time < previous) {
            throw new Units.Bad("time " + c.text() + " is before the previous row's " + previousText
                + "; sort the rows by time");
          }
          previous = time;
          previousText = c.text();
        } catch (Units.Bad e) {
          String msg = e.getMessage();
          sink.errorIn(label, line, c.col(), path, msg + (msg.contains("; ") ? "" : "; fix the row or remove it"));
          time = null;
        }
      }
      String type = null;
      if (row.size() <= typeCol) {
        sink.errorIn(label, line, 1, path, "row has " + row.size() + " cells, no 'type' (cell " + (typeCol + 1)
            + "); fill it in or remove the row");
      } else {
        DistReader.Cell c = row.get(typeCol);
        if (c.text().isEmpty()) {
          sink.errorIn(label, line, c.col(), path, "empty 'type' cell; name a customer type or remove the row");
        } else if (customers != null && !known.contains(c.text())) {
          String hint = Hints.didYouMean(c.text(), known);
          sink.errorIn(label, line, c.col(), path, "unknown customer type '" + c.text() + "'" + (hint.isEmpty()
              ? "; use one of " + String.join(", ", known) + " or remove the row" : hint));
        } else {
          type = c.text();
        }
      }
      if (time == null || type == null) {
        ok = false;
        continue;
      }
      out.add(new ArrivalPattern.RecordedArrival(time, type));
    }
    if (ok && out.isEmpty()) {
      sink.error(n, path, "'" + rel + "' has no arrivals; add one row per arrival (time,type)");
      return null;
    }
    return ok && customers != null ? new ArrivalPattern.Replay(rel, out) : null;
  }

  private ArrivalPattern schedule(YNode n, String path) {
    List<ArrivalPattern.RatePeriod> periods = timeline(n, path, "arrivals.*.schedule[]", "rate", "period",
        "{from: \"09:00\", rate: 40/h}", this::rate, ArrivalPattern.RatePeriod::new);
    return periods == null ? null : new ArrivalPattern.PoissonSchedule(periods);
  }

  private Map<String, Double> mix(YMap s, String p, List<CustomerType> customers) {
    List<String> known = names(customers);
    String mp = Paths.child(p, "mix");
    if (!s.has("mix")) {
      if (customers == null) {
        return null;
      }
      if (known.size() == 1) {
        return Map.of(known.get(0), 1.0);
      }
      sink.error(s, mp, "missing required key 'mix' (there are " + known.size()
          + " customer types); add e.g. mix: {" + known.get(0) + ": 0.5, " + known.get(1) + ": 0.5}");
      return null;
    }
    YMap m = map(s.get("mix"), mp, "a map of type probabilities like {bill_payment: 0.6, new_contract: 0.4}");
    if (m == null) {
      return null;
    }
    if (m.entries().isEmpty()) {
      sink.error(m, mp, "needs at least one type with its probability; add e.g. " + known.get(0) + ": 1");
      return null;
    }
    Map<String, Double> mix = new LinkedHashMap<>();
    boolean ok = true;
    for (YEntry e : m.entries()) {
      String tp = Paths.child(mp, e.name());
      if (customers != null && !known.contains(e.name())) {
        unknownType(e.key(), tp, e.name(), known);
        ok = false;
      }
      YScalar v = scalar(e.value(), tp, "a probability between 0 and 1");
      Double x = null;
      if (v != null) {
        try {
          x = Units.number(v);
        } catch (Units.Bad ex) {
          x = null;
        }
        if (x == null) {
          sink.error(v, tp, "expected a probability between 0 and 1, got '" + v.value() + "'");
        } else if (!(x >= 0 && x <= 1)) {
          sink.error(v, tp, "a probability must be between 0 and 1, got " + v.value().trim() + "; fix it");
          x = null;
        }
      }
      ok &= x != null;
      mix.put(e.name(), x);
    }
    if (!ok || customers == null) {
      return null;
    }
    double sum = mix.values().stream().mapToDouble(Double::doubleValue).sum();
    if (Math.abs(sum - 1) > 1e-6) {
      sink.error(m, mp, "probabilities sum to " + Units.show(sum) + ", not 1; adjust them so they add up to 1");
      return null;
    }
    return mix;
  }

  private List<Step> process(YMap root, List<CustomerType> customers, List<ResourcePool> resources) {
    YMap m = requiredSection(root, "process", "an ordered map of steps like {serve: {resource: counter, time: exp(4)}}",
        "needs at least one step; add e.g. serve: {resource: counter, time: exp(4)}");
    if (m == null) {
      return null;
    }
    Map<String, Boolean> queued = new LinkedHashMap<>();
    for (YEntry e : m.entries()) {
      queued.put(e.name(), e.value() instanceof YMap sm && sm.has("resource"));
    }
    List<Step> out = new ArrayList<>();
    boolean ok = true;
    for (YEntry e : m.entries()) {
      Step s = step(e, customers, resources, queued);
      ok &= s != null;
      out.add(s);
    }
    return ok ? out : null;
  }

  /**
   * One step. {@code queued}: every step name, in order, to whether it has a resource (a queue);
   * rework and routing targets are checked against it.
   */
  private Step step(YEntry e, List<CustomerType> customers, List<ResourcePool> resources,
      Map<String, Boolean> queued) {
    String p = Paths.child("process", e.name());
    YMap s = map(e.value(), p, "a map like {resource: counter, time: exp(4)}");
    if (s == null) {
      return null;
    }
    checkKeys(s, "process.*", p);
    boolean ok = true;
    List<String> pools = List.of();
    boolean hasQueue = s.has("resource");
    if (hasQueue) {
      pools = resources(s.get("resource"), Paths.child(p, "resource"), resources);
      ok &= pools != null;
    }
    List<String> known = names(customers);
    List<String> forTypes = List.of();
    if (s.has("for")) {
      forTypes = forTypes(s.get("for"), Paths.child(p, "for"), customers);
      ok &= forTypes != null;
    }
    ValueClass value = ValueClass.NECESSARY;
    if (s.has("value")) {
      value = choice(s.get("value"), Paths.child(p, "value"), List.of("value_added", "necessary", "waste"),
          ValueClass::ofKey);
      ok &= value != null;
    }
    Discipline discipline = Discipline.FIFO;
    if (s.has("discipline")) {
      discipline = choice(s.get("discipline"), Paths.child(p, "discipline"), Discipline.keys(),
          Discipline::ofKey);
      ok &= discipline != null;
    }
    ServiceTime time = null;
    if (!s.has("time")) {
      missing(s, p, "time", "process.*");
      ok = false;
    } else {
      List<String> walkers = forTypes == null ? null : forTypes.isEmpty() ? known : forTypes;
      time = time(s.get("time"), Paths.child(p, "time"), customers == null ? null : known, walkers);
      ok &= time != null;
    }
    if (pools != null && !pools.isEmpty() && forTypes != null && customers != null && resources != null) {
      ok &= everyWalkerIsServed(s.get("resource"), Paths.child(p, "resource"), pools,
          forTypes.isEmpty() ? known : forTypes, resources);
    }
    OptionalDouble maxWait = OptionalDouble.empty();
    if (s.has("max_wait")) {
      String mp = Paths.child(p, "max_wait");
      Double w = duration(s.get("max_wait"), mp, false);
      if (w != null && !(w > 0)) {
        sink.error(s.get("max_wait"), mp, "must be > 0, got " + Units.show(w) + "; give e.g. 20min");
        w = null;
      } else if (w != null && discipline == Discipline.FIFO) {
        sink.error(s.entry("max_wait").orElseThrow().key(), mp, "max_wait only applies with 'discipline: priority'"
            + " or 'preemptive' (fifo already calls the longest waiting first); set the discipline or remove"
            + " max_wait");
        w = null;
      }
      ok &= w != null;
      maxWait = w == null ? maxWait : OptionalDouble.of(w);
    }
    DistSpec walk = null;
    if (s.has("walk")) {
      walk = dists.read(s.get("walk"), Paths.child(p, "walk"));
      ok &= walk != null;
    }
    OptionalInt queueLimit = OptionalInt.empty();
    if (s.has("queue_limit")) {
      String qp = Paths.child(p, "queue_limit");
      if (!hasQueue) {
        sink.error(s.entry("queue_limit").orElseThrow().key(), qp, noQueue("queue_limit"));
        ok = false;
      } else {
        Long q = integer(s.get("queue_limit"), qp, 0);
        if (q != null && q > Integer.MAX_VALUE) {
          sink.error(s.get("queue_limit"), qp, "too large; use at most " + Integer.MAX_VALUE
              + ", or remove queue_limit for no limit");
          q = null;
        }
        ok &= q != null;
        queueLimit = q == null ? queueLimit : OptionalInt.of((int) (long) q);
      }
    }
    DistSpec patience = null;
    if (s.has("patience")) {
      if (!hasQueue) {
        sink.error(s.entry("patience").orElseThrow().key(), Paths.child(p, "patience"), noQueue("patience"));
        ok = false;
      } else {
        patience = dists.read(s.get("patience"), Paths.child(p, "patience"));
        ok &= patience != null;
      }
    }
    Step.Rework rework = null;
    if (s.has("rework")) {
      rework = rework(s.get("rework"), Paths.child(p, "rework"), e.name(), queued);
      ok &= rework != null;
    }
    Map<String, Double> next = Map.of();
    if (s.has("next")) {
      next = next(s.get("next"), Paths.child(p, "next"), queued);
      ok &= next != null;
    }
    return ok ? new Step(e.name(), pools, time, value, forTypes, discipline, maxWait, walk, queueLimit, patience,
        rework, next) : null;
  }

  private static String noQueue(String key) {
    return "'" + key + "' needs a queue, but this step has no 'resource' (a pure delay); add a resource or"
        + " remove '" + key + "'";
  }

  /** Every type that walks the step has a pool of the step that serves it; else customers wait forever. */
  private boolean everyWalkerIsServed(YNode at, String path, List<String> pools, List<String> walkers,
      List<ResourcePool> resources) {
    boolean ok = true;
    for (String type : walkers) {
      boolean served = pools.stream().anyMatch(name -> resources.stream()
          .anyMatch(r -> r.name().equals(name) && r.serves(type)));
      if (!served) {
        List<String> quoted = pools.stream().map(x -> "'" + x + "'").toList();
        sink.error(at, path, "no pool of this step serves type '" + type + "', which walks it (its customers"
            + " would wait forever); add " + type + " to the 'serves' of " + String.join(" or ", quoted)
            + ", or leave it out with 'for'");
        ok = false;
      }
    }
    return ok;
  }

  private Step.Rework rework(YNode n, String path, String step, Map<String, Boolean> queued) {
    YMap m = map(n, path, "a map like {probability: 0.08, to: serve, time: exp(2)}");
    if (m == null) {
      return null;
    }
    checkKeys(m, "process.*.rework", path);
    boolean ok = true;
    Double probability = null;
    if (!m.has("probability")) {
      missing(m, path, "probability", "process.*.rework");
      ok = false;
    } else {
      probability = probability(m.get("probability"), Paths.child(path, "probability"),
          "with probability 1 the work is always found wrong and the customer loops forever; use e.g. 0.08");
      ok &= probability != null;
    }
    String to = step;
    if (m.has("to")) {
      String tp = Paths.child(path, "to");
      YScalar t = scalar(m.get("to"), tp, "a step name");
      if (t == null) {
        ok = false;
      } else if (!queued.containsKey(t.value())) {
        unknownStep(t, tp, t.value(), List.copyOf(queued.keySet()));
        ok = false;
      } else if (!queued.get(t.value())) {
        sink.error(t, tp, "step '" + t.value() + "' has no resource, so there is no queue to go back to; send"
            + " rework to a step with a resource");
        ok = false;
      } else {
        to = t.value();
      }
    } else if (!queued.get(step)) {
      sink.error(m, Paths.child(path, "to"), "rework goes back to this step by default, but it has no resource"
          + " (no queue to go back to); add 'to:' naming a step with a resource, or give this step one");
      ok = false;
    }
    DistSpec time = null;
    if (m.has("time")) {
      time = dists.read(m.get("time"), Paths.child(path, "time"));
      ok &= time != null;
    }
    return ok ? new Step.Rework(probability, to, time) : null;
  }

  private Map<String, Double> next(YNode n, String path, Map<String, Boolean> queued) {
    YMap m = map(n, path, "a map of step (or exit) to probability like {back_office: 0.3, exit: 0.7}");
    if (m == null) {
      return null;
    }
    if (m.entries().isEmpty()) {
      sink.error(m, path, "needs at least one target with its probability; add e.g. exit: 1, or remove 'next'");
      return null;
    }
    List<String> targets = new ArrayList<>(queued.keySet());
    targets.add(Step.EXIT);
    Map<String, Double> out = new LinkedHashMap<>();
    boolean ok = true;
    for (YEntry e : m.entries()) {
      String tp = Paths.child(path, e.name());
      if (!targets.contains(e.name())) {
        unknownStep(e.key(), tp, e.name(), targets);
        ok = false;
      }
      Double x = probability(e.value(), tp, null);
      ok &= x != null;
      out.put(e.name(), x);
    }
    if (!ok) {
      return null;
    }
    double sum = out.values().stream().mapToDouble(Double::doubleValue).sum();
    if (Math.abs(sum - 1) > 1e-6) {
      sink.error(m, path, "probabilities sum to " + Units.show(sum) + ", not 1; adjust them so they add up to 1"
          + " (use 'exit' for customers who leave)");
      return null;
    }
    return out;
  }

  private void unknownStep(YNode at, String path, String name, List<String> known) {
    String hint = Hints.didYouMean(name, known);
    sink.error(at, path, "unknown step '" + name + "'" + (hint.isEmpty()
        ? "; known steps: " + String.join(", ", known) : hint));
  }

  /** One pool or a list of pools in preference order; null after an error. */
  private List<String> resources(YNode n, String path, List<ResourcePool> resources) {
    List<YNode> items;
    List<String> itemPaths = new ArrayList<>();
    if (n instanceof YSeq seq) {
      if (seq.items().isEmpty()) {
        sink.error(n, path, "expected a pool name or a list of pools, got an empty list; name a pool or remove"
            + " 'resource' for a pure delay");
        return null;
      }
      items = seq.items();
      for (int i = 0; i < items.size(); i++) {
        itemPaths.add(Paths.item(path, i));
      }
    } else {
      items = List.of(n);
      itemPaths.add(path);
    }
    List<String> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < items.size(); i++) {
      String pool = resource(items.get(i), itemPaths.get(i), resources);
      if (pool != null && out.contains(pool)) {
        sink.error(items.get(i), itemPaths.get(i), "pool '" + pool + "' is listed twice; list each pool once,"
            + " in preference order");
        pool = null;
      }
      ok &= pool != null;
      out.add(pool);
    }
    return ok && resources != null ? out : null;
  }

  private String resource(YNode one, String path, List<ResourcePool> resources) {
    YScalar s = scalar(one, path, "a pool name");
    if (s == null || resources == null) {
      return null;
    }
    List<String> pools = resources.stream().map(ResourcePool::name).toList();
    if (!pools.contains(s.value())) {
      String hint = Hints.didYouMean(s.value(), pools);
      sink.error(one, path, "unknown resource '" + s.value() + "'" + (!hint.isEmpty() ? hint : pools.isEmpty()
          ? "; define it under 'resources', or remove 'resource' for a pure delay"
          : "; known resources: " + String.join(", ", pools)));
      return null;
    }
    return s.value();
  }

  private List<String> forTypes(YNode n, String path, List<CustomerType> customers) {
    if (!(n instanceof YSeq seq) || seq.items().isEmpty()) {
      sink.error(n, path, "expected a non-empty list of customer types like [new_contract], got "
          + YNode.describe(n) + "; remove 'for' for every type");
      return null;
    }
    return typeList(seq, path, customers);
  }

  private ServiceTime time(YNode n, String path, List<String> known, List<String> walkers) {
    if (!(n instanceof YMap m) || DistReader.isMapForm(n)) {
      DistSpec d = dists.read(n, path);
      return d == null ? null : ServiceTime.of(d);
    }
    if (m.entries().isEmpty()) {
      sink.error(n, path, "expected a distribution, or a map of type to distribution with 'default', got an empty map");
      return null;
    }
    DistSpec fallback = null;
    Map<String, DistSpec> byType = new LinkedHashMap<>();
    boolean ok = true;
    for (YEntry e : m.entries()) {
      String tp = Paths.child(path, e.name());
      if (!e.name().equals(DEFAULT_KEY) && known != null && !known.contains(e.name())) {
        List<String> options = new ArrayList<>(known);
        options.add(DEFAULT_KEY);
        String hint = Hints.didYouMean(e.name(), options);
        sink.error(e.key(), tp, "unknown customer type '" + e.name() + "'" + (hint.isEmpty()
            ? "; use a type (" + String.join(", ", known) + ") or 'default'" : hint));
        ok = false;
        continue;
      }
      DistSpec d = dists.read(e.value(), tp);
      if (d == null) {
        ok = false;
      } else if (e.name().equals(DEFAULT_KEY)) {
        fallback = d;
      } else {
        byType.put(e.name(), d);
      }
    }
    if (walkers != null) {
      List<String> uncovered = new ArrayList<>();
      for (String t : walkers) {
        if (!m.has(t) && !m.has(DEFAULT_KEY)) {
          uncovered.add("'" + t + "'");
        }
      }
      if (!uncovered.isEmpty()) {
        sink.error(n, path, "no time for type " + String.join(", ", uncovered)
            + "; add " + (uncovered.size() == 1 ? "it" : "them") + " or a 'default:' entry");
        ok = false;
      }
    }
    return ok && walkers != null ? new ServiceTime(fallback, byType) : null;
  }

  // ---------------------------------------------------------------- load warning

  /**
   * Offered load in a steady-state run (warmup > 0), over the window [warmup, horizon].
   *
   * <p>Pools that share a step (a step with a list of pools) are pooled: they form a group (the
   * connected components of "appear in the same step"), and the group's offered work (mean busy
   * servers: the sum over its steps of {@link Workload#stepWork}) is compared with its servers
   * available (the sum over its pools of {@link Workload#availableServers}). A group at or above 1 is reported on
   * its first pool in file order, at {@code capacity} or {@code shifts}. For a pool that shares no
   * step with another this is the plain offered load of that pool.
   */
  private void loadWarnings(Scenario s, Map<String, YNode> capacityNodes) {
    RunSpec run = s.run();
    if (!(run.warmup() > 0)) {
      return;
    }
    List<List<String>> groups = poolGroups(s);
    for (List<String> group : groups) {
      double busy = 0;
      for (Step st : s.process()) {
        if (!st.resources().isEmpty() && group.contains(st.resources().get(0))) {
          busy += Workload.stepWork(s, st, run.warmup(), run.horizon());
        }
      }
      double available = 0;
      boolean whole = true;
      for (String name : group) {
        ResourcePool pool = s.resource(name).orElseThrow();
        available += Workload.availableServers(pool, run.warmup(), run.horizon());
        whole &= pool.shifts().isEmpty() && pool.outages() == null;
      }
      String first = group.get(0);
      YNode at = capacityNodes.get(first);
      ResourcePool firstPool = s.resource(first).orElseThrow();
      String path = "resources." + first + (firstPool.shifts().isEmpty() ? ".capacity" : ".shifts");
      String consequence = ": in a steady-state run its queue grows without bound; add capacity or reduce arrivals";
      String what = group.size() == 1 ? "resource '" + first + "'"
          : "resources " + String.join(" + ", group.stream().map(x -> "'" + x + "'").toList())
              + ", which share steps";
      String availableText = whole ? String.format(Locale.ROOT, "%d available", Math.round(available))
          : String.format(Locale.ROOT, "%.1f available on average", available);
      if (!(available > 0)) {
        if (busy > 0) {
          sink.warning(at, path, String.format(Locale.ROOT, whole
              ? "%s has capacity 0 but %.1f busy servers are needed"
              : "%s has no server on duty over the steady-state window but %.1f busy servers are needed",
              what, busy) + consequence);
        }
        continue;
      }
      double load = busy / available;
      if (load >= 1) {
        sink.warning(at, path, String.format(Locale.ROOT,
            "offered load %.2f >= 1 on %s (%.1f busy servers needed, %s)",
            load, what, busy, availableText) + consequence);
      }
    }
  }

  /** Groups of pools that share a step, each in file order, groups ordered by their first pool. */
  static List<List<String>> poolGroups(Scenario s) {
    Map<String, String> parent = new LinkedHashMap<>();
    for (ResourcePool r : s.resources()) {
      parent.put(r.name(), r.name());
    }
    for (Step st : s.process()) {
      for (String r : st.resources()) {
        union(parent, st.resources().get(0), r);
      }
    }
    Map<String, List<String>> byRoot = new LinkedHashMap<>();
    for (ResourcePool r : s.resources()) {
      byRoot.computeIfAbsent(find(parent, r.name()), k -> new ArrayList<>()).add(r.name());
    }
    return new ArrayList<>(byRoot.values());
  }

  private static String find(Map<String, String> parent, String x) {
    while (!parent.get(x).equals(x)) {
      x = parent.get(x);
    }
    return x;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(rb, ra);
    }
  }
}
