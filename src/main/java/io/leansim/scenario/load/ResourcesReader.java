package io.leansim.scenario.load;

import io.leansim.scenario.CustomerType;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.RunSpec;
import io.leansim.scenario.load.YNode.YEntry;
import io.leansim.scenario.load.YNode.YMap;
import io.leansim.scenario.load.YNode.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The {@code resources} section: each pool's fixed capacity or shifts, the types it serves, its
 * cost and outages into {@link io.leansim.scenario.ResourcePool}s.
 */
final class ResourcesReader {
  private final Fields in;
  private final Sink sink;
  private final DistReader dists;

  ResourcesReader(Fields in) {
    this.in = in;
    this.sink = in.sink();
    this.dists = in.dists();
  }

  /**
   * The {@code resources} section {@code n} (none when null), or null after reporting what is wrong;
   * puts each pool's {@code capacity} or {@code shifts} node into {@code capacityNodes}, where a load
   * warning points. {@code customers} (null when they have errors) are the types {@code serves} may name;
   * {@code run} (null when it has errors) gives the horizon that break waves are checked against.
   */
  List<ResourcePool> resources(YNode n, Map<String, YNode> capacityNodes, List<CustomerType> customers,
      RunSpec run) {
    if (n == null) {
      return List.of();
    }
    YMap m = in.map(n, "resources", "a map of pools like {counter: {capacity: 4}}");
    if (m == null) {
      return null;
    }
    List<ResourcePool> out = new ArrayList<>();
    boolean ok = true;
    for (YEntry e : m.entries()) {
      String p = Paths.child("resources", e.name());
      YMap r = in.map(e.value(), p, "a map like {capacity: 4}");
      if (r == null) {
        ok = false;
        continue;
      }
      in.checkKeys(r, "resources.*", p);
      ResourcePool pool = pool(e.name(), r, p, customers, run);
      if (pool == null) {
        ok = false;
        continue;
      }
      capacityNodes.put(e.name(), r.has("shifts") ? r.get("shifts") : r.get("capacity"));
      out.add(pool);
    }
    return ok ? out : null;
  }

  private ResourcePool pool(String name, YMap r, String p, List<CustomerType> customers, RunSpec run) {
    boolean ok = true;
    int capacity = 0;
    List<ResourcePool.Shift> shifts = List.of();
    if (r.has("capacity") && r.has("shifts")) {
      sink.error(r.entry("shifts").orElseThrow().key(), Paths.child(p, "shifts"),
          "a pool has exactly one of 'capacity' (fixed staff) or 'shifts' (staff by time of day); remove one");
      ok = false;
    } else if (r.has("capacity")) {
      Long cap = in.integer(r.get("capacity"), Paths.child(p, "capacity"), 0);
      if (cap != null && cap > Integer.MAX_VALUE) {
        sink.error(r.get("capacity"), Paths.child(p, "capacity"), "too many servers; use at most "
            + Integer.MAX_VALUE);
        cap = null;
      }
      ok &= cap != null;
      capacity = cap == null ? 0 : (int) (long) cap;
    } else if (r.has("shifts")) {
      shifts = shifts(r.get("shifts"), Paths.child(p, "shifts"));
      ok &= shifts != null;
      capacity = shifts == null ? 0 : shifts.stream().mapToInt(ResourcePool.Shift::staff).max().orElse(0);
    } else {
      sink.error(r, Paths.child(p, "capacity"), "missing required key 'capacity'; add e.g. capacity: 4, or "
          + "shifts: [{from: \"09:00\", staff: 3}]");
      ok = false;
    }
    List<String> serves = List.of();
    if (r.has("serves")) {
      YNode sv = r.get("serves");
      String sp = Paths.child(p, "serves");
      if (!(sv instanceof YSeq seq) || seq.items().isEmpty()) {
        sink.error(sv, sp, "expected a non-empty list of customer types like [bill_payment], got "
            + (sv instanceof YSeq ? "an empty list" : YNode.describe(sv)) + "; remove 'serves' to serve every type");
        ok = false;
      } else {
        serves = in.typeList(seq, sp, customers);
        ok &= serves != null;
      }
    }
    OptionalDouble cost = OptionalDouble.empty();
    if (r.has("cost_per_hour")) {
      Double c = in.number(r.get("cost_per_hour"), Paths.child(p, "cost_per_hour"));
      if (c != null && !(c >= 0)) {
        sink.error(r.get("cost_per_hour"), Paths.child(p, "cost_per_hour"), "must be >= 0, got " + Units.show(c)
            + "; give the cost of one server on duty for one hour");
        c = null;
      }
      ok &= c != null;
      cost = c == null ? cost : OptionalDouble.of(c);
    }
    ResourcePool.Outages outages = null;
    if (r.has("outages")) {
      outages = outages(r.get("outages"), Paths.child(p, "outages"));
      ok &= outages != null;
    }
    if (r.has("breaks")) {
      List<Break> breaks = breaks(r.get("breaks"), Paths.child(p, "breaks"), run);
      if (breaks == null || !ok) {
        return null;
      }
      shifts = withBreaks(shifts.isEmpty() ? List.of(new ResourcePool.Shift(0, capacity)) : shifts, breaks,
          r.has("shifts") ? "shifts" : "capacity " + capacity);
      if (shifts == null) {
        return null;
      }
      capacity = shifts.stream().mapToInt(ResourcePool.Shift::staff).max().orElse(0);
    }
    return ok ? new ResourcePool(name, capacity, shifts, serves, cost, outages) : null;
  }

