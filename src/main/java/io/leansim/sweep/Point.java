package io.leansim.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One point of a sweep: its index in the grid and the value of each parameter (in parameter order). */
public record Point(int index, Map<String, String> set) {
  public Point {
    set = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(set));
  }

  /** The grid of {@code params}: every combination, the first parameter varying slowest. */
  public static List<Point> grid(List<Param> params) {
    List<Map<String, String>> combos = new ArrayList<>();
    combos.add(new LinkedHashMap<>());
    for (Param p : params) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> c : combos) {
        for (String v : p.values()) {
          Map<String, String> m = new LinkedHashMap<>(c);
          m.put(p.path(), v);
          next.add(m);
        }
      }
      combos = next;
    }
    List<Point> out = new ArrayList<>();
    for (int i = 0; i < combos.size(); i++) {
      out.add(new Point(i, combos.get(i)));
    }
    return out;
  }

  /** {@code path=value, ...} for messages. */
  public String label() {
    StringBuilder b = new StringBuilder();
    set.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append('=').append(v));
    return b.toString();
  }
}
