package io.leansim.scenario.load;

import io.leansim.scenario.CustomerType;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.load.YNode.YEntry;
import io.leansim.scenario.load.YNode.YMap;
import io.leansim.scenario.load.YNode.YScalar;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code customers} section: each customer type's priority and patience into {@link
 * io.leansim.scenario.CustomerType}s (one implicit type when the section is absent).
 */
final class CustomersReader {
  /** The one type of a scenario without a {@code customers} section. */
  static final String IMPLICIT_TYPE = "customer";

  private final Fields in;
  private final Sink sink;
  private final DistReader dists;

  CustomersReader(Fields in) {
    this.in = in;
    this.sink = in.sink();
    this.dists = in.dists();
  }

  /** The {@code customers} section {@code n} (one implicit type when null), or null after reporting what is wrong. */
  List<CustomerType> customers(YNode n) {
    if (n == null) {
      return List.of(CustomerType.of(IMPLICIT_TYPE));
    }
    YMap m = in.map(n, "customers", "a map of customer types like {bill_payment: {}}");
    if (m == null) {
      return null;
    }
    if (m.entries().isEmpty()) {
      sink.error(m, "customers", "needs at least one customer type; add one, or remove 'customers' for a single type");
      return null;
    }
    List<CustomerType> out = new ArrayList<>();
    boolean ok = true;
    for (YEntry e : m.entries()) {
      String p = Paths.child("customers", e.name());
      if (e.name().equals(Fields.DEFAULT_KEY)) {
        sink.error(e.key(), p, "'default' is reserved (per-type times use it); choose another type name");
        ok = false;
        continue;
      }
      if (e.value() instanceof YScalar s && s.isNull()) {
        out.add(CustomerType.of(e.name()));
        continue;
      }
      YMap t = in.map(e.value(), p, "a map like {priority: 1} or {}");
      if (t == null) {
        ok = false;
        continue;
      }
      in.checkKeys(t, "customers.*", p);
      int priority = CustomerType.NO_PRIORITY;
      if (t.has("priority")) {
        Long prio = in.integer(t.get("priority"), Paths.child(p, "priority"), 1);
        if (prio == null || prio >= CustomerType.NO_PRIORITY) {
          ok = false;
        } else {
          priority = (int) (long) prio;
        }
      }
      DistSpec patience = null;
      if (t.has("patience")) {
        patience = dists.read(t.get("patience"), Paths.child(p, "patience"));
        ok &= patience != null;
      }
      if (ok) {
        out.add(new CustomerType(e.name(), priority, patience));
      }
    }
    return ok ? out : null;
  }
}
