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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * <p>Numbers may be written with a decimal comma ({@code 4,5}) in a file whose delimiter is not a
 * comma ({@link #number}); durations as elapsed times ({@code 4:30}, {@code 1:02:03}); a column's
 * header may carry its unit ({@code service (s)}, {@code wait [min]}: {@link #column}).
 *
 * @param delimiter the delimiter in use: the one forced by {@link Options}, else {@code ,} {@code ;}
 *     or tab, whichever the header line has most of
 * @param header the header row (no cells in an empty file)
 * @param rows the rows after the header
 */
public record CsvTable(Path file, char delimiter, Row header, List<Row> rows) {
  /** The delimiters sniffed, in order of preference when the header has as many of each. */
  private static final char[] DELIMITERS = {',', ';', '\t'};

  private static final Pattern UNIT = Pattern.compile("\\s*[(\\[]\\s*([^()\\[\\]]*?)\\s*[)\\]]\\s*$");
  private static final Pattern ELAPSED =
      Pattern.compile("(-?)([0-9]+):([0-9]{1,2})(?::([0-9]{1,2}))?(?:[.,]([0-9]+))?");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?[0-9]*,[0-9]+");

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

  /**
   * How to read a file.
   *
   * @param delimiter the delimiter to use (a {@code --delimiter} option), or null to sniff it from
   *     the header line
   */
  public record Options(Character delimiter) {
    /** The delimiter sniffed from the header line. */
    public static final Options SNIFFED = new Options(null);

    public Options {
      if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r'
          || Character.isLetterOrDigit(delimiter))) {
        throw new IllegalArgumentException("not a delimiter: '" + delimiter + "'");
      }
    }

    /**
     * The options for a {@code --delimiter} value: {@code ,} {@code ;} {@code |}, {@code tab} (or
     * {@code \t}, or a tab), {@code comma}, {@code semicolon}, {@code auto} (sniffed); empty for
     * anything else.
     */
    public static Optional<Options> ofDelimiter(String text) {
      String t = text == null ? "" : text.toLowerCase(java.util.Locale.ROOT);
      return switch (t) {
        case "auto", "" -> Optional.of(SNIFFED);
        case "tab", "\\t", "\t", "tsv" -> Optional.of(new Options('\t'));
        case "comma" -> Optional.of(new Options(','));
        case "semicolon" -> Optional.of(new Options(';'));
        case "pipe" -> Optional.of(new Options('|'));
        default -> t.length() == 1 && !Character.isLetterOrDigit(t.charAt(0)) && t.charAt(0) != '"'
            && !Character.isWhitespace(t.charAt(0)) ? Optional.of(new Options(t.charAt(0))) : Optional.empty();
      };
    }
  }

  /**
   * A column of the header: its {@code index} (from 0), its header cell, its {@code name} without
   * a unit in brackets, and that unit ({@code "service (s)"}: name {@code service}, unit {@code s};
   * null when the header has none).
   */
  public record Column(int index, Cell header, String name, String unit) {
    /** The column of {@code header} at {@code index}: its text split into name and unit. */
    public static Column of(int index, Cell header) {
      Matcher m = UNIT.matcher(header.text());
      if (m.find() && m.start() > 0) {
        return new Column(index, header, header.text().substring(0, m.start()).strip(), m.group(1));
      }
      return new Column(index, header, header.text(), null);
    }

    /**
     * Seconds in one {@link #unit()}: {@code s}, {@code sec}, {@code seconds}; {@code min},
     * {@code m}, {@code minutes}; {@code h}, {@code hr}, {@code hours} (any case); empty when the
     * header has no unit or one of another kind. An elapsed-time format ({@code mm:ss}, {@code
     * h:mm:ss}) is not a unit: its cells say their own ({@link CsvTable#elapsedSeconds}).
     */
    public OptionalDouble secondsPerUnit() {
      return unit == null ? OptionalDouble.empty() : unitSeconds(unit);
    }

    /** Whether the header names an elapsed-time format ({@code (mm:ss)}, {@code [h:mm:ss]}, {@code (h:mm)}). */
    public boolean elapsedFormat() {
      return unit != null && unit.toLowerCase(java.util.Locale.ROOT).matches("h{1,2}:mm(:ss)?|m{1,2}:ss");
    }

    /** Whether the header says two-part elapsed times are hours and minutes ({@code (h:mm)}), not minutes and seconds. */
    public boolean hoursAndMinutes() {
      return unit != null && unit.toLowerCase(java.util.Locale.ROOT).matches("h{1,2}:mm");
    }
  }

  /** Seconds in a unit of time written {@code unit} (s, min, h and their spellings), or empty. */
  public static OptionalDouble unitSeconds(String unit) {
    return switch (unit.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "s", "sec", "secs", "second", "seconds" -> OptionalDouble.of(1);
      case "m", "min", "mins", "minute", "minutes" -> OptionalDouble.of(60);
      case "h", "hr", "hrs", "hour", "hours" -> OptionalDouble.of(3600);
      default -> OptionalDouble.empty();
    };
  }

  /**
   * An elapsed time in seconds: {@code m:ss} (minutes may exceed 59: {@code 75:30}), {@code
   * h:mm:ss}, with optional decimals of a second ({@code 4:30.5}); {@code h:mm} instead of {@code
   * m:ss} when {@code hoursAndMinutes}. Empty when the text is not of that form, or a part after
   * the first is 60 or more.
   */
  public static OptionalDouble elapsedSeconds(String text, boolean hoursAndMinutes) {
    Matcher m = ELAPSED.matcher(text.strip());
    if (!m.matches()) {
      return OptionalDouble.empty();
    }
    double first = Double.parseDouble(m.group(2));
    int second = Integer.parseInt(m.group(3));
    Integer third = m.group(4) == null ? null : Integer.parseInt(m.group(4));
    if (second > 59 || (third != null && third > 59) || (third == null && m.group(3).length() != 2)) {
      return OptionalDouble.empty();
    }
    double fraction = m.group(5) == null ? 0 : Double.parseDouble("0." + m.group(5));
    double s;
    if (third != null) {
      s = first * 3600 + second * 60 + third + fraction;
    } else if (hoursAndMinutes) {
      if (m.group(5) != null) {
        return OptionalDouble.empty();
      }
      s = first * 3600 + second * 60;
    } else {
      s = first * 60 + second + fraction;
    }
    return OptionalDouble.of(m.group(1).isEmpty() ? s : -s);
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

    /**
     * What kind of mistake this is, to group alike ones: {@code where} and the message with quoted
     * text and numbers blanked out ({@code 'abc' is not a number} and {@code 'x' is not a number}
     * are of one kind).
     */
    public String kind() {
      return where + ": " + message.replaceAll("'[^']*'", "''").replaceAll("[0-9]+([.,][0-9]+)?", "#");
    }

    /**
     * {@code problems} as lines to print, in their order, at most {@code perKind} of each {@link
     * #kind()}: after the last one listed of a kind comes {@code "  ... and N more like this
     * (lines A to B)"}.
     */
    public static List<String> listed(List<Problem> problems, int perKind) {
      java.util.Map<String, int[]> total = new java.util.HashMap<>(); // kind -> count, first line not listed, last line
      for (Problem p : problems) {
        int[] t = total.computeIfAbsent(p.kind(), k -> new int[3]);
        if (t[0]++ == perKind) {
          t[1] = p.line();
        }
        t[2] = p.line();
      }
      java.util.Map<String, Integer> seen = new java.util.HashMap<>();
      List<String> out = new ArrayList<>();
      for (Problem p : problems) {
        int i = seen.merge(p.kind(), 1, Integer::sum) - 1;
        int[] t = total.get(p.kind());
        if (i < perKind) {
          out.add(p.toString());
        }
        if (i == perKind - 1 && t[0] > perKind) {
          out.add(more(t[0] - perKind, t[1], t[2]));
        }
      }
      return out;
    }

    /** {@code "  ... and N more like this (lines A to B)"}. */
    public static String more(int n, int fromLine, int toLine) {
      return "  ... and " + n + " more like this (" + (fromLine == toLine ? "line " + fromLine
          : "lines " + fromLine + " to " + toLine) + ")";
    }
  }

  /** How many problems of one kind are listed before the rest are summed up ({@link Problem#listed}). */
  public static final int LISTED_PER_KIND = 10;

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
    return read(file, Options.SNIFFED);
  }

  /**
   * Reads {@code file} as UTF-8, as {@code options} say.
   *
   * @throws IOException when the file cannot be read ({@link #describe} says why in plain words)
   * @throws Unreadable when its content is not UTF-8 text, or not CSV
   */
  public static CsvTable read(Path file, Options options) throws IOException, Unreadable {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new Unreadable(new Problem(file, 1, 1, null, "not UTF-8 text; save it as CSV in UTF-8"));
    }
    return parse(file, text, options);
  }

  /**
   * Reads {@code file}, which must have a header: an empty one is {@link Unreadable}, with a
   * message saying that it needs a header row, then one row per {@code row} ("observation").
   */
  public static CsvTable read(Path file, String row) throws IOException, Unreadable {
    return read(file, row, Options.SNIFFED);
  }

  /** {@link #read(Path, String)}, as {@code options} say. */
  public static CsvTable read(Path file, String row, Options options) throws IOException, Unreadable {
    CsvTable t = read(file, options);
    if (t.isEmpty()) {
      throw new Unreadable(new Problem(file, 1, 1, null, "the file is empty; it needs a header row, then one row per " + row));
    }
    return t;
  }

  /** Reads {@code text}, the content of {@code file} (which is only named in positions). */
  public static CsvTable parse(Path file, String text) throws Unreadable {
    return parse(file, text, Options.SNIFFED);
  }

  /** Reads {@code text}, the content of {@code file} (which is only named in positions), as {@code options} say. */
  public static CsvTable parse(Path file, String text, Options options) throws Unreadable {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Lines lines = new Lines(body);
    char delimiter = options.delimiter() != null ? options.delimiter() : sniff(body);
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
          "not readable as CSV (" + plain(e.getOriginalMessage()) + "); save it as comma-separated text"));
    }
    int first = 0;
    while (first < all.size() && all.get(first).isBlank()) {
      first++;
    }
    Row header = first < all.size() ? all.get(first) : new Row(1, List.of());
    return new CsvTable(file, delimiter, header, first < all.size() ? all.subList(first + 1, all.size()) : List.of());
  }

  /**
   * Why {@code file} could not be read, in plain words: "no such file", "a folder, not a file",
   * "permission denied", or the system's message.
   */
  public static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("is a directory")) {
      return "a folder, not a file";
    }
    return e.getMessage() == null ? "unreadable" : e.getMessage();
  }

  /** Jackson's words for a problem, without Java's class names. */
  private static String plain(String message) {
    String m = message == null ? "malformed" : message.replaceAll("\\s*\\n.*", "");
    return m.replaceAll("\\b[a-z]+(\\.[a-z]+)+\\.([A-Z]\\w*)", "$2");
  }

  /** Whether numbers in this file may have a decimal comma: its delimiter is not a comma. */
  public boolean decimalComma() {
    return delimiter != ',';
  }

  /**
   * The cell as a finite number ({@code 4.5}, {@code -3}, {@code 1e3}, and {@code 4,5} when the
   * file allows a {@link #decimalComma()}); empty otherwise (no unit, no thousands separator).
   */
  public OptionalDouble number(Cell cell) {
    if (decimalComma() && DECIMAL_COMMA.matcher(cell.text()).matches()) {
      return new Cell(cell.text().replace(',', '.'), cell.line(), cell.column()).number();
    }
    return cell.number();
  }

  /** The header's columns, in order. */
  public List<Column> columns() {
    List<Column> out = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      out.add(Column.of(i, header.cells().get(i)));
    }
    return out;
  }

  /**
   * The column called {@code name}: the one whose header is exactly {@code name}, else the first
   * whose name without its unit is {@code name} without a unit, ignoring case ({@code service}, {@code
   * Service} and {@code service (s)} all find the header {@code service (s)}); empty when none is.
   */
  public Optional<Column> column(String name) {
    List<Column> all = columns();
    for (Column c : all) {
      if (c.header().text().equals(name)) {
        return Optional.of(c);
      }
    }
    String bare = Column.of(0, new Cell(name, 1, 1)).name();
    return all.stream().filter(c -> c.name().equalsIgnoreCase(bare)).findFirst();
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
   * The delimiter of {@code text}: of {@code ,} {@code ;} and tab, the one that the header (its
   * first non-blank line) has and that splits the most of the next lines (up to 20) into as many
   * cells as the header, outside quotes; of those alike, the one the header has most of, then a
   * comma, a semicolon, a tab. A comma when the header has none of them. So {@code Zeit, gesamt
   * (s);Schalter} over rows {@code 60;A} is separated by semicolons.
   */
  static char sniff(String text) {
    List<int[]> lines = new ArrayList<>(); // per non-blank line, the count of each delimiter outside quotes
    int[] counts = new int[DELIMITERS.length];
    boolean quoted = false;
    boolean seen = false;
    for (int i = 0; i <= text.length() && lines.size() < 21; i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '"') {
        quoted = !quoted;
        seen = true;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (seen) {
          lines.add(counts);
        }
        counts = new int[DELIMITERS.length];
        seen = false;
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
    if (lines.isEmpty()) {
      return DELIMITERS[0];
    }
    int best = -1;
    int bestAlike = -1;
    int[] header = lines.get(0);
    for (int d = 0; d < DELIMITERS.length; d++) {
      if (header[d] == 0) {
        continue;
      }
      int alike = 0;
      for (int[] line : lines.subList(1, lines.size())) {
        alike += line[d] == header[d] ? 1 : 0;
      }
      if (best < 0 || alike > bestAlike || (alike == bestAlike && header[d] > header[best])) {
        best = d;
        bestAlike = alike;
      }
    }
    return DELIMITERS[Math.max(best, 0)];
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
