package io.leansim.scenario.load;

/** Dotted key paths as diagnostics print them. */
final class Paths {
  private Paths() {}

  /** {@code parent.key}, or {@code key} at the top. */
  static String child(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  /** {@code parent[index]}. */
  static String item(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** The path as printed: {@code (root)} for the top. */
  static String shown(String path) {
    return path.isEmpty() ? "(root)" : path;
  }
}
