package io.leansim.scenario.load;

import io.leansim.scenario.CustomerType;
import io.leansim.scenario.Discipline;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.ServiceTime;
import io.leansim.scenario.Step;
import io.leansim.scenario.ValueClass;
import io.leansim.scenario.load.YNode.YEntry;
import io.leansim.scenario.load.YNode.YMap;
import io.leansim.scenario.load.YNode.YScalar;
import io.leansim.scenario.load.YNode.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The {@code process} section: each step's pools, times by type, value class, discipline,
 * walk, queue limit, patience, rework and routing into {@link io.leansim.scenario.Step}s, every
 * reference to a type, pool or step checked.
 */
final class ProcessReader {
  private final Fields in;
  private final Sink sink;
  private final DistReader dists;

  ProcessReader(Fields in) {
    this.in = in;
    this.sink = in.sink();
    this.dists = in.dists();
  }

  /**
   * The {@code process} section of {@code root} (required), or null after reporting what is wrong;
   * {@code customers} and {@code resources} are null when they have errors (their checks are then skipped).
   */
  List<Step> process(YMap root, List<CustomerType> customers, List<ResourcePool> resources) {
    YMap m = in.requiredSection(root, "process", "an ordered map of steps like {serve: {resource: counter, time: exp(4)}}",
        "needs at least one step; add e.g. serve: {resource: counter, time: exp(4)}");
    if (m == null) {
      return null;
    }
    Map<String, Boolean> queued = new LinkedHashMap<>();
    for (YEntry e : m.entries()) {
      queued.put(e.name(), e.value() instanceof YMap sm && sm.has("resource"));
    }
    List<Step> out = new ArrayList<>();
    List<StepInsertion.Insert> inserts = new ArrayList<>();
    boolean ok = true;
    for (YEntry e : m.entries()) {
      Step s = step(e, customers, resources, queued);
      StepInsertion.Insert insert = insert(e, queued);
      ok &= s != null && insert != StepInsertion.Insert.BAD;
      out.add(s);
      if (insert != null && insert != StepInsertion.Insert.BAD) {
        StepInsertion.Insert twin = inserts.stream()
            .filter(i -> i.anchor().equals(insert.anchor()) && i.after() == insert.after()).findFirst().orElse(null);
        if (twin != null) {
          String key = insert.after() ? "after" : "before";
          sink.error(insert.at(), insert.path(), "'" + twin.step() + "' is already placed " + key + " '"
              + insert.anchor() + "', so the order of the two is unclear; place this one " + key + " '" + twin.step()
              + "' (" + key + ": " + twin.step() + ") or the other way round");
          ok = false;
        }
        inserts.add(insert);
      }
    }
    if (ok && !inserts.isEmpty()) {
      out = StepInsertion.apply(sink, out, inserts);
      ok = out != null;
    }
    if (ok && customers != null && resources != null) {
      RouteChecks.check(sink, m, out, customers, resources);
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
    YMap s = in.map(e.value(), p, "a map like {resource: counter, time: exp(4)}");
    if (s == null) {
      return null;
    }
    in.checkKeys(s, "process.*", p);
    boolean ok = true;
    List<String> pools = List.of();
    boolean hasQueue = s.has("resource");
    if (hasQueue) {
      pools = resources(s.get("resource"), Paths.child(p, "resource"), resources);
      ok &= pools != null;
    }
    List<String> known = Fields.names(customers);
    List<String> forTypes = List.of();
    if (s.has("for")) {
      forTypes = forTypes(s.get("for"), Paths.child(p, "for"), customers);
      ok &= forTypes != null;
    }
    ValueClass value = ValueClass.NECESSARY;
    if (s.has("value")) {
      value = in.choice(s.get("value"), Paths.child(p, "value"), List.of("value_added", "necessary", "waste"),
          ValueClass::ofKey);
      ok &= value != null;
    }
    Discipline discipline = Discipline.FIFO;
    if (s.has("discipline")) {
      discipline = in.choice(s.get("discipline"), Paths.child(p, "discipline"), Discipline.keys(),
          Discipline::ofKey);
      ok &= discipline != null;
    }
    ServiceTime time = null;
    if (!s.has("time")) {
      in.missing(s, p, "time", "process.*");
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
      Double w = in.positiveDuration(s.get("max_wait"), mp, "give e.g. 20min");
      if (w != null && discipline == Discipline.FIFO) {
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
        Long q = in.integer(s.get("queue_limit"), qp, 0);
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
      rework = rework(s.get("rework"), Paths.child(p, "rework"), e.name(), queued, customers);
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

  /**
   * The step's {@code after} or {@code before} (where it is placed in the process), null when it
   * has neither, {@link StepInsertion.Insert#BAD} after reporting a mistake.
   */
  private StepInsertion.Insert insert(YEntry e, Map<String, Boolean> queued) {
    if (!(e.value() instanceof YMap s) || !(s.has("after") || s.has("before"))) {
      return null;
    }
    String p = Paths.child("process", e.name());
    if (s.has("after") && s.has("before")) {
      sink.error(s.entry("before").orElseThrow().key(), Paths.child(p, "before"), "a step is placed either after"
          + " one step or before another, not both; keep one of 'after' and 'before'");
      return StepInsertion.Insert.BAD;
    }
    boolean after = s.has("after");
    String key = after ? "after" : "before";
    String kp = Paths.child(p, key);
    YScalar anchor = in.scalar(s.get(key), kp, "a step name");
    if (anchor == null) {
      return StepInsertion.Insert.BAD;
    }
    if (!queued.containsKey(anchor.value())) {
      List<String> others = new ArrayList<>(queued.keySet());
      others.remove(e.name());
      unknownStep(anchor, kp, anchor.value(), others);
      return StepInsertion.Insert.BAD;
    }
    if (anchor.value().equals(e.name())) {
      sink.error(anchor, kp, "a step cannot be placed " + key + " itself; name the step it should come " + key);
      return StepInsertion.Insert.BAD;
    }
    return new StepInsertion.Insert(e.name(), anchor.value(), after, anchor, kp, s.has("next"),
        s.has("for") ? s.entry("for").orElseThrow().key() : null);
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

  private Step.Rework rework(YNode n, String path, String step, Map<String, Boolean> queued,
      List<CustomerType> customers) {
    YMap m = in.map(n, path, "a map like {probability: 0.08, to: serve, time: exp(2)}");
    if (m == null) {
      return null;
    }
    in.checkKeys(m, "process.*.rework", path);
    boolean ok = true;
    double probability = 0;
    Map<String, Double> byType = new LinkedHashMap<>();
    if (!m.has("probability")) {
      in.missing(m, path, "probability", "process.*.rework");
      ok = false;
    } else {
      ok &= reworkProbability(m.get("probability"), Paths.child(path, "probability"), customers, byType);
      Double fallback = byType.remove(Fields.DEFAULT_KEY);
      probability = fallback == null ? 0 : fallback;
    }
    if (m.has("for")) {
      List<String> only = forTypes(m.get("for"), Paths.child(path, "for"), customers);
      ok &= only != null;
      if (only != null) {
        Map<String, Double> limited = new LinkedHashMap<>();
        for (String t : only) {
          limited.put(t, byType.getOrDefault(t, probability));
        }
        byType = limited;
        probability = 0;
      }
    }
    String to = step;
    if (m.has("to")) {
      String tp = Paths.child(path, "to");
      YScalar t = in.scalar(m.get("to"), tp, "a step name");
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
    return ok ? new Step.Rework(probability, byType, to, time) : null;
  }

  /**
   * A rework probability: one for every type, or one per type with an optional {@code default}
   * (a type without either never reworks), put into {@code out} by type, the single value or the
   * default under {@link Fields#DEFAULT_KEY}. False after an error.
   */
  private boolean reworkProbability(YNode n, String path, List<CustomerType> customers, Map<String, Double> out) {
    String whyNotOne = "with probability 1 the work is always found wrong and the customer loops forever; use e.g. 0.08";
    if (!(n instanceof YMap m)) {
      Double x = in.probability(n, path, whyNotOne);
      if (x != null) {
        out.put(Fields.DEFAULT_KEY, x);
      }
      return x != null;
    }
    if (m.entries().isEmpty()) {
      sink.error(n, path, "expected a probability, or a map of type to probability with 'default', got an empty map;"
          + " give e.g. 0.08 or {new_contract: 0.1, default: 0.02}");
      return false;
    }
    List<String> known = Fields.names(customers);
    boolean ok = true;
    for (YEntry e : m.entries()) {
      String tp = Paths.child(path, e.name());
      if (customers != null && unknownType(e, tp, known)) {
        ok = false;
        continue;
      }
      Double x = in.probability(e.value(), tp, whyNotOne);
      ok &= x != null;
      if (x != null) {
        out.put(e.name(), x);
      }
    }
    return ok;
  }

  private Map<String, Double> next(YNode n, String path, Map<String, Boolean> queued) {
    YMap m = in.map(n, path, "a map of step (or exit) to probability like {back_office: 0.3, exit: 0.7}");
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
      Double x = in.probability(e.value(), tp, null);
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
    YScalar s = in.scalar(one, path, "a pool name");
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
    return in.typeList(seq, path, customers);
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
      if (known != null && unknownType(e, tp, known)) {
        ok = false;
        continue;
      }
      DistSpec d = dists.read(e.value(), tp);
      if (d == null) {
        ok = false;
      } else if (e.name().equals(Fields.DEFAULT_KEY)) {
        fallback = d;
      } else {
        byType.put(e.name(), d);
      }
    }
    if (walkers != null) {
      List<String> uncovered = new ArrayList<>();
      for (String t : walkers) {
        if (!m.has(t) && !m.has(Fields.DEFAULT_KEY)) {
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

  /**
   * Whether the key of {@code e}, in a map of one value per customer type, names no type of {@code
   * known} and is not {@code default}; then reports it, with a "did you mean".
   */
  private boolean unknownType(YEntry e, String path, List<String> known) {
    if (e.name().equals(Fields.DEFAULT_KEY) || known.contains(e.name())) {
      return false;
    }
    List<String> options = new ArrayList<>(known);
    options.add(Fields.DEFAULT_KEY);
    String hint = Hints.didYouMean(e.name(), options);
    sink.error(e.key(), path, "unknown customer type '" + e.name() + "'" + (hint.isEmpty()
        ? "; use a type (" + String.join(", ", known) + ") or 'default'" : hint));
    return true;
  }
}
