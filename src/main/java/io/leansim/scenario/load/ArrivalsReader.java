package io.leansim.scenario.load;

import io.leansim.csv.CsvTable;
import io.leansim.scenario.ArrivalPattern;
import io.leansim.scenario.ArrivalStream;
import io.leansim.scenario.CustomerType;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.RunSpec;
import io.leansim.scenario.load.YNode.YEntry;
import io.leansim.scenario.load.YNode.YMap;
import io.leansim.scenario.load.YNode.YScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The {@code arrivals} section: each stream's pattern (a Poisson rate or schedule, appointments
 * every so often or at listed slots, or a recorded trace read with the CSV reader), its type mix
 * and batch size into {@link io.leansim.scenario.ArrivalStream}s.
 */
final class ArrivalsReader {
  private final Fields in;
  private final Sink sink;
  private final DistReader dists;

  ArrivalsReader(Fields in) {
    this.in = in;
    this.sink = in.sink();
    this.dists = in.dists();
  }

  /**
   * The {@code arrivals} section of {@code root} (required), or null after reporting what is wrong;
   * {@code customers} and {@code run} are null when they have errors (their checks are then skipped).
   */
  List<ArrivalStream> arrivals(YMap root, List<CustomerType> customers, RunSpec run) {
    YMap m = in.requiredSection(root, "arrivals", "a map of arrival streams like {walk_in: {rate: 60/h}}",
        "needs at least one arrival stream; add e.g. walk_in: {rate: 60/h}");
    if (m == null) {
      return null;
    }
    List<ArrivalStream> out = new ArrayList<>();
    boolean ok = true;
    for (YEntry e : m.entries()) {
      ArrivalStream a = stream(e, customers, run);
      ok &= a != null;
      out.add(a);
    }
    return ok ? out : null;
  }

  private static final List<String> PATTERN_KEYS = List.of("rate", "schedule", "every", "slots", "trace");
  /** Keys of a regular block of appointments only. */
  private static final List<String> EVERY_KEYS = List.of("start", "until");
  /** Keys of appointments, regular ({@code every}) or listed ({@code slots}). */
  private static final List<String> APPOINTMENT_KEYS = List.of("jitter", "no_show");
  private static final String ONE_OF = "'rate', 'schedule', 'every', 'slots' or 'trace'";

  private ArrivalStream stream(YEntry e, List<CustomerType> customers, RunSpec run) {
    String p = Paths.child("arrivals", e.name());
    YMap s = in.map(e.value(), p, "a map like {rate: 60/h}");
    if (s == null) {
      return null;
    }
    in.checkKeys(s, "arrivals.*", p);
    List<YEntry> given = s.entries().stream().filter(x -> PATTERN_KEYS.contains(x.name())).toList();
    ArrivalPattern pattern = null;
    boolean ok = true;
    if (given.isEmpty()) {
      sink.error(s, p, "missing " + ONE_OF + "; add e.g. rate: 60/h");
      ok = false;
    } else if (given.size() > 1) {
      for (YEntry extra : given.subList(1, given.size())) {
        sink.error(extra.key(), Paths.child(p, extra.name()), "a stream has exactly one of " + ONE_OF + "; keep '"
            + given.get(0).name() + "' and remove '" + extra.name() + "', or make it a stream of its own");
      }
      ok = false;
    }
    String kind = given.size() == 1 ? given.get(0).name() : null;
    for (YEntry x : s.entries()) {
      if (EVERY_KEYS.contains(x.name()) && !"every".equals(kind)) {
        sink.error(x.key(), Paths.child(p, x.name()), "'" + x.name() + "' goes with 'every' (a block of "
            + "appointments)" + (kind == null ? "; add e.g. every: 15min, or remove it" : ", not with '" + kind + "'"
            + ("slots".equals(kind) ? "; the slots give their own times: remove it" : "; remove it")));
        ok = false;
      } else if (APPOINTMENT_KEYS.contains(x.name()) && !"every".equals(kind) && !"slots".equals(kind)) {
        sink.error(x.key(), Paths.child(p, x.name()), "'" + x.name() + "' goes with 'every' or 'slots' "
            + "(appointments)" + (kind == null ? "" : ", not with '" + kind + "'") + "; remove it");
        ok = false;
      }
    }
    if ("rate".equals(kind)) {
      Double r = in.rate(s.get("rate"), Paths.child(p, "rate"));
      pattern = r == null ? null : new ArrivalPattern.PoissonRate(r);
    } else if ("schedule".equals(kind)) {
      pattern = schedule(s.get("schedule"), Paths.child(p, "schedule"));
    } else if ("every".equals(kind) || "slots".equals(kind)) {
      pattern = appointments(s, p, run);
    } else if ("trace".equals(kind)) {
      pattern = replay(s.get("trace"), Paths.child(p, "trace"), customers, run);
    }
    DistSpec batch = null;
    if (s.has("batch")) {
      batch = dists.read(s.get("batch"), Paths.child(p, "batch"));
      ok &= batch != null;
    }
    double scale = 1;
    if (s.has("scale")) {
      Double f = scale(s.entry("scale").orElseThrow(), p, kind);
      ok &= f != null;
      scale = f == null ? 1 : f;
    }
    Map<String, Double> mix;
    if ("trace".equals(kind)) {
      mix = Map.of();
      if (s.has("mix")) {
        sink.error(s.entry("mix").orElseThrow().key(), Paths.child(p, "mix"), "'mix' does not go with 'trace': "
            + "each row of the trace names its customer type; remove 'mix'");
        ok = false;
      }
    } else {
      mix = mix(s, p, customers);
    }
    if (!ok || pattern == null || mix == null) {
      return null;
    }
    return new ArrivalStream(e.name(), pattern, mix, batch, scale);
  }

