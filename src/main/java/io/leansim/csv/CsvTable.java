package io.leansim.csv;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A CSV file read whole into text cells that know where they are. The first non-blank row is the
 * {@link #header()}; {@link #rows()} are the rows after it, blank lines included (as rows whose
 * {@link Row#isBlank()} is true), so that each caller decides whether a blank line is a mistake.
 * Cells are trimmed and unquoted; a cell's position is that of its first non-blank character
 * (line and column from 1, a byte order mark not counted), and a row's line is where it starts.
 *
 * @param file the file, as messages name it
 * @param delimiter the delimiter in use: {@code ,} {@code ;} or tab, whichever the header line has most of
 * @param header the header row (no cells in an empty file)
 * @param rows the rows after the header
 */
public record CsvTable(Path file, char delimiter, Row header, List<Row> rows) {
  /** The delimiters sniffed, in order of preference when the header has as many of each. */
  private static final char[] DELIMITERS = {',', ';', '\t'};

  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  public CsvTable {
    rows = List.copyOf(rows);
  }

  /** One cell: its text (trimmed, unquoted, possibly empty) and its position. */
  public record Cell(String text, int line, int column) {
    /** Whether the cell is empty. */
    public boolean isBlank() {
      return text.isEmpty();
    }

    /**
     * The cell as a finite plain number ({@code 4.5}, {@code -3}, {@code 1e3}; no unit, no decimal
     * comma), or empty; the caller reports the cell with {@link CsvTable#problem} when it must be one.
     */
    public OptionalDouble number() {
      try {
        double x = Double.parseDouble(text);
        return Double.isFinite(x) && !text.endsWith("d") && !text.endsWith("D") && !text.endsWith("f")
            && !text.endsWith("F") ? OptionalDouble.of(x) : OptionalDouble.empty();
      } catch (NumberFormatException e) {
        return OptionalDouble.empty();
      }
    }
  }

  /** One row of cells, starting on {@code line}. */
  public record Row(int line, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }

    /** The number of cells. */
    public int size() {
      return cells.size();
    }

    /** The cell at {@code index} (from 0), or empty when the row is shorter. */
    public Optional<Cell> cell(int index) {
      return index < cells.size() ? Optional.of(cells.get(index)) : Optional.empty();
    }

    /** Whether every cell is empty: a blank line. */
    public boolean isBlank() {
      return cells.stream().allMatch(Cell::isBlank);
    }
  }

  /** A mistake in a data file, at a position, with what to do about it. */
  public record Problem(Path file, int line, int column, String where, String message) {
    /** {@code FILE:LINE:COLUMN: where: message}. */
    @Override
    public String toString() {
      return file + ":" + line + ":" + column + ": " + (where == null ? "" : where + ": ") + message;
    }
  }

  /** Thrown for text that cannot be read as CSV (a quote not closed); carries where and why. */
  public static final class Unreadable extends Exception {
    private final transient Problem problem;

    Unreadable(Problem problem) {
      super(problem.toString());
      this.problem = problem;
    }

    /** Where the file stops being CSV, and what to do. */
    public Problem problem() {
      return problem;
    }
  }

  /**
   * Reads {@code file} as UTF-8.
   *
   * @throws IOException when the file cannot be read
   * @throws Unreadable when its content is not UTF-8 text, or not CSV
   */
  public static CsvTable read(Path file) throws IOException, Unreadable {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new Unreadable(new Problem(file, 1, 1, null, "not UTF-8 text; save it as CSV in UTF-8"));
    }
    return parse(file, text);
  }

  /**
   * Reads {@code file}, which must have a header: an empty one is {@link Unreadable}, with a
   * message saying that it needs a header row, then one row per {@code row} ("observation").
   */
  public static CsvTable read(Path file, String row) throws IOException, Unreadable {
    CsvTable t = read(file);
    if (t.isEmpty()) {
      throw new Unreadable(new Problem(file, 1, 1, null, "the file is empty; it needs a header row, then one row per " + row));
    }
    return t;
  }

  /** Reads {@code text}, the content of {@code file} (which is only named in positions). */
  public static CsvTable parse(Path file, String text) throws Unreadable {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Lines lines = new Lines(body);
    char delimiter = sniff(body);
    List<Row> all = new ArrayList<>();
    try (JsonParser p = CSV.reader(CsvSchema.emptySchema().withColumnSeparator(delimiter))
        .createParser(new StringReader(body))) {
      List<Cell> cells = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          cells = new ArrayList<>();
        } else if (t == JsonToken.END_ARRAY) {
          if (cells != null && !cells.isEmpty()) { // rows are arrays in an outer array, whose end closes no row
            all.add(new Row(cells.get(0).line(), cells));
          }
          cells = null;
        } else if (cells != null) {
          int at = firstNonBlank(body, (int) p.currentTokenLocation().getCharOffset(), delimiter);
          cells.add(new Cell(p.getString().strip(), lines.line(at), lines.column(at)));
        }
      }
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
      int column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
      throw new Unreadable(new Problem(file, line, column, null,
          "not readable as CSV (" + e.getOriginalMessage() + "); save it as comma-separated text"));
    }
    int first = 0;
    while (first < all.size() && all.get(first).isBlank()) {
      first++;
    }
    Row header = first < all.size() ? all.get(first) : new Row(1, List.of());
    return new CsvTable(file, delimiter, header, first < all.size() ? all.subList(first + 1, all.size()) : List.of());
  }

  /** Whether the file has no header (nothing but blank lines). */
  public boolean isEmpty() {
    return header.cells().isEmpty();
  }

  /** The header's names, in order. */
  public List<String> names() {
    return header.cells().stream().map(Cell::text).toList();
  }

  /** The index of the column whose header is exactly {@code name}, or -1 (the last, if several are). */
  public int indexOf(String name) {
    return names().lastIndexOf(name);
  }

  /** The cell of {@code row} under the column named exactly {@code column}, or empty (no such column, or a short row). */
  public Optional<Cell> cell(Row row, String column) {
    int i = indexOf(column);
    return i < 0 ? Optional.empty() : row.cell(i);
  }

  /** A problem at {@code cell} of this file; {@code where} (a column, or null) prefixes the message. */
  public Problem problem(Cell cell, String where, String message) {
    return new Problem(file, cell.line(), cell.column(), where, message);
  }

  /**
   * The delimiter of {@code text}: of {@code ,} {@code ;} and tab, the one its first non-blank
   * line has most of outside quotes (a comma if none).
   */
  static char sniff(String text) {
    int[] counts = new int[DELIMITERS.length];
    boolean quoted = false;
    boolean seen = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (seen) {
          break;
        }
      } else if (!quoted) {
        seen |= !Character.isWhitespace(c);
        for (int d = 0; d < DELIMITERS.length; d++) {
          if (c == DELIMITERS[d]) {
            counts[d]++;
            seen = true;
          }
        }
      }
    }
    int best = 0;
    for (int d = 1; d < DELIMITERS.length; d++) {
      if (counts[d] > counts[best]) {
        best = d;
      }
    }
    return DELIMITERS[best];
  }

  /**
   * Where a cell's text starts: Jackson's offset for a cell may point at blanks before it (or at
   * the second of them), so skip to its first non-blank character on that line.
   */
  private static int firstNonBlank(String text, int offset, char delimiter) {
    int i = Math.max(0, Math.min(offset, text.length()));
    while (i < text.length() && (text.charAt(i) == ' ' || (text.charAt(i) == '\t' && delimiter != '\t'))) {
      i++;
    }
    return i;
  }

  /** Line starts of a text, for 1-based line and column of a character offset. */
  private static final class Lines {
    private final int[] starts;

    Lines(String text) {
      List<Integer> s = new ArrayList<>();
      s.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
          s.add(i + 1);
        }
      }
      starts = s.stream().mapToInt(Integer::intValue).toArray();
    }

    int line(int offset) {
      int i = Arrays.binarySearch(starts, offset);
      return (i >= 0 ? i : -i - 2) + 1;
    }

    int column(int offset) {
      return offset - starts[line(offset) - 1] + 1;
    }
  }
}
