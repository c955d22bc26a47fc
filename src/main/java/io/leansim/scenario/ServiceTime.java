package io.leansim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A step's service time: one distribution for every type ({@code byType} empty), or one per type
 * with an optional {@code fallback} (the file's {@code default}).
 */
public record ServiceTime(DistSpec fallback, Map<String, DistSpec> byType) {
  public ServiceTime {
    byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    if (fallback == null && byType.isEmpty()) {
      throw new IllegalArgumentException("a service time needs a distribution");
    }
  }

  /** The same distribution for every type. */
  public static ServiceTime of(DistSpec dist) {
    return new ServiceTime(dist, Map.of());
  }

  /** The distribution for {@code type}, or null when the type has none and there is no default. */
  public DistSpec forType(String type) {
    return byType.getOrDefault(type, fallback);
  }
}
