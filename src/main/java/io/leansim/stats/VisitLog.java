package io.leansim.stats;

import io.leansim.model.Customer;
import io.leansim.model.FlowListener;
import io.leansim.model.Pool;
import io.leansim.model.ServiceSystem;
import io.leansim.model.StepNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns flow events into {@link Visit}s, one per customer and step visit, handed to a consumer as
 * soon as each visit ends (so a trace streams to disk); visits still open when the run ends are
 * handed over at the end, in customer order. Holds only the customers inside the system.
 */
public final class VisitLog implements FlowListener {
  private final int replication;
  private final Consumer<Visit> out;
  private final Map<Customer, StepNode> open = new LinkedHashMap<>();

  /** A log of {@code replication} writing to {@code out}. */
  public VisitLog(int replication, Consumer<Visit> out) {
    this.replication = replication;
    this.out = out;
  }

  @Override
  public void joined(Customer c, StepNode step, double now) {
    open.put(c, step);
  }

  @Override
  public void finished(Customer c, StepNode step, Pool pool, double now) {
    open.remove(c);
    out.accept(visit(c, step, pool, now, "served"));
  }

  @Override
  public void abandoned(Customer c, StepNode step, double now) {
    open.remove(c);
    out.accept(new Visit(replication, c.id(), c.typeName(), step.spec().name(), c.joinedAt(), Double.NaN, now, null,
        Double.NaN, "abandoned"));
  }

  @Override
  public void balked(Customer c, StepNode step, double now) {
    out.accept(new Visit(replication, c.id(), c.typeName(), step.spec().name(), now, Double.NaN, now, null,
        Double.NaN, "balked"));
  }

  @Override
  public void ended(ServiceSystem system, double now) {
    open.entrySet().stream()
        .sorted(Map.Entry.comparingByKey((a, b) -> Long.compare(a.id(), b.id())))
        .forEach(e -> out.accept(visit(e.getKey(), e.getValue(), e.getKey().servedBy(), Double.NaN, "open")));
    open.clear();
  }

  private Visit visit(Customer c, StepNode step, Pool pool, double ended, String outcome) {
    boolean started = !Double.isNaN(c.startedAt());
    return new Visit(replication, c.id(), c.typeName(), step.spec().name(), c.joinedAt(), c.startedAt(), ended,
        pool == null ? null : pool.name(), started ? c.serviceTime() : Double.NaN, outcome);
  }
}
