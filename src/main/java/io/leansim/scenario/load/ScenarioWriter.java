package io.leansim.scenario.load;

import io.leansim.scenario.ArrivalPattern;
import io.leansim.scenario.ArrivalStream;
import io.leansim.scenario.CustomerType;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Step;
import io.leansim.scenario.Variant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes a scenario "as run": every key explicit after defaults, durations as bare numbers in the
 * time unit, clock times as {@code HH:MM}, distributions in map form, and each variant as the
 * merge patch between the baseline's written tree and the variant's. {@link ScenarioLoader#parse}
 * loads the text back into an equal {@link Scenario}.
 */
public final class ScenarioWriter {
  private ScenarioWriter() {}

  /** The scenario "as run" (after defaults), as YAML text that ScenarioLoader.parse loads back into an equal Scenario (round trip). */
  public static String toYaml(Scenario s) {
    Map<String, Object> root = tree(s);
    if (!s.variants().isEmpty()) {
      Map<String, Object> variants = new LinkedHashMap<>();
      for (Variant v : s.variants()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        if (v.title() != null) {
          entry.put("title", v.title());
        }
        entry.put("patch", patch(root, v.scenario()));
        variants.put(v.name(), entry);
      }
      root.put("variants", variants);
    }
    return dump(root);
  }

  /**
   * One variant as the lines to paste under a scenario file's {@code variants:} key: {@code name:}
   * with its {@code title} and the merge patch that turns {@code base} into {@code variant} (both
   * without variants of their own), every line indented by two spaces. Appended to the file's
   * text after a {@code variants:} line, it loads back into a variant equal to {@code variant}.
   */
  public static String variantYaml(Scenario base, String name, String title, Scenario variant) {
    Map<String, Object> entry = new LinkedHashMap<>();
    if (title != null) {
      entry.put("title", title);
    }
    entry.put("patch", patch(tree(base), variant));
    StringBuilder out = new StringBuilder();
    for (String line : dump(map(name, entry)).split("\n")) {
      out.append("  ").append(line).append('\n');
    }
    return out.toString();
  }

  /**
   * The merge patch from {@code base} (a written tree) to {@code variant}. A merge patch adds steps
   * at the end of the process, so a step the variant has in the middle is placed with {@code
   * after:} the step before it (when that placement rewires nothing: that step has no {@code next},
   * or routes only to the new step, which has a {@code next} of its own) or else {@code before:}
   * the step after it (when no other step's {@code next} names that one).
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> patch(Map<String, Object> base, Scenario variant) {
    Map<String, Object> patch = MergePatch.diff(base, tree(variant));
    if (!(patch.get("process") instanceof Map<?, ?> steps) || !(base.get("process") instanceof Map<?, ?> was)) {
      return patch;
    }
    List<Step> order = variant.process();
    for (int i = 0; i < order.size() - 1; i++) {
      Step n = order.get(i);
      boolean baseAfter = order.subList(i + 1, order.size()).stream().anyMatch(x -> was.containsKey(x.name()));
      if (was.containsKey(n.name()) || !baseAfter) {
        continue;
      }
      Map<String, Object> step = new LinkedHashMap<>((Map<String, Object>) steps.get(n.name()));
      Step prev = i > 0 ? order.get(i - 1) : null;
      Step following = order.get(i + 1);
      if (prev != null && (prev.next().isEmpty() || prev.next().equals(Map.of(n.name(), 1.0)) && !n.next().isEmpty())) {
        step.put("after", prev.name());
      } else if (order.stream().noneMatch(x -> x != n && x.next().containsKey(following.name()))) {
        step.put("before", following.name());
      }
      ((Map<String, Object>) steps).put(n.name(), step);
    }
    return patch;
  }

  private static String dump(Map<String, Object> root) {
    DumpSettings settings = DumpSettings.builder()
        .setDefaultFlowStyle(FlowStyle.BLOCK)
        .setSchema(new CoreSchema())
        .setIndent(2)
        .setWidth(120)
        .build();
    return new Dump(settings, new Representer(settings)).dumpToString(root);
  }

  /**
   * A time of day, written double-quoted: YAML 1.1 readers (PyYAML, for one) would read an
   * unquoted {@code 10:30} as the sexagesimal number 630.
   */
  private record ClockText(String text) {}

  /** Represents {@link ClockText} as a double-quoted string. */
  private static final class Representer extends StandardRepresenter {
    Representer(DumpSettings settings) {
      super(settings);
      representers.put(ClockText.class,
          data -> representScalar(Tag.STR, ((ClockText) data).text(), ScalarStyle.DOUBLE_QUOTED));
    }
  }

  /** The scenario without variants as a plain tree of maps, lists and scalars. */
  static Map<String, Object> tree(Scenario s) {
    double unitSeconds = Units.seconds(s.timeUnit());
    long startSeconds = Math.round(s.clockStart() * unitSeconds);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("name", s.name());
    if (s.title() != null) {
      root.put("title", s.title());
    }
    if (s.description() != null) {
      root.put("description", s.description());
    }
    root.put("time_unit", s.timeUnit().symbol());
    root.put("clock_start", new ClockText(Units.formatClock(startSeconds)));
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("horizon", s.run().horizon());
    run.put("drain", s.run().drain());
    run.put("warmup", s.run().warmup());
    run.put("replications", s.run().replications());
    run.put("seed", s.run().seed());
    if (s.run().precision() != null) {
      Map<String, Object> precision = new LinkedHashMap<>();
      precision.put("metric", s.run().precision().metric());
      precision.put("relative", s.run().precision().relative());
      precision.put("max_replications", s.run().precision().maxReplications());
      run.put("precision", precision);
    }
    root.put("run", run);
    if (s.targets().waitWithin().isPresent()) {
      root.put("targets", map("wait_within", s.targets().waitWithin().getAsDouble()));
    }
    Map<String, Object> customers = new LinkedHashMap<>();
    for (CustomerType c : s.customers()) {
      Map<String, Object> type = new LinkedHashMap<>();
      if (c.hasPriority()) {
        type.put("priority", c.priority());
      }
      if (c.patience() != null) {
        type.put("patience", dist(c.patience()));
      }
      customers.put(c.name(), type);
    }
    root.put("customers", customers);
    Map<String, Object> arrivals = new LinkedHashMap<>();
    for (ArrivalStream a : s.arrivals()) {
      Map<String, Object> stream = new LinkedHashMap<>();
      if (a.pattern() instanceof ArrivalPattern.PoissonRate r) {
        stream.put("rate", r.rate());
      } else if (a.pattern() instanceof ArrivalPattern.PoissonSchedule sch) {
        List<Object> periods = new ArrayList<>();
        for (ArrivalPattern.RatePeriod p : sch.periods()) {
          Map<String, Object> period = new LinkedHashMap<>();
          period.put("from", clockOrNumber(p.from(), unitSeconds, startSeconds));
          period.put("rate", p.rate());
          periods.add(period);
        }
        stream.put("schedule", periods);
      } else if (a.pattern() instanceof ArrivalPattern.Appointments ap) {
        if (ap.slots() instanceof ArrivalPattern.Every e) {
          stream.put("every", e.every());
          stream.put("start", clockOrNumber(e.start(), unitSeconds, startSeconds));
          if (e.ends()) {
            stream.put("until", clockOrNumber(e.until(), unitSeconds, startSeconds));
          }
        } else {
          stream.put("slots", ((ArrivalPattern.Listed) ap.slots()).times().stream()
              .map(t -> clockOrNumber(t, unitSeconds, startSeconds)).toList());
        }
        if (ap.jitter() != null) {
          stream.put("jitter", dist(ap.jitter()));
        }
        stream.put("no_show", ap.noShow());
      } else if (a.pattern() instanceof ArrivalPattern.Replay r) {
        stream.put("trace", r.file());
      } else {
        throw new AssertionError(a.pattern());
      }
      if (!(a.pattern() instanceof ArrivalPattern.Replay)) {
        stream.put("mix", new LinkedHashMap<String, Object>(a.mix()));
      }
      if (a.batch() != null) {
        stream.put("batch", dist(a.batch()));
      }
      if (a.scale() != 1) {
        stream.put("scale", a.scale());
      }
      arrivals.put(a.name(), stream);
    }
    root.put("arrivals", arrivals);
    Map<String, Object> resources = new LinkedHashMap<>();
    for (ResourcePool r : s.resources()) {
      Map<String, Object> pool = new LinkedHashMap<>();
      if (r.shifts().isEmpty()) {
        pool.put("capacity", r.capacity());
      } else {
        List<Object> shifts = new ArrayList<>();
        for (ResourcePool.Shift sh : r.shifts()) {
          Map<String, Object> shift = new LinkedHashMap<>();
          shift.put("from", clockOrNumber(sh.from(), unitSeconds, startSeconds));
          shift.put("staff", sh.staff());
          shifts.add(shift);
        }
        pool.put("shifts", shifts);
      }
      if (!r.serves().isEmpty()) {
        pool.put("serves", new ArrayList<Object>(r.serves()));
      }
      if (r.costPerHour().isPresent()) {
        pool.put("cost_per_hour", r.costPerHour().getAsDouble());
      }
      if (r.outages() != null) {
        Map<String, Object> outages = new LinkedHashMap<>();
        outages.put("every", dist(r.outages().every()));
        outages.put("duration", dist(r.outages().duration()));
        pool.put("outages", outages);
      }
      resources.put(r.name(), pool);
    }
    root.put("resources", resources);
    Map<String, Object> process = new LinkedHashMap<>();
    for (Step st : s.process()) {
      Map<String, Object> step = new LinkedHashMap<>();
      if (st.resources().size() == 1) {
        step.put("resource", st.resources().get(0));
      } else if (!st.resources().isEmpty()) {
        step.put("resource", new ArrayList<Object>(st.resources()));
      }
      if (st.time().byType().isEmpty()) {
        step.put("time", dist(st.time().fallback()));
      } else {
        Map<String, Object> byType = new LinkedHashMap<>();
        st.time().byType().forEach((type, d) -> byType.put(type, dist(d)));
        if (st.time().fallback() != null) {
          byType.put("default", dist(st.time().fallback()));
        }
        step.put("time", byType);
      }
      step.put("value", st.value().key());
      if (!st.forTypes().isEmpty()) {
        step.put("for", new ArrayList<Object>(st.forTypes()));
      }
      step.put("discipline", st.discipline().key());
      if (st.maxWait().isPresent()) {
        step.put("max_wait", st.maxWait().getAsDouble());
      }
      if (st.walk() != null) {
        step.put("walk", dist(st.walk()));
      }
      if (st.queueLimit().isPresent()) {
        step.put("queue_limit", st.queueLimit().getAsInt());
      }
      if (st.patience() != null) {
        step.put("patience", dist(st.patience()));
      }
      if (st.rework() != null) {
        Map<String, Object> rework = new LinkedHashMap<>();
        if (st.rework().byType().isEmpty()) {
          rework.put("probability", st.rework().probability());
        } else {
          Map<String, Object> byType = new LinkedHashMap<>(st.rework().byType());
          byType.put("default", st.rework().probability());
          rework.put("probability", byType);
        }
        rework.put("to", st.rework().to());
        if (st.rework().time() != null) {
          rework.put("time", dist(st.rework().time()));
        }
        step.put("rework", rework);
      }
      if (!st.next().isEmpty()) {
        step.put("next", new LinkedHashMap<String, Object>(st.next()));
      }
      process.put(st.name(), step);
    }
    root.put("process", process);
    return root;
  }

  /** A clock time when it converts back exactly, else the run time as a bare number. */
  private static Object clockOrNumber(double runTime, double unitSeconds, long startSeconds) {
    double seconds = runTime * unitSeconds;
    long whole = Math.round(seconds);
    if (Math.abs(seconds - whole) < 1e-6 && whole >= 0
        && (startSeconds + whole - startSeconds) / unitSeconds == runTime) {
      return new ClockText(Units.formatClock(startSeconds + whole));
    }
    return runTime;
  }

  private static Map<String, Object> map(String key, Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(key, value);
    return m;
  }

  /** A distribution in map form. */
  static Map<String, Object> dist(DistSpec d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dist", d.kind());
    d.match(new DistSpec.Cases<Void>() {
      public Void constant(DistSpec.Constant c) {
        m.put("value", c.value());
        return null;
      }

      public Void exponential(DistSpec.Exponential e) {
        m.put("mean", e.mean());
        return null;
      }

      public Void uniform(DistSpec.Uniform u) {
        m.put("min", u.min());
        m.put("max", u.max());
        return null;
      }

      public Void triangular(DistSpec.Triangular t) {
        m.put("min", t.min());
        m.put("mode", t.mode());
        m.put("max", t.max());
        return null;
      }

      public Void normal(DistSpec.Normal n) {
        m.put("mean", n.mu());
        m.put("sd", n.sigma());
        return null;
      }

      public Void lognormal(DistSpec.Lognormal l) {
        m.put("mean", l.mean());
        m.put("sd", l.sd());
        return null;
      }

      public Void gamma(DistSpec.Gamma g) {
        m.put("mean", g.mean());
        m.put("sd", g.sd());
        return null;
      }

      public Void erlang(DistSpec.Erlang e) {
        m.put("k", e.k());
        m.put("mean", e.mean());
        return null;
      }

      public Void weibull(DistSpec.Weibull w) {
        m.put("shape", w.shape());
        m.put("scale", w.scale());
        return null;
      }

      public Void empirical(DistSpec.Empirical e) {
        m.put("values", new ArrayList<Object>(e.values()));
        return null;
      }
    });
    return m;
  }
}
