package io.leansim.scenario.load;

import io.leansim.scenario.CustomerType;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Routes;
import io.leansim.scenario.Step;
import io.leansim.scenario.ValueClass;
import io.leansim.scenario.load.YNode.YEntry;
import io.leansim.scenario.load.YNode.YMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks on the routes of the process as a whole, type by type ({@link Routes}): a group of steps
 * customers reach but can never leave is an error (the run would never end), naming a cycle; a
 * step where customers would wait forever (no pool of it ever has staff, and they have no
 * patience) is an error; customers who leave without passing any value-added step (or, for a type
 * no value-added step applies to, any step with a resource) are a warning with their share.
 */
final class RouteChecks {
  private RouteChecks() {}

  /** Checks {@code steps} (read from {@code process}, none null) for {@code customers} served by {@code resources}. */
  static void check(Sink sink, YMap process, List<Step> steps, List<CustomerType> customers,
      List<ResourcePool> resources) {
    int before = sink.errorCount();
    traps(sink, process, steps, customers);
    neverServed(sink, process, steps, customers, resources);
    if (sink.errorCount() == before) {
      leavingWithout(sink, process, steps, customers);
    }
  }

  private static void traps(Sink sink, YMap process, List<Step> steps, List<CustomerType> customers) {
    Map<List<Integer>, List<String>> typesByTrap = new LinkedHashMap<>();
    Map<List<Integer>, List<Integer>> cycles = new LinkedHashMap<>();
    for (CustomerType t : customers) {
      Routes routes = Routes.of(steps, t.name());
      for (List<Integer> trap : routes.traps()) {
        typesByTrap.computeIfAbsent(trap, k -> new ArrayList<>()).add(t.name());
        cycles.putIfAbsent(trap, routes.cycle(trap));
      }
    }
    for (Map.Entry<List<Integer>, List<String>> e : typesByTrap.entrySet()) {
      List<Integer> trap = e.getKey();
      int at = trap.stream().filter(i -> !steps.get(i).next().isEmpty()).findFirst().orElse(trap.get(0));
      String name = steps.get(at).name();
      YEntry step = process.entry(name).orElseThrow();
      YNode node = step.value() instanceof YMap m && m.has("next") ? m.entry("next").orElseThrow().key() : step.key();
      String path = Paths.child("process", name) + (steps.get(at).next().isEmpty() ? "" : ".next");
      List<String> route = cycles.get(trap).stream().map(i -> steps.get(i).name()).toList();
      String more = trap.size() > route.size() - 1 ? " (steps " + names(steps, trap) + " only lead to one another)" : "";
      sink.error(node, path,
          who(e.getValue(), customers) + " never leave: the route " + String.join(" -> ", route)
              + " has no way to the exit" + more + "; add 'exit' to the 'next' of one of these steps, e.g. next: {"
              + (steps.get(at).next().isEmpty() ? "exit: 1" : steps.get(at).next().keySet().iterator().next()
                  + ": 0.9, exit: 0.1") + "}");
    }
  }

  /** A step whose pools never have staff, walked by types without patience that do not balk. */
  private static void neverServed(Sink sink, YMap process, List<Step> steps, List<CustomerType> customers,
      List<ResourcePool> resources) {
    for (Step st : steps) {
      if (st.resources().isEmpty() || st.queueLimit().orElse(1) == 0) {
        continue;
      }
      List<String> stuck = new ArrayList<>();
      List<String> closed = new ArrayList<>();
      for (CustomerType t : customers) {
        if (!st.appliesTo(t.name()) || st.patience() != null || t.patience() != null) {
          continue;
        }
        boolean staffed = false;
        for (String name : st.resources()) {
          ResourcePool r = resources.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
          if (r.serves(t.name())) {
            if (neverStaffed(r)) {
              if (!closed.contains("'" + name + "'")) {
                closed.add("'" + name + "'");
              }
            } else {
              staffed = true;
            }
          }
        }
        if (!staffed) {
          stuck.add(t.name());
        }
      }
      if (!stuck.isEmpty()) {
        YMap m = (YMap) process.get(st.name());
        sink.error(m.get("resource"), Paths.child(Paths.child("process", st.name()), "resource"),
            String.join(" and ", closed) + (closed.size() == 1 ? " never has" : " never have")
                + " staff (capacity 0), so " + who(stuck, customers) + " would wait at this step forever, left out of"
                + " every figure; give it capacity or shifts, or"
                + " give them patience (or queue_limit: 0) if the desk is meant to be closed");
      }
    }
  }

