package io.leansim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One step of the value stream.
 *
 * <ul>
 *   <li>{@code resources}: the pools that serve it, in preference order (empty: a pure delay
 *       without queue);
 *   <li>{@code forTypes}: the types that walk this step (empty: every type);
 *   <li>{@code maxWait}: with priority or preemptive, customers who have waited this long are
 *       called first, oldest first;
 *   <li>{@code walk}: motion time before joining (null: none);
 *   <li>{@code queueLimit}: customers who find this many waiting leave (balk);
 *   <li>{@code patience}: overrides the customer type's patience at this step (null: the type's);
 *   <li>{@code rework}: after service the work is found wrong with some probability (null: never);
 *   <li>{@code next}: where customers go after this step, step name (or {@link #EXIT}) to
 *       probability, in file order (empty: the next step in process order that applies).
 * </ul>
 */
public record Step(
    String name,
    List<String> resources,
    ServiceTime time,
    ValueClass value,
    List<String> forTypes,
    Discipline discipline,
    OptionalDouble maxWait,
    DistSpec walk,
    OptionalInt queueLimit,
    DistSpec patience,
    Rework rework,
    Map<String, Double> next) {

  /** The routing target that leaves the system. */
  public static final String EXIT = "exit";

  public Step {
    Objects.requireNonNull(name, "name");
    resources = List.copyOf(resources);
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(value, "value");
    forTypes = List.copyOf(forTypes);
    Objects.requireNonNull(discipline, "discipline");
    Objects.requireNonNull(maxWait, "maxWait");
    Objects.requireNonNull(queueLimit, "queueLimit");
    next = Collections.unmodifiableMap(new LinkedHashMap<>(next));
    if (maxWait.isPresent() && !(maxWait.getAsDouble() >= 0)) {
      throw new IllegalArgumentException("max_wait must be >= 0");
    }
    if (queueLimit.isPresent() && queueLimit.getAsInt() < 0) {
      throw new IllegalArgumentException("queue_limit must be >= 0");
    }
    if (!next.isEmpty()) {
      double sum = next.values().stream().mapToDouble(Double::doubleValue).sum();
      if (Math.abs(sum - 1) > 1e-6 || next.values().stream().anyMatch(p -> !(p >= 0))) {
        throw new IllegalArgumentException("next of " + name + " must be probabilities summing to 1");
      }
    }
  }

  /** A step with no waiting-line extras (no max_wait, walk, queue limit, patience, rework, routing). */
  public Step(String name, List<String> resources, ServiceTime time, ValueClass value, List<String> forTypes,
      Discipline discipline) {
    this(name, resources, time, value, forTypes, discipline, OptionalDouble.empty(), null, OptionalInt.empty(),
        null, null, Map.of());
  }

  /** This step with routing {@code newNext} (empty: the next step in process order). */
  public Step withNext(Map<String, Double> newNext) {
    return new Step(name, resources, time, value, forTypes, discipline, maxWait, walk, queueLimit, patience, rework,
        newNext);
  }

  /** Whether customers of {@code type} walk this step. */
  public boolean appliesTo(String type) {
    return forTypes.isEmpty() || forTypes.contains(type);
  }

  /**
   * Defects: after service, the work is found wrong and the customer goes back to the queue of
   * step {@code to} (this step by default), repeatedly until it passes; the redo takes {@code time}
   * (null: a fresh draw of the step's time). A customer of type {@code t} is found wrong with
   * {@link #probability(String) probability(t)}: its entry in {@code byType}, else {@code
   * probability} (the file's single value or {@code default}; 0 when only some types rework).
   */
  public record Rework(double probability, Map<String, Double> byType, String to, DistSpec time) {
    public Rework {
      byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
      if (!(probability >= 0 && probability < 1) || byType.values().stream().anyMatch(p -> !(p >= 0 && p < 1))) {
        throw new IllegalArgumentException("rework probability must be in [0, 1)");
      }
      Objects.requireNonNull(to, "to");
    }

    /** The same probability for every type. */
    public Rework(double probability, String to, DistSpec time) {
      this(probability, Map.of(), to, time);
    }

    /** The probability that the work of a customer of {@code type} is found wrong. */
    public double probability(String type) {
      return byType.getOrDefault(type, probability);
    }

    /** Whether every type has the same probability. */
    public boolean uniform() {
      return byType.values().stream().allMatch(p -> p == probability);
    }
  }
}