  /**
   * The growth factor {@code scale} of a stream whose pattern key is {@code kind} (null when that
   * is wrong): a number > 0 that multiplies a rate or schedule. Appointments are slots, not a rate;
   * a trace is a record whose thinning or replication would invent arrival times: both refuse it.
   */
  private Double scale(YEntry x, String p, String kind) {
    String path = Paths.child(p, "scale");
    if ("every".equals(kind)) {
      sink.error(x.key(), path, "'scale' multiplies a rate, and appointments are slots: change 'every' "
          + "(e.g. every: 12min instead of 15min for 25% more) or remove 'scale'");
      return null;
    }
    if ("slots".equals(kind)) {
      sink.error(x.key(), path, "'scale' multiplies a rate, and appointments are slots: list more slots "
          + "or remove 'scale'");
      return null;
    }
    if ("trace".equals(kind)) {
      sink.error(x.key(), path, "'scale' does not go with 'trace': a recorded trace is replayed as it is; "
          + "describe the arrivals by a rate or schedule and scale that, or remove 'scale'");
      return null;
    }
    YNode n = x.value();
    if (n instanceof YScalar t && t.value().strip().endsWith("%")) {
      sink.error(n, path, "a scale is a factor, not a percentage, got " + t.value().strip()
          + "; write 1.1 for 10% more customers, 0.9 for 10% fewer");
      return null;
    }
    Double f = in.plainNumber(n, path, "a factor > 0 like 1.1 (10% more customers)");
    if (f != null && !(f > 0 && Double.isFinite(f))) {
      sink.error(n, path, "a scale must be a number > 0, got " + ((YScalar) n).value().trim()
          + "; use e.g. 1.1 for 10% more customers, 0.9 for 10% fewer (to stop the stream, remove it)");
      return null;
    }
    return f;
  }

  /**
   * Appointments of stream {@code s} at path {@code p}: their slots ({@code every} with {@code
   * start} and {@code until}, or {@code slots}), the lateness {@code jitter} (signed: below 0 is
   * early) and the chance of a {@code no_show}; {@code run} is null when it has errors.
   */
  private ArrivalPattern appointments(YMap s, String p, RunSpec run) {
    boolean ok = true;
    ArrivalPattern.Slots slots = s.has("every") ? every(s, p) : slots(s.get("slots"), Paths.child(p, "slots"), run);
    ok &= slots != null;
    DistSpec jitter = null;
    if (s.has("jitter")) {
      jitter = dists.readSigned(s.get("jitter"), Paths.child(p, "jitter"));
      ok &= jitter != null;
    }
    double noShow = 0;
    if (s.has("no_show")) {
      Double x = in.probability(s.get("no_show"), Paths.child(p, "no_show"),
          "with no_show 1 nobody comes; remove the stream instead");
      ok &= x != null;
      noShow = x == null ? 0 : x;
    }
    return ok ? new ArrivalPattern.Appointments(slots, jitter, noShow) : null;
  }

  /**
   * A block of appointments: one {@code every} so often from {@code start} (default the opening)
   * on, the last one strictly before {@code until} (default: none, to the horizon); null after
   * reporting.
   */
  private ArrivalPattern.Slots every(YMap s, String p) {
    Double every = in.positiveDuration(s.get("every"), Paths.child(p, "every"),
        "give the time between appointments, e.g. 15min");
    Double start = 0.0;
    if (s.has("start")) {
      start = in.clock(s.get("start"), Paths.child(p, "start"));
    }
    Double until = Double.POSITIVE_INFINITY;
    if (s.has("until")) {
      YNode u = s.get("until");
      until = in.clock(u, Paths.child(p, "until"));
      if (until != null && start != null && !(until > start)) {
        String startText = s.has("start") ? "start " + ((YScalar) s.get("start")).value().trim() : "the opening";
        sink.error(u, Paths.child(p, "until"), "the block ends at 'until' (" + ((YScalar) u).value().trim()
            + "), which is not after " + startText + "; give a later time (the last slot comes before it)"
            + (s.has("start") ? ", or swap start and until" : ""));
        until = null;
      }
    }
    return every == null || start == null || until == null ? null : new ArrivalPattern.Every(every, start, until);
  }

