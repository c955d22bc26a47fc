package io.leansim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A named arrival stream: when customers come ({@code pattern}), which type each one is ({@code
 * mix}: type name to probability, summing to 1, in file order; empty for a {@link
 * ArrivalPattern.Replay}, whose rows carry their types), and how many come together ({@code
 * batch}: null for one, else a distribution rounded to a whole number >= 1), and the factor
 * that multiplies a Poisson stream's rate or schedule ({@code scale}: > 0, 1 for as written; only
 * a Poisson stream may have another, since appointments are slots and a trace is a record, not a
 * rate).
 */
public record ArrivalStream(String name, ArrivalPattern pattern, Map<String, Double> mix, DistSpec batch,
    double scale) {
  public ArrivalStream {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pattern, "pattern");
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale of " + name + " must be > 0, got " + scale);
    }
    if (scale != 1 && !(pattern instanceof ArrivalPattern.Poisson)) {
      throw new IllegalArgumentException("scale of " + name + " applies to a rate or schedule only");
    }
    mix = Collections.unmodifiableMap(new LinkedHashMap<>(mix));
    if (!(pattern instanceof ArrivalPattern.Replay)) {
      double sum = mix.values().stream().mapToDouble(Double::doubleValue).sum();
      if (mix.isEmpty() || Math.abs(sum - 1) > 1e-6 || mix.values().stream().anyMatch(p -> !(p >= 0))) {
        throw new IllegalArgumentException("mix of " + name + " must be probabilities summing to 1");
      }
    }
  }

  /** A stream at its rate as written ({@code scale} 1). */
  public ArrivalStream(String name, ArrivalPattern pattern, Map<String, Double> mix, DistSpec batch) {
    this(name, pattern, mix, batch, 1);
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
