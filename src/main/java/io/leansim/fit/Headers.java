package io.leansim.fit;

import io.leansim.csv.CsvTable;

/**
 * How {@code fit} and {@code calibrate} find their columns: by name, ignoring case and a unit in
 * brackets ({@code "Service (min)"} is column {@code service}, in minutes), as {@link
 * CsvTable#column} does for every reader of data files.
 */
final class Headers {
  private Headers() {}

  /** Index of the header column named {@code name} (case-insensitive, ignoring a unit in brackets), or -1. */
  static int column(CsvTable table, String name) {
    return table.column(name).map(CsvTable.Column::index).orElse(-1);
  }

  /** A header name without a unit in brackets: {@code "service (min)"} is {@code "service"}. */
  static String bareName(String header) {
    return CsvTable.Column.of(0, new CsvTable.Cell(header, 1, 1)).name();
  }

  /** The unit in brackets at the end of a header name ({@code "service (min)"}: {@code "min"}), or null. */
  static String unitIn(String header) {
    return CsvTable.Column.of(0, new CsvTable.Cell(header, 1, 1)).unit();
  }
}
