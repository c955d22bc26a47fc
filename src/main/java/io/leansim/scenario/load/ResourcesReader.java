package io.leansim.scenario.load;

import io.leansim.scenario.CustomerType;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.ResourcePool;
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
   * warning points. {@code customers} (null when they have errors) are the types {@code serves} may name.
   */
  List<ResourcePool> resources(YNode n, Map<String, YNode> capacityNodes, List<CustomerType> customers) {
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
      ResourcePool pool = pool(e.name(), r, p, customers);
      if (pool == null) {
        ok = false;
        continue;
      }
      capacityNodes.put(e.name(), r.has("shifts") ? r.get("shifts") : r.get("capacity"));
      out.add(pool);
    }
    return ok ? out : null;
  }

  private ResourcePool pool(String name, YMap r, String p, List<CustomerType> customers) {
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
    return ok ? new ResourcePool(name, capacity, shifts, serves, cost, outages) : null;
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
