package io.leansim.fit;

import io.leansim.csv.CsvTable;
import io.leansim.scenario.DurationUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column of observed durations read from a {@link CsvTable}, converted to minutes. The unit comes
 * from {@code unit} (a command-line flag), else from the header ({@code "service (s)"}, {@code
 * "service [min]"}), else minutes are assumed and {@link #assumedUnit()} says so. Every blank cell,
 * non-number, negative or non-finite value is a {@link CsvTable.Problem}, all reported at once.
 */
public record Durations(String column, DurationUnit unit, boolean assumedUnit, double[] minutes,
    List<CsvTable.Problem> problems) {

  /** Reads {@code columnName} (null: the only column) of {@code table}, in {@code unit} (null: from the header). */
  public static Durations read(CsvTable table, String columnName, String unit) {
    List<CsvTable.Problem> problems = new ArrayList<>();
    int col;
    if (columnName == null) {
      if (table.header().size() != 1) {
        problems.add(new CsvTable.Problem(table.file(), table.header().line(), 1, null,
            "the file has " + table.header().size() + " columns (" + String.join(", ", table.names())
                + "); choose one with --column NAME"));
        return new Durations(null, DurationUnit.MINUTES, true, new double[0], problems);
      }
      col = 0;
    } else {
      col = Headers.column(table, columnName);
      if (col < 0) {
        problems.add(new CsvTable.Problem(table.file(), table.header().line(), 1, null,
            "no column '" + columnName + "'" + io.leansim.scenario.load.Hints.didYouMean(columnName,
                table.names().stream().map(Headers::bareName).toList()) + "; the columns are: "
                + String.join(", ", table.names())));
        return new Durations(columnName, DurationUnit.MINUTES, true, new double[0], problems);
      }
    }
    CsvTable.Cell head = table.header().cells().get(col);
    String name = Headers.bareName(head.text());
    String unitText = unit != null ? unit : Headers.unitIn(head.text());
    DurationUnit u = unitText == null ? DurationUnit.MINUTES : unitOf(unitText);
    if (u == null) {
      problems.add(new CsvTable.Problem(table.file(), head.line(), head.column(), "column '" + name + "'",
          "unknown unit '" + unitText + "'; use s, min or h"));
      return new Durations(name, DurationUnit.MINUTES, true, new double[0], problems);
    }
    double[] values = new double[table.rows().size()];
    int n = 0;
    for (CsvTable.Row r : table.rows()) {
      List<CsvTable.Cell> row = r.cells();
      if (col >= row.size()) {
        problems.add(new CsvTable.Problem(table.file(), r.line(), 1, "column '" + name + "'",
            "this row has only " + row.size() + " cells; give every row a value for '" + name + "'"));
        continue;
      }
      CsvTable.Cell c = row.get(col);
      String where = "column '" + name + "'";
      if (row.size() > table.header().size()) {
        CsvTable.Cell extra = row.get(table.header().size());
        problems.add(new CsvTable.Problem(table.file(), extra.line(), extra.column(), null, "this row has " + row.size()
            + " cells but the header " + table.header().size() + "; a decimal comma? Write 4.5, not 4,5"));
        continue;
      }
      if (c.text().isEmpty()) {
        problems.add(new CsvTable.Problem(table.file(), c.line(), c.column(), where,
            "blank; fill in the duration or delete the row"));
        continue;
      }
      double v;
      try {
        v = Double.parseDouble(c.text());
      } catch (NumberFormatException e) {
        problems.add(new CsvTable.Problem(table.file(), c.line(), c.column(), where,
            "'" + c.text() + "' is not a number; write a plain number of " + u.symbol()
                + (c.text().contains(",") ? " with a decimal point, not a comma" : "")));
        continue;
      }
      if (!Double.isFinite(v)) {
        problems.add(new CsvTable.Problem(table.file(), c.line(), c.column(), where, "'" + c.text() + "' is not finite"));
      } else if (v < 0) {
        problems.add(new CsvTable.Problem(table.file(), c.line(), c.column(), where,
            "negative duration " + c.text() + "; a duration is >= 0 (check the start and end times it came from)"));
      } else {
        values[n++] = v * u.minutes();
      }
    }
    return new Durations(name, u, unitText == null, java.util.Arrays.copyOf(values, n), problems);
  }

  /** The unit written as {@code text} ({@code s}, {@code sec}, {@code seconds}, {@code min}, {@code minutes}, {@code h}, {@code hours}), or null. */
  static DurationUnit unitOf(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "s", "sec", "secs", "second", "seconds" -> DurationUnit.SECONDS;
      case "min", "mins", "minute", "minutes", "m" -> DurationUnit.MINUTES;
      case "h", "hr", "hrs", "hour", "hours" -> DurationUnit.HOURS;
      default -> null;
    };
  }
}
