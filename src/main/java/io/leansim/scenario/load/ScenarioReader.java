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
import io.leansim.scenario.load.YNode.YEntry;
import io.leansim.scenario.load.YNode.YMap;
import io.leansim.scenario.load.YNode.YScalar;
import io.leansim.scenario.load.YNode.YSeq;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
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
    List<CustomerType> customers = customers(root.get("customers"));
    Map<String, YNode> capacityNodes = new LinkedHashMap<>();
    List<ResourcePool> resources = resources(root.get("resources"), capacityNodes);
    List<ArrivalStream> arrivals = arrivals(root, customers);
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
    Double d;
    try {
      d = Units.number(s);
    } catch (Units.Bad e) {
      d = null;
    }
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
    YScalar s = scalar(n, path, Units.DURATION_FORMS);
    if (s == null) {
      return null;
    }
    try {
      double v = Units.duration(s, unit);
      if (!allowNegative && v < 0) {
        sink.error(n, path, "must be >= 0, got " + s.value().trim() + "; use a duration >= 0");
        return null;
      }
      return v;
    } catch (Units.Bad e) {
      sink.error(n, path, e.getMessage());
      return null;
    }
  }

  private Double rate(YNode n, String path) {
    YScalar s = scalar(n, path, "a rate like 60/h");
    if (s == null) {
      return null;
    }
    try {
      double v = Units.rate(s, unit);
      if (v < 0) {
        sink.error(n, path, "a rate must be >= 0, got " + s.value().trim() + "; use 0 for no arrivals");
        return null;
      }
      return v;
    } catch (Units.Bad e) {
      sink.error(n, path, e.getMessage());
      return null;
    }
  }

  private Double clock(YNode n, String path) {
    YScalar s = scalar(n, path, "a clock time like \"09:30\" or a duration");
    if (s == null) {
      return null;
    }
    try {
      double v = Units.clock(s, unit, clockStart);
      if (v < 0) {
        sink.error(n, path, "must not be before the start, got " + s.value().trim() + "; use a time >= 0");
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
    if (horizon == null || drain == null || warmup == null || reps == null || seed == null) {
      return null;
    }
    return new RunSpec(horizon, drain, warmup, (int) (long) reps, seed);
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
      if (t.has("priority")) {
        Long prio = integer(t.get("priority"), Paths.child(p, "priority"), 1);
        if (prio == null || prio >= CustomerType.NO_PRIORITY) {
          ok = false;
          continue;
        }
        out.add(new CustomerType(e.name(), (int) (long) prio));
      } else {
        out.add(CustomerType.of(e.name()));
      }
    }
    return ok ? out : null;
  }

  private List<ResourcePool> resources(YNode n, Map<String, YNode> capacityNodes) {
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
      if (!r.has("capacity")) {
        if (!r.has("shifts")) {
          missing(r, p, "capacity", "resources.*");
        }
        ok = false;
        continue;
      }
      Long cap = integer(r.get("capacity"), Paths.child(p, "capacity"), 0);
      if (cap == null || cap > Integer.MAX_VALUE) {
        ok = false;
        continue;
      }
      capacityNodes.put(e.name(), r.get("capacity"));
      out.add(new ResourcePool(e.name(), (int) (long) cap));
    }
    return ok ? out : null;
  }

  private static List<String> names(List<CustomerType> types) {
    return types == null ? List.of() : types.stream().map(CustomerType::name).toList();
  }

  private void unknownType(YNode at, String path, String type, List<String> known) {
    String hint = Hints.didYouMean(type, known);
    sink.error(at, path, "unknown customer type '" + type + "'" + (hint.isEmpty()
        ? "; known types: " + String.join(", ", known) : hint));
  }

  private List<ArrivalStream> arrivals(YMap root, List<CustomerType> customers) {
    YNode n = root.get("arrivals");
    if (n == null) {
      missing(root, "", "arrivals", "");
      return null;
    }
    YMap m = map(n, "arrivals", "a map of arrival streams like {walk_in: {rate: 60/h}}");
    if (m == null) {
      return null;
    }
    if (m.entries().isEmpty()) {
      sink.error(m, "arrivals", "needs at least one arrival stream; add e.g. walk_in: {rate: 60/h}");
      return null;
    }
    List<ArrivalStream> out = new ArrayList<>();
    boolean ok = true;
    for (YEntry e : m.entries()) {
      ArrivalStream a = stream(e, customers);
      ok &= a != null;
      out.add(a);
    }
    return ok ? out : null;
  }

  private ArrivalStream stream(YEntry e, List<CustomerType> customers) {
    String p = Paths.child("arrivals", e.name());
    YMap s = map(e.value(), p, "a map like {rate: 60/h}");
    if (s == null) {
      return null;
    }
    checkKeys(s, "arrivals.*", p);
    ArrivalPattern pattern = null;
    boolean hasRate = s.has("rate");
    boolean hasSchedule = s.has("schedule");
    if (hasRate && hasSchedule) {
      sink.error(s.entry("schedule").orElseThrow().key(), Paths.child(p, "schedule"),
          "a stream has exactly one of 'rate' or 'schedule'; remove one");
    } else if (hasRate) {
      Double r = rate(s.get("rate"), Paths.child(p, "rate"));
      pattern = r == null ? null : new ArrivalPattern.PoissonRate(r);
    } else if (hasSchedule) {
      pattern = schedule(s.get("schedule"), Paths.child(p, "schedule"));
    } else if (!s.has("every") && !s.has("trace")) {
      sink.error(s, p, "missing 'rate' or 'schedule'; add e.g. rate: 60/h");
    }
    Map<String, Double> mix = mix(s, p, customers);
    if (pattern == null || mix == null) {
      return null;
    }
    return new ArrivalStream(e.name(), pattern, mix);
  }

  private ArrivalPattern schedule(YNode n, String path) {
    if (!(n instanceof YSeq seq) || seq.items().isEmpty()) {
      sink.error(n, path, "expected a non-empty list of periods like [{from: \"09:00\", rate: 40/h}], got "
          + YNode.describe(n));
      return null;
    }
    List<ArrivalPattern.RatePeriod> periods = new ArrayList<>();
    boolean ok = true;
    Double previous = null;
    String previousText = null;
    for (int i = 0; i < seq.items().size(); i++) {
      String ip = Paths.item(path, i);
      YMap m = map(seq.items().get(i), ip, "a period like {from: \"09:00\", rate: 40/h}");
      if (m == null) {
        ok = false;
        continue;
      }
      checkKeys(m, "arrivals.*.schedule[]", ip);
      Double from = null;
      Double rate = null;
      if (m.has("from")) {
        from = clock(m.get("from"), Paths.child(ip, "from"));
      } else {
        missing(m, ip, "from", "arrivals.*.schedule[]");
      }
      if (m.has("rate")) {
        rate = rate(m.get("rate"), Paths.child(ip, "rate"));
      } else {
        missing(m, ip, "rate", "arrivals.*.schedule[]");
      }
      if (from != null && previous != null && !(from > previous)) {
        sink.error(m.get("from"), Paths.child(ip, "from"), "'" + ((YScalar) m.get("from")).value().trim()
            + "' is not after the previous period's start '" + previousText + "'; list periods in time order");
        from = null;
      }
      if (from != null) {
        previous = from;
        previousText = ((YScalar) m.get("from")).value().trim();
      }
      if (from == null || rate == null) {
        ok = false;
        continue;
      }
      periods.add(new ArrivalPattern.RatePeriod(from, rate));
    }
    return ok ? new ArrivalPattern.PoissonSchedule(periods) : null;
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
    YNode n = root.get("process");
    if (n == null) {
      missing(root, "", "process", "");
      return null;
    }
    YMap m = map(n, "process", "an ordered map of steps like {serve: {resource: counter, time: exp(4)}}");
    if (m == null) {
      return null;
    }
    if (m.entries().isEmpty()) {
      sink.error(m, "process", "needs at least one step; add e.g. serve: {resource: counter, time: exp(4)}");
      return null;
    }
    List<Step> out = new ArrayList<>();
    boolean ok = true;
    for (YEntry e : m.entries()) {
      Step s = step(e, customers, resources);
      ok &= s != null;
      out.add(s);
    }
    return ok ? out : null;
  }

  private Step step(YEntry e, List<CustomerType> customers, List<ResourcePool> resources) {
    String p = Paths.child("process", e.name());
    YMap s = map(e.value(), p, "a map like {resource: counter, time: exp(4)}");
    if (s == null) {
      return null;
    }
    checkKeys(s, "process.*", p);
    boolean ok = true;
    List<String> pools = List.of();
    if (s.has("resource")) {
      String pool = resource(s.get("resource"), Paths.child(p, "resource"), resources);
      ok &= pool != null;
      pools = pool == null ? List.of() : List.of(pool);
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
      YNode d = s.get("discipline");
      if (d instanceof YScalar ds && ds.value().equals(Discipline.PREEMPTIVE.key())) {
        sink.error(d, Paths.child(p, "discipline"), notYet("'discipline: preemptive'") + "; use 'priority' for now");
        discipline = null;
      } else {
        discipline = choice(d, Paths.child(p, "discipline"), List.of("fifo", "priority"), Discipline::ofKey);
      }
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
    return ok ? new Step(e.name(), pools, time, value, forTypes, discipline) : null;
  }

  private String resource(YNode n, String path, List<ResourcePool> resources) {
    YNode one = n;
    if (n instanceof YSeq seq) {
      if (seq.items().size() >= 2) {
        sink.error(n, path, notYet("a 'resource' list of 2 or more pools") + "; use one pool for now");
        return null;
      }
      if (seq.items().isEmpty()) {
        sink.error(n, path, "expected a pool name, got an empty list; name one pool or remove 'resource'");
        return null;
      }
      one = seq.items().get(0);
    }
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
   * Offered load of each pool over [warmup, horizon] in a steady-state run (warmup > 0): the sum
   * over streams and types of the time-average arrival rate times the type's probability times the
   * mean service time of the steps using the pool that the type walks, divided by the capacity.
   */
  private void loadWarnings(Scenario s, Map<String, YNode> capacityNodes) {
    RunSpec run = s.run();
    if (!(run.warmup() > 0)) {
      return;
    }
    for (ResourcePool pool : s.resources()) {
      double busy = offeredWork(s, pool.name());
      YNode at = capacityNodes.get(pool.name());
      String path = "resources." + pool.name() + ".capacity";
      String consequence = ": in a steady-state run its queue grows without bound; add capacity or reduce arrivals";
      if (pool.capacity() == 0) {
        if (busy > 0) {
          sink.warning(at, path, String.format(Locale.ROOT,
              "resource '%s' has capacity 0 but %.1f busy servers are needed", pool.name(), busy) + consequence);
        }
        continue;
      }
      double load = busy / pool.capacity();
      if (load >= 1) {
        sink.warning(at, path, String.format(Locale.ROOT,
            "offered load %.2f >= 1 on resource '%s' (%.1f busy servers needed, %d available)",
            load, pool.name(), busy, pool.capacity()) + consequence);
      }
    }
  }

  /** Mean number of busy servers a pool needs: sum of arrival rate x probability x mean time. */
  static double offeredWork(Scenario s, String pool) {
    double total = 0;
    for (ArrivalStream a : s.arrivals()) {
      double rate = averageRate(a.pattern(), s.run().warmup(), s.run().horizon());
      for (CustomerType t : s.customers()) {
        double work = 0;
        for (Step st : s.process()) {
          if (st.resources().contains(pool) && st.appliesTo(t.name())) {
            DistSpec d = st.time().forType(t.name());
            work += d == null ? 0 : d.mean();
          }
        }
        total += rate * a.probability(t.name()) * work;
      }
    }
    return total;
  }

  /** Time-average rate of a piecewise-constant pattern over [from, to]. */
  static double averageRate(ArrivalPattern pattern, double from, double to) {
    List<ArrivalPattern.RatePeriod> ps = ((ArrivalPattern.Poisson) pattern).periods();
    double area = 0;
    for (int i = 0; i < ps.size(); i++) {
      double start = Math.max(from, ps.get(i).from());
      double end = Math.min(to, i + 1 < ps.size() ? ps.get(i + 1).from() : Double.POSITIVE_INFINITY);
      if (end > start) {
        area += (end - start) * ps.get(i).rate();
      }
    }
    return area / (to - from);
  }
}
