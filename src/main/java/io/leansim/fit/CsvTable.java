package io.leansim.fit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * A CSV file read as text cells that know where they are ({@code line}, {@code column}, both from
 * 1), so that every mistake in a data file can be reported as {@code FILE:LINE:COLUMN}. The first
 * row is the header; cells are trimmed; an empty line is a row of one blank cell (a blank value in
 * a one-column file), and empty lines before the header are skipped.
 */
public record CsvTable(Path file, List<Cell> header, List<List<Cell>> rows) {
  private static final CsvFactory CSV = CsvFactory.builder()
      .enable(CsvReadFeature.WRAP_AS_ARRAY, CsvReadFeature.TRIM_SPACES).build();

  public CsvTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** One cell: its text (trimmed, possibly empty) and position. */
  public record Cell(String text, int line, int column) {}

  /** A mistake in a data file, at a position, with what to do about it. */
  public record Problem(Path file, int line, int column, String where, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ":" + column + ": " + (where == null ? "" : where + ": ") + message;
    }
  }

  /** Thrown for a file that cannot be read as CSV at all; carries the problem. */
  public static final class Unreadable extends Exception {
    private final transient Problem problem;

    Unreadable(Problem problem) {
      super(problem.toString());
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }

  /** Reads {@code file}, whose rows are each one {@code row} (for messages: "observation", "ticket"). */
  public static CsvTable read(Path file, String row) throws IOException, Unreadable {
    List<List<Cell>> all = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonParser p = CSV.createParser(ObjectReadContext.empty(), in)) {
      List<Cell> cells = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          cells = new ArrayList<>();
        } else if (t == JsonToken.END_ARRAY) {
          if (cells != null) { // rows are arrays (in an outer array, whose end closes no row)
            all.add(cells);
          }
          cells = null;
        } else if (cells != null) {
          var at = p.currentTokenLocation();
          cells.add(new Cell(p.getString().strip(), at.getLineNr(), at.getColumnNr()));
        }
      }
    } catch (JacksonException e) {
      var at = e.getLocation();
      throw new Unreadable(new Problem(file, at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(), null,
          "not readable as CSV (" + e.getOriginalMessage() + "); save it as comma-separated text"));
    } catch (java.nio.charset.MalformedInputException e) {
      throw new Unreadable(new Problem(file, 1, 1, null, "not UTF-8 text; save it as CSV in UTF-8"));
    }
    while (!all.isEmpty() && all.get(0).stream().allMatch(c -> c.text().isEmpty())) {
      all.remove(0);
    }
    if (all.isEmpty()) {
      throw new Unreadable(new Problem(file, 1, 1, null, "the file is empty; it needs a header row, then one row per " + row));
    }
    return new CsvTable(file, all.get(0), all.subList(1, all.size()));
  }

  /** Index of the header column named {@code name} (case-insensitive, ignoring a unit in brackets), or -1. */
  public int column(String name) {
    for (int i = 0; i < header.size(); i++) {
      if (bareName(header.get(i).text()).equalsIgnoreCase(bareName(name))) {
        return i;
      }
    }
    return -1;
  }

  /** The header's names, for messages. */
  public List<String> names() {
    return header.stream().map(Cell::text).toList();
  }

  /** A header name without a unit in brackets: {@code "service (min)"} is {@code "service"}. */
  static String bareName(String header) {
    return header.replaceAll("\\s*[(\\[][^)\\]]*[)\\]]\\s*$", "").strip();
  }

  /** The unit in brackets at the end of a header name ({@code "service (min)"}: {@code "min"}), or null. */
  static String unitIn(String header) {
    var m = java.util.regex.Pattern.compile("[(\\[]\\s*([^)\\]]+?)\\s*[)\\]]\\s*$").matcher(header);
    return m.find() ? m.group(1) : null;
  }
}
