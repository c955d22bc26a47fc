package io.leansim.scenario.load;

import io.leansim.scenario.Step;
import io.leansim.scenario.load.YNode.YEntry;
import io.leansim.scenario.load.YNode.YMap;
import io.leansim.scenario.load.YNode.YScalar;
import io.leansim.scenario.load.YNode.YSeq;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names a variant's patch gives in the scenario's named sections ({@code resources}, {@code
 * process}, {@code customers}, {@code arrivals}), checked against the baseline. A merge patch
 * cannot tell a change from an addition: a misspelt pool or step ({@code countr}, {@code serv})
 * silently adds a new one. So a name the baseline does not have is an error with "did you mean",
 * unless the variant adds it on purpose and uses it: a pool that a step uses, a step that is
 * reached, a type that arrives, a stream whose name is not a near miss. An added pool that no
 * step uses is a warning. And since a patch adds steps at the end of the process, a step added
 * to be reached by {@code next} must not also catch, by process order, the customers who left
 * after the baseline's last step: that is an error saying how to say which is meant.
 *
 * <p>Works on the positioned trees, whatever their shape (malformed parts are left to the
 * section readers), and reports at the patch's own keys.
 */
final class PatchNames {
  private PatchNames() {}

  /**
   * Checks {@code patch} (the variant's, at {@code variants.NAME.patch}) against {@code baseline}
   * and the merged tree {@code resolved}; reports to {@code sink} (the variant's).
   */
  static void check(YNode baseline, YMap patch, YNode resolved, Sink sink) {
    Map<String, YMap> steps = entries(resolved, "process");
    pools(baseline, patch, steps, sink);
    stepNames(baseline, patch, steps, sink);
    types(baseline, patch, resolved, sink);
    streams(baseline, patch, sink);
    for (String step : names(patch, "process")) {
      mergedShares(baseline, patch, "process", step, "next", sink);
    }
    for (String stream : names(patch, "arrivals")) {
      mergedShares(baseline, patch, "arrivals", stream, "mix", sink);
    }
  }

  /**
   * A map of shares ({@code next}, {@code mix}) that the patch gives in full (its shares sum to 1)
   * where the baseline has one: a merge patch keeps the baseline's other keys beside it, which is
   * rarely meant. Reported with the keys kept and how to drop them.
   */
  private static void mergedShares(YNode baseline, YMap patch, String section, String name, String key,
      Sink sink) {
    YMap none = new YMap(List.of(), 1, 1);
    YNode before = entries(baseline, section).getOrDefault(name, none).get(key);
    YNode after = entries(patch, section).getOrDefault(name, none).get(key);
    if (!(before instanceof YMap b) || !(after instanceof YMap a)) {
      return;
    }
    double sum = 0;
    for (YEntry e : a.entries()) {
      Double x = e.value() instanceof YScalar v ? Units.number(v) : null;
      if (x == null) {
        return;
      }
      sum += x;
    }
    List<String> kept = b.entries().stream().map(YEntry::name).filter(k -> !a.has(k)).toList();
    if (!kept.isEmpty() && Math.abs(sum - 1) <= 1e-6) {
      String path = Paths.child(Paths.child(section, name), key);
      String removed = a.entries().stream().map(e -> e.name() + ": " + ((YScalar) e.value()).value())
          .collect(Collectors.joining(", ")) + ", " + kept.stream().map(k -> k + ": null")
          .collect(Collectors.joining(", "));
      sink.error(a, path, "a patch merges maps key by key: the baseline's " + key + " keeps "
          + String.join(", ", kept) + " beside the patch's " + a.entries().stream().map(YEntry::name)
          .collect(Collectors.joining(", ")) + "; to replace it, remove the baseline's in the patch: "
          + key + ": {" + removed + "}");
    }
  }