  /**
   * An explicit slot list: clock times or durations from the opening, in time order (a time
   * listed twice is two appointments), each before the horizon ({@code run} null: not checked);
   * null after reporting every bad slot.
   */
  private ArrivalPattern.Slots slots(YNode n, String path, RunSpec run) {
    String example = "[\"09:30\", \"09:45\", \"10:30\"]";
    if (!(n instanceof YNode.YSeq seq)) {
      sink.error(n, path, "expected a list of slot times like " + example + ", got " + YNode.describe(n));
      return null;
    }
    if (seq.items().isEmpty()) {
      sink.error(n, path, "the slot list is empty; list at least one time like " + example + ", or remove the stream");
      return null;
    }
    List<Double> times = new ArrayList<>();
    boolean ok = true;
    Double previous = null;
    String previousText = null;
    for (int i = 0; i < seq.items().size(); i++) {
      YNode item = seq.items().get(i);
      String ip = Paths.item(path, i);
      Double t = in.clock(item, ip);
      String text = t == null ? null : ((YScalar) item).value().trim();
      if (t != null && previous != null && t < previous) {
        sink.error(item, ip, "'" + text + "' is before the previous slot '" + previousText
            + "'; list the slots in time order (a time twice is two appointments at that time)");
        t = null;
      } else if (t != null && run != null && !(t < run.horizon())) {
        sink.error(item, ip, "'" + text + "' is not before the horizon (run time " + Units.show(run.horizon())
            + "): nobody would come; remove the slot or lengthen run.horizon");
        t = null;
      }
      if (t != null) {
        previous = t;
        previousText = text;
      }
      ok &= t != null;
      times.add(t);
    }
    return ok ? new ArrivalPattern.Listed(times) : null;
  }

  private ArrivalPattern replay(YNode n, String path, List<CustomerType> customers, RunSpec run) {
    YScalar fs = in.scalar(n, path, "a CSV path like data/arrivals.csv");
    if (fs == null) {
      return null;
    }
    String rel = fs.value();
    DataFile data = DataFile.read(sink, in.baseDir(), rel, n, path,
        "'" + rel + "' is empty; it needs a header line 'time,type' and one arrival per row");
    if (data == null) {
      return null;
    }
    List<String> names = data.table().names();
    CsvTable.Column timeColumn = data.table().column("time").orElse(null);
    int timeCol = timeColumn == null ? -1 : timeColumn.index();
    int typeCol = data.table().column("type").map(CsvTable.Column::index).orElse(-1);
    boolean ok = true;
    List<String> absent = List.of("time", "type").stream().filter(c -> data.table().column(c).isEmpty()).toList();
    if (!absent.isEmpty()) {
      List<String> hints = new ArrayList<>();
      for (String col : absent) {
        Hints.closest(col, names).ifPresent(h -> hints.add("'" + h + "' for '" + col + "'"));
      }
      sink.error(n, path, "'" + rel + "' has no column" + (absent.size() > 1 ? "s " : " ") + String.join(" and ", absent.stream()
          .map(c -> "'" + c + "'").toList()) + "; its first line must be a header naming the columns time and"
          + " type (got: " + String.join(", ", names) + ")"
          + (hints.isEmpty() ? "" : "; did you mean " + String.join(", ", hints) + "?"));
      return null;
    }
    if (!data.knownUnit(sink, timeColumn, path)) {
      return null;
    }
    List<String> known = Fields.names(customers);
    List<ArrivalPattern.RecordedArrival> out = new ArrayList<>();
    double previous = 0;
    String previousText = null;
    for (CsvTable.Row row : data.table().rows()) {
      if (row.isBlank()) {
        continue;
      }
      Double time = null;
      if (row.size() <= timeCol) {
        data.error(sink, row, path, "row has " + row.size() + " cells, no 'time' (cell " + (timeCol + 1)
            + "); fill it in or remove the row");
      } else {
        CsvTable.Cell c = row.cells().get(timeCol);
        try {
          if (c.text().isEmpty()) {
            throw new Units.Bad("empty 'time' cell");
          }
          OptionalDouble number = data.number(timeColumn, c, in.unit());
          time = number.isPresent() ? number.getAsDouble()
              : Units.clock(new YScalar(c.text(), YNode.Kind.STR, c.line(), c.column()), in.unit(), in.clockStart());
          if (time < 0) {
            throw new Units.Bad("time must not be before the start, got " + c.text());
          }
          if (run != null && !(time < run.horizon())) {
            throw new Units.Bad("time " + c.text() + " is not before the horizon (run time "
                + Units.show(run.horizon()) + "); remove the row or lengthen run.horizon");
          }
          if (previousText != null && time < previous) {
            throw new Units.Bad("time " + c.text() + " is before the previous row's " + previousText
                + "; sort the rows by time");
          }
          previous = time;
          previousText = c.text();
        } catch (Units.Bad e) {
          String msg = e.getMessage();
          data.error(sink, c, path, msg + (msg.contains("; ") ? "" : "; fix the row or remove it"));
          time = null;
        }
      }
      String type = null;
      if (row.size() <= typeCol) {
        data.error(sink, row, path, "row has " + row.size() + " cells, no 'type' (cell " + (typeCol + 1)
            + "); fill it in or remove the row");
      } else {
        CsvTable.Cell c = row.cells().get(typeCol);
        if (c.text().isEmpty()) {
          data.error(sink, c, path, "empty 'type' cell; name a customer type or remove the row");
        } else if (customers != null && !known.contains(c.text())) {
          String hint = Hints.didYouMean(c.text(), known);
          data.error(sink, c, path, "unknown customer type '" + c.text() + "'" + (hint.isEmpty()
              ? "; use one of " + String.join(", ", known) + " or remove the row" : hint));
        } else {
          type = c.text();
        }
      }
      if (time == null || type == null) {
        ok = false;
        continue;
      }
      out.add(new ArrivalPattern.RecordedArrival(time, type));
    }
    data.finish(sink);
    if (ok && out.isEmpty()) {
      sink.error(n, path, "'" + rel + "' has no arrivals; add one row per arrival (time,type)");
      return null;
    }
    return ok && customers != null ? new ArrivalPattern.Replay(rel, out) : null;
  }

