package io.leansim.fit;

import io.leansim.scenario.DistSpec;
import io.leansim.scenario.TimeOfDay;
import io.leansim.scenario.load.Shorthand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A scenario drafted from a ticket log, and the log's own figures to hold the simulation against.
 *
 * <ul>
 *   <li>Hours: from the hour of the first ticket to the end of the hour of the last one.
 *   <li>Customer types and mix: the service types and their shares of all tickets.
 *   <li>Arrivals: a Poisson schedule by hour, each hour's rate the tickets issued in it per day
 *       (hours with fewer than {@value #FEW} tickets in the whole log get a note).
 *   <li>Service times per type: the best law by AIC fitted to (finished - called) of its served
 *       tickets, or an exponential with their mean when fewer than {@link Fitter#MIN_OBSERVATIONS}
 *       (noted).
 *   <li>Counters on duty by hour: the counters that worked in the hour (called or served a ticket),
 *       averaged over days and rounded.
 *   <li>Patience (when some tickets were never served): exponential, by maximum likelihood with
 *       censoring: the waits of the abandoned tickets (issued to called in vain) are patience
 *       ended, those of the served ones patience not yet ended; mean = all these waits / number
 *       abandoned. A number called in vain is an upper bound of when the customer left, so the
 *       estimate leans long.
 * </ul>
 */
public final class Calibration {
  /** Hours with fewer tickets than this (over the whole log) get a note: their rate is uncertain. */
  public static final int FEW = 10;

  private Calibration() {}

  /** The draft and the observed figures. */
  public record Draft(String yaml, List<String> notes, Observed observed, int openMinute, int hours, List<String> types) {}

  /**
   * What the log says: mean wait (issued to called, every ticket with a call) overall, by type and
   * by hour of issue (NaN without tickets); share abandoned; counter utilization (service time over
   * counter time on duty); number of days and tickets.
   */
  public record Observed(double meanWait, Map<String, Double> waitByType, double[] waitByHour, double abandonRate,
      double utilization, int days, int tickets, double[] waitByDay) {}

  /** Drafts a scenario named {@code name} from {@code log} (no problems), with {@code seed}. */
  public static Draft draft(String name, TicketLog log, long seed) {
    List<TicketLog.Ticket> t = log.tickets();
    int days = log.days().size();
    int open = (int) Math.floor(t.stream().mapToDouble(TicketLog.Ticket::issued).min().orElseThrow() / 60) * 60;
    int close = (int) Math.floor(t.stream().mapToDouble(TicketLog.Ticket::issued).max().orElseThrow() / 60) * 60 + 60;
    int hours = (close - open) / 60;
    List<String> notes = new ArrayList<>();

    // types, most frequent first
    Map<String, Integer> count = new LinkedHashMap<>();
    t.forEach(x -> count.merge(x.type(), 1, Integer::sum));
    List<String> types = new ArrayList<>(count.keySet());
    types.sort(Comparator.comparing((String k) -> -count.get(k)).thenComparing(k -> k));

    // arrivals by hour
    int[] issuedIn = new int[hours];
    t.forEach(x -> issuedIn[hour(x.issued(), open, hours)]++);

    // counters by hour: distinct (day, counter) busy or calling in the hour
    List<Set<String>> working = new ArrayList<>();
    for (int h = 0; h < hours; h++) {
      working.add(new HashSet<>());
    }
    double serviceMinutes = 0;
    for (TicketLog.Ticket x : t) {
      if (!x.served()) {
        continue;
      }
      serviceMinutes += x.finished() - x.called();
      // a counter on duty calls someone within the hour; one finishing its last customer after its
      // shift calls no one, so calls (not services) tell who was on duty
      working.get(hour(x.called(), open, hours)).add(x.day() + "/" + x.counter());
    }
    int[] staff = new int[hours];
    double staffMinutes = 0;
    for (int h = 0; h < hours; h++) {
      staff[h] = (int) Math.round(working.get(h).size() / (double) days);
      staffMinutes += staff[h] * 60.0 * days;
    }

    // patience
    long abandoned = t.stream().filter(x -> !x.served()).count();
    double waitsForPatience = 0;
    long abandonedWithCall = 0;
    for (TicketLog.Ticket x : t) {
      if (!Double.isNaN(x.called())) {
        waitsForPatience += x.called() - x.issued();
        if (!x.served()) {
          abandonedWithCall++;
        }
      }
    }
    double patience = abandonedWithCall > 0 ? waitsForPatience / abandonedWithCall : Double.NaN;
    if (abandoned > abandonedWithCall) {
      notes.add((abandoned - abandonedWithCall) + " unserved tickets were never called: they count as abandoned but"
          + " say nothing of patience");
    }

    StringBuilder y = new StringBuilder();
    y.append("# Drafted by 'leansim calibrate' from a ticket log: ").append(t.size()).append(" tickets over ").append(days)
        .append(days == 1 ? " day" : " days").append(".\n")
        .append("# Check it, name the steps and pools as your hall does, and add the lean variants to compare.\n");
    y.append("name: ").append(name).append('\n');
    y.append("title: \"").append(name.replace('"', '\'')).append(" (calibrated from the ticket log)\"\n");
    y.append("time_unit: min\n");
    y.append("clock_start: \"").append(TimeOfDay.format(open * 60L)).append("\"\n");
    y.append("run:\n  horizon: ").append(hours).append("h\n  drain: true\n  replications: 20\n  seed: ").append(seed).append('\n');
    y.append("customers:\n");
    for (String type : types) {
      y.append("  ").append(key(type)).append(":");
      if (!Double.isNaN(patience)) {
        y.append(" {patience: \"").append(Shorthand.of(new DistSpec.Exponential(patience))).append("\"}");
      } else {
        y.append(" {}");
      }
      y.append('\n');
    }
    if (!Double.isNaN(patience)) {
      y.append("# patience: exponential by maximum likelihood with censoring, from ").append(abandonedWithCall)
          .append(" tickets called in vain and ").append(t.size() - abandoned).append(" served (an upper estimate)\n");
    }
    y.append("arrivals:\n  walk_in:\n    schedule:\n");
    for (int h = 0; h < hours; h++) {
      double rate = issuedIn[h] / (double) days;
      y.append("      - {from: \"").append(TimeOfDay.format((open + 60L * h) * 60)).append("\", rate: ")
          .append(Shorthand.num(rate)).append("/h}");
      if (issuedIn[h] < FEW) {
        y.append("   # few tickets (").append(issuedIn[h]).append("): this rate is uncertain");
        notes.add("hour " + TimeOfDay.format((open + 60L * h) * 60) + " has only " + issuedIn[h] + " tickets in the log:"
            + " its rate is uncertain");
      }
      y.append('\n');
    }
    y.append("    mix: {");
    for (int i = 0; i < types.size(); i++) {
      y.append(i == 0 ? "" : ", ").append(key(types.get(i))).append(": ")
          .append(String.format(Locale.ROOT, "%.4f", count.get(types.get(i)) / (double) t.size()));
    }
    y.append("}\n");
    y.append("resources:\n  counter:\n    shifts:   # counters that called tickets, by hour, averaged over days\n");
    for (int h = 0; h < hours; h++) {
      if (h == 0 || staff[h] != staff[h - 1]) {
        y.append("      - {from: \"").append(TimeOfDay.format((open + 60L * h) * 60)).append("\", staff: ").append(staff[h])
            .append("}\n");
      }
    }
    y.append("process:\n  serve:\n    resource: counter\n    time:\n");
    for (String type : types) {
      double[] d = t.stream().filter(x -> x.type().equals(type) && x.served()).mapToDouble(x -> x.finished() - x.called())
          .toArray();
      String law;
      String why;
      if (d.length >= Fitter.MIN_OBSERVATIONS && java.util.Arrays.stream(d).distinct().count() > 1) {
        Fitter.Result r = Fitter.fit(d);
        law = r.best().shorthand();
        why = "best of " + r.fits().size() + " laws by AIC over " + d.length + " services";
      } else {
        double mean = java.util.Arrays.stream(d).average().orElse(
            t.stream().filter(TicketLog.Ticket::served).mapToDouble(x -> x.finished() - x.called()).average().orElse(1));
        law = Shorthand.of(new DistSpec.Exponential(Math.max(mean, 1e-3)));
        why = "only " + d.length + " services: an exponential with their mean";
        notes.add("type " + type + " has only " + d.length + " served tickets: its service time is an exponential with"
            + " their mean, not a fitted law");
      }
      y.append("      ").append(key(type)).append(": \"").append(law).append("\"   # ").append(why).append('\n');
    }

    // observed figures
    double waitSum = 0;
    int waited = 0;
    Map<String, double[]> byType = new LinkedHashMap<>();
    double[] hourSum = new double[hours];
    int[] hourCount = new int[hours];
    Map<String, double[]> byDay = new LinkedHashMap<>();
    for (TicketLog.Ticket x : t) {
      if (Double.isNaN(x.called())) {
        continue;
      }
      double w = x.called() - x.issued();
      waitSum += w;
      waited++;
      byType.computeIfAbsent(x.type(), k -> new double[2]);
      byType.get(x.type())[0] += w;
      byType.get(x.type())[1]++;
      int h = hour(x.issued(), open, hours);
      hourSum[h] += w;
      hourCount[h]++;
      byDay.computeIfAbsent(x.day(), k -> new double[2]);
      byDay.get(x.day())[0] += w;
      byDay.get(x.day())[1]++;
    }
    Map<String, Double> waitByType = new LinkedHashMap<>();
    for (String type : types) {
      double[] s = byType.get(type);
      waitByType.put(type, s == null ? Double.NaN : s[0] / s[1]);
    }
    double[] waitByHour = new double[hours];
    for (int h = 0; h < hours; h++) {
      waitByHour[h] = hourCount[h] == 0 ? Double.NaN : hourSum[h] / hourCount[h];
    }
    double[] waitByDay = byDay.values().stream().mapToDouble(s -> s[0] / s[1]).toArray();
    Observed observed = new Observed(waited == 0 ? Double.NaN : waitSum / waited, waitByType, waitByHour,
        abandoned / (double) t.size(), staffMinutes == 0 ? Double.NaN : serviceMinutes / staffMinutes, days, t.size(),
        waitByDay);
    return new Draft(y.toString(), notes, observed, open, hours, types);
  }

  /** A type name as a YAML key of the scenario (letters, digits, underscores). */
  public static String key(String type) {
    String k = type.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
    return k.isEmpty() ? "type" : Character.isDigit(k.charAt(0)) ? "t_" + k : k;
  }

  private static int hour(double minutes, int open, int hours) {
    return Math.max(0, Math.min(hours - 1, (int) Math.floor((minutes - open) / 60)));
  }
}
