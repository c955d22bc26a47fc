package io.leansim.scenario;

import java.util.Objects;

/** A named lean variant: the baseline with its merge patch applied, already validated. */
public record Variant(String name, String title, Scenario scenario) {
  /** The name the baseline runs under. */
  public static final String BASELINE = "baseline";

  public Variant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scenario, "scenario");
    if (!scenario.variants().isEmpty()) {
      throw new IllegalArgumentException("a variant's scenario has no variants of its own");
    }
  }
}
