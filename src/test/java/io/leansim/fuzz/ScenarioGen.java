package io.leansim.fuzz;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Valid scenarios of every feature, written as a user would write them (YAML text with shorthands,
 * units, clock times): several customer types with priorities and patience; Poisson, scheduled,
 * appointment and batch arrivals; pools with capacities or shifts, {@code serves} and outages;
 * steps with pool lists, disciplines, {@code max_wait}, walks, queue limits, rework, {@code for},
 * per-type times and {@code next} routes; and variants patching them. Small: horizons of at most
 * four hours and about one arrival a minute, so that a case runs in a fraction of a second.
 *
 * <p>Every choice is one draw from QuickTheories' randomness, with 0 the simplest, so that a
 * failing scenario shrinks towards fewer types, pools, steps and features.
 */
final class ScenarioGen {
  /**
   * A generated scenario: its YAML text, whether it carries variants, and whether it has a form
   * {@code validate} may rightly refuse (a route with no exit, extreme parameters, a pool without
   * staff).
   */
  record Generated(String yaml, boolean hasVariants, boolean mayBeRefused) {
    @Override
    public String toString() {
      return "\n---- scenario.yaml ----\n" + yaml + "----";
    }
  }

  private final RandomnessSource in;
  private final StringBuilder y = new StringBuilder();
  private boolean unsafe;

  private ScenarioGen(RandomnessSource in) {
    this.in = in;
  }

  /** The generator. */
  static Gen<Generated> scenarios() {
    Gen<Generated> gen = in -> new ScenarioGen(in).generate();
    return gen.describedAs(Generated::toString);
  }

  /** A draw in [lo, hi]; shrinks towards lo. */
  private int pick(int lo, int hi) {
    return integers().between(lo, hi).generate(in);
  }

  /** True with probability about 1/n; shrinks to false. */
  private boolean oneIn(int n) {
    return pick(0, n - 1) == n - 1;
  }

  private <T> T oneOf(List<T> options) {
    return options.get(pick(0, options.size() - 1));
  }

