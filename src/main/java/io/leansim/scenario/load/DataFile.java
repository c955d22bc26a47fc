package io.leansim.scenario.load;

import io.leansim.csv.CsvTable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A CSV data file a scenario refers to (a trace, an empirical distribution's {@code file}), read
 * relative to the scenario file. What goes wrong opening it is reported at the scenario's key;
 * what is wrong inside it, at the file's own {@code LINE:COLUMN} under {@link #label()}.
 *
 * @param label the file as messages name it: its path next to the scenario file
 * @param table its content
 */
record DataFile(String label, CsvTable table) {
  /**
   * The file {@code rel} (as written at {@code at}, key {@code path}), or null after reporting why
   * it cannot be read; {@code whenEmpty} is the message for a file without a header.
   */
  static DataFile read(Sink sink, Path baseDir, String rel, YNode at, String path, String whenEmpty) {
    String label = Path.of(sink.file()).resolveSibling(rel).normalize().toString();
    CsvTable table;
    try {
      table = CsvTable.read(baseDir.resolve(rel));
    } catch (IOException | RuntimeException e) {
      sink.error(at, path, "cannot read '" + rel + "' (" + e.getClass().getSimpleName()
          + "); give a CSV path relative to the scenario file");
      return null;
    } catch (CsvTable.Unreadable e) {
      sink.errorIn(label, e.problem().line(), e.problem().column(), path, e.problem().message());
      return null;
    }
    if (table.isEmpty()) {
      sink.error(at, path, whenEmpty);
      return null;
    }
    return new DataFile(label, table);
  }

  /** An error at {@code cell} of this file, reported under the scenario key {@code path}. */
  void error(Sink sink, CsvTable.Cell cell, String path, String message) {
    sink.errorIn(label, cell.line(), cell.column(), path, message);
  }

  /** An error about the whole of {@code row} (column 1), reported under the scenario key {@code path}. */
  void error(Sink sink, CsvTable.Row row, String path, String message) {
    sink.errorIn(label, row.line(), 1, path, message);
  }
}
