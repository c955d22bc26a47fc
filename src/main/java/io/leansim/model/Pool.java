package io.leansim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A staffed pool of identical servers at run time: how many are on duty, how many are busy, and
 * the lines it calls from. It keeps no process logic: the system decides where customers go.
 */
public final class Pool {
  private final int index;
  private final String name;
  private final int capacity;
  private final List<StepNode> steps = new ArrayList<>();
  int busy;

  Pool(int index, String name, int capacity) {
    this.index = index;
    this.name = name;
    this.capacity = capacity;
  }

  /** Index in the scenario's resource list. */
  public int index() {
    return index;
  }

  /** The pool's name. */
  public String name() {
    return name;
  }

  /** Servers on duty. */
  public int onDuty() {
    return capacity;
  }

  /** Servers busy now (never more than on duty). */
  public int busy() {
    return busy;
  }

  /** Steps whose lines this pool calls from. */
  List<StepNode> steps() {
    return steps;
  }

  /**
   * The step whose next customer this pool calls, or null when every line is empty: the best
   * (rank, join sequence) over its lines, so several steps sharing a pool are served in one order.
   */
  StepNode nextStep() {
    StepNode best = null;
    int bestRank = Integer.MAX_VALUE;
    long bestSeq = Long.MAX_VALUE;
    for (StepNode s : steps) {
      Line line = s.line();
      if (line.size() == 0) {
        continue;
      }
      int rank = line.headRank();
      long seq = line.peek().joinSeq;
      if (rank < bestRank || (rank == bestRank && seq < bestSeq)) {
        best = s;
        bestRank = rank;
        bestSeq = seq;
      }
    }
    return best;
  }
}