  private Generated generate() {
    int nTypes = pick(1, 3);
    int nPools = pick(1, 3);
    int nSteps = pick(1, 4);
    List<String> types = names("t", nTypes);
    List<String> pools = names("p", nPools);
    List<String> steps = names("s", nSteps);
    boolean clock = oneIn(2);

    line("name: fuzz");
    line("time_unit: min");
    if (clock) {
      line("clock_start: \"08:00\"");
    }
    line("run:");
    int horizon = 30 * pick(1, 8);
    line("  horizon: " + (oneIn(2) ? horizon + "min" : String.valueOf(horizon)));
    line("  drain: " + !oneIn(4));
    if (oneIn(4)) {
      line("  warmup: " + horizon / 4);
    }
    line("  replications: 2");
    line("  seed: " + pick(0, 1_000_000));
    if (oneIn(3)) {
      line("targets: {wait_within: " + pick(1, 20) + "min}");
    }

    line("customers:");
    for (String t : types) {
      List<String> keys = new ArrayList<>();
      if (oneIn(2)) {
        keys.add("priority: " + pick(1, 3));
      }
      if (oneIn(3)) {
        keys.add("patience: " + inFlow(dist(10)));
      }
      line("  " + t + ": {" + String.join(", ", keys) + "}");
    }

    line("arrivals:");
    int nStreams = pick(1, 2);
    for (int a = 0; a < nStreams; a++) {
      line("  a" + a + ":");
      switch (pick(0, 3)) {
        case 0 -> line("    rate: " + oneOf(List.of("20/h", "0.3", "0.5/min", "40/h")));
        case 1 -> {
          line("    schedule:");
          line("      - {from: " + at(clock, 0) + ", rate: " + pick(5, 40) + "/h}");
          line("      - {from: " + at(clock, pick(1, horizon - 1)) + ", rate: " + pick(0, 40) + "/h}");
        }
        case 2 -> {
          line("    every: " + pick(2, 10) + "min");
          int start = oneIn(2) ? pick(0, 20) : 0;
          if (start > 0) {
            line("    start: " + at(clock, start));
          }
          if (oneIn(2)) {
            line("    until: " + at(clock, pick(start + 1, horizon + 30)));
          }
          appointmentLuck();
        }
        default -> {
          List<Integer> slots = new java.util.ArrayList<>();
          for (int k = pick(1, 6); k > 0; k--) {
            slots.add(pick(0, horizon - 1));
          }
          line("    slots: [" + String.join(", ", slots.stream().sorted().map(m -> at(clock, m)).toList()) + "]");
          appointmentLuck();
        }
      }
      if (nTypes > 1 || oneIn(2)) {
        line("    mix: " + mix(types));
      }
      if (oneIn(4)) {
        line("    batch: " + oneOf(List.of("unif(1,3)", "2", "{dist: empirical, values: [1, 1, 2]}")));
      }
    }

    line("resources:");
    for (int p = 0; p < nPools; p++) {
      line("  " + pools.get(p) + ":");
      if (oneIn(3)) {
        line("    shifts:");
        line("      - {from: " + at(clock, 0) + ", staff: " + pick(0, 2) + "}");
        line("      - {from: " + at(clock, pick(1, horizon)) + ", staff: " + pick(1, 3) + "}");
      } else {
        int capacity = oneIn(8) ? 0 : pick(1, 3);
        // a pool that never has staff is refused unless its customers have patience (issue 14): may be refused
        unsafe |= capacity == 0;
        line("    capacity: " + capacity);
      }
      if (p > 0 && oneIn(3)) {
        line("    serves: [" + types.get(pick(0, nTypes - 1)) + "]");
      }
      if (oneIn(3)) {
        line("    cost_per_hour: " + pick(0, 40));
      }
      if (oneIn(4)) {
        line("    outages: {every: exp(" + pick(20, 120) + "), duration: " + inFlow(dist(5)) + "}");
      }
    }

    // which steps have a queue, decided first: rework must go to one
    List<Boolean> queued = new ArrayList<>();
    for (int i = 0; i < nSteps; i++) {
      queued.add(!oneIn(5));
    }
    line("process:");
    for (int i = 0; i < nSteps; i++) {
      String s = steps.get(i);
      boolean queue = queued.get(i);
      line("  " + s + ":");
      if (queue) {
        // the pool that serves every type comes last, so every type that walks the step has a server
        if (nPools > 1 && oneIn(2)) {
          line("    resource: [" + pools.get(pick(1, nPools - 1)) + ", p0]");
        } else {
          line("    resource: p0");
        }
      }
      if (nTypes > 1 && oneIn(3)) {
        String type = types.get(pick(0, nTypes - 1));
        line("    time: {" + type + ": " + inFlow(dist(3)) + ", default: " + inFlow(dist(2)) + "}");
      } else {
        line("    time: " + dist(2));
      }
      line("    value: " + oneOf(List.of("value_added", "necessary", "waste")));
      if (nTypes > 1 && oneIn(4)) {
        line("    for: [" + types.get(pick(0, nTypes - 1)) + "]");
      }
      if (queue) {
        String discipline = oneOf(List.of("fifo", "priority", "preemptive"));
        line("    discipline: " + discipline);
        if (!discipline.equals("fifo") && oneIn(3)) {
          line("    max_wait: " + pick(5, 30) + "min");
        }
        if (oneIn(4)) {
          line("    queue_limit: " + pick(0, 5));
        }
        if (oneIn(4)) {
          line("    patience: " + dist(8));
        }
        if (oneIn(3)) {
          String to = steps.get(oneOf(indicesOf(queued)));
          String time = oneIn(2) ? ", time: " + inFlow(dist(1)) : "";
          line("    rework: {probability: 0." + pick(1, 5) + ", to: " + to + time + "}");
        }
      }
      if (oneIn(4)) {
        line("    walk: " + dist(0.5));
      }
      if (oneIn(3)) {
        line("    next: " + next(steps));
      }
    }

    boolean variants = oneIn(2);
    if (variants) {
      line("variants:");
      int n = pick(1, 2);
      for (int v = 0; v < n; v++) {
        line("  v" + v + ":");
        line("    title: Variant " + v);
        line("    patch: " + patch(types, pools, steps, queued));
      }
    }
    return new Generated(y.toString(), variants, unsafe);
  }

