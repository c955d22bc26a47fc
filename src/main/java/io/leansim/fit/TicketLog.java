package io.leansim.fit;

import io.leansim.csv.CsvTable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A queue-ticket system's log: one row per ticket with its {@code ticket} id, service {@code type},
 * when it was {@code issued}, {@code called} and {@code finished}, and the {@code counter} that
 * served it; an optional {@code date}. A ticket without {@code finished} was not served: the
 * customer had left (abandoned), and {@code called}, when given, is when the number was called in
 * vain. Headers that differ are mapped with {@code --columns issued="Ticket time",...}.
 *
 * <p>Times are clock times ({@code 09:15}, {@code 09:15:30}, {@code 9:15 AM}) or timestamps: ISO
 * ({@code 2026-11-02 09:15:30}, {@code 2026-11-02T09:15:30+01:00}: the clock time is taken as
 * written, the hall's own time, the offset only noted), {@code dd/mm/yyyy HH:MM} or {@code
 * mm/dd/yyyy HH:MM} ({@link DateOrder}), {@code dd.mm.yyyy HH:MM} (always day first), {@code
 * yyyy/mm/dd HH:MM}. The same date forms go in the {@code date} column.
 *
 * <p>Each ticket belongs to a day: its date (of {@code issued}, else the {@code date} column), or,
 * in a log of clock times without dates, a day counted from the log's order: a new day starts at a
 * row issued more than {@value #BACK_MINUTES} minutes before the latest ticket so far (the clock went
 * back). A ticket issued after midnight (no date, the next date, or the same business date) that
 * comes at most {@value #MIDNIGHT_GAP_MINUTES} minutes after the latest ticket belongs to the night
 * before, as long as that day lasts less than 24 hours.
 * Times are in minutes since the midnight that starts the ticket's day, so a ticket called or
 * finished after midnight has times above 1440: a clock time without a date is taken as the one
 * within 12 hours of the time before it.
 *
 * @param tickets the valid tickets, in the log's order
 * @param days the days, in the order they first appear
 * @param notes how the log was read where it was a guess (days counted from the order, the date
 *     order, time offsets), for the user
 * @param problems every mistake, positioned
 */
public record TicketLog(List<Ticket> tickets, List<String> days, List<String> notes, List<CsvTable.Problem> problems) {
  /** The columns a log needs (ticket, type, issued, called, finished, counter) and the optional one. */
  public static final List<String> COLUMNS = List.of("ticket", "type", "issued", "called", "finished", "counter");

  /** A clock time going back by more than this from one row to the next starts a new day (log without dates). */
  public static final int BACK_MINUTES = 60;

  /** A clock time this close after the latest one, but past midnight, continues the same day (a night office). */
  public static final int MIDNIGHT_GAP_MINUTES = 180;

  private static final int DAY = 1440;

  private static final String CLOCK = "(?<h>\\d{1,2}):(?<m>\\d{2})(?::(?<s>\\d{2})(?<f>[.,]\\d+)?)?"
      + "(?:\\s*(?<ampm>[AaPp])\\.?[Mm]\\.?)?";
  private static final String DATE = "(?:(?<y1>\\d{4})-(?<m1>\\d{1,2})-(?<d1>\\d{1,2})"
      + "|(?<y2>\\d{4})/(?<m2>\\d{1,2})/(?<d2>\\d{1,2})"
      + "|(?<a3>\\d{1,2})(?<sep>[/.])(?<b3>\\d{1,2})\\k<sep>(?<y3>\\d{4}))";
  private static final Pattern STAMP = Pattern.compile("(?:(?<date>" + DATE + ")(?:[ T]\\s*|$))?(?<clock>" + CLOCK
      + ")?\\s*(?<offset>Z|[+-]\\d{2}(?::?\\d{2})?)?");

  /**
   * The order of the day and the month in a date like {@code 02/11/2026}. Automatic ({@code null}
   * where asked): day first when some first number of the log's slash dates is above 12, month
   * first when some second one is (and no first one), else day first, and a note says it was a
   * guess. A date that does not fit the order chosen is an error at its cell.
   */
  public enum DateOrder {
    /** {@code dd/mm/yyyy}. */
    DAY_FIRST,
    /** {@code mm/dd/yyyy}. */
    MONTH_FIRST
  }

  public TicketLog {
    tickets = List.copyOf(tickets);
    days = List.copyOf(days);
    notes = List.copyOf(notes);
    problems = List.copyOf(problems);
  }

  /**
   * One ticket: its day (a date {@code yyyy-mm-dd}, or {@code "day N"} in a log without dates), id,
   * type, and times in minutes since that day's midnight ({@code NaN}: not called, not finished;
   * above 1440 after midnight), the counter, and the line it is on.
   */
  public record Ticket(String day, String id, String type, double issued, double called, double finished, String counter,
      int line) {
    /** Whether the ticket was served. */
    public boolean served() {
      return !Double.isNaN(finished);
    }
  }

  /** Reads the log in {@code table}; {@code mapping} renames columns (log column name by our name), may be empty. */
  public static TicketLog read(CsvTable table, Map<String, String> mapping) {
    return read(table, mapping, null);
  }

  /**
   * Reads the log in {@code table}; {@code mapping} renames columns (log column name by our name),
   * may be empty; {@code order} of dates like {@code 02/11/2026}, null to tell it from the log.
   */
  public static TicketLog read(CsvTable table, Map<String, String> mapping, DateOrder order) {
    List<CsvTable.Problem> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Map<String, Integer> at = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    List<String> all = new ArrayList<>(COLUMNS);
    all.add("date");
    for (String c : all) {
      String name = mapping.getOrDefault(c, c);
      int i = Headers.column(table, name);
      if (i >= 0) {
        at.put(c, i);
      } else if (!c.equals("date")) {
        missing.add(mapping.containsKey(c) ? c + " (mapped to '" + name + "')" : c);
      }
    }
    if (!missing.isEmpty()) {
      CsvTable.Cell h = table.header().cells().get(0);
      problems.add(new CsvTable.Problem(table.file(), h.line(), 1, null, "missing column" + (missing.size() > 1 ? "s " : " ")
          + String.join(", ", missing) + "; the header has: " + String.join(", ", table.names())
          + ". Rename them, or map them: --columns issued=\"Ticket time\",called=...,counter=Desk"));
      return new TicketLog(List.of(), List.of(), notes, problems);
    }
    List<Map<String, CsvTable.Cell>> rows = new ArrayList<>();
    for (CsvTable.Row r : table.rows()) {
      if (r.isBlank()) {
        continue; // an empty line
      }
      List<CsvTable.Cell> row = r.cells();
      Map<String, CsvTable.Cell> cell = new HashMap<>();
      at.forEach((c, i) -> cell.put(c, i < row.size() ? row.get(i) : new CsvTable.Cell("", r.line(), 1)));
      rows.add(cell);
    }
    Reader reader = new Reader(table, order == null ? guessOrder(rows, notes) : order, order == null, problems);
    List<Ticket> tickets = new ArrayList<>();
    Set<String> days = new LinkedHashSet<>();
    Set<String> ids = new HashSet<>();
    Days sessions = new Days();
    for (Map<String, CsvTable.Cell> cell : rows) {
      int before = problems.size();
      String id = reader.text(cell.get("ticket"), "ticket");
      String type = reader.text(cell.get("type"), "type");
      LocalDate date = cell.containsKey("date") ? reader.date(cell.get("date")) : null;
      Stamp issued = reader.time(cell.get("issued"), "issued", true);
      Stamp called = reader.time(cell.get("called"), "called", false);
      Stamp finished = reader.time(cell.get("finished"), "finished", false);
      String counter = cell.get("counter").text();
      if (problems.size() > before) {
        continue;
      }
      double issuedAt = sessions.place(issued.date != null ? issued.date : date, issued.minutes, cell.get("issued").line());
      LocalDate day = sessions.date;
      String dayName = sessions.name();
      double calledAt = called == null ? Double.NaN : called.after(day, issuedAt);
      double finishedAt = finished == null ? Double.NaN : finished.after(day, Double.isNaN(calledAt) ? issuedAt : calledAt);
      CsvTable.Cell fc = cell.get("finished");
      CsvTable.Cell cc = cell.get("called");
      if (!Double.isNaN(calledAt) && calledAt < issuedAt) {
        problems.add(table.problem(cc, "called",
            "called at " + cc.text() + ", before it was issued at " + cell.get("issued").text() + "; check the two times"));
        continue;
      }
      if (!Double.isNaN(calledAt) && calledAt - issuedAt > DAY) {
        problems.add(table.problem(cc, "called", "called at " + cc.text() + ", more than a day after it was issued at "
            + cell.get("issued").text() + "; check the dates"));
        continue;
      }
      if (finished != null && called == null) {
        problems.add(table.problem(cc, "called",
            "blank, but the ticket was finished at " + fc.text() + "; a served ticket was called first: fill in when"));
        continue;
      }
      if (!Double.isNaN(finishedAt) && finishedAt < calledAt) {
        problems.add(table.problem(fc, "finished",
            "finished at " + fc.text() + ", before it was called at " + cc.text() + ": a negative service time; check the two times"));
        continue;
      }
      if (!Double.isNaN(finishedAt) && finishedAt - calledAt > DAY) {
        problems.add(table.problem(fc, "finished", "finished at " + fc.text() + ", more than a day after it was called at "
            + cc.text() + "; check the dates"));
        continue;
      }
      if (finished != null && counter.isEmpty()) {
        problems.add(table.problem(cell.get("counter"), "counter", "blank, but the ticket was served; fill in the counter that served it"));
        continue;
      }
      if (!ids.add(dayName + "/" + id)) {
        boolean named = day != null || sessions.count > 1;
        problems.add(table.problem(cell.get("ticket"), "ticket",
            "ticket " + id + " appears twice" + (named ? " on " + dayName : "") + "; each ticket is one row"
                + (day == null ? " (a log of several days needs a date column if its clock does not go back between them)" : "")));
        continue;
      }
      days.add(dayName);
      tickets.add(new Ticket(dayName, id, type, issuedAt, calledAt, finishedAt, counter, cell.get("ticket").line()));
    }
    if (problems.isEmpty() && tickets.isEmpty()) {
      CsvTable.Cell h = table.header().cells().get(0);
      problems.add(new CsvTable.Problem(table.file(), h.line(), 1, null, "no tickets: the log has a header but no rows"));
    }
    if (!sessions.starts.isEmpty()) {
      List<Integer> starts = sessions.starts;
      notes.add(0, "the log has no dates, and its issued times go back " + starts.size() + (starts.size() == 1 ? " time" : " times")
          + " (line" + (starts.size() == 1 ? " " : "s ") + lines(starts) + "): read as " + (starts.size() + 1)
          + " days, a new day at each; if the rows are not in the order of the days, add a date column");
    }
    reader.offsets(notes);
    return new TicketLog(tickets, List.copyOf(days), notes, problems);
  }

  private static String lines(List<Integer> lines) {
    List<String> shown = lines.stream().limit(5).map(String::valueOf).toList();
    return String.join(", ", shown) + (lines.size() > 5 ? " and " + (lines.size() - 5) + " more" : "");
  }

  /**
   * The days of a log, in the order of its rows: a ticket continues the current day when its date
   * is the day's (or none, in a log without dates) and its clock time has not gone back more than
   * {@value #BACK_MINUTES} minutes; or when, past midnight (its date the next, the same, or none),
   * it comes at most {@value #MIDNIGHT_GAP_MINUTES} minutes after the latest ticket, the day lasting
   * under 24 hours. Otherwise a new day starts.
   */
  private static final class Days {
    /** Days started. */
    int count;
    /** The current day's date, null in a log without dates. */
    LocalDate date;
    double start;
    double latest;
    /** Lines where a day without a date starts, after the first. */
    final List<Integer> starts = new ArrayList<>();

    /** The issued time {@code minutes} (a clock time) on {@code day} (null: no date) in minutes of its day. */
    double place(LocalDate day, double minutes, int line) {
      if (count > 0 && (day == null) == (date == null)) {
        long next = day == null ? 0 : ChronoUnit.DAYS.between(date, day);
        if (next == 0 && minutes >= latest - BACK_MINUTES) {
          latest = Math.max(latest, minutes);
          return minutes;
        }
        double past = minutes + DAY * (next == 1 ? 1 : Math.max(1, Math.ceil((latest - minutes - BACK_MINUTES) / DAY)));
        if ((next == 0 || next == 1) && past >= latest - BACK_MINUTES && past - latest <= MIDNIGHT_GAP_MINUTES
            && past - start < DAY) {
          latest = Math.max(latest, past); // the same night, after midnight
          return past;
        }
      }
      if (count > 0 && day == null) {
        starts.add(line);
      }
      count++;
      date = day;
      start = minutes;
      latest = minutes;
      return minutes;
    }

    /** The current day's name: its date, or {@code day N}. */
    String name() {
      return date != null ? date.toString() : "day " + count;
    }
  }

  /** The order of dates like 02/11/2026 in the log: from a number above 12, else day first (noted). */
  private static DateOrder guessOrder(List<Map<String, CsvTable.Cell>> rows, List<String> notes) {
    boolean firstAbove12 = false;
    boolean secondAbove12 = false;
    String example = null;
    for (Map<String, CsvTable.Cell> row : rows) {
      for (String c : List.of("date", "issued", "called", "finished")) {
        CsvTable.Cell cell = row.get(c);
        Matcher m = cell == null ? null : STAMP.matcher(cell.text());
        if (m != null && m.matches() && m.group("a3") != null && m.group("sep").equals("/")) {
          firstAbove12 |= Integer.parseInt(m.group("a3")) > 12;
          secondAbove12 |= Integer.parseInt(m.group("b3")) > 12;
          example = example == null ? m.group("date") : example;
        }
      }
    }
    if (example == null || firstAbove12) {
      return DateOrder.DAY_FIRST;
    }
    if (secondAbove12) {
      return DateOrder.MONTH_FIRST;
    }
    notes.add("dates like " + example + " read as day/month/year: no number above 12 in the log tells the order;"
        + " if they are month/day/year, say --dates mdy");
    return DateOrder.DAY_FIRST;
  }

  /** A time read from a cell: its date (null for a clock time) and minutes since its midnight. */
  private record Stamp(LocalDate date, double minutes) {
    /** In minutes since the midnight of {@code day}, at or after about {@code previous} (within 12 hours before it). */
    double after(LocalDate day, double previous) {
      if (date != null && day != null) {
        return minutes + DAY * ChronoUnit.DAYS.between(day, date);
      }
      return minutes + DAY * Math.ceil((previous - DAY / 2.0 - minutes) / DAY);
    }
  }

  /** Reads cells, adding a problem for each that is wrong. */
  private static final class Reader {
    final CsvTable table;
    final DateOrder order;
    final boolean guessed;
    final List<CsvTable.Problem> problems;
    final Set<String> offsets = new TreeSet<>();

    Reader(CsvTable table, DateOrder order, boolean guessed, List<CsvTable.Problem> problems) {
      this.table = table;
      this.order = order;
      this.guessed = guessed;
      this.problems = problems;
    }

    String text(CsvTable.Cell c, String column) {
      if (c.text().isEmpty()) {
        problems.add(table.problem(c, column, "blank; every ticket needs its " + column));
      }
      return c.text();
    }

    LocalDate date(CsvTable.Cell c) {
      if (c.text().isEmpty()) {
        problems.add(table.problem(c, "date", "blank; the log has a date column, so every ticket needs its date"));
        return null;
      }
      Matcher m = STAMP.matcher(c.text());
      LocalDate d = m.matches() && m.group("date") != null ? date(m) : null;
      if (d == null) {
        problems.add(table.problem(c, "date", "'" + c.text() + "' is not a date; write 2026-11-02, or "
            + (order == DateOrder.MONTH_FIRST ? "11/02/2026 (month/day/year" : "02/11/2026 (day/month/year")
            + (guessed ? ", the order the log's other dates tell)" : ", as --dates says)")));
      }
      return d;
    }

    Stamp time(CsvTable.Cell c, String column, boolean required) {
      String s = c.text();
      if (s.isEmpty()) {
        if (required) {
          problems.add(table.problem(c, column, "blank; every ticket needs its " + column + " time"));
        }
        return null;
      }
      Matcher m = STAMP.matcher(s);
      Double minutes = m.matches() && m.group("clock") != null ? clock(m) : null;
      LocalDate date = minutes != null && m.group("date") != null ? date(m) : null;
      if (minutes != null && m.group("date") != null && date == null) {
        problems.add(table.problem(c, column, "'" + m.group("date") + "' is not a date" + (m.group("a3") == null ? ""
            : m.group("sep").equals(".") ? " (day.month.year)"
            : " in " + (order == DateOrder.MONTH_FIRST ? "month/day/year" : "day/month/year") + " order"
                + (guessed ? ", the order the log's other dates tell (a number above 12 in first or second place)"
                    : ", as --dates says")) + "; check it"));
        return null;
      }
      if (minutes == null) {
        problems.add(table.problem(c, column, "'" + s + "' is not a time; write HH:MM or HH:MM:SS (e.g. 09:15:30),"
            + " or a timestamp 2026-11-02 09:15:30" + (s.contains("/") ? example() : "")));
        return null;
      }
      if (m.group("offset") != null) {
        offsets.add(m.group("offset").equals("Z") ? "Z" : m.group("offset"));
      }
      return new Stamp(date, minutes);
    }

    private String example() {
      return order == DateOrder.MONTH_FIRST ? " or 11/02/2026 09:15:30 (month/day/year)"
          : " or 02/11/2026 09:15:30 (day/month/year)";
    }

    private static Double clock(Matcher m) {
      int h = Integer.parseInt(m.group("h"));
      int min = Integer.parseInt(m.group("m"));
      int s = m.group("s") == null ? 0 : Integer.parseInt(m.group("s"));
      String ampm = m.group("ampm");
      if (ampm != null) {
        if (h < 1 || h > 12) {
          return null;
        }
        h = h % 12 + (ampm.equalsIgnoreCase("p") ? 12 : 0);
      }
      if (h > 23 || min > 59 || s > 59) {
        return null;
      }
      double fraction = m.group("f") == null ? 0 : Double.parseDouble("0." + m.group("f").substring(1));
      return h * 60 + min + (s + fraction) / 60.0;
    }

    private LocalDate date(Matcher m) {
      try {
        if (m.group("y1") != null) {
          return LocalDate.of(num(m, "y1"), num(m, "m1"), num(m, "d1"));
        }
        if (m.group("y2") != null) {
          return LocalDate.of(num(m, "y2"), num(m, "m2"), num(m, "d2"));
        }
        int a = num(m, "a3");
        int b = num(m, "b3");
        boolean monthFirst = order == DateOrder.MONTH_FIRST && m.group("sep").equals("/"); // 02.11.2026: always day first
        return monthFirst ? LocalDate.of(num(m, "y3"), a, b) : LocalDate.of(num(m, "y3"), b, a);
      } catch (DateTimeException e) {
        return null;
      }
    }

    private static int num(Matcher m, String group) {
      return Integer.parseInt(m.group(group));
    }

    /** Notes what the log's time offsets mean for the draft. */
    void offsets(List<String> notes) {
      if (offsets.isEmpty()) {
        return;
      }
      if (offsets.stream().allMatch(o -> o.equals("Z") || o.matches("[+-]00(:?00)?"))) {
        notes.add("the times are in UTC (" + String.join(", ", offsets) + "): the draft's clock times are UTC;"
            + " shift them to the hall's local time if it differs");
      } else if (offsets.size() > 1) {
        notes.add("the times have several offsets (" + String.join(", ", offsets) + "; a change of daylight-saving time?):"
            + " each clock time is taken as written, the hall's local time");
      }
    }
  }
}
