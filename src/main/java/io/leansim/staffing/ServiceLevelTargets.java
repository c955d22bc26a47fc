package io.leansim.staffing;

import io.leansim.scenario.CustomerType;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service levels a staffing must reach, in every bin, among the customers who need the pool:
 * those of the types it serves that walk a step using it ({@link #needing}). {@code byType}: a
 * target of their own for some of these types, each judged on its own customers; {@code others}:
 * the target of the rest of them, judged together (NaN: the rest are not judged).
 *
 * @param others the target of the types without one of their own, in (0, 1), or NaN for none
 * @param byType a target, in (0, 1), for each type named (in the order given)
 */
public record ServiceLevelTargets(double others, Map<String, Double> byType) {

  public ServiceLevelTargets {
    byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    if (!Double.isNaN(others) && !inRange(others)) {
      throw new IllegalArgumentException("target must be in (0, 1), got " + others);
    }
    for (Map.Entry<String, Double> e : byType.entrySet()) {
      if (!inRange(e.getValue())) {
        throw new IllegalArgumentException("target of " + e.getKey() + " must be in (0, 1), got " + e.getValue());
      }
    }
    if (Double.isNaN(others) && byType.isEmpty()) {
      throw new IllegalArgumentException("no target");
    }
  }

  /** One target for every customer who needs the pool. */
  public static ServiceLevelTargets of(double target) {
    return new ServiceLevelTargets(target, Map.of());
  }

  private static boolean inRange(double p) {
    return p > 0 && p < 1;
  }

  /**
   * Customers judged together against one target: a type with a target of its own ({@code type} is
   * its name), or the other types that need the pool ({@code type} is null).
   */
  public record Group(String type, List<String> types, double target) {
    public Group {
      types = List.copyOf(types);
    }

    /** Whether this is the group of the types without a target of their own. */
    public boolean isOthers() {
      return type == null;
    }
  }

  /** The strictest target: the one queueing theory staffs for (customers at one pool wait alike). */
  public double strictest() {
    double most = Double.isNaN(others) ? 0 : others;
    for (double p : byType.values()) {
      most = Math.max(most, p);
    }
    return most;
  }

  /** The types of {@code s} that need {@code pool}: it serves them and they walk a step using it. */
  public static List<String> needing(Scenario s, ResourcePool pool) {
    return s.customers().stream().map(CustomerType::name)
        .filter(t -> pool.serves(t) && s.process().stream()
            .anyMatch(st -> st.resources().contains(pool.name()) && st.appliesTo(t)))
        .toList();
  }

  /**
   * The groups judged on {@code pool} of {@code s}: each type with a target of its own, then the
   * others that need the pool together (when there is a target for them and any are left).
   */
  public List<Group> groups(Scenario s, ResourcePool pool) {
    List<Group> out = new ArrayList<>();
    List<String> rest = new ArrayList<>(needing(s, pool));
    byType.forEach((type, p) -> out.add(new Group(type, List.of(type), p)));
    rest.removeAll(byType.keySet());
    if (!Double.isNaN(others) && !rest.isEmpty()) {
      out.add(new Group(null, rest, others));
    }
    return List.copyOf(out);
  }

  /**
   * What is wrong with these targets for {@code pool} of {@code s}: a type named that is not a
   * customer type, or that does not need the pool; empty when none.
   */
  public List<String> problems(Scenario s, ResourcePool pool) {
    List<String> out = new ArrayList<>();
    List<String> needing = needing(s, pool);
    for (String type : byType.keySet()) {
      if (s.customer(type).isEmpty()) {
        out.add("no customer type '" + type + "'");
      } else if (!needing.contains(type)) {
        out.add("'" + type + "' does not need resource '" + pool.name() + "' ("
            + (pool.serves(type) ? "no step it walks uses it" : "the pool does not serve it")
            + "): the types that do are " + String.join(", ", needing));
      }
    }
    return out;
  }
}
