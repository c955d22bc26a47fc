package io.leansim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A named arrival stream: when customers come ({@code pattern}), which type each one is ({@code
 * mix}: type name to probability, summing to 1, in file order; empty for a {@link
 * ArrivalPattern.Replay}, whose rows carry their types), and how many come together ({@code
 * batch}: null for one, else a distribution rounded to a whole number >= 1).
 */
public record ArrivalStream(String name, ArrivalPattern pattern, Map<String, Double> mix, DistSpec batch) {
  public ArrivalStream {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pattern, "pattern");
    mix = Collections.unmodifiableMap(new LinkedHashMap<>(mix));
    if (!(pattern instanceof ArrivalPattern.Replay)) {
      double sum = mix.values().stream().mapToDouble(Double::doubleValue).sum();
      if (mix.isEmpty() || Math.abs(sum - 1) > 1e-6 || mix.values().stream().anyMatch(p -> !(p >= 0))) {
        throw new IllegalArgumentException("mix of " + name + " must be probabilities summing to 1");
      }
    }
  }

  /** A stream of single arrivals. */
  public ArrivalStream(String name, ArrivalPattern pattern, Map<String, Double> mix) {
    this(name, pattern, mix, null);
  }

  /** Probability that a customer of this stream is of {@code type} (0 when absent from the mix). */
  public double probability(String type) {
    return mix.getOrDefault(type, 0.0);
  }
}
