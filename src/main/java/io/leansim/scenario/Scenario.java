package io.leansim.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole scenario: customers, arrivals, pools and the value stream, with how to run it.
 *
 * <p>Invariants: names are unique within each list; every name a record refers to (mix types,
 * step resources, {@code for} types, per-type times) exists; {@code clockStart} is the time of day
 * of run time 0, in time units since midnight. {@code variants} are the file's lean variants, each
 * already resolved into a complete scenario.
 *
 * <p>{@code draws} names the steps in the order that lays out each customer's random numbers (one
 * block per step, see {@code model.RandomStreams}): the process order in a baseline; in a variant,
 * the baseline's order followed by the variant's own new steps, wherever the variant places them in
 * its process ({@code after:}/{@code before:}), so that a step put in the middle of the process
 * leaves every other step's random numbers where they were (common random numbers); a step the
 * variant drops keeps its place, unused. It names every step of {@code process} once; null means
 * the process order.
 */
public record Scenario(
    String name,
    String title,
    String description,
    DurationUnit timeUnit,
    double clockStart,
    RunSpec run,
    Targets targets,
    List<CustomerType> customers,
    List<ArrivalStream> arrivals,
    List<ResourcePool> resources,
    List<Step> process,
    List<Variant> variants,
    List<String> draws) {

  /** A scenario whose customers' random numbers are laid out in process order (a baseline). */
  public Scenario(String name, String title, String description, DurationUnit timeUnit, double clockStart,
      RunSpec run, Targets targets, List<CustomerType> customers, List<ArrivalStream> arrivals,
      List<ResourcePool> resources, List<Step> process, List<Variant> variants) {
    this(name, title, description, timeUnit, clockStart, run, targets, customers, arrivals, resources, process,
        variants, null);
  }

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(timeUnit, "timeUnit");
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(targets, "targets");
    customers = List.copyOf(customers);
    arrivals = List.copyOf(arrivals);
    resources = List.copyOf(resources);
    process = List.copyOf(process);
    variants = List.copyOf(variants);
    draws = draws == null ? process.stream().map(Step::name).toList() : List.copyOf(draws);
    if (draws.stream().distinct().count() != draws.size() || !draws.containsAll(process.stream().map(Step::name).toList())) {
      throw new IllegalArgumentException("draws " + draws + " must name every process step, each once");
    }
    if (customers.isEmpty() || arrivals.isEmpty() || process.isEmpty()) {
      throw new IllegalArgumentException("a scenario needs customers, arrivals and a process");
    }
    for (ArrivalStream a : arrivals) {
      for (String type : a.mix().keySet()) {
        if (customers.stream().noneMatch(c -> c.name().equals(type))) {
          throw new IllegalArgumentException("arrivals." + a.name() + ".mix names unknown type " + type);
        }
      }
    }
    for (Step s : process) {
      for (String r : s.resources()) {
        if (resources.stream().noneMatch(p -> p.name().equals(r))) {
          throw new IllegalArgumentException("process." + s.name() + " names unknown resource " + r);
        }
      }
    }
  }

  /** The customer type called {@code type}. */
  public Optional<CustomerType> customer(String type) {
    return customers.stream().filter(c -> c.name().equals(type)).findFirst();
  }

  /** The pool called {@code pool}. */
  public Optional<ResourcePool> resource(String pool) {
    return resources.stream().filter(r -> r.name().equals(pool)).findFirst();
  }

  /** The variant called {@code variant}. */
  public Optional<Variant> variant(String variant) {
    return variants.stream().filter(v -> v.name().equals(variant)).findFirst();
  }

  /** This scenario with another run specification. */
  public Scenario withRun(RunSpec r) {
    return new Scenario(name, title, description, timeUnit, clockStart, r, targets, customers, arrivals,
        resources, process, variants, draws);
  }

  /** This scenario with {@code pool} in place of the pool of the same name. */
  public Scenario withResource(ResourcePool pool) {
    if (resource(pool.name()).isEmpty()) {
      throw new IllegalArgumentException("no resource " + pool.name());
    }
    List<ResourcePool> rs = resources.stream().map(r -> r.name().equals(pool.name()) ? pool : r).toList();
    return new Scenario(name, title, description, timeUnit, clockStart, run, targets, customers, arrivals, rs,
        process, variants, draws);
  }

  /** This scenario without its variants (what a variant run sees). */
  public Scenario withoutVariants() {
    return new Scenario(name, title, description, timeUnit, clockStart, run, targets, customers, arrivals,
        resources, process, List.of(), draws);
  }

  /**
   * This scenario as a variant of {@code baseline}: its customers' random numbers laid out as the
   * baseline's (a step it drops keeps its place), then its own new steps in process order.
   */
  public Scenario drawingAsVariantOf(Scenario baseline) {
    List<String> order = new java.util.ArrayList<>(baseline.draws());
    process.stream().map(Step::name).filter(n -> !order.contains(n)).forEach(order::add);
    return withDraws(order);
  }

  /** This scenario with its customers' random numbers laid out in the {@code order} of its steps. */
  public Scenario withDraws(List<String> order) {
    return new Scenario(name, title, description, timeUnit, clockStart, run, targets, customers, arrivals,
        resources, process, variants, order);
  }
}
