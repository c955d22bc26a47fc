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
import java.util.function.ToDoubleFunction;

/**
 * Where each step of a process is drawn, from the routing customers take ({@link Routes}), not the
 * order of the file: a step in the column of its longest route from the entrance, the main line
 * (at each fork the branch most visits take) in row 0, alternatives and optional steps (a kiosk
 * beside the counter, a form only new contracts fill) in rows below it, and steps reached only by
 * rework in the {@link #sideRow() side row} under the step that sends work back.
 *
 * @param cells where each step is drawn, in flow order (column, then row; side steps last)
 * @param edges the forward moves between steps, {@code null} standing for the entrance or the exit
 * @param loops the moves back: rework and routes to an earlier step
 * @param columns the number of columns
 * @param rows the number of main rows
 */
record Flow(List<Cell> cells, List<Edge> edges, List<Edge> loops, int columns, int rows) {
  /** A step drawn at {@code column}, {@code row}; {@code side}: reached only by rework. */
  record Cell(Step step, int column, int row, boolean side) {}

  /** A move from step {@code from} to step {@code to} ({@code null}: the entrance, the exit); {@code rework}: work sent back. */
  record Edge(String from, String to, boolean rework) {}

  /** The row of steps reached only by rework. */
  int sideRow() {
    return rows;
  }

  /** The cell of {@code step}, or null. */
  Cell cell(String step) {
    return cells.stream().filter(c -> c.step().name().equals(step)).findFirst().orElse(null);
  }

  /**
   * The flow of {@code scenario}'s process; {@code weight}: how many visits a step has (the main
   * line follows the heaviest branch; ties: the step first in the file).
   */
  static Flow of(Scenario scenario, ToDoubleFunction<String> weight) {
    List<Step> process = scenario.process();
    int n = process.size();
    Set<Edge> forward = new LinkedHashSet<>();
    Set<Edge> rework = new LinkedHashSet<>();
    for (CustomerType type : scenario.customers()) {
      Routes routes = Routes.of(process, type.name());
      if (routes.start() == Routes.EXIT) {
        continue;
      }
      forward.add(new Edge(null, process.get(routes.start()).name(), false));
      for (int i = 0; i < n; i++) {
        for (Routes.Move m : routes.after(i)) {
          String to = m.to() == Routes.EXIT ? null : process.get(m.to()).name();
          if (m.kind() == Routes.Kind.REWORK) {
            rework.add(new Edge(process.get(i).name(), to, true));
          } else {
            forward.add(new Edge(process.get(i).name(), to, false));
          }
        }
      }
    }
    // the main steps: reached from the entrance without rework; back edges found depth first
    Map<String, List<String>> next = new LinkedHashMap<>();
    for (Edge e : forward) {
      next.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
    }
    List<String> postOrder = new ArrayList<>();
    Set<Edge> back = new LinkedHashSet<>();
    visit(null, next, new LinkedHashSet<>(), new LinkedHashSet<>(), postOrder, back);
    List<String> topo = new ArrayList<>(postOrder);
    java.util.Collections.reverse(topo);
    topo.remove(null);
    Set<String> main = new LinkedHashSet<>(topo);
    Map<String, Integer> column = new LinkedHashMap<>();
    for (String s : topo) {
      int c = 0;
      for (Edge e : forward) {
        if (s.equals(e.to()) && !back.contains(e) && e.from() != null && column.containsKey(e.from())) {
          c = Math.max(c, column.get(e.from()) + 1);
        }
      }
      column.put(s, c);
    }
    // the main line: from the entrance, the heaviest next step each time
    Set<String> trunk = new LinkedHashSet<>();
    String at = null;
    while (true) {
      String best = null;
      for (Edge e : forward) {
        if (java.util.Objects.equals(e.from(), at) && e.to() != null && !back.contains(e) && !trunk.contains(e.to())
            && (best == null || weight.applyAsDouble(e.to()) > weight.applyAsDouble(best))) {
          best = e.to();
        }
      }
      if (best == null) {
        break;
      }
      trunk.add(best);
      at = best;
    }
    int columns = column.values().stream().mapToInt(c -> c + 1).max().orElse(0);
    int[] used = new int[Math.max(1, columns)];
    List<Cell> cells = new ArrayList<>();
    for (Step s : process) {
      if (trunk.contains(s.name())) {
        cells.add(new Cell(s, column.get(s.name()), 0, false));
      }
    }
    for (Step s : process) {
      if (main.contains(s.name()) && !trunk.contains(s.name())) {
        int c = column.get(s.name());
        cells.add(new Cell(s, c, ++used[c], false));
      }
    }
    int rows = 1 + java.util.Arrays.stream(used).max().orElse(0);
    // side steps: in the side row, under the first step that sends work to them
    Map<Integer, Integer> sideUsed = new LinkedHashMap<>();
    List<Edge> loops = new ArrayList<>(back);
    for (Edge e : rework) {
      loops.add(e);
    }
    Set<String> placed = new LinkedHashSet<>(main);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Edge e : rework) {
        if (e.to() != null && !placed.contains(e.to()) && placed.contains(e.from())) {
          Cell from = cellOf(cells, e.from());
          int c = from.column();
          int k = sideUsed.merge(c, 1, Integer::sum) - 1;
          cells.add(new Cell(step(process, e.to()), c, rows + k, true));
          placed.add(e.to());
          grew = true;
        }
      }
      for (Edge e : forward) { // a side step's own moves: back into the flow, or on to another side step
        if (e.from() != null && placed.contains(e.from()) && !main.contains(e.from())) {
          if (e.to() != null && !placed.contains(e.to())) {
            Cell from = cellOf(cells, e.from());
            int k = sideUsed.merge(from.column() + 1, 1, Integer::sum) - 1;
            cells.add(new Cell(step(process, e.to()), from.column() + 1, rows + k, true));
            placed.add(e.to());
            grew = true;
          }
        }
      }
    }
    List<Edge> edges = new ArrayList<>();
    for (Edge e : forward) {
      if (back.contains(e)) {
        continue;
      }
      boolean fromSide = e.from() != null && !main.contains(e.from());
      if (fromSide) {
        loops.add(e);
      } else {
        edges.add(e);
      }
    }
    cells.sort(java.util.Comparator.comparing(Cell::side).thenComparingInt(Cell::column).thenComparingInt(Cell::row));
    return new Flow(List.copyOf(cells), List.copyOf(edges), List.copyOf(loops), Math.max(columns, 1), rows);
  }

  private static void visit(String node, Map<String, List<String>> next, Set<String> onStack, Set<String> done,
      List<String> postOrder, Set<Edge> back) {
    onStack.add(node);
    for (String to : next.getOrDefault(node, List.of())) {
      if (to == null) {
        continue;
      }
      if (onStack.contains(to)) {
        back.add(new Edge(node, to, false));
      } else if (!done.contains(to)) {
        visit(to, next, onStack, done, postOrder, back);
      }
    }
    onStack.remove(node);
    done.add(node);
    postOrder.add(node);
  }

  private static Cell cellOf(List<Cell> cells, String step) {
    return cells.stream().filter(c -> c.step().name().equals(step)).findFirst().orElseThrow();
  }

  private static Step step(List<Step> process, String name) {
    return process.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }
}
