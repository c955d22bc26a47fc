package io.leansim.fit;

import io.leansim.csv.CsvTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A queue-ticket system's log: one row per ticket with its {@code ticket} id, service {@code type},
 * when it was {@code issued}, {@code called} and {@code finished}, and the {@code counter} that
 * served it; an optional {@code date}. Times are clock times ({@code 09:15}, {@code 09:15:30}) or
 * timestamps ({@code 2026-11-02 09:15:30}, {@code 2026-11-02T09:15}). A ticket without {@code
 * finished} was not served: the customer had left (abandoned), and {@code called}, when given, is
 * when the number was called in vain. Headers that differ are mapped with {@code
 * --columns issued="Ticket time",...}.
 */
public record TicketLog(List<Ticket> tickets, List<String> days, List<CsvTable.Problem> problems) {
  /** The columns a log needs (ticket, type, issued, called, finished, counter) and the optional one. */
  public static final List<String> COLUMNS = List.of("ticket", "type", "issued", "called", "finished", "counter");

  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?");
  private static final Pattern STAMP = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)");

  /**
   * One ticket: its day (the date, or {@code "1"} for a log of clock times without dates), id,
   * type, and times in minutes since that day's midnight ({@code NaN}: not called, not finished).
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
    List<CsvTable.Problem> problems = new ArrayList<>();
    Map<String, Integer> at = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (String c : concat(COLUMNS, List.of("date"))) {
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
      return new TicketLog(List.of(), List.of(), problems);
    }
    List<Ticket> tickets = new ArrayList<>();
    Set<String> days = new java.util.TreeSet<>();
    Set<String> ids = new HashSet<>();
    for (CsvTable.Row r : table.rows()) {
      if (r.isBlank()) {
        continue; // an empty line
      }
      List<CsvTable.Cell> row = r.cells();
      Map<String, CsvTable.Cell> cell = new HashMap<>();
      at.forEach((c, i) -> cell.put(c, i < row.size() ? row.get(i) : new CsvTable.Cell("", row.get(0).line(), 1)));
      int line = row.get(0).line();
      int before = problems.size();
      String id = text(table, cell.get("ticket"), "ticket", problems, true);
      String type = text(table, cell.get("type"), "type", problems, true);
      String date = cell.containsKey("date") ? cell.get("date").text() : "";
      Time issued = time(table, cell.get("issued"), "issued", date, problems, true);
      Time called = time(table, cell.get("called"), "called", date, problems, false);
      Time finished = time(table, cell.get("finished"), "finished", date, problems, false);
      String counter = cell.get("counter").text();
      if (problems.size() > before) {
        continue;
      }
      String day = issued.day;
      CsvTable.Cell fc = cell.get("finished");
      CsvTable.Cell cc = cell.get("called");
      if (called != null && called.minutes < issued.minutes) {
        problems.add(new CsvTable.Problem(table.file(), cc.line(), cc.column(), "called",
            "called at " + cc.text() + ", before it was issued at " + cell.get("issued").text() + "; check the two times"));
        continue;
      }
      if (finished != null && called == null) {
        problems.add(new CsvTable.Problem(table.file(), cc.line(), cc.column(), "called",
            "blank, but the ticket was finished at " + fc.text() + "; a served ticket was called first: fill in when"));
        continue;
      }
      if (finished != null && finished.minutes < called.minutes) {
        problems.add(new CsvTable.Problem(table.file(), fc.line(), fc.column(), "finished",
            "finished at " + fc.text() + ", before it was called at " + cc.text() + ": a negative service time; check the two times"));
        continue;
      }
      if (finished != null && counter.isEmpty()) {
        CsvTable.Cell k = cell.get("counter");
        problems.add(new CsvTable.Problem(table.file(), k.line(), k.column(), "counter",
            "blank, but the ticket was served; fill in the counter that served it"));
        continue;
      }
      if (!ids.add(day + "/" + id)) {
        CsvTable.Cell k = cell.get("ticket");
        problems.add(new CsvTable.Problem(table.file(), k.line(), k.column(), "ticket",
            "ticket " + id + " appears twice" + (day.equals("1") ? "" : " on " + day) + "; each ticket is one row"));
        continue;
      }
      days.add(day);
      tickets.add(new Ticket(day, id, type, issued.minutes, called == null ? Double.NaN : called.minutes,
          finished == null ? Double.NaN : finished.minutes, counter, line));
    }
    if (problems.isEmpty() && tickets.isEmpty()) {
      CsvTable.Cell h = table.header().cells().get(0);
      problems.add(new CsvTable.Problem(table.file(), h.line(), 1, null, "no tickets: the log has a header but no rows"));
    }
    return new TicketLog(tickets, List.copyOf(days), problems);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String text(CsvTable t, CsvTable.Cell c, String column, List<CsvTable.Problem> problems, boolean required) {
    if (c.text().isEmpty() && required) {
      problems.add(new CsvTable.Problem(t.file(), c.line(), c.column(), column, "blank; every ticket needs its " + column));
    }
    return c.text();
  }

  /** A parsed time: its day and minutes since that day's midnight. */
  private record Time(String day, double minutes) {}

  private static Time time(CsvTable t, CsvTable.Cell c, String column, String date, List<CsvTable.Problem> problems,
      boolean required) {
    String s = c.text();
    if (s.isEmpty()) {
      if (required) {
        problems.add(new CsvTable.Problem(t.file(), c.line(), c.column(), column, "blank; every ticket needs its " + column + " time"));
      }
      return null;
    }
    String day = date.isEmpty() ? "1" : date;
    String clock = s;
    Matcher stamp = STAMP.matcher(s);
    if (stamp.matches()) {
      day = stamp.group(1);
      clock = stamp.group(2);
    }
    Matcher m = CLOCK.matcher(clock);
    if (!m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59
        || (m.group(3) != null && Integer.parseInt(m.group(3)) > 59)) {
      problems.add(new CsvTable.Problem(t.file(), c.line(), c.column(), column, "'" + s
          + "' is not a time; write HH:MM or HH:MM:SS (e.g. 09:15:30), or a timestamp 2026-11-02 09:15:30"));
      return null;
    }
    double minutes = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2))
        + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3)) / 60.0);
    return new Time(day, minutes);
  }
}
