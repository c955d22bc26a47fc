package io.leansim.scenario.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The positioned YAML tree the loader validates: every node keeps the 1-based line and column it
 * came from, also after a variant's merge patch (patch nodes point into the patch).
 */
sealed interface YNode permits YNode.YMap, YNode.YSeq, YNode.YScalar {

  /** 1-based line of the node's start. */
  int line();

  /** 1-based column of the node's start. */
  int col();

  /** Scalar kinds under the YAML 1.2 Core schema. */
  enum Kind {
    STR,
    INT,
    FLOAT,
    BOOL,
    NULL
  }

  /** A scalar: its text and the kind the Core schema resolved it to. */
  record YScalar(String value, Kind kind, int line, int col) implements YNode {
    boolean isNull() {
      return kind == Kind.NULL;
    }

    boolean isNumber() {
      return kind == Kind.INT || kind == Kind.FLOAT;
    }
  }

  /** One key of a mapping, with the key's own position. */
  record YEntry(YScalar key, YNode value) {
    String name() {
      return key.value();
    }
  }

  /** A mapping, keys unique and in file order. */
  record YMap(List<YEntry> entries, int line, int col) implements YNode {
    public YMap {
      entries = List.copyOf(entries);
    }

    Optional<YEntry> entry(String key) {
      return entries.stream().filter(e -> e.name().equals(key)).findFirst();
    }

    YNode get(String key) {
      return entry(key).map(YEntry::value).orElse(null);
    }

    boolean has(String key) {
      return entry(key).isPresent();
    }

    /** This mapping without {@code key}. */
    YMap without(String key) {
      List<YEntry> rest = new ArrayList<>(entries);
      rest.removeIf(e -> e.name().equals(key));
      return new YMap(rest, line, col);
    }
  }

  /** A sequence. */
  record YSeq(List<YNode> items, int line, int col) implements YNode {
    public YSeq {
      items = List.copyOf(items);
    }
  }

  /** A short description of the node for "expected X, got Y" messages. */
  static String describe(YNode n) {
    if (n instanceof YMap) {
      return "a map";
    }
    if (n instanceof YSeq) {
      return "a list";
    }
    YScalar s = (YScalar) n;
    return s.isNull() ? "nothing" : "'" + s.value() + "'";
  }
}
