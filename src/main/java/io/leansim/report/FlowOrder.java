package io.leansim.report;

import io.leansim.scenario.CustomerType;
import io.leansim.scenario.Routes;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a drawing of the hall puts each step: in the order customers visit the steps, from the
 * routing ({@link Routes}) of every customer type, never from the file's order. Steps are placed in
 * columns by the longest route from the entrance; steps in the same column are parallel
 * alternatives (a kiosk or a counter), drawn as lanes one above the other; a move back to an
 * earlier column (rework, a second visit) is a loop.
 *
 * <p>One order is computed over several scenarios at once (a baseline and its variants), on the
 * union of their routes, so a step they share lands in the same column and lane in every drawing,
 * and a step a variant adds (a greeter's check before the counter) opens a column where customers
 * meet it, not after the last step.
 *
 * @param places every step of any of the scenarios, by name, in the order of their first appearance
 *     in the files
 * @param columns how many columns
 * @param lanes per column, how many lanes
 */
public record FlowOrder(Map<String, Place> places, int columns, List<Integer> lanes) {

  public FlowOrder {
    places = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(places));
    lanes = List.copyOf(lanes);
  }

  /** A step's column (from 0, left to right) and lane (from 0, top to bottom). */
  public record Place(int column, int lane) {}

  /**
   * A move of customers of some type from step {@code from} to step {@code to} ({@link Routes#EXIT}
   * for the entrance as {@code from} or the exit as {@code to}); {@code loop} when it goes back to
   * a column at or before its own (drawn as a loop back), {@code rework} when the work was found
   * wrong.
   */
  public record Edge(int from, int to, boolean rework, boolean loop) {}

  /** The order of the steps of {@code scenarios} (a baseline first, then variants). */
  public static FlowOrder of(List<Scenario> scenarios) {
    Map<String, Set<String>> next = new LinkedHashMap<>(); // "" is the entrance
    Map<String, Set<String>> after = new LinkedHashMap<>();
    next.put("", new LinkedHashSet<>());
    for (Scenario s : scenarios) {
      for (Step step : s.process()) {
        next.putIfAbsent(step.name(), new LinkedHashSet<>());
      }
    }
    for (Scenario s : scenarios) {
      for (int[] e : moves(s)) {
        String from = e[0] < 0 ? "" : s.process().get(e[0]).name();
        if (e[1] >= 0) {
          // routing moves first, then rework, so a rework target reached otherwise keeps its place
          (e[2] == 1 ? after : next).computeIfAbsent(from, k -> new LinkedHashSet<>()).add(s.process().get(e[1]).name());
        }
      }
    }
    after.forEach((from, tos) -> next.get(from).addAll(tos));
    // depth-first from the entrance: an edge to a step on the current path is a loop back
    Map<String, Integer> state = new LinkedHashMap<>();
    Map<String, Set<String>> forward = new LinkedHashMap<>();
    next.keySet().forEach(k -> forward.put(k, new LinkedHashSet<>()));
    visit("", next, state, forward);
    for (String step : next.keySet()) {
      if (!state.containsKey(step)) { // reached by no route: after the step before it in its file
        visit(step, next, state, forward);
      }
    }
    Map<String, Integer> depth = new LinkedHashMap<>();
    for (String step : next.keySet()) {
      depth(step, forward, depth);
    }
    // a step no route reaches goes after the step before it in the file
    for (Scenario s : scenarios) {
      for (int i = 0; i < s.process().size(); i++) {
        String name = s.process().get(i).name();
        if (!reachedByAny(name, next) && i > 0) {
          depth.put(name, Math.max(depth.get(name), depth.get(s.process().get(i - 1).name()) + 1));
        }
      }
    }
    int columns = 0;
    Map<String, Place> places = new LinkedHashMap<>();
    List<Integer> lanes = new ArrayList<>();
    for (String step : next.keySet()) {
      if (step.isEmpty()) {
        continue;
      }
      int column = Math.max(0, depth.get(step) - 1);
      while (lanes.size() <= column) {
        lanes.add(0);
      }
      places.put(step, new Place(column, lanes.get(column)));
      lanes.set(column, lanes.get(column) + 1);
      columns = Math.max(columns, column + 1);
    }
    return new FlowOrder(places, columns, lanes);
  }

  /** The moves of customers of {@code scenario}, by step index, without repeats, in route order. */
  public List<Edge> edges(Scenario scenario) {
    List<Edge> out = new ArrayList<>();
    Set<List<Integer>> seen = new LinkedHashSet<>();
    for (int[] e : moves(scenario)) {
      if (seen.add(List.of(e[0], e[1]))) {
        boolean loop = e[0] >= 0 && e[1] >= 0 && column(scenario, e[1]) <= column(scenario, e[0]);
        out.add(new Edge(e[0], e[1], e[2] == 1, loop));
      }
    }
    return out;
  }

  private int column(Scenario scenario, int step) {
    return places.get(scenario.process().get(step).name()).column();
  }

  /** Every move of every type: {from, to, 1 if rework}; from -1 is the entrance, to -1 the exit. */
  private static List<int[]> moves(Scenario s) {
    List<int[]> out = new ArrayList<>();
    for (CustomerType type : s.customers()) {
      Routes routes = Routes.of(s.process(), type.name());
      if (routes.start() == Routes.EXIT) {
        continue;
      }
      out.add(new int[] {Routes.EXIT, routes.start(), 0});
      for (int step : routes.reachable()) {
        for (Routes.Move m : routes.after(step)) {
          out.add(new int[] {step, m.to(), m.kind() == Routes.Kind.REWORK ? 1 : 0});
        }
      }
    }
    return out;
  }

  private static boolean reachedByAny(String step, Map<String, Set<String>> next) {
    return next.values().stream().anyMatch(tos -> tos.contains(step));
  }

  /** Depth-first search: 1 on the path, 2 done; edges to a step not on the path are kept forward. */
  private static void visit(String step, Map<String, Set<String>> next, Map<String, Integer> state,
      Map<String, Set<String>> forward) {
    state.put(step, 1);
    for (String to : next.get(step)) {
      Integer s = state.get(to);
      if (s == null) {
        forward.get(step).add(to);
        visit(to, next, state, forward);
      } else if (s == 2) {
        forward.get(step).add(to);
      }
    }
    state.put(step, 2);
  }

  /** The longest forward route from the entrance to {@code step} (the entrance: 0). */
  private static int depth(String step, Map<String, Set<String>> forward, Map<String, Integer> depth) {
    Integer known = depth.get(step);
    if (known != null) {
      return known;
    }
    int d = 0;
    for (Map.Entry<String, Set<String>> e : forward.entrySet()) {
      if (e.getValue().contains(step)) {
        d = Math.max(d, depth(e.getKey(), forward, depth) + 1);
      }
    }
    depth.put(step, d);
    return d;
  }
}