  private static List<String> names(String prefix, int n) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(prefix + i);
    }
    return names;
  }

  private static List<Integer> indicesOf(List<Boolean> flags) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < flags.size(); i++) {
      if (flags.get(i)) {
        at.add(i);
      }
    }
    return at;
  }

  private void line(String s) {
    y.append(s).append('\n');
  }

  /** A time {@code minutes} after the start: a clock time when the file has a clock start, else a duration. */
  /** An appointment stream's optional lateness (of either sign) and no-shows. */
  private void appointmentLuck() {
    if (oneIn(2)) {
      line("    jitter: " + oneOf(List.of("norm(0,2)", "{dist: normal, mean: -1, sd: 2}", "unif(0,3)", "\"unif(-5,5)\"",
          "\"tri(-4,-1,6)\"", "-2", "{dist: empirical, values: [-3, 0, 2, 8]}")));
    }
    if (oneIn(3)) {
      line("    no_show: 0." + pick(0, 9));
    }
  }

  private static String at(boolean clock, int minutes) {
    if (!clock) {
      return minutes + "min";
    }
    int m = 8 * 60 + minutes;
    return String.format(Locale.ROOT, "\"%02d:%02d\"", m / 60, m % 60);
  }

  /** Shares that sum to 1 exactly as written (thousandths, the last takes the rest). */
  private String mix(List<String> types) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    int left = 1000;
    for (int t = 0; t < types.size(); t++) {
      int w = t == types.size() - 1 ? left : pick(0, left);
      weights.put(types.get(t), w);
      left -= w;
    }
    List<String> parts = new ArrayList<>();
    weights.forEach((t, w) -> parts.add(t + ": " + (w == 1000 ? "1" : String.format(Locale.ROOT, "0.%03d", w))));
    return "{" + String.join(", ", parts) + "}";
  }

  /** A {@code next} map: one or two steps (any, earlier or later), and the exit. */
  private String next(List<String> steps) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    int exit = pick(0, 4); // 0: a route with no way out, which validate must refuse
    weights.put(steps.get(pick(0, steps.size() - 1)), pick(1, 4));
    if (oneIn(2)) {
      weights.merge(steps.get(pick(0, steps.size() - 1)), pick(1, 4), Integer::sum);
    }
    if (exit > 0) {
      weights.put("exit", exit);
    } else {
      unsafe = true;
    }
    int total = weights.values().stream().mapToInt(Integer::intValue).sum();
    List<String> parts = new ArrayList<>();
    int left = 1000;
    int i = 0;
    for (var e : weights.entrySet()) {
      int w = ++i == weights.size() ? left : 1000 * e.getValue() / total;
      left -= w;
      parts.add(e.getKey() + ": " + (w == 1000 ? "1" : String.format(Locale.ROOT, "0.%03d", w)));
    }
    return "{" + String.join(", ", parts) + "}";
  }

  /** One change of the baseline, as a merge patch in flow style. */
  private String patch(List<String> types, List<String> pools, List<String> steps, List<Boolean> queued) {
    List<Integer> withQueue = indicesOf(queued);
    String pool = oneOf(pools);
    return switch (pick(0, 6)) {
      case 0 -> "{resources: {" + pool + ": {shifts: null, capacity: " + pick(1, 4) + "}}}";
      case 1 -> withQueue.isEmpty() ? "{}"
          : "{process: {" + steps.get(oneOf(withQueue)) + ": {discipline: "
              + oneOf(List.of("priority", "preemptive")) + "}}}";
      case 2 -> "{customers: {" + oneOf(types) + ": {priority: 1}}}";
      case 3 -> "{process: {" + oneOf(steps) + ": {rework: null, next: null}}}";
      case 4 -> withQueue.isEmpty() ? "{}"
          : "{resources: {extra: {capacity: " + pick(1, 2) + "}}, process: {" + steps.get(oneOf(withQueue))
              + ": {resource: [extra, p0]}}}";
      case 5 -> "{process: {" + oneOf(steps) + ": {time: " + inFlow(shorthand(1)) + "}}}";
      default -> "{run: {drain: " + oneIn(2) + "}, arrivals: {a0: {batch: 2}}}";
    };
  }

  /** A distribution of about {@code scale} time units, in one of the ways the format allows. */
  private String dist(double scale) {
    double m = scale * (0.2 + pick(0, 30) / 10.0);
    double sd = m * (0.1 + pick(0, 40) / 10.0);
    if (oneIn(6)) { // extreme parameters, which validate may rightly refuse
      m = Math.pow(10, pick(-9, 9));
      unsafe = true;
      sd = m * Math.pow(10, pick(-6, 6));
    }
    String ms = num(m);
    String sds = num(sd);
    return switch (pick(0, 11)) {
      case 0 -> ms;
      case 1 -> "exp(" + ms + ")";
      case 2 -> "unif(" + num(m / 2) + "," + num(m * 1.5) + ")";
      case 3 -> "tri(" + num(m / 2) + "," + ms + "," + num(m * 2) + ")";
      case 4 -> "norm(" + ms + "," + sds + ")";
      case 5 -> "logn(" + ms + "," + sds + ")";
      case 6 -> "gamma(" + ms + "," + sds + ")";
      case 7 -> "erlang(" + pick(1, 5) + "," + ms + ")";
      case 8 -> "weib(" + num(0.5 + pick(0, 30) / 10.0) + "," + ms + ")";
      case 9 -> "{dist: empirical, values: [" + num(m / 2) + ", " + ms + ", " + num(m * 3) + "]}";
      case 10 -> "{dist: exponential, mean: " + num(m * 60) + "s}";
      default -> "{dist: lognormal, mean: " + ms + ", sd: " + sds + "}";
    };
  }

  /**
   * A distribution written as a scalar, for a patch: a merge patch replaces a scalar whole, while a
   * map would merge with the baseline's map (its per-type times, or another law's parameters).
   */
  private String shorthand(double scale) {
    String d = dist(scale);
    while (d.startsWith("{")) {
      d = dist(scale);
    }
    return d;
  }

  /** A shorthand with a comma quoted, as inside {...} it must be (the comma would end the value). */
  private static String inFlow(String dist) {
    return dist.startsWith("{") || !dist.contains(",") ? dist : "\"" + dist + "\"";
  }

  private static String num(double x) {
    return String.format(Locale.ROOT, "%.4g", x).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replace(".e", "e")
        .replaceAll("\\.$", "");
  }
}
