package io.leansim.fit;

import io.leansim.csv.CsvTable;
import io.leansim.scenario.DurationUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A column of observed durations read from a {@link CsvTable}, converted to minutes. The unit of a
 * plain number comes from {@code unit} (a command-line flag), else from the header ({@code "service
 * (s)"}, {@code "service [min]"}), else minutes are assumed and {@link #assumedUnit()} says so. A
 * cell may also be an elapsed time ({@code 4:30}, {@code 1:02:03}), and have a decimal comma in a
 * file not separated by commas. Every blank cell, non-number, negative, non-finite or absurdly large
 * value is a {@link CsvTable.Problem}, all reported at once.
 *
 * @param column the column's name, without its unit
 * @param header the column's whole header ({@code service (s)})
 * @param unit the unit of its plain numbers
 * @param assumedUnit whether that unit was assumed (neither given nor in the header, which does not
 *     name an elapsed-time format either)
 * @param minutes the durations, in minutes
 * @param problems what is wrong with the column, in file order
 */
public record Durations(String column, String header, DurationUnit unit, boolean assumedUnit, double[] minutes,
    List<CsvTable.Problem> problems) {
  /**
   * A value this many times the median, or more, is taken for a mistake (a typing or export error,
   * a ticket left open for days): it would dominate every fit.
   */
  public static final double ABSURD_TIMES_MEDIAN = 1000;

  public Durations {
    problems = List.copyOf(problems);
  }

  /** Reads {@code columnName} (null: the only column) of {@code table}, in {@code unit} (null: from the header). */
  public static Durations read(CsvTable table, String columnName, String unit) {
    List<CsvTable.Problem> problems = new ArrayList<>();
    CsvTable.Column column;
    if (columnName == null) {
      if (table.header().size() != 1) {
        problems.add(new CsvTable.Problem(table.file(), table.header().line(), 1, null,
            "the file has " + table.header().size() + " columns (" + String.join(", ", table.names())
                + "); choose one with --column NAME"));
        return failed(null, problems);
      }
      column = table.columns().get(0);
    } else {
      column = table.column(columnName).orElse(null);
      if (column == null) {
        problems.add(new CsvTable.Problem(table.file(), table.header().line(), 1, null,
            "no column '" + columnName + "'" + io.leansim.scenario.load.Hints.didYouMean(columnName,
                table.columns().stream().map(CsvTable.Column::name).toList()) + "; the columns are: "
                + String.join(", ", table.names())));
        return failed(columnName, problems);
      }
    }
    String name = column.name();
    CsvTable.Cell head = column.header();
    String where = "column '" + name + "'";
    String unitText = unit != null ? unit : column.elapsedFormat() ? null : column.unit();
    DurationUnit u = unitText == null ? DurationUnit.MINUTES : unitOf(unitText);
    if (u == null) {
      problems.add(new CsvTable.Problem(table.file(), head.line(), head.column(), where,
          "unknown unit '" + unitText + "'; use s, min or h" + (unit == null ? " (or mm:ss, h:mm:ss)" : "")));
      return failed(name, problems);
    }
    int col = column.index();
    double[] values = new double[table.rows().size()];
    CsvTable.Cell[] cells = new CsvTable.Cell[values.length];
    int n = 0;
    for (CsvTable.Row r : table.rows()) {
      List<CsvTable.Cell> row = r.cells();
      if (col >= row.size()) {
        problems.add(new CsvTable.Problem(table.file(), r.line(), 1, where,
            "this row has only " + row.size() + " cells; give every row a value for '" + name + "'"));
        continue;
      }
      CsvTable.Cell c = row.get(col);
      if (row.size() > table.header().size()) {
        CsvTable.Cell extra = row.get(table.header().size());
        problems.add(new CsvTable.Problem(table.file(), extra.line(), extra.column(), null, "this row has " + row.size()
            + " cells but the header " + table.header().size() + (table.delimiter() == ','
                ? "; a decimal comma? Write 4.5, not 4,5 (or save the file with ';' between cells)"
                : "; a cell with the delimiter inside? Put it in double quotes")));
        continue;
      }
      if (c.text().isEmpty()) {
        problems.add(new CsvTable.Problem(table.file(), c.line(), c.column(), where,
            "blank; fill in the duration or delete the row"));
        continue;
      }
      OptionalDouble elapsed = CsvTable.elapsedSeconds(c.text(), column.hoursAndMinutes());
      OptionalDouble number = table.number(c);
      if (elapsed.isEmpty() && number.isEmpty()) {
        String hint = c.text().contains(",") && !table.decimalComma()
            ? " with a decimal point, not a comma" : c.text().contains(":") ? ", or an elapsed time m:ss or h:mm:ss" : "";
        problems.add(new CsvTable.Problem(table.file(), c.line(), c.column(), where,
            "'" + c.text() + "' is not a number; write a plain number of " + u.symbol() + hint));
        continue;
      }
      double v = elapsed.isPresent() ? elapsed.getAsDouble() / 60 : number.getAsDouble() * u.minutes();
      if (!Double.isFinite(v)) {
        problems.add(new CsvTable.Problem(table.file(), c.line(), c.column(), where, "'" + c.text() + "' is too large"));
      } else if (v < 0) {
        problems.add(new CsvTable.Problem(table.file(), c.line(), c.column(), where,
            "negative duration " + c.text() + "; a duration is >= 0 (check the start and end times it came from)"));
      } else {
        cells[n] = c;
        values[n++] = v;
      }
    }
    double median = median(Arrays.copyOf(values, n));
    if (median > 0) {
      List<CsvTable.Problem> absurd = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (values[i] >= ABSURD_TIMES_MEDIAN * median) {
          CsvTable.Cell c = cells[i];
          absurd.add(new CsvTable.Problem(table.file(), c.line(), c.column(), where, "'" + c.text() + "' is over "
              + (int) ABSURD_TIMES_MEDIAN + " times the median (" + brief(median / u.minutes()) + " " + u.symbol() + "); a typing or export error? Fix it or delete the row"));
        }
      }
      if (!absurd.isEmpty()) {
        problems.addAll(absurd);
        problems.sort(java.util.Comparator.comparingInt(CsvTable.Problem::line)
            .thenComparingInt(CsvTable.Problem::column));
      }
    }
    return new Durations(name, head.text(), u, unitText == null && !column.elapsedFormat(), Arrays.copyOf(values, n),
        problems);
  }

  /** {@code x} to 3 significant digits, without trailing zeros ({@code 5}, {@code 2.35}, {@code 1.2e+04}). */
  private static String brief(double x) {
    String s = String.format(java.util.Locale.ROOT, "%.3g", x);
    return s.contains("e") || !s.contains(".") ? s : s.replaceAll("\\.?0+$", "");
  }

  private static Durations failed(String column, List<CsvTable.Problem> problems) {
    return new Durations(column, column, DurationUnit.MINUTES, true, new double[0], problems);
  }

  private static double median(double[] x) {
    if (x.length == 0) {
      return 0;
    }
    double[] s = x.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /** The unit written as {@code text} ({@code s}, {@code sec}, {@code seconds}, {@code min}, {@code minutes}, {@code h}, {@code hours}), or null. */
  static DurationUnit unitOf(String text) {
    OptionalDouble s = CsvTable.unitSeconds(text);
    return s.isEmpty() ? null : s.getAsDouble() == 1 ? DurationUnit.SECONDS
        : s.getAsDouble() == 60 ? DurationUnit.MINUTES : DurationUnit.HOURS;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Durations d && java.util.Objects.equals(column, d.column) && java.util.Objects.equals(header, d.header)
        && unit == d.unit && assumedUnit == d.assumedUnit && Arrays.equals(minutes, d.minutes) && problems.equals(d.problems);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(column, header, unit, assumedUnit, Arrays.hashCode(minutes), problems);
  }

  @Override
  public String toString() {
    return "Durations[" + column + ", " + minutes.length + " values in " + unit + ", " + problems.size() + " problems]";
  }
}
