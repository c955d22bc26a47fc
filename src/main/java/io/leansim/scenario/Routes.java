package io.leansim.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The routes customers of one type take through the process, as a Markov chain over the steps
 * that apply to the type: where they start, and after a service at a step where they go with what
 * probability ({@code rework}, then {@code next}, else the next step in process order that applies;
 * a target that {@code for} excludes passes them on to the next step that applies). Leaving by
 * patience or {@code queue_limit} is not a route: only {@link #EXIT} is.
 *
 * <p>Used to find customers who can never leave (a closed group of steps, {@link #traps()}), the
 * mean visits of a customer ({@link #expectedVisits()}), and the share of customers who leave
 * without passing some kind of step ({@link #leavingWithout}). Pure functions of the steps.
 */
public final class Routes {
  /** The exit, as a move's target. */
  public static final int EXIT = -1;

  /** How a move is decided. */
  public enum Kind {
    /** {@code rework} found the work wrong. */
    REWORK,
    /** {@code next} routed it. */
    NEXT,
    /** No {@code next}: the next step in process order that applies. */
    ORDER
  }

  /** After a service, the customer goes to step {@code to} ({@link #EXIT}: leaves) with {@code probability}. */
  public record Move(int to, double probability, Kind kind) {}

  private final List<Step> process;
  private final String type;
  private final int start;
  private final List<List<Move>> moves = new ArrayList<>();

  private Routes(List<Step> process, String type) {
    this.process = List.copyOf(process);
    this.type = type;
    this.start = onFrom(-1);
    for (int i = 0; i < process.size(); i++) {
      moves.add(process.get(i).appliesTo(type) ? movesAfter(i) : List.of());
    }
  }

  /** The routes of customers of {@code type} through {@code process}. */
  public static Routes of(List<Step> process, String type) {
    return new Routes(process, type);
  }

  /** The first step of the route, or {@link #EXIT} when no step applies to the type. */
  public int start() {
    return start;
  }

  /** The moves after a service at step {@code step} (none when it does not apply), each with a positive probability. */
  public List<Move> after(int step) {
    return moves.get(step);
  }

  /** Steps a customer of the type can reach, in process order. */
  public List<Integer> reachable() {
    boolean[] seen = new boolean[process.size()];
    Deque<Integer> todo = new ArrayDeque<>();
    if (start != EXIT) {
      seen[start] = true;
      todo.add(start);
    }
    while (!todo.isEmpty()) {
      for (Move m : moves.get(todo.poll())) {
        if (m.to() != EXIT && !seen[m.to()]) {
          seen[m.to()] = true;
          todo.add(m.to());
        }
      }
    }
    return indices(seen);
  }

  /**
   * Closed groups of steps a customer can reach but never leave: each group only leads to itself
   * (a bottom strongly connected component without the exit), its steps in process order; groups
   * in the order of their first step. Empty when every reachable step has a way to the exit.
   */
  public List<List<Integer>> traps() {
    List<Integer> reach = reachable();
    boolean[] exits = new boolean[process.size()];
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i : reach) {
        if (!exits[i] && moves.get(i).stream().anyMatch(m -> m.to() == EXIT || exits[m.to()])) {
          exits[i] = true;
          changed = true;
        }
      }
    }
    List<List<Integer>> out = new ArrayList<>();
    boolean[] done = new boolean[process.size()];
    for (int i : reach) {
      if (exits[i] || done[i]) {
        continue;
      }
      boolean[] fromI = closure(i);
      boolean bottom = true;
      boolean[] group = new boolean[process.size()];
      for (int j = 0; j < process.size(); j++) {
        if (fromI[j]) {
          boolean back = closure(j)[i];
          group[j] = back;
          bottom &= back;
        }
      }
      if (bottom) {
        List<Integer> g = indices(group);
        g.forEach(j -> done[j] = true);
        out.add(g);
      }
    }
    return out;
  }

  /**
   * A cycle through {@code group} (one of {@link #traps()}) from its first step back to it, by the
   * fewest moves: the steps in route order, the first repeated at the end.
   */
  public List<Integer> cycle(List<Integer> group) {
    int first = group.get(0);
    int[] from = new int[process.size()];
    Arrays.fill(from, -2);
    Deque<Integer> todo = new ArrayDeque<>(List.of(first));
    while (!todo.isEmpty()) {
      int i = todo.poll();
      for (Move m : moves.get(i)) {
        if (m.to() == first) {
          List<Integer> path = new ArrayList<>();
          for (int k = i; k != first; k = from[k]) {
            path.add(0, k);
          }
          path.add(0, first);
          path.add(first);
          return path;
        }
        if (m.to() != EXIT && group.contains(m.to()) && from[m.to()] == -2) {
          from[m.to()] = i;
          todo.add(m.to());
        }
      }
    }
    throw new IllegalArgumentException("not a closed group of steps: " + group);
  }

  /**
   * The mean number of visits a customer of the type makes to each step (0 for steps it never
   * reaches); +infinity at the steps of a {@link #traps() trap} and wherever the mean is not finite.
   */
  public double[] expectedVisits() {
    return visits(new boolean[process.size()]);
  }

  /**
   * Where customers of the type leave without ever being at a step that {@code counts}: for each
   * step (that does not count), the probability that a customer leaves right after it having
   * passed no step that counts; the sum is the share of such customers. {@code entry} is the share
   * who leave before any step (no step applies to the type: 1, else 0).
   */
  public Leaving leavingWithout(boolean[] counts) {
    if (start == EXIT) {
      return new Leaving(1, new double[process.size()]);
    }
    double[] v = visits(counts);
    double[] out = new double[process.size()];
    for (int i = 0; i < out.length; i++) {
      if (counts[i] || v[i] == 0) {
        continue;
      }
      for (Move m : moves.get(i)) {
        if (m.to() == EXIT) {
          out[i] += v[i] * m.probability();
        }
      }
    }
    return new Leaving(0, out);
  }

  /**
   * Customers who leave without passing a step that counts.
   *
   * @param entry the share who leave before any step
   * @param after per step, the share who leave right after it
   */
  public record Leaving(double entry, double[] after) {
    /** The share of customers who leave without passing a step that counts. */
    public double share() {
      return entry + Arrays.stream(after).sum();
    }

    /** The step after which the most of them leave, or -1 (they leave before any step). */
    public int mostAfter() {
      int best = -1;
      for (int i = 0; i < after.length; i++) {
        if (after[i] > 0 && (best < 0 || after[i] > after[best])) {
          best = i;
        }
      }
      return best;
    }
  }

  /**
   * Mean visits per step before leaving, counting {@code absorbing} steps as reached (their own
   * visits, not beyond): v = s + v Q over the other steps, solved by Gaussian elimination over the
   * steps reachable without passing an absorbing one.
   */
  private double[] visits(boolean[] absorbing) {
    int n = process.size();
    double[] v = new double[n];
    if (start == EXIT) {
      return v;
    }
    boolean[] seen = new boolean[n];
    Deque<Integer> todo = new ArrayDeque<>(List.of(start));
    seen[start] = true;
    while (!todo.isEmpty()) {
      int i = todo.poll();
      if (absorbing[i]) {
        continue;
      }
      for (Move m : moves.get(i)) {
        if (m.to() != EXIT && !seen[m.to()]) {
          seen[m.to()] = true;
          todo.add(m.to());
        }
      }
    }
    List<Integer> states = indices(seen);
    int k = states.size();
    int[] pos = new int[n];
    for (int a = 0; a < k; a++) {
      pos[states.get(a)] = a;
    }
    // (I - Q^T) v = s, with rows of absorbing states having no outgoing part
    double[][] a = new double[k][k + 1];
    for (int r = 0; r < k; r++) {
      a[r][r] = 1;
    }
    a[pos[start]][k] = 1;
    for (int i : states) {
      if (absorbing[i]) {
        continue;
      }
      for (Move m : moves.get(i)) {
        if (m.to() != EXIT) {
          a[pos[m.to()]][pos[i]] -= m.probability();
        }
      }
    }
    for (int c = 0; c < k; c++) {
      int p = c;
      for (int r = c + 1; r < k; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
          p = r;
        }
      }
      if (Math.abs(a[p][c]) < 1e-12) {
        Arrays.fill(v, Double.POSITIVE_INFINITY); // a closed group: no finite mean
        return v;
      }
      double[] t = a[c];
      a[c] = a[p];
      a[p] = t;
      for (int r = 0; r < k; r++) {
        if (r != c && a[r][c] != 0) {
          double f = a[r][c] / a[c][c];
          for (int q = c; q <= k; q++) {
            a[r][q] -= f * a[c][q];
          }
        }
      }
    }
    for (int r = 0; r < k; r++) {
      double x = a[r][k] / a[r][r];
      v[states.get(r)] = x < 0 || Double.isNaN(x) ? Double.POSITIVE_INFINITY : x;
    }
    return v;
  }

  /** Steps reachable from {@code i} by one or more moves. */
  private boolean[] closure(int i) {
    boolean[] seen = new boolean[process.size()];
    Deque<Integer> todo = new ArrayDeque<>(List.of(i));
    while (!todo.isEmpty()) {
      for (Move m : moves.get(todo.poll())) {
        if (m.to() != EXIT && !seen[m.to()]) {
          seen[m.to()] = true;
          todo.add(m.to());
        }
      }
    }
    return seen;
  }

  private List<Move> movesAfter(int i) {
    Step s = process.get(i);
    List<Move> out = new ArrayList<>();
    double rest = 1;
    double p = s.rework() == null ? 0 : s.rework().probability(type);
    if (p > 0) {
      int to = indexOf(s.rework().to());
      out.add(new Move(to >= 0 && process.get(to).appliesTo(type) ? to : i, p, Kind.REWORK));
      rest -= p;
    }
    if (s.next().isEmpty()) {
      out.add(new Move(onFrom(i), rest, Kind.ORDER));
      return out;
    }
    for (Map.Entry<String, Double> e : s.next().entrySet()) {
      if (e.getValue() > 0) {
        int to = e.getKey().equals(Step.EXIT) ? EXIT : indexOf(e.getKey());
        out.add(new Move(to == EXIT || process.get(to).appliesTo(type) ? to : onFrom(to), rest * e.getValue(),
            Kind.NEXT));
      }
    }
    return out;
  }

  /** The first step after {@code i} in process order that applies to the type, or {@link #EXIT}. */
  private int onFrom(int i) {
    for (int j = i + 1; j < process.size(); j++) {
      if (process.get(j).appliesTo(type)) {
        return j;
      }
    }
    return EXIT;
  }

  private int indexOf(String step) {
    for (int i = 0; i < process.size(); i++) {
      if (process.get(i).name().equals(step)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown step " + step);
  }

  private static List<Integer> indices(boolean[] set) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < set.length; i++) {
      if (set[i]) {
        out.add(i);
      }
    }
    return out;
  }
}
