package io.leansim.report;

import io.leansim.scenario.ArrivalPattern;
import io.leansim.scenario.ArrivalStream;
import io.leansim.scenario.CustomerType;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.RunSpec;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Step;
import io.leansim.scenario.Variant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A scenario in words, as plain text (never HTML: the page escapes it): opening hours and run
 * settings, customer types with their share of arrivals, arrival patterns, staffing, the steps of
 * the value stream, and what each variant changes. Durations are shown in the scenario's time unit,
 * rates per hour, times of day as {@code HH:MM}.
 */
final class ScenarioText {
  private ScenarioText() {}

  /** One block of the description: a heading, sentences, and an optional table. */
  record Section(String heading, List<String> paragraphs, List<String> columns, List<List<String>> rows) {
    Section {
      paragraphs = List.copyOf(paragraphs);
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** The description of {@code s}, section by section. */
  static List<Section> describe(Scenario s) {
    List<Section> out = new ArrayList<>();
    out.add(new Section("Opening hours and run settings", hours(s), List.of(), List.of()));
    out.add(new Section("Customers", List.of(),
        List.of("Customer type", "Share of arrivals", "Priority", "Patience"), customers(s)));
    out.add(new Section("Arrivals", arrivals(s), List.of(), List.of()));
    out.add(new Section("Staff and resources", List.of(),
        List.of("Resource", "Staffing", "Serves", "Cost per server-hour", "Outages"), pools(s)));
    out.add(new Section("The value stream, step by step", List.of(),
        List.of("Step", "Who", "Served by", "Service time", "Value", "Waiting line", "Then"), steps(s)));
    return out;
  }

  /** What {@code v} changes against the baseline {@code base}, one sentence per change (empty: nothing visible). */
  static List<String> changes(Scenario base, Variant v) {
    List<String> out = new ArrayList<>();
    List<Section> a = describe(base);
    List<Section> b = describe(v.scenario());
    for (int i = 0; i < a.size(); i++) {
      Section x = a.get(i);
      Section y = b.get(i);
      if (x.columns().isEmpty()) {
        if (!x.paragraphs().equals(y.paragraphs())) {
          List<String> added = new ArrayList<>(y.paragraphs());
          added.removeAll(x.paragraphs());
          for (String p : added) {
            out.add(x.heading() + ": " + p);
          }
        }
        continue;
      }
      Map<String, List<String>> before = byKey(x.rows());
      Map<String, List<String>> after = byKey(y.rows());
      String noun = x.columns().get(0).toLowerCase(Locale.ROOT);
      for (var e : before.entrySet()) {
        List<String> now = after.get(e.getKey());
        if (now == null) {
          out.add("No " + noun + " " + e.getKey() + " any more.");
          continue;
        }
        for (int c = 1; c < x.columns().size(); c++) {
          if (!Objects.equals(e.getValue().get(c), now.get(c))) {
            out.add(capitalize(noun) + " " + e.getKey() + ", " + x.columns().get(c).toLowerCase(Locale.ROOT) + ": "
                + e.getValue().get(c) + " → " + now.get(c) + ".");
          }
        }
      }
      for (var e : after.entrySet()) {
        if (!before.containsKey(e.getKey())) {
          out.add("New " + noun + " " + e.getKey() + ": " + String.join("; ", e.getValue().subList(1, e.getValue().size()))
              + ".");
        }
      }
    }
    return out;
  }

  private static Map<String, List<String>> byKey(List<List<String>> rows) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    rows.forEach(r -> m.put(r.get(0), r));
    return m;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static List<String> hours(Scenario s) {
    List<String> out = new ArrayList<>();
    RunSpec run = s.run();
    String u = s.timeUnit().symbol();
    out.add("Open from " + clock(s, 0) + " to " + clock(s, run.horizon()) + " (" + duration(run.horizon(), u) + "); "
        + (run.drain() ? "customers still inside at closing time are served." : "the day stops at closing time, "
        + "customers still inside are not counted as served."));
    if (run.warmup() > 0) {
      out.add("Statistics leave out customers who arrive before " + clock(s, run.warmup()) + " (warm-up).");
    }
    if (s.targets().waitWithin().isPresent()) {
      out.add("Service target: wait at most " + duration(s.targets().waitWithin().getAsDouble(), u)
          + " (the service level is the share of customers who do).");
    }
    String reps = run.replications() + " replications (simulated days) with seed " + run.seed()
        + "; every variant sees the same customers (common random numbers).";
    if (run.precision() != null) {
      reps += " More replications (at least 10, up to " + run.precision().maxReplications() + ", the same for every"
          + " variant) are added until " + run.precision().metric() + " is known to within "
          + pct(run.precision().relative()) + " with 95% confidence (in a comparison: every variant's difference from"
          + " the baseline, relative to the baseline).";
    }
    out.add(reps);
    return out;
  }

  /** Expected number of arrivals of each type over the horizon (for the share of arrivals). */
  private static Map<String, Double> expectedByType(Scenario s) {
    Map<String, Double> m = new LinkedHashMap<>();
    s.customers().forEach(c -> m.put(c.name(), 0.0));
    double horizon = s.run().horizon();
    for (ArrivalStream a : s.arrivals()) {
      ArrivalPattern p = a.pattern();
      if (p instanceof ArrivalPattern.Replay r) {
        r.arrivals().forEach(x -> m.merge(x.type(), 1.0, Double::sum));
        continue;
      }
      double n;
      if (p instanceof ArrivalPattern.Poisson poisson) {
        n = 0;
        List<ArrivalPattern.RatePeriod> ps = poisson.periods();
        for (int i = 0; i < ps.size(); i++) {
          double from = Math.max(0, ps.get(i).from());
          double to = i + 1 < ps.size() ? Math.min(horizon, ps.get(i + 1).from()) : horizon;
          n += Math.max(0, to - from) * ps.get(i).rate();
        }
      } else if (p instanceof ArrivalPattern.Appointments ap) {
        n = ap.slots().count(0, horizon) * (1 - ap.noShow());
      } else {
        throw new AssertionError(p);
      }
      double batch = a.batch() == null ? 1 : Math.max(1, a.batch().mean());
      for (var e : a.mix().entrySet()) {
        m.merge(e.getKey(), n * batch * e.getValue(), Double::sum);
      }
    }
    return m;
  }

  private static List<List<String>> customers(Scenario s) {
    Map<String, Double> expected = expectedByType(s);
    double total = expected.values().stream().mapToDouble(Double::doubleValue).sum();
    String u = s.timeUnit().symbol();
    List<List<String>> rows = new ArrayList<>();
    for (CustomerType c : s.customers()) {
      double n = expected.getOrDefault(c.name(), 0.0);
      String share = total > 0 ? pct(n / total) + " (about " + Math.round(n) + " a day)" : "—";
      String priority = c.hasPriority() ? Integer.toString(c.priority()) + (c.priority() == 1 ? " (called first)" : "")
          : "none";
      String patience = c.patience() == null ? "waits as long as needed" : "gives up after " + dist(c.patience(), u);
      rows.add(List.of(c.name(), share, priority, patience));
    }
    return rows;
  }

  private static List<String> arrivals(Scenario s) {
    List<String> out = new ArrayList<>();
    String u = s.timeUnit().symbol();
    double perHour = s.timeUnit().perHour();
    for (ArrivalStream a : s.arrivals()) {
      ArrivalPattern p = a.pattern();
      StringBuilder b = new StringBuilder(a.name()).append(": ");
      if (p instanceof ArrivalPattern.PoissonRate r) {
        b.append("customers walk in at random (Poisson), ").append(num(r.rate() * perHour)).append(" an hour all day");
      } else if (p instanceof ArrivalPattern.PoissonSchedule sch) {
        b.append("customers walk in at random (Poisson), by time of day: ");
        List<String> parts = new ArrayList<>();
        List<ArrivalPattern.RatePeriod> ps = sch.periods();
        for (int i = 0; i < ps.size(); i++) {
          double to = i + 1 < ps.size() ? ps.get(i + 1).from() : s.run().horizon();
          parts.add(clock(s, ps.get(i).from()) + "–" + clock(s, to) + " " + num(ps.get(i).rate() * perHour) + "/h");
        }
        b.append(String.join(", ", parts));
      } else if (p instanceof ArrivalPattern.Appointments ap) {
        if (ap.slots() instanceof ArrivalPattern.Every e) {
          b.append("appointments every ").append(duration(e.every(), u)).append(" from ").append(clock(s, e.start()));
          if (e.ends()) {
            b.append(" until ").append(clock(s, e.until()));
          }
        } else {
          List<Double> times = ((ArrivalPattern.Listed) ap.slots()).times();
          List<String> shown = times.stream().limit(6).map(t -> clock(s, t)).toList();
          b.append(times.size()).append(" appointment").append(times.size() == 1 ? "" : "s").append(" at ")
              .append(String.join(", ", shown)).append(times.size() > shown.size() ? ", …" : "");
        }
        if (ap.jitter() != null) {
          b.append(", arriving off their slot by ").append(dist(ap.jitter(), u));
        }
        if (ap.noShow() > 0) {
          b.append(", ").append(pct(ap.noShow())).append(" no-shows");
        }
      } else if (p instanceof ArrivalPattern.Replay r) {
        b.append(r.arrivals().size()).append(" recorded arrivals replayed from ").append(r.file());
      } else {
        throw new AssertionError(p);
      }
      if (!a.mix().isEmpty()) {
        List<String> mix = new ArrayList<>();
        a.mix().forEach((t, q) -> mix.add(t + " " + pct(q)));
        b.append("; mix: ").append(String.join(", ", mix));
      }
      if (a.batch() != null) {
        b.append("; they come in groups of ").append(dist(a.batch(), ""));
      }
      out.add(b.append('.').toString());
    }
    return out;
  }

  private static List<List<String>> pools(Scenario s) {
    List<List<String>> rows = new ArrayList<>();
    String u = s.timeUnit().symbol();
    for (ResourcePool r : s.resources()) {
      String staffing;
      if (r.shifts().isEmpty()) {
        staffing = r.capacity() + " all day";
      } else {
        List<String> parts = new ArrayList<>();
        r.shifts().forEach(sh -> parts.add("from " + clock(s, sh.from()) + ": " + sh.staff()));
        staffing = String.join(", ", parts);
      }
      String serves = r.serves().isEmpty() ? "every type" : String.join(", ", r.serves());
      String cost = r.costPerHour().isPresent() ? Verdicts.money(r.costPerHour().getAsDouble()) : "—";
      String outages = r.outages() == null ? "none"
          : "every " + dist(r.outages().every(), u) + ", lasting " + dist(r.outages().duration(), u);
      rows.add(List.of(r.name(), staffing, serves, cost, outages));
    }
    return rows;
  }

  private static List<List<String>> steps(Scenario s) {
    List<List<String>> rows = new ArrayList<>();
    String u = s.timeUnit().symbol();
    for (Step st : s.process()) {
      String who = st.forTypes().isEmpty() ? "everyone" : String.join(", ", st.forTypes());
      String by = st.resources().isEmpty() ? "nobody (a delay, no queue)" : String.join(" or ", st.resources());
      String time;
      if (st.time().byType().isEmpty()) {
        time = dist(st.time().fallback(), u);
      } else {
        List<String> parts = new ArrayList<>();
        st.time().byType().forEach((t, d) -> parts.add(t + ": " + dist(d, u)));
        if (st.time().fallback() != null) {
          parts.add("others: " + dist(st.time().fallback(), u));
        }
        time = String.join("; ", parts);
      }
      String value = switch (st.value()) {
        case VALUE_ADDED -> "value-added";
        case NECESSARY -> "necessary, not valued";
        case WASTE -> "waste (over-processing)";
      };
      List<String> line = new ArrayList<>();
      if (!st.resources().isEmpty()) {
        line.add(st.discipline().words());
      }
      st.maxWait().ifPresent(w -> line.add("anyone waiting " + duration(w, u) + " is called first"));
      if (st.walk() != null) {
        line.add("walk " + dist(st.walk(), u) + " to get there");
      }
      st.queueLimit().ifPresent(q -> line.add("customers leave when " + q + " are waiting"));
      if (st.patience() != null) {
        line.add("gives up after " + dist(st.patience(), u));
      }
      List<String> then = new ArrayList<>();
      if (st.rework() != null) {
        Step.Rework rw = st.rework();
        String share = rw.byType().isEmpty() ? pct(rw.probability()) : String.join(", ", rw.byType().entrySet()
            .stream().map(e -> e.getKey() + " " + pct(e.getValue())).toList()) + ", others " + pct(rw.probability());
        then.add(share + " found wrong and redone at " + st.rework().to()
            + (st.rework().time() == null ? "" : " (redo " + dist(st.rework().time(), u) + ")"));
      }
      if (!st.next().isEmpty()) {
        List<String> parts = new ArrayList<>();
        st.next().forEach((to, q) -> parts.add(pct(q) + " to " + (Step.EXIT.equals(to) ? "the exit" : to)));
        then.add(String.join(", ", parts));
      } else {
        then.add("next step");
      }
      rows.add(List.of(st.name(), who, by, time, value, line.isEmpty() ? "—" : String.join("; ", line),
          String.join("; ", then)));
    }
    return rows;
  }

  /** A distribution in words with its parameters in {@code unit}. */
  static String dist(DistSpec d, String unit) {
    String u = unit.isEmpty() ? "" : " " + unit;
    return d.match(new DistSpec.Cases<>() {
      public String constant(DistSpec.Constant c) {
        return "exactly " + num(c.value()) + u;
      }

      public String exponential(DistSpec.Exponential e) {
        return "exponential, mean " + num(e.mean()) + u;
      }

      public String uniform(DistSpec.Uniform x) {
        return "uniform " + num(x.min()) + "–" + num(x.max()) + u;
      }

      public String triangular(DistSpec.Triangular t) {
        return "triangular " + num(t.min()) + "–" + num(t.max()) + u + ", mostly " + num(t.mode());
      }

      public String normal(DistSpec.Normal n) {
        return "normal, mean " + num(n.mu()) + u + ", sd " + num(n.sigma());
      }

      public String lognormal(DistSpec.Lognormal l) {
        return "lognormal, mean " + num(l.mean()) + u + ", sd " + num(l.sd());
      }

      public String gamma(DistSpec.Gamma g) {
        return "gamma, mean " + num(g.mean()) + u + ", sd " + num(g.sd());
      }

      public String erlang(DistSpec.Erlang e) {
        return "Erlang-" + e.k() + ", mean " + num(e.mean()) + u;
      }

      public String weibull(DistSpec.Weibull w) {
        return "Weibull, shape " + num(w.shape()) + ", scale " + num(w.scale()) + u;
      }

      public String empirical(DistSpec.Empirical e) {
        return "as observed (" + e.values().size() + " values, mean " + num(e.mean()) + u + ")";
      }
    });
  }

  private static String clock(Scenario s, double runTime) {
    return SummaryFiles.clock(s.clockStart() + runTime, s.timeUnit().symbol());
  }

  private static String duration(double x, String unit) {
    if (unit.equals("min") && x >= 60 && x % 60 == 0) {
      return num(x / 60) + " h";
    }
    return num(x) + " " + unit;
  }

  /** A number with up to two decimals, no trailing zeros. */
  static String num(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    String t = String.format(Locale.ROOT, "%.2f", x);
    return t.replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  private static String pct(double x) {
    return num(Math.round(1000 * x) / 10.0) + "%";
  }
}
