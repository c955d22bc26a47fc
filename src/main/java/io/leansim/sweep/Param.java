package io.leansim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One swept parameter: a key path of the scenario and its values, from {@code PATH=VALUES} where
 * VALUES is a comma-separated list ({@code 20/h,30/h,40/h}; commas inside parentheses, brackets or
 * quotes do not split: {@code "exp(4)","unif(2,5)"}) or an integer range ({@code 2..6}).
 */
public record Param(String path, List<String> values) {
  private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
  private static final Pattern RANGE = Pattern.compile("(-?\\d+)\\.\\.(-?\\d+)");

  public Param {
    values = List.copyOf(values);
  }

  /** Parses {@code PATH=VALUES}; throws {@link IllegalArgumentException} with what is wrong and the fix. */
  public static Param parse(String spec) {
    int eq = spec.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("--set " + spec + ": expected PATH=VALUES, e.g. resources.counter.capacity=2..6");
    }
    String path = spec.substring(0, eq).strip();
    String values = spec.substring(eq + 1).strip();
    if (!PATH.matcher(path).matches()) {
      throw new IllegalArgumentException("--set " + spec + ": '" + path + "' is not a key path; write keys separated by"
          + " dots, e.g. arrivals.walk_in.rate");
    }
    Matcher r = RANGE.matcher(values);
    List<String> list = new ArrayList<>();
    if (r.matches()) {
      long from = Long.parseLong(r.group(1));
      long to = Long.parseLong(r.group(2));
      if (to < from || to - from > 10_000) {
        throw new IllegalArgumentException("--set " + spec + ": the range " + values + " must go up and have at most"
            + " 10,001 values");
      }
      for (long v = from; v <= to; v++) {
        list.add(Long.toString(v));
      }
    } else {
      list.addAll(split(values));
    }
    if (list.isEmpty() || list.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("--set " + spec + ": give values, e.g. " + path + "=2,3,4 or " + path + "=2..4");
    }
    if (list.stream().distinct().count() != list.size()) {
      throw new IllegalArgumentException("--set " + spec + ": a value is repeated");
    }
    return new Param(path, list);
  }

  /** {@code text} split at commas outside parentheses, brackets, braces and quotes. */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    StringBuilder cur = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(cur.toString().strip());
        cur.setLength(0);
        continue;
      }
      cur.append(c);
    }
    out.add(cur.toString().strip());
    return out;
  }

  /**
   * Whether a value is a list or a map (a whole schedule, say): too long for a table's cell or a
   * chart's axis, such values are shown as {@code point 1..n} with a {@link #legend()}.
   */
  public boolean listValued() {
    return values.stream().map(String::strip).anyMatch(v -> v.startsWith("[") || v.startsWith("{"));
  }

  /**
   * How tables and charts show {@code value}: as given without the quotes YAML needs ({@code "10:30"}
   * reads 10:30), or {@code point N} (its place) when list-valued.
   */
  public String shown(String value) {
    if (listValued()) {
      return "point " + (values.indexOf(value) + 1);
    }
    String v = value.strip();
    boolean quoted = v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"));
    return quoted ? v.substring(1, v.length() - 1) : value;
  }

  /** {@code point N: VALUE}, one per value, when {@link #listValued()}; else empty. */
  public List<String> legend() {
    List<String> out = new ArrayList<>();
    if (listValued()) {
      for (int i = 0; i < values.size(); i++) {
        out.add("point " + (i + 1) + ": " + values.get(i));
      }
    }
    return List.copyOf(out);
  }
}