  private static void pools(YNode baseline, YMap patch, Map<String, YMap> steps, Sink sink) {
    Set<String> used = new HashSet<>();
    for (YMap s : steps.values()) {
      YNode r = s.get("resource");
      if (r instanceof YScalar one && !one.isNull()) {
        used.add(one.value());
      } else if (r instanceof YSeq list) {
        list.items().forEach(i -> used.add(i instanceof YScalar x ? x.value() : ""));
      }
    }
    List<String> known = names(baseline, "resources");
    for (YEntry e : added(baseline, patch, "resources", "pool", sink)) {
      String name = e.name();
      if (used.contains(name)) {
        continue;
      }
      String hint = Hints.didYouMean(name, known);
      if (!hint.isEmpty()) {
        sink.error(e.key(), Paths.child("resources", name), "'" + name + "' is not a pool of the baseline" + hint
            + "; a patch changes a pool by its name (a new pool needs a step that uses it)");
      } else {
        sink.warning(e.key(), Paths.child("resources", name), "adds pool '" + name + "', but no step uses it: "
            + "name it in a step's resource (e.g. resource: [" + (known.isEmpty() ? "desk" : known.get(0)) + ", "
            + name + "]) or remove it");
      }
    }
  }

  private static void stepNames(YNode baseline, YMap patch, Map<String, YMap> steps, Sink sink) {
    List<String> known = names(baseline, "process");
    List<String> order = new ArrayList<>(steps.keySet());
    Map<String, List<String>> routedFrom = new LinkedHashMap<>();
    for (Map.Entry<String, YMap> s : steps.entrySet()) {
      for (String target : targets(s.getValue())) {
        routedFrom.computeIfAbsent(target, k -> new ArrayList<>()).add(s.getKey());
      }
    }
    Set<String> reached = reachable(order, steps);
    if (patch.get("process") instanceof YMap pp) {
      for (YEntry e : pp.entries()) {
        for (String key : List.of("after", "before")) {
          if (known.contains(e.name()) && e.value() instanceof YMap m && m.has(key)) {
            sink.error(m.entry(key).orElseThrow().key(), Paths.child(Paths.child("process", e.name()), key),
                "'" + key + "' places a new step, but '" + e.name() + "' is a step of the baseline (a variant does"
                + " not move steps); give the new step a name of its own, or remove '" + key + "'");
          }
        }
      }
    }
    for (YEntry e : added(baseline, patch, "process", "step", sink)) {
      String name = e.name();
      if (e.value() instanceof YMap m && (m.has("after") || m.has("before"))) {
        continue; // placed in the middle of the process: reached through the step it is placed by
      }
      String path = Paths.child("process", name);
      String hint = Hints.didYouMean(name, known);
      List<String> from = routedFrom.getOrDefault(name, List.of());
      if (!hint.isEmpty() && from.isEmpty()) {
        sink.error(e.key(), path, "'" + name + "' is not a step of the baseline" + hint + "; a patch changes a "
            + "step by its name (a new step goes at the end of the process: give it a name of its own, or route "
            + "to it with next)");
        continue;
      }
      if (!reached.contains(name)) {
        sink.error(e.key(), path, "adds step '" + name + "', but no customer reaches it (the steps before it "
            + "route everyone elsewhere with next): route to it, e.g. next: {" + name + ": 1} on the step "
            + "that should lead to it, or remove it");
        continue;
      }
      int at = order.indexOf(name);
      String before = at > 0 ? order.get(at - 1) : null;
      if (!from.isEmpty() && before != null && known.contains(before) && !steps.get(before).has("next")
          && !from.contains(before)) {
        sink.error(e.key(), path, "a patch adds steps at the end of the process, so customers who finish '"
            + before + "' (who left in the baseline) now walk on into '" + name + "', which is otherwise reached "
            + "by next from '" + String.join("', '", from) + "'; say which is meant in the patch: "
            + "process: {" + before + ": {next: {exit: 1}}} to keep them leaving after '" + before
            + "', or next: {" + name + ": 1} on '" + before + "' if they should go on to it");
      }
    }
  }

