package io.leansim.scenario.load;

import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.RunSpec;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Step;
import io.leansim.scenario.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The warning that a steady-state run is overloaded: offered load at or above 1 on a pool, or on
 * pools that share steps.
 */
final class LoadWarnings {
  private LoadWarnings() {}

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
  static void check(Sink sink, Scenario s, Map<String, YNode> capacityNodes) {
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
