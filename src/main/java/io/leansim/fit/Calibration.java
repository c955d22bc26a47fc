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
 *   <li>Hours: from the quarter hour of the first ticket ({@code 08:30} for a first ticket at
 *       {@code 08:31}) to the end of the hour of the last one, in hours from there.
 *   <li>Customer types and mix: the service types, named as in the log where YAML allows ({@link
 *       #keys}: any script, quoted where needed), and their shares of all tickets, to 4 decimals
 *       summing to exactly 1 ({@link #shares}).
 *   <li>Arrivals: a Poisson schedule by hour, each hour's rate the tickets issued in it per day
 *       (hours with fewer than {@value #FEW} tickets in the whole log get a note).
 *   <li>Service times per type: the best law by AIC fitted to (finished - called) of its served
 *       tickets; a constant when they are all equal; an exponential with their mean when fewer
 *       than {@link Fitter#MIN_OBSERVATIONS}, with the mean of all services when the type has none
 *       (noted); a placeholder when no ticket was served.
 *   <li>Counters on duty by hour: the counters that called a ticket in the hour (served or in
 *       vain), averaged over days and rounded; a placeholder of 1 when no counter called any.
 *   <li>Patience (when some tickets were never served): exponential, by maximum likelihood with
 *       censoring: the waits of the abandoned tickets (issued to called in vain) are patience
 *       ended, those of the served ones patience not yet ended; mean = all these waits / number
 *       abandoned. A number called in vain is an upper bound of when the customer left, so the
 *       estimate leans long.
 * </ul>
 *
 * <p>A draft with a placeholder is not {@link Draft#complete()}. An observed utilization above 100%
 * is a {@link Draft#warnings() warning}: a sign of a data problem.
 */
public final class Calibration {
  /** Hours with fewer tickets than this (over the whole log) get a note: their rate is uncertain. */
  public static final int FEW = 10;

  /** The draft opens on the quarter hour of the first ticket. */
  public static final int OPENING_STEP = 15;

  /** The mix is written in units of 1/10000 (4 decimals), summing to exactly 1. */
  public static final int MIX_UNITS = 10_000;

  /** The placeholder mean service time (minutes) of a draft from a log in which no ticket was served. */
  public static final double PLACEHOLDER_SERVICE = 5;

  /** Keys that YAML reads as other than text: quoted in the draft. */
  private static final Set<String> YAML_WORDS = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");

  private Calibration() {}

  /**
   * The draft and the observed figures.
   *
   * @param yaml the drafted scenario, which loads
   * @param notes how the log was read and where the draft is uncertain
   * @param warnings signs of a problem in the data (an observed utilization above 100%)
   * @param observed the log's figures
   * @param openMinute when the draft opens, in minutes since midnight
   * @param hours the hours of the draft's day
   * @param types the log's service types, most frequent first
   * @param keys each type's name in the draft
   * @param complete whether the log told everything: false when the draft has placeholders (no
   *     ticket served, no counter called), which a simulation would only echo
   */
  public record Draft(String yaml, List<String> notes, List<String> warnings, Observed observed, int openMinute, int hours,
      List<String> types, Map<String, String> keys, boolean complete) {
    public Draft {
      notes = List.copyOf(notes);
      warnings = List.copyOf(warnings);
      types = List.copyOf(types);
      keys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }
  }

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
    double first = t.stream().mapToDouble(TicketLog.Ticket::issued).min().orElseThrow();
    double last = t.stream().mapToDouble(TicketLog.Ticket::issued).max().orElseThrow();
    int open = (int) Math.floor(first / OPENING_STEP) * OPENING_STEP;
    int hours = (int) Math.floor((last - open) / 60) + 1;
    List<String> notes = new ArrayList<>(log.notes());
    List<String> warnings = new ArrayList<>();
    boolean anyServed = t.stream().anyMatch(TicketLog.Ticket::served);

    // types, most frequent first
    Map<String, Integer> count = new LinkedHashMap<>();
    t.forEach(x -> count.merge(x.type(), 1, Integer::sum));
    List<String> types = new ArrayList<>(count.keySet());
    types.sort(Comparator.comparing((String k) -> -count.get(k)).thenComparing(k -> k));
    Map<String, String> keys = keys(types);

    // arrivals by hour
    int[] issuedIn = new int[hours];
    t.forEach(x -> issuedIn[hour(x.issued(), open, hours)]++);

    // counters by hour: distinct (day, counter) calling in the hour
    List<Set<String>> working = new ArrayList<>();
    for (int h = 0; h < hours; h++) {
      working.add(new HashSet<>());
    }
    double serviceMinutes = 0;
    for (TicketLog.Ticket x : t) {
      if (x.served()) {
        serviceMinutes += x.finished() - x.called();
      }
      // a counter on duty calls someone within the hour (served or called in vain); one finishing its
      // last customer after its shift calls no one, so calls (not services) tell who was on duty
      if (!Double.isNaN(x.called()) && !x.counter().isEmpty()) {
        working.get(hour(x.called(), open, hours)).add(x.day() + "/" + x.counter());
      }
    }
    int[] staff = new int[hours];
    double staffMinutes = 0;
    for (int h = 0; h < hours; h++) {
      staff[h] = (int) Math.round(working.get(h).size() / (double) days);
      staffMinutes += staff[h] * 60.0 * days;
    }
    boolean noStaff = working.stream().allMatch(Set::isEmpty);
    if (!noStaff && java.util.Arrays.stream(staff).allMatch(k -> k == 0)) {
      // counters called, but fewer than half a counter a day in every hour: round up, not to no one
      staffMinutes = 0;
      for (int h = 0; h < hours; h++) {
        staff[h] = (int) Math.ceil(working.get(h).size() / (double) days);
        staffMinutes += staff[h] * 60.0 * days;
      }
      notes.add("fewer than half a counter a day called tickets in every hour: the counters on duty are rounded up");
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
    double patience = abandonedWithCall > 0 ? Math.max(waitsForPatience / abandonedWithCall, 1e-3) : Double.NaN;
    if (abandoned > abandonedWithCall) {
      notes.add((abandoned - abandonedWithCall) + " unserved tickets were never called: they count as abandoned but"
          + " say nothing of patience");
    }
    if (!anyServed) {
      notes.add("no ticket in the log was served (none has a 'finished' time): the service times cannot be estimated;"
          + " the draft has a placeholder of " + Shorthand.num(PLACEHOLDER_SERVICE) + " min, marked 'placeholder': put yours there");
    }
    if (noStaff) {
      notes.add("no counter called a ticket in the log (no 'called' time with a 'counter'): the counters on duty cannot be"
          + " estimated; the draft has a placeholder of 1 counter, marked 'placeholder': put yours there");
    }

    StringBuilder y = new StringBuilder();
    y.append("# Drafted by 'leansim calibrate' from a ticket log: ").append(t.size()).append(" tickets over ").append(days)
        .append(days == 1 ? " day" : " days").append(".\n")
        .append("# Check it, name the steps and pools as your hall does, and add the lean variants to compare.\n");
    if (!anyServed || noStaff) {
      y.append("# Incomplete: the log does not tell ").append(!anyServed && noStaff ? "the service times nor the counters"
          : !anyServed ? "the service times" : "the counters").append(" on duty; fill in the placeholders before you run it.\n");
    }
    y.append("name: ").append(name).append('\n');
    y.append("title: ").append(quote(name + " (calibrated from the ticket log)")).append('\n');
    y.append("time_unit: min\n");
    y.append("clock_start: \"").append(TimeOfDay.format(open * 60L)).append("\"\n");
    y.append("run:\n  horizon: ").append(hours).append("h\n  drain: true\n  replications: 20\n  seed: ").append(seed).append('\n');
    y.append("customers:\n");
    for (String type : types) {
      y.append("  ").append(yamlKey(keys.get(type))).append(":");
      if (!Double.isNaN(patience)) {
        y.append(" {patience: \"").append(Shorthand.of(new DistSpec.Exponential(patience))).append("\"}");
      } else {
        y.append(" {}");
      }
      if (!keys.get(type).equals(type)) {
        y.append("   # ").append(comment(type)).append(" in the log");
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
        notes.add("hour " + TimeOfDay.format((open + 60L * h) * 60) + " has only " + issuedIn[h] + " ticket"
            + (issuedIn[h] == 1 ? "" : "s") + " in the log: its rate is uncertain");
      }
      y.append('\n');
    }
    long[] shares = shares(types.stream().mapToInt(count::get).toArray());
    y.append("    mix: {");
    for (int i = 0; i < types.size(); i++) {
      y.append(i == 0 ? "" : ", ").append(yamlKey(keys.get(types.get(i)))).append(": ")
          .append(String.format(Locale.ROOT, "%d.%04d", shares[i] / MIX_UNITS, shares[i] % MIX_UNITS));
    }
    y.append("}\n");
    y.append("resources:\n  counter:\n    shifts:   # counters that called tickets, by hour, averaged over days\n");
    if (noStaff) {
      y.append("      - {from: \"").append(TimeOfDay.format(open * 60L)).append("\", staff: 1}   # placeholder: the log tells no counter\n");
    } else {
      for (int h = 0; h < hours; h++) {
        if (h == 0 || staff[h] != staff[h - 1]) {
          y.append("      - {from: \"").append(TimeOfDay.format((open + 60L * h) * 60)).append("\", staff: ").append(staff[h])
              .append("}\n");
        }
      }
    }
    double[] all = t.stream().filter(TicketLog.Ticket::served).mapToDouble(x -> x.finished() - x.called()).toArray();
    y.append("process:\n  serve:\n    resource: counter\n    time:\n");
    for (String type : types) {
      double[] d = t.stream().filter(x -> x.type().equals(type) && x.served()).mapToDouble(x -> x.finished() - x.called())
          .toArray();
      String[] law = serviceLaw(type, d, all, notes);
      y.append("      ").append(yamlKey(keys.get(type))).append(": \"").append(law[0]).append("\"   # ").append(law[1]).append('\n');
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
    double utilization = staffMinutes == 0 || !anyServed ? Double.NaN : serviceMinutes / staffMinutes;
    Observed observed = new Observed(waited == 0 ? Double.NaN : waitSum / waited, waitByType, waitByHour,
        abandoned / (double) t.size(), utilization, days, t.size(), waitByDay);
    if (utilization > 1) {
      warnings.add(String.format(Locale.ROOT, "the observed counter utilization is %.0f%%: the counters served longer"
          + " than they were on duty, which cannot be. A sign of a data problem: several days in one log without a"
          + " date (or not in the order of the days), one counter name shared by several desks, or counters on duty for"
          + " part of an hour only. Check the log before trusting the draft's counters and this comparison.",
          100 * utilization));
    }
    return new Draft(y.toString(), notes, warnings, observed, open, hours, types, keys, anyServed && !noStaff);
  }

  /**
   * The service time law of {@code type} from its services {@code d} (minutes), and why: the best
   * fit by AIC, a constant when all are equal, else an exponential with their mean, or with the
   * mean of {@code all} services when the type has none, or a placeholder when nothing was served.
   */
  private static String[] serviceLaw(String type, double[] d, double[] all, List<String> notes) {
    if (all.length == 0) {
      return new String[] {Shorthand.of(new DistSpec.Exponential(PLACEHOLDER_SERVICE)),
          "placeholder: no ticket in the log was served"};
    }
    if (d.length >= Fitter.MIN_OBSERVATIONS && java.util.Arrays.stream(d).distinct().count() == 1) {
      notes.add("type " + type + ": all " + d.length + " services last the same, a constant");
      return new String[] {Shorthand.of(new DistSpec.Constant(d[0])), "all " + d.length + " services last the same"};
    }
    if (d.length >= Fitter.MIN_OBSERVATIONS) {
      try {
        Fitter.Result r = Fitter.fit(d);
        return new String[] {r.best().shorthand(), "best of " + r.fits().size() + " laws by AIC over " + d.length + " services"};
      } catch (IllegalArgumentException e) {
        notes.add("type " + type + ": no law could be fitted to its services (" + e.getMessage() + "); an exponential"
            + " with their mean instead");
        return new String[] {exponential(d), "no law could be fitted: an exponential with the mean of "
            + d.length + " services"};
      }
    }
    if (d.length == 0) {
      notes.add("type " + type + " has no served ticket: its service time is an exponential with the mean of all "
          + all.length + " services, a stand-in");
      return new String[] {exponential(all), "no service of this type in the log: the mean of all " + all.length
          + " services, a stand-in"};
    }
    String services = d.length == 1 ? "1 service" : d.length + " services";
    notes.add("type " + type + " has only " + services + ": its service time is an exponential with "
        + (d.length == 1 ? "its length" : "their mean") + ", not a fitted law (" + Fitter.MIN_OBSERVATIONS + " needed)");
    return new String[] {exponential(d), "only " + services + ": an exponential with "
        + (d.length == 1 ? "its length" : "their mean")};
  }

  private static String exponential(double[] d) {
    return Shorthand.of(new DistSpec.Exponential(Math.max(java.util.Arrays.stream(d).average().orElseThrow(), 1e-3)));
  }

  /**
   * The shares of {@code counts} in units of 1/{@value #MIX_UNITS}, summing to exactly {@value
   * #MIX_UNITS}: each rounded down, then the units left to the largest remainders (ties to the
   * first, the more frequent type); a type with tickets gets at least one unit, from the largest.
   */
  static long[] shares(int[] counts) {
    long total = java.util.Arrays.stream(counts).asLongStream().sum();
    long[] units = new long[counts.length];
    double[] remainder = new double[counts.length];
    long given = 0;
    for (int i = 0; i < counts.length; i++) {
      units[i] = counts[i] * (long) MIX_UNITS / total;
      remainder[i] = counts[i] * (double) MIX_UNITS / total - units[i];
      given += units[i];
    }
    Integer[] order = new Integer[counts.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -remainder[i]));
    for (int k = 0; given < MIX_UNITS; k++, given++) {
      units[order[k % order.length]]++;
    }
    for (int i = 0; i < units.length; i++) {
      if (units[i] == 0 && counts[i] > 0) {
        int largest = 0;
        for (int j = 1; j < units.length; j++) {
          largest = units[j] > units[largest] ? j : largest;
        }
        units[largest]--;
        units[i]++;
      }
    }
    return units;
  }

  /**
   * The names of {@code types} in the scenario: lower case, runs of anything but letters (of any
   * script), digits and underscores as one underscore; {@code t_} before a leading digit; {@code
   * type} for a name with nothing left, {@code default_type} for {@code default} (reserved); a
   * suffix {@code _2}, {@code _3}... for a name already taken.
   */
  public static Map<String, String> keys(List<String> types) {
    Map<String, String> keys = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (String type : types) {
      String k = type.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}_]+", "_")
          .replaceAll("^_+|_+$", "");
      k = k.isEmpty() ? "type" : Character.isDigit(k.charAt(0)) ? "t_" + k : k.equals("default") ? "default_type" : k;
      String unique = k;
      for (int n = 2; !taken.add(unique); n++) {
        unique = k + "_" + n;
      }
      keys.put(type, unique);
    }
    return keys;
  }

  /**
   * A scenario name ({@code [a-z0-9_-]+}) from a file name: accents dropped ({@code été}: {@code
   * ete}), anything else as {@code -}; {@code calibrated} when nothing of it fits.
   */
  public static String scenarioName(String stem) {
    String k = java.text.Normalizer.normalize(stem.strip(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^[-_]+|[-_]+$", "");
    return k.isEmpty() ? "calibrated" : k;
  }

  /** {@code key} as a YAML key: plain when it is a lower-case ASCII name YAML reads as text, else double-quoted. */
  static String yamlKey(String key) {
    return key.matches("[a-z_][a-z0-9_]*") && !YAML_WORDS.contains(key) ? key : quote(key);
  }

  /** {@code text} double-quoted for YAML, with backslashes, quotes and control characters escaped. */
  static String quote(String text) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** {@code text} on one line, for a YAML comment. */
  private static String comment(String text) {
    return "'" + text.replaceAll("[\\r\\n]+", " ") + "'";
  }

  private static int hour(double minutes, int open, int hours) {
    return Math.max(0, Math.min(hours - 1, (int) Math.floor((minutes - open) / 60)));
  }
}