  /**
   * One named break: {@code waves} back-to-back periods of {@code length} from {@code from}, each
   * taking {@code off} servers off duty; {@code at} is where a shortage is reported.
   */
  private record Break(String name, double from, int waves, int off, double length, YNode at, String path) {}

  /** The {@code breaks} of a pool, or null after an error; a wave starting at or after the horizon is a warning. */
  private List<Break> breaks(YNode n, String path, RunSpec run) {
    YMap m = in.map(n, path, "a map of named breaks like {lunch: {from: \"12:00\", waves: 2, off: 3, length: 30min}}");
    if (m == null) {
      return null;
    }
    if (m.entries().isEmpty()) {
      sink.error(m, path, "expected at least one break like lunch: {from: \"12:00\", waves: 2, off: 3, length: 30min},"
          + " or remove 'breaks'");
      return null;
    }
    List<Break> out = new ArrayList<>();
    boolean ok = true;
    for (YEntry e : m.entries()) {
      String bp = Paths.child(path, e.name());
      YMap b = in.map(e.value(), bp, "a break like {from: \"12:00\", waves: 2, off: 3, length: 30min}");
      if (b == null) {
        ok = false;
        continue;
      }
      in.checkKeys(b, "resources.*.breaks.*", bp);
      boolean bok = true;
      Double from = null;
      Long waves = 1L;
      Long off = null;
      Double length = null;
      for (String key : List.of("from", "off", "length")) {
        if (!b.has(key)) {
          in.missing(b, bp, key, "resources.*.breaks.*");
          bok = false;
        }
      }
      if (b.has("from")) {
        from = in.clock(b.get("from"), Paths.child(bp, "from"));
        bok &= from != null;
      }
      if (b.has("waves")) {
        waves = in.integer(b.get("waves"), Paths.child(bp, "waves"), 1);
        bok &= waves != null && waves <= 1000;
        if (waves != null && waves > 1000) {
          sink.error(b.get("waves"), Paths.child(bp, "waves"), "too many waves; use at most 1000");
        }
      }
      if (b.has("off")) {
        off = in.integer(b.get("off"), Paths.child(bp, "off"), 1);
        bok &= off != null && off <= Integer.MAX_VALUE;
      }
      if (b.has("length")) {
        length = in.positiveDuration(b.get("length"), Paths.child(bp, "length"), "give e.g. 30min");
        bok &= length != null;
      }
      if (!bok) {
        ok = false;
        continue;
      }
      Break br = new Break(e.name(), from, (int) (long) waves, (int) (long) off, length, b.get("off"),
          Paths.child(bp, "off"));
      if (run != null) {
        for (int w = 1; w < br.waves(); w++) {
          double start = br.from() + w * br.length();
          if (start >= run.horizon()) {
            sink.warning(b.get("waves"), Paths.child(bp, "waves"), "wave " + (w + 1) + " of " + br.waves()
                + " would start at " + clockText(start) + ", at or after the end of the run (" + clockText(run.horizon())
                + "), so it never happens; use waves: " + w + ", or start the break earlier");
            break;
          }
        }
        if (br.from() >= run.horizon()) {
          sink.warning(b.get("from"), Paths.child(bp, "from"), "the break starts at or after the end of the run ("
              + clockText(run.horizon()) + "), so it never happens; start it earlier or remove it");
        }
      }
      out.add(br);
    }
    return ok ? out : null;
  }

