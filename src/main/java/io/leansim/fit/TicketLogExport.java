package io.leansim.fit;

import io.leansim.stats.Replay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A simulated day written as a queue-ticket system would log it (the columns {@link TicketLog}
 * reads): how LeanSim makes the sample log of {@code scenarios/data/} from a known scenario, so that
 * calibration can be checked against the parameters that generated it. The scenario must have one
 * step with one pool; a customer who gave up is logged as called in vain when it left. Times past
 * midnight carry the next date.
 */
public final class TicketLogExport {
  /** The header row. */
  public static final List<String> HEADER = List.of("ticket", "type", "issued", "called", "finished", "counter");

  private TicketLogExport() {}

  /** The rows of {@code day} (a date, e.g. 2026-11-02) from {@code replay}, times to the second. */
  public static List<List<String>> rows(Replay replay, String day) {
    if (replay.steps().size() != 1 || replay.pools().size() != 1) {
      throw new IllegalArgumentException("a ticket log needs a scenario with one step and one pool");
    }
    List<List<String>> rows = new ArrayList<>();
    int n = 0;
    for (Replay.Person p : replay.customers()) {
      String issued = stamp(day, replay.clockStart() + p.arrived());
      String called = "";
      String finished = "";
      String counter = "";
      for (Replay.Segment s : p.segments()) {
        if (s.kind() == Replay.Kind.SERVICE) {
          called = stamp(day, replay.clockStart() + s.from());
          finished = stamp(day, replay.clockStart() + s.to());
          counter = "C" + (s.slot() + 1);
        }
      }
      if (p.exit() == Replay.Exit.ABANDONED) {
        called = stamp(day, replay.clockStart() + p.left());
      }
      rows.add(List.of(String.format(Locale.ROOT, "%04d", ++n), replay.types().get(p.type()), issued, called, finished,
          counter));
    }
    return rows;
  }

  /**
   * {@code day HH:MM:SS} of {@code minutes} since the midnight that starts {@code day} (a date
   * {@code yyyy-mm-dd}), rounded to the second: after midnight, the next date.
   */
  static String stamp(String day, double minutes) {
    long s = Math.round(minutes * 60);
    String date = LocalDate.parse(day).plusDays(Math.floorDiv(s, 86_400L)).toString();
    long t = Math.floorMod(s, 86_400L);
    return String.format(Locale.ROOT, "%s %02d:%02d:%02d", date, t / 3600, t % 3600 / 60, t % 60);
  }
}
