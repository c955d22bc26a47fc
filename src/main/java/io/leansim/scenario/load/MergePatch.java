package io.leansim.scenario.load;

import io.leansim.scenario.load.YNode.YEntry;
import io.leansim.scenario.load.YNode.YMap;
import io.leansim.scenario.load.YNode.YScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JSON Merge Patch (RFC 7396): maps merge key by key, a list or a scalar replaces, {@code null}
 * removes a key. On the positioned tree every node keeps the position it came from: merged maps
 * take the patch's position, untouched nodes keep the baseline's, patch nodes point into the patch.
 * On plain trees (maps, lists, scalars) it also computes the patch between two documents.
 */
final class MergePatch {
  private MergePatch() {}

  /** {@code target} with {@code patch} applied; {@code target} may be null (absent). */
  static YNode apply(YNode target, YNode patch) {
    if (!(patch instanceof YMap pm)) {
      return patch;
    }
    List<YEntry> out = target instanceof YMap tm ? new ArrayList<>(tm.entries()) : new ArrayList<>();
    for (YEntry pe : pm.entries()) {
      int at = indexOf(out, pe.name());
      if (pe.value() instanceof YScalar s && s.isNull()) {
        if (at >= 0) {
          out.remove(at);
        }
      } else if (at >= 0) {
        out.set(at, new YEntry(out.get(at).key(), apply(out.get(at).value(), pe.value())));
      } else {
        out.add(new YEntry(pe.key(), apply(null, pe.value())));
      }
    }
    return new YMap(out, pm.line(), pm.col());
  }

  private static int indexOf(List<YEntry> entries, String key) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).name().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** RFC 7396 on plain trees ({@code Map<String, Object>}, lists, scalars, null). */
  @SuppressWarnings("unchecked")
  static Object apply(Object target, Object patch) {
    if (!(patch instanceof Map<?, ?> pm)) {
      return patch;
    }
    Map<String, Object> out = target instanceof Map<?, ?> tm
        ? new LinkedHashMap<>((Map<String, Object>) tm) : new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : ((Map<String, Object>) pm).entrySet()) {
      if (e.getValue() == null) {
        out.remove(e.getKey());
      } else {
        out.put(e.getKey(), apply(out.get(e.getKey()), e.getValue()));
      }
    }
    return out;
  }

  /**
   * The patch that turns map {@code from} into map {@code to}: maps recurse, changed values
   * replace, removed keys become null. {@code apply(from, diff(from, to))} equals {@code to} when
   * {@code to} holds no null values.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> diff(Map<String, Object> from, Map<String, Object> to) {
    Map<String, Object> patch = new LinkedHashMap<>();
    for (String k : from.keySet()) {
      if (!to.containsKey(k)) {
        patch.put(k, null);
      }
    }
    for (Map.Entry<String, Object> e : to.entrySet()) {
      Object before = from.get(e.getKey());
      Object after = e.getValue();
      if (!from.containsKey(e.getKey())) {
        patch.put(e.getKey(), after);
      } else if (before instanceof Map<?, ?> b && after instanceof Map<?, ?> a) {
        Map<String, Object> sub = diff((Map<String, Object>) b, (Map<String, Object>) a);
        if (!sub.isEmpty()) {
          patch.put(e.getKey(), sub);
        }
      } else if (!Objects.equals(before, after)) {
        patch.put(e.getKey(), after);
      }
    }
    return patch;
  }
}