  /**
   * The staff timeline {@code base} with every break wave taken off (overlapping breaks add up),
   * as shifts: one entry wherever the staff changes. Null after reporting, at the break's {@code
   * off}, the first time the staff would go below 0.
   */
  private List<ResourcePool.Shift> withBreaks(List<ResourcePool.Shift> base, List<Break> breaks, String baseText) {
    java.util.TreeSet<Double> times = new java.util.TreeSet<>();
    base.forEach(sh -> times.add(sh.from()));
    for (Break b : breaks) {
      for (int w = 0; w <= b.waves(); w++) {
        times.add(b.from() + w * b.length());
      }
    }
    List<ResourcePool.Shift> out = new ArrayList<>();
    java.util.Set<Break> reported = new java.util.HashSet<>();
    boolean ok = true;
    for (double t : times) {
      int staff = 0;
      for (ResourcePool.Shift sh : base) {
        if (sh.from() <= t) {
          staff = sh.staff();
        }
      }
      int onDuty = staff;
      Break last = null;
      for (Break b : breaks) {
        if (t >= b.from() && t < b.from() + b.waves() * b.length()) {
          staff -= b.off();
          if (last == null || b.from() >= last.from()) {
            last = b;
          }
        }
      }
      if (staff < 0) {
        if (reported.add(last)) {
          int others = onDuty - staff - last.off();
          int most = last.off() + staff;
          sink.error(last.at(), last.path(), "staff would go below 0: at " + clockText(t) + ", " + onDuty
              + " on duty (" + baseText + ")" + (others > 0 ? ", other breaks take " + others + " off" : "")
              + " and break '" + last.name() + "' takes " + last.off() + " off; "
              + (most > 0 ? "take at most " + most + " off per wave (and add waves), " : "") + "move the break,"
              + " or add staff at that time");
        }
        ok = false;
        continue;
      }
      if (out.isEmpty() || out.get(out.size() - 1).staff() != staff) {
        out.add(new ResourcePool.Shift(t, staff));
      }
    }
    return ok ? out : null;
  }

  /** A run time as a clock time for messages. */
  private String clockText(double t) {
    return Units.formatClock(in.clockStart() + Math.round(t * Units.seconds(in.unit())));
  }

  private List<ResourcePool.Shift> shifts(YNode n, String path) {
    return in.timeline(n, path, "resources.*.shifts[]", "staff", "shift", "{from: \"09:00\", staff: 3}",
        (v, vp) -> {
          Long staff = in.integer(v, vp, 0);
          if (staff != null && staff > Integer.MAX_VALUE) {
            sink.error(v, vp, "too many servers; use at most " + Integer.MAX_VALUE);
            return null;
          }
          return staff == null ? null : (int) (long) staff;
        },
        ResourcePool.Shift::new);
  }

  private ResourcePool.Outages outages(YNode n, String path) {
    YMap m = in.map(n, path, "a map like {every: exp(240), duration: exp(15)}");
    if (m == null) {
      return null;
    }
    in.checkKeys(m, "resources.*.outages", path);
    DistSpec every = null;
    DistSpec duration = null;
    boolean ok = true;
    if (m.has("every")) {
      every = dists.read(m.get("every"), Paths.child(path, "every"));
      ok &= every != null;
    } else {
      in.missing(m, path, "every", "resources.*.outages");
      ok = false;
    }
    if (m.has("duration")) {
      duration = dists.read(m.get("duration"), Paths.child(path, "duration"));
      ok &= duration != null;
    } else {
      in.missing(m, path, "duration", "resources.*.outages");
      ok = false;
    }
    if (ok && !(every.mean() > 0)) {
      sink.error(m.get("every"), Paths.child(path, "every"), "the time between outages must have a mean > 0, "
          + "else the pool is always down; give e.g. exp(240)");
      ok = false;
    }
    return ok ? new ResourcePool.Outages(every, duration) : null;
  }
}
