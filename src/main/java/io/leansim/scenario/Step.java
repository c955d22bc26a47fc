package io.leansim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One step of the value stream. {@code resources} are the pools that serve it, in preference
 * order (empty: a pure delay without queue). {@code forTypes} lists the types that walk this step
 * (empty: every type).
 */
public record Step(
    String name,
    List<String> resources,
    ServiceTime time,
    ValueClass value,
    List<String> forTypes,
    Discipline discipline) {
  public Step {
    Objects.requireNonNull(name, "name");
    resources = List.copyOf(resources);
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(value, "value");
    forTypes = List.copyOf(forTypes);
    Objects.requireNonNull(discipline, "discipline");
  }

  /** Whether customers of {@code type} walk this step. */
  public boolean appliesTo(String type) {
    return forTypes.isEmpty() || forTypes.contains(type);
  }
}