  private ArrivalPattern schedule(YNode n, String path) {
    List<ArrivalPattern.RatePeriod> periods = in.timeline(n, path, "arrivals.*.schedule[]", "rate", "period",
        "{from: \"09:00\", rate: 40/h}", in::rate, ArrivalPattern.RatePeriod::new);
    return periods == null ? null : new ArrivalPattern.PoissonSchedule(periods);
  }

  private Map<String, Double> mix(YMap s, String p, List<CustomerType> customers) {
    List<String> known = Fields.names(customers);
    String mp = Paths.child(p, "mix");
    if (!s.has("mix")) {
      if (customers == null) {
        return null;
      }
      if (known.size() == 1) {
        return Map.of(known.get(0), 1.0);
      }
      sink.error(s, mp, "missing required key 'mix' (there are " + known.size()
          + " customer types); add e.g. mix: {" + known.get(0) + ": 0.5, " + known.get(1) + ": 0.5}");
      return null;
    }
    YMap m = in.map(s.get("mix"), mp, "a map of type probabilities like {bill_payment: 0.6, new_contract: 0.4}");
    if (m == null) {
      return null;
    }
    if (m.entries().isEmpty()) {
      sink.error(m, mp, "needs at least one type with its probability; add e.g. " + known.get(0) + ": 1");
      return null;
    }
    Map<String, Double> mix = new LinkedHashMap<>();
    boolean ok = true;
    for (YEntry e : m.entries()) {
      String tp = Paths.child(mp, e.name());
      if (customers != null && !known.contains(e.name())) {
        in.unknownType(e.key(), tp, e.name(), known);
        ok = false;
      }
      YScalar v = in.scalar(e.value(), tp, "a probability between 0 and 1");
      Double x = null;
      if (v != null) {
        try {
          x = Units.number(v);
        } catch (Units.Bad ex) {
          x = null;
        }
        if (x == null) {
          sink.error(v, tp, "expected a probability between 0 and 1, got '" + v.value() + "'");
        } else if (!(x >= 0 && x <= 1)) {
          sink.error(v, tp, "a probability must be between 0 and 1, got " + v.value().trim() + "; fix it");
          x = null;
        }
      }
      ok &= x != null;
      mix.put(e.name(), x);
    }
    if (!ok || customers == null) {
      return null;
    }
    double sum = mix.values().stream().mapToDouble(Double::doubleValue).sum();
    if (Math.abs(sum - 1) > 1e-6) {
      sink.error(m, mp, "probabilities sum to " + Units.show(sum) + ", not 1; adjust them so they add up to 1");
      return null;
    }
    return mix;
  }
}
