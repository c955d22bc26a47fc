package io.leansim.scenario.load;

import io.leansim.csv.CsvTable;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.DurationUnit;
import io.leansim.scenario.load.YNode.YScalar;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A CSV data file a scenario refers to (a trace, an empirical distribution's {@code file}), read
 * relative to the scenario file. What goes wrong opening it is reported at the scenario's key;
 * what is wrong inside it, at the file's own {@code LINE:COLUMN} under {@link #label()}, at most
 * {@link CsvTable#LISTED_PER_KIND} mistakes of one kind, then "and N more like this" ({@link
 * #finish}).
 *
 * <p>A column is found by name as {@link CsvTable#column} does (ignoring case and a unit in
 * brackets), and a unit in its header is honoured: under {@code service (s)} a plain number is in
 * seconds whatever the scenario's {@code time_unit}. One instance per reading of a file, by one
 * reader: it counts the mistakes reported.
 */
final class DataFile {
  private final String label;
  private final String rel;
  private final CsvTable table;
  private final Map<String, int[]> kinds = new HashMap<>(); // kind -> reported, omitted, first omitted line, last line
  private final List<String> order = new ArrayList<>();
  private final Map<String, String> kindPath = new HashMap<>();

  private DataFile(String label, String rel, CsvTable table) {
    this.label = label;
    this.rel = rel;
    this.table = table;
  }

  /** The file as messages name it: its path next to the scenario file. */
  String label() {
    return label;
  }

  /** Its content. */
  CsvTable table() {
    return table;
  }

  /**
   * The file {@code rel} (as written at {@code at}, key {@code path}), or null after reporting why
   * it cannot be read; {@code whenEmpty} is the message for a file without a header.
   */
  static DataFile read(Sink sink, Path baseDir, String rel, YNode at, String path, String whenEmpty) {
    String label = Path.of(sink.file()).resolveSibling(rel).normalize().toString();
    CsvTable table;
    try {
      table = CsvTable.read(baseDir.resolve(rel));
    } catch (IOException e) {
      sink.error(at, path, "cannot read '" + rel + "' (" + CsvTable.describe(e)
          + "); give a CSV path relative to the scenario file");
      return null;
    } catch (RuntimeException e) {
      sink.error(at, path, "cannot read '" + rel + "' (not a valid path); give a CSV path relative to the scenario file");
      return null;
    } catch (CsvTable.Unreadable e) {
      sink.errorIn(label, e.problem().line(), e.problem().column(), path, e.problem().message());
      return null;
    }
    if (table.isEmpty()) {
      sink.error(at, path, whenEmpty);
      return null;
    }
    return new DataFile(label, rel, table);
  }

  /**
   * The durations under the column called {@code column} (null: the first column), in {@code unit},
   * blank rows skipped; null after reporting every cell that is not a duration >= 0. A cell is an
   * elapsed time ({@code 4:30}, {@code 1:02:03}; {@code h:mm} under a header {@code (h:mm)}), a
   * number (with a decimal comma in a file not separated by commas) in the header's unit, else in
   * {@code unit}, or a duration literal ({@code 90s}). {@code columnAt}/{@code columnPath} are where
   * the scenario names the column, {@code fileAt}/{@code filePath} where it names the file. With
   * {@code signed} (an appointment's lateness), values below 0 are kept, not refused.
   */
  List<Double> durations(Sink sink, String column, YNode columnAt, String columnPath, YNode fileAt, String filePath,
      DurationUnit unit, boolean signed) {
    CsvTable.Column col;
    if (column == null) {
      col = table.columns().get(0);
    } else {
      col = table.column(column).orElse(null);
      if (col == null) {
        List<String> names = table.columns().stream().map(CsvTable.Column::name).toList();
        String hint = Hints.didYouMean(column, names);
        sink.error(columnAt, columnPath, "'" + rel + "' has no column '" + column + "'"
            + (hint.isEmpty() ? "; its columns are " + String.join(", ", table.names()) : hint));
        return null;
      }
    }
    if (!knownUnit(sink, col, filePath)) {
      return null;
    }
    String name = col.header().text();
    List<Double> xs = new ArrayList<>();
    boolean ok = true;
    for (CsvTable.Row row : table.rows()) {
      if (row.isBlank()) {
        continue;
      }
      if (row.size() <= col.index()) {
        error(sink, row, filePath, "row has " + row.size() + " cells, no '" + name
            + "' (cell " + (col.index() + 1) + "); fill it in or remove the row");
        ok = false;
        continue;
      }
      CsvTable.Cell c = row.cells().get(col.index());
      try {
        OptionalDouble elapsed = CsvTable.elapsedSeconds(c.text(), col.hoursAndMinutes());
        OptionalDouble plain = number(col, c, unit);
        double x = elapsed.isPresent() ? elapsed.getAsDouble() / Units.seconds(unit)
            : plain.isPresent() ? plain.getAsDouble()
            : Units.duration(new YScalar(c.text(), YNode.Kind.STR, c.line(), c.column()), unit);
        if (!(signed || x >= 0) || !Double.isFinite(x)) {
          throw new Units.Bad("value must be >= 0, got " + (Double.isFinite(x) ? Units.show(x) : c.text()));
        }
        if (x != 0 && (Math.abs(x) < DistSpec.MIN_TIME || Math.abs(x) > DistSpec.MAX_TIME)) {
          throw new Units.Bad("value " + DistReader.show(x) + " " + unit.symbol() + " is out of range (0, or between "
              + DistReader.show(DistSpec.MIN_TIME) + " and " + DistReader.show(DistSpec.MAX_TIME) + " " + unit.symbol() + ")");
        }
        xs.add(x);
      } catch (Units.Bad e) {
        String why = c.text().isEmpty() ? "empty '" + name + "' cell" : e.getMessage();
        error(sink, c, filePath, why + "; fix the row or remove it");
        ok = false;
      }
    }
    finish(sink);
    if (ok && xs.isEmpty()) {
      sink.error(fileAt, filePath, "'" + rel + "' has no values under '" + name
          + "'; add observations, one per row");
      return null;
    }
    return ok ? xs : null;
  }

  /**
   * Whether the unit in {@code column}'s header, if any, is one of time ({@code s}, {@code min},
   * {@code h}, or an elapsed format {@code mm:ss}); else reports it at the header.
   */
  boolean knownUnit(Sink sink, CsvTable.Column column, String path) {
    if (column.unit() == null || column.elapsedFormat() || column.secondsPerUnit().isPresent()) {
      return true;
    }
    error(sink, column.header(), path, "unknown unit '" + column.unit() + "' in the header; write s, min or h"
        + " (\"" + column.name() + " (s)\"), or no unit for the scenario's time_unit");
    return false;
  }

  /**
   * The cell as a plain number (a decimal comma allowed in a file not separated by commas) of the
   * unit in {@code column}'s header, else of {@code unit}, converted to {@code unit}; empty when the
   * cell is not a plain number.
   */
  OptionalDouble number(CsvTable.Column column, CsvTable.Cell cell, DurationUnit unit) {
    OptionalDouble n = table.number(cell);
    OptionalDouble per = column.secondsPerUnit();
    if (n.isEmpty() || per.isEmpty()) {
      return n;
    }
    return OptionalDouble.of(n.getAsDouble() * per.getAsDouble() / Units.seconds(unit));
  }

  /** An error at {@code cell} of this file, reported under the scenario key {@code path}. */
  void error(Sink sink, CsvTable.Cell cell, String path, String message) {
    report(sink, cell.line(), cell.column(), path, message);
  }

  /** An error about the whole of {@code row} (column 1), reported under the scenario key {@code path}. */
  void error(Sink sink, CsvTable.Row row, String path, String message) {
    report(sink, row.line(), 1, path, message);
  }

  /**
   * Reports, for each kind of mistake of which more than {@link CsvTable#LISTED_PER_KIND} were
   * found, how many more there are and where: call it once, after the last row.
   */
  void finish(Sink sink) {
    for (String kind : order) {
      int[] k = kinds.get(kind);
      if (k[1] > 0) {
        sink.errorIn(label, k[2], 1, kindPath.get(kind), CsvTable.Problem.more(k[1], k[2], k[3]).strip());
      }
    }
    kinds.clear();
    order.clear();
  }

  private void report(Sink sink, int line, int column, String path, String message) {
    String kind = new CsvTable.Problem(table.file(), line, column, path, message).kind();
    int[] k = kinds.computeIfAbsent(kind, x -> {
      order.add(x);
      kindPath.put(x, path);
      return new int[4];
    });
    if (k[0] < CsvTable.LISTED_PER_KIND) {
      k[0]++;
      sink.errorIn(label, line, column, path, message);
    } else {
      if (k[1]++ == 0) {
        k[2] = line;
      }
      k[3] = line;
    }
  }
}