  private static boolean neverStaffed(ResourcePool r) {
    return r.shifts().isEmpty() ? r.capacity() == 0 : r.shifts().stream().allMatch(s -> s.staff() == 0);
  }

  /**
   * Customers of a type who leave without visiting any value-added step (when one applies to the
   * type), else without visiting any step with a resource (when one applies): a warning per step
   * after which the most of them leave, with their share.
   */
  private static void leavingWithout(Sink sink, YMap process, List<Step> steps, List<CustomerType> customers) {
    Map<String, List<String>> typesByPlace = new LinkedHashMap<>();
    Map<String, List<Double>> sharesByPlace = new LinkedHashMap<>();
    for (CustomerType t : customers) {
      boolean[] va = marks(steps, t.name(), st -> st.value() == ValueClass.VALUE_ADDED);
      boolean[] served = marks(steps, t.name(), st -> !st.resources().isEmpty());
      boolean byValue = any(va);
      if (!byValue && !any(served)) {
        continue;
      }
      Routes.Leaving leaving = Routes.of(steps, t.name()).leavingWithout(byValue ? va : served);
      if (leaving.share() > 1e-9) {
        String place = leaving.mostAfter() + (byValue ? " any value-added step" : " any step with a resource");
        typesByPlace.computeIfAbsent(place, k -> new ArrayList<>()).add(t.name());
        sharesByPlace.computeIfAbsent(place, k -> new ArrayList<>()).add(leaving.share());
      }
    }
    for (Map.Entry<String, List<String>> e : typesByPlace.entrySet()) {
      int at = Integer.parseInt(e.getKey().substring(0, e.getKey().indexOf(' ')));
      String what = e.getKey().substring(e.getKey().indexOf(' ') + 1);
      List<String> types = e.getValue();
      List<Double> s = sharesByPlace.get(e.getKey());
      String amount;
      if (s.stream().distinct().count() == 1) {
        amount = percent(s.get(0)) + " of " + who(types, customers);
      } else {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
          parts.add(percent(s.get(i)) + " of type '" + types.get(i) + "'");
        }
        amount = "customers (" + String.join(", ", parts) + ")";
      }
      if (at < 0) {
        sink.warning(process, "process", amount + " walk no step and leave without visiting " + what
            + "; check the 'for' of the steps");
        continue;
      }
      Step st = steps.get(at);
      YEntry entry = process.entry(st.name()).orElseThrow();
      boolean byNext = st.next().containsKey(Step.EXIT) && entry.value() instanceof YMap;
      YNode node = byNext ? ((YMap) ((YMap) entry.value()).get("next")).entry(Step.EXIT).orElseThrow().key()
          : entry.key();
      String path = Paths.child("process", st.name()) + (byNext ? ".next.exit" : "");
      sink.warning(node, path, amount + " leave"
          + (byNext ? " here" : " after this step (the last that applies to them, in process order)")
          + " without visiting " + what + "; if that is not meant, check the routing ('next'; a step a variant"
          + " adds goes at the end of the process)");
    }
  }

  /** Per step, whether it applies to {@code type} and is of the kind {@code counts}. */
  private static boolean[] marks(List<Step> steps, String type, java.util.function.Predicate<Step> counts) {
    boolean[] out = new boolean[steps.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = steps.get(i).appliesTo(type) && counts.test(steps.get(i));
    }
    return out;
  }

  private static boolean any(boolean[] marks) {
    for (boolean b : marks) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  /** "customers", "customers of type 'x'" or "customers of types 'x', 'y'", as the types are all or some. */
  private static String who(List<String> types, List<CustomerType> customers) {
    if (types.size() == customers.size()) {
      return "customers";
    }
    return "customers of type" + (types.size() == 1 ? " " : "s ")
        + String.join(", ", types.stream().map(t -> "'" + t + "'").toList());
  }

  private static String names(List<Step> steps, List<Integer> group) {
    return String.join(", ", group.stream().map(i -> steps.get(i).name()).toList());
  }

  private static String percent(double share) {
    double p = 100 * share;
    return String.format(Locale.ROOT, p >= 9.95 ? "%.0f%%" : p >= 0.995 ? "%.1f%%" : "%.2g%%", p);
  }
}