  private static void types(YNode baseline, YMap patch, YNode resolved, Sink sink) {
    Set<String> arriving = new HashSet<>();
    for (YMap stream : entries(resolved, "arrivals").values()) {
      if (stream.get("mix") instanceof YMap mix) {
        mix.entries().forEach(m -> arriving.add(m.name()));
      }
    }
    List<String> known = names(baseline, "customers");
    for (YEntry e : added(baseline, patch, "customers", "customer type", sink)) {
      String hint = Hints.didYouMean(e.name(), known);
      if (!arriving.contains(e.name()) && !hint.isEmpty()) {
        sink.error(e.key(), Paths.child("customers", e.name()), "'" + e.name() + "' is not a customer type of "
            + "the baseline" + hint + "; a patch changes a type by its name (a new type needs a mix that brings it)");
      }
    }
  }

  private static void streams(YNode baseline, YMap patch, Sink sink) {
    List<String> known = names(baseline, "arrivals");
    for (YEntry e : added(baseline, patch, "arrivals", "arrival stream", sink)) {
      String hint = Hints.didYouMean(e.name(), known);
      if (!hint.isEmpty()) {
        sink.error(e.key(), Paths.child("arrivals", e.name()), "'" + e.name() + "' is not an arrival stream of "
            + "the baseline" + hint + "; a patch changes a stream by its name, and a new stream adds its "
            + "customers to the others' (to add one on purpose, give it a name of its own)");
      }
    }
  }

  /**
   * The entries of the patch's {@code section} whose name the baseline's section does not have;
   * removing such a name ({@code name: null}) is reported here as an error.
   */
  private static List<YEntry> added(YNode baseline, YMap patch, String section, String what, Sink sink) {
    List<YEntry> out = new ArrayList<>();
    if (!(patch.get(section) instanceof YMap p)) {
      return out;
    }
    List<String> known = names(baseline, section);
    for (YEntry e : p.entries()) {
      if (known.contains(e.name())) {
        continue;
      }
      if (e.value() instanceof YScalar s && s.isNull()) {
        String hint = Hints.didYouMean(e.name(), known);
        sink.error(e.key(), Paths.child(section, e.name()), "the baseline has no " + what + " '" + e.name()
            + "' to remove" + (hint.isEmpty() ? "; its " + section + ": " + String.join(", ", known) : hint));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private static List<String> names(YNode tree, String section) {
    return new ArrayList<>(entries(tree, section).keySet());
  }

  /** The map-valued entries of section {@code section} of {@code tree}, in order (others are the readers' business). */
  private static Map<String, YMap> entries(YNode tree, String section) {
    Map<String, YMap> out = new LinkedHashMap<>();
    if (tree instanceof YMap root && root.get(section) instanceof YMap m) {
      for (YEntry e : m.entries()) {
        out.put(e.name(), e.value() instanceof YMap v ? v : new YMap(List.of(), e.key().line(), e.key().col()));
      }
    }
    return out;
  }

  /** Steps that {@code step} names as a {@code next} or {@code rework.to} target. */
  private static List<String> targets(YMap step) {
    List<String> out = new ArrayList<>();
    if (step.get("next") instanceof YMap next) {
      next.entries().stream().map(YEntry::name).filter(n -> !n.equals(Step.EXIT)).forEach(out::add);
    }
    if (step.get("rework") instanceof YMap rework && rework.get("to") instanceof YScalar to && !to.isNull()) {
      out.add(to.value());
    }
    return out;
  }

  /**
   * Steps some customer may reach from the first: along {@code next} and {@code rework.to}, and
   * on to the following step in process order from a step without {@code next} or with a {@code
   * for} (the types it excludes walk past it). Generous on purpose: an error only when no path exists.
   */
  private static Set<String> reachable(List<String> order, Map<String, YMap> steps) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    if (!order.isEmpty()) {
      todo.add(order.get(0));
    }
    while (!todo.isEmpty()) {
      String s = todo.pop();
      if (!seen.add(s) || !steps.containsKey(s)) {
        continue;
      }
      YMap step = steps.get(s);
      List<String> next = new ArrayList<>(targets(step));
      int at = order.indexOf(s);
      if ((!step.has("next") || step.has("for")) && at + 1 < order.size()) {
        next.add(order.get(at + 1));
      }
      todo.addAll(next);
    }
    return seen;
  }
}
