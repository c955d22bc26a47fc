package io.leansim.stats;

import io.leansim.stats.Metric.Scope;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Figures in their four groupings ({@link Scope}): overall, per customer type, per step, per
 * resource, each a map of {@link Metric#key()} to a value in results order. One replication's
 * figures ({@link ReplicationStats}, {@code V = Double}), a run's estimates ({@code Summary}) and a
 * comparison's paired differences ({@code Comparison.Variant}) all have this shape.
 *
 * @param <V> the value of a figure
 */
public interface Figures<V> {
  /** Figure key to value, for the whole system. */
  Map<String, V> overall();

  /** Customer type to its figures. */
  Map<String, Map<String, V>> types();

  /** Step to its figures. */
  Map<String, Map<String, V>> steps();

  /** Resource to its figures. */
  Map<String, Map<String, V>> resources();

  /**
   * The figures of {@code scope} by key (type, step or resource name); {@link Scope#OVERALL} gives one
   * entry under the key {@code ""}, as the CSV files write it.
   */
  default Map<String, Map<String, V>> of(Scope scope) {
    return switch (scope) {
      case OVERALL -> {
        Map<String, Map<String, V>> one = new LinkedHashMap<>();
        one.put("", overall());
        yield one;
      }
      case TYPE -> types();
      case STEP -> steps();
      case RESOURCE -> resources();
    };
  }
}
