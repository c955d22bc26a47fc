package io.leansim.scenario.load;

import io.leansim.scenario.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Steps placed with {@code after: STEP} or {@code before: STEP} instead of at their place in the
 * file, so that a variant can add a step in the middle of the process without rewriting its
 * routing.
 *
 * <ul>
 *   <li>{@code after: a}: the step goes right after {@code a} in process order; when {@code a} has a
 *       {@code next}, the new step takes it over (unless it has its own) and {@code a} routes to it
 *       ({@code next: {new: 1}}): everyone who leaves {@code a} passes the new step first.
 *   <li>{@code before: b}: the step goes right before {@code b} in process order, and every {@code
 *       next} that names {@code b} names the new step instead: everyone who would go to {@code b}
 *       passes the new step first ({@code rework.to: b} still goes straight back to {@code b}).
 * </ul>
 *
 * The new step's {@code for} limits who passes it (the others skip it in process order). Steps are
 * placed in file order, a step placed relative to another placed one once that one is placed; two
 * steps placed on the same side of one step are refused by the reader (their order would be unclear).
 */
final class StepInsertion {
  private StepInsertion() {}

  /**
   * Step {@code step} placed {@code after} (else before) {@code anchor}; {@code at} and {@code path}:
   * where the anchor is written; {@code ownNext}: the step has its own {@code next}; {@code forKey}:
   * its {@code for} key, or null.
   */
  record Insert(String step, String anchor, boolean after, YNode at, String path, boolean ownNext, YNode forKey) {
    /** A placement with a mistake (already reported). */
    static final Insert BAD = new Insert("", "", true, null, "", false, null);
  }

  /** {@code steps} (in file order) with every insert placed, or null after reporting what is wrong. */
  static List<Step> apply(Sink sink, List<Step> steps, List<Insert> inserts) {
    List<String> moved = inserts.stream().map(Insert::step).toList();
    List<Step> out = new ArrayList<>(steps.stream().filter(s -> !moved.contains(s.name())).toList());
    Map<String, Step> byName = new LinkedHashMap<>();
    steps.forEach(s -> byName.put(s.name(), s));
    List<Insert> todo = new ArrayList<>(inserts);
    boolean ok = true;
    while (!todo.isEmpty()) {
      Insert next = todo.stream().filter(i -> indexOf(out, i.anchor()) >= 0).findFirst().orElse(null);
      if (next == null) {
        for (Insert i : todo) {
          sink.error(i.at(), i.path(), "steps placed relative to each other in a circle ("
              + String.join(", ", todo.stream().map(x -> x.step() + " " + (x.after() ? "after " : "before ")
              + x.anchor()).toList()) + "); place one of them relative to a step of the process");
        }
        return null;
      }
      todo.remove(next);
      Step step = byName.get(next.step());
      int anchor = indexOf(out, next.anchor());
      if (next.after()) {
        Step a = out.get(anchor);
        if (!a.next().isEmpty()) {
          if (next.forKey() != null) {
            sink.error(next.forKey(), Paths.child(Paths.child("process", next.step()), "for"), "'" + next.step()
                + "' is placed after '" + a.name() + "', which routes with next, so the types 'for' leaves out"
                + " would lose that routing; remove 'for' here, or place the step with 'before:' on a step"
                + " that '" + a.name() + "' routes to");
            ok = false;
          }
          if (!next.ownNext()) {
            step = step.withNext(a.next());
          }
          out.set(anchor, a.withNext(Map.of(step.name(), 1.0)));
        }
        out.add(anchor + 1, step);
      } else {
        for (int i = 0; i < out.size(); i++) {
          Step s = out.get(i);
          if (s.next().containsKey(next.anchor())) {
            out.set(i, s.withNext(retarget(s.next(), next.anchor(), step.name())));
          }
        }
        out.add(anchor, step);
      }
    }
    return ok ? out : null;
  }

  /** {@code next} with target {@code from} renamed {@code to} (shares for the same target added up), in order. */
  private static Map<String, Double> retarget(Map<String, Double> next, String from, String to) {
    Map<String, Double> out = new LinkedHashMap<>();
    next.forEach((k, v) -> out.merge(k.equals(from) ? to : k, v, Double::sum));
    return out;
  }

  private static int indexOf(List<Step> steps, String name) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
