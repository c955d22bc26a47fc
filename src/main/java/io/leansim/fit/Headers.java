package io.leansim.fit;

import io.leansim.csv.CsvTable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@code fit} and {@code calibrate} find their columns: by name, ignoring case and a unit in
 * brackets ({@code "Service (min)"} is column {@code service}, in minutes).
 */
final class Headers {
  private static final Pattern UNIT = Pattern.compile("[(\\[]\\s*([^)\\]]+?)\\s*[)\\]]\\s*$");

  private Headers() {}

  /** Index of the header column named {@code name} (case-insensitive, ignoring a unit in brackets), or -1. */
  static int column(CsvTable table, String name) {
    for (int i = 0; i < table.header().size(); i++) {
      if (bareName(table.names().get(i)).equalsIgnoreCase(bareName(name))) {
        return i;
      }
    }
    return -1;
  }

  /** A header name without a unit in brackets: {@code "service (min)"} is {@code "service"}. */
  static String bareName(String header) {
    return header.replaceAll("\\s*[(\\[][^)\\]]*[)\\]]\\s*$", "").strip();
  }

  /** The unit in brackets at the end of a header name ({@code "service (min)"}: {@code "min"}), or null. */
  static String unitIn(String header) {
    Matcher m = UNIT.matcher(header);
    return m.find() ? m.group(1) : null;
  }
}
