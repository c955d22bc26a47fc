package io.leansim.report;

import io.leansim.experiment.Summary;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Step;
import io.leansim.scenario.ValueClass;
import io.leansim.scenario.Variant;
import io.leansim.stats.Estimate;
import io.leansim.stats.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The value stream map of one run, as lean practitioners draw it by hand, computed from the run's
 * summary and written as self-contained SVG (no scripts, no external references, no ids, a view box
 * so it scales):
 *
 * <ul>
 *   <li>customers arriving on the left, with the takt time ({@code overall.takt_time}) and the
 *       customers arrived per day (replication);
 *   <li>one process box per step, laid out by {@link Flow}: in the order customers visit the steps
 *       (from the routing, not the file), alternatives and optional steps in parallel rows, steps
 *       reached only by rework under the step that sends work back, with the loop drawn as arrows;
 *   <li>in each box: the step's name as people write it ({@code take_ticket}: "Take ticket"), its
 *       value class, which customer types take it, the cycle time ({@code steps.<s>.cycle_time}, in
 *       red when above takt), one line per pool with its staff on duty (the capacity, or the
 *       time-average of its shifts over the measured period [warm-up, horizon)) and its utilization,
 *       and the share of visits sent back;
 *   <li>before each step served by a pool, an inventory triangle with the step's mean queue in
 *       people ({@code queue_mean});
 *   <li>customers leaving on the right: throughput per hour and abandon rate;
 *   <li>underneath, the timeline ladder per completed customer: for each step, the time waited and
 *       served there per completed customer (the step's total over its served visits, divided by the
 *       customers completed), then the rest (walking between steps, and the time of customers who gave
 *       up later), adding up to the lead time ({@code overall.lead_time_mean}); value-added time and
 *       PCE beside it.
 * </ul>
 *
 * <p>Elements carry {@code class} and {@code data-step} attributes ({@code process},
 * {@code inventory}, {@code rung}, {@code wait}, {@code service}, {@code cycle-time}, {@code pool},
 * {@code loop}, {@code queue}, {@code totals}...) so tests and style sheets can find them. A figure a run does not
 * define is shown as {@value #MISSING}. The same summary always gives the same text.
 */
public final class ValueStreamMap {
  /** How an undefined figure is shown. */
  static final String MISSING = "–";

  private static final String FONT = "Helvetica, Arial, sans-serif";
  /** Mean advance of a character of this font, in font sizes (a little generous, so text fits). */
  private static final double CHAR_W = 0.54;
  private static final double MARGIN = 20;
  private static final double SOURCE_W = 170;
  private static final double ZONE_W = 120;
  private static final double BOX_W = 270;
  private static final double COL_W = ZONE_W + BOX_W;
  private static final double END_W = 200;
  private static final double BAND_H = 40;
  private static final double LINE_H = 26;
  private static final double ROW_GAP = 80;
  private static final double RUNG_W = 190;
  private static final double LADDER_H = 60;

  private static final String INK = "#222222";
  private static final String MUTED = "#555555";
  private static final String LINE = "#333333";
  private static final String RED = "#C0392B";
  private static final String GREEN = "#2E7D4F";
  private static final String LOOP = "#8A5A00";

  private ValueStreamMap() {}

  /** The geometry of one map: where rows and columns start. */
  private record Grid(double top, double boxH, int rows) {
    double zoneX(int column) {
      return MARGIN + SOURCE_W + column * COL_W;
    }

    double boxX(int column) {
      return zoneX(column) + ZONE_W;
    }

    double rowY(int row) {
      return top + row * (boxH + ROW_GAP);
    }

    double arrowY(int row) {
      return rowY(row) + boxH - 28;
    }

    double bottom() {
      return rowY(rows) - ROW_GAP + 10;
    }
  }

  /** The SVG text of the value stream map of {@code run} of {@code scenario}. */
  public static String svg(Scenario scenario, Summary run) {
    Scenario ran = scenario.variant(run.variant()).map(Variant::scenario).orElse(scenario);
    String unit = run.timeUnit();
    Flow flow = Flow.of(ran, step -> mean(run.steps().get(step), Metric.VISITS));
    int lines = 0;
    for (Flow.Cell c : flow.cells()) {
      lines = Math.max(lines, boxLines(c.step()));
    }
    double boxH = BAND_H + 16 + lines * LINE_H;
    int rows = flow.cells().stream().mapToInt(c -> c.row() + 1).max().orElse(1);
    List<Rung> rungs = rungs(flow, run);
    double mapW = MARGIN + SOURCE_W + flow.columns() * COL_W + END_W + MARGIN;
    double ladderW = MARGIN + 150 + (rungs.size() + 1) * RUNG_W + 320 + MARGIN;
    double width = Math.max(mapW, ladderW);

    String name = ran.title() == null || ran.title().isBlank() ? ran.name() : ran.title();
    boolean base = Variant.BASELINE.equals(run.variant());
    String runTitle = run.title() == null || run.title().isBlank() || run.title().equals(name)
        ? (base ? "As today" : run.variant()) : run.title();
    List<String> title = wrap("Value stream map: " + runTitle, width - 2 * MARGIN, 26);
    double top = 30 + title.size() * 32 + 40;
    Grid grid = new Grid(top, boxH, rows);
    // loops drawn under a box (back to its own queue, or back along the line) need room above the ladder
    boolean loopsUnder = flow.loops().stream().anyMatch(e -> e.to() != null && !flow.cell(e.from()).side()
        && !flow.cell(e.to()).side());
    double ladderY = grid.bottom() + 70 + (loopsUnder ? 70 : 0);
    List<String> notes = new ArrayList<>(wrap(CT_NOTE, width - 2 * MARGIN, 15));
    notes.addAll(wrap(LADDER_NOTE, width - 2 * MARGIN, 15));
    double height = ladderY + LADDER_H + 130 + 40 + 22 * notes.size();

    Svg svg = new Svg(width, height, "font-family", FONT, "role", "img", "class", "value-stream-map",
        "data-variant", run.variant());
    svg.text("title", "Value stream map of " + name + ", " + runTitle + " (" + run.variant() + ")");
    svg.empty("rect", "x", "0", "y", "0", "width", Svg.num(width), "height", Svg.num(height), "fill", "#FFFFFF");
    double y = 36;
    for (String line : title) {
      svg.text("text", line, "class", "map-title", "x", Svg.num(MARGIN), "y", Svg.num(y), "font-size", "26",
          "font-weight", "bold", "fill", INK);
      y += 32;
    }
    svg.text("text", fit(name + " · " + run.variant() + " · means over " + run.replications()
            + (run.replications() == 1 ? " replication" : " replications") + "; times in " + unit, width - 2 * MARGIN, 17),
        "x", Svg.num(MARGIN), "y", Svg.num(y), "font-size", "17", "fill", MUTED);

    double takt = mean(run.overall(), Metric.TAKT_TIME);
    source(svg, grid, run, unit, takt);
    for (Flow.Cell c : flow.cells()) {
      Map<String, Estimate> f = run.steps().getOrDefault(c.step().name(), Map.of());
      if (!c.step().resources().isEmpty()) {
        inventory(svg, grid, c, f);
      }
      processBox(svg, grid, c, f, ran, run, unit, takt);
    }
    for (Flow.Edge e : flow.edges()) {
      edge(svg, grid, flow, e);
    }
    for (Flow.Edge e : flow.loops()) {
      loop(svg, grid, flow, e, run);
    }
    exit(svg, grid, flow, run);
    ladder(svg, rungs, ladderY, run, unit);
    legend(svg, ladderY + LADDER_H + 140, notes, !flow.loops().isEmpty());
    return svg.end();
  }

  /** The lines of text in a step's box below its band. */
  private static int boxLines(Step step) {
    int n = 1 + (step.forTypes().isEmpty() ? 0 : 1) + 1 + (step.rework() == null ? 0 : 1);
    return n + Math.max(1, 2 * step.resources().size());
  }

  private static void source(Svg svg, Grid g, Summary run, String unit, double takt) {
    double x = MARGIN;
    double y = g.rowY(0);
    svg.open("g", "class", "customers-in");
    factory(svg, x, y, SOURCE_W - 20, g.boxH());
    double cx = x + (SOURCE_W - 20) / 2;
    svg.text("text", "Customers", "x", Svg.num(cx), "y", Svg.num(y + 82), "text-anchor", "middle",
        "font-size", "19", "font-weight", "bold", "fill", INK);
    svg.text("text", "Takt " + duration(takt, unit), "class", "takt", "x", Svg.num(cx), "y", Svg.num(y + 116),
        "text-anchor", "middle", "font-size", "17", "fill", INK);
    svg.text("text", "Arrived " + number(mean(run.overall(), Metric.ARRIVED)), "class", Metric.ARRIVED.key(),
        "x", Svg.num(cx), "y", Svg.num(y + 142), "text-anchor", "middle", "font-size", "17", "fill", INK);
    svg.text("text", "people per day", "x", Svg.num(cx), "y", Svg.num(y + 162), "text-anchor", "middle",
        "font-size", "14", "fill", MUTED);
    svg.close("g");
  }

  private static void exit(Svg svg, Grid g, Flow flow, Summary run) {
    double w = END_W - 40;
    double x = g.zoneX(flow.columns()) + 40;
    double y = g.rowY(0);
    svg.open("g", "class", "customers-out");
    factory(svg, x, y, w, g.boxH());
    double cx = x + w / 2;
    svg.text("text", "Done", "x", Svg.num(cx), "y", Svg.num(y + 82), "text-anchor", "middle", "font-size", "19",
        "font-weight", "bold", "fill", INK);
    svg.text("text", number(mean(run.overall(), Metric.THROUGHPUT_PER_HOUR)) + " people/h", "class", "throughput",
        "x", Svg.num(cx), "y", Svg.num(y + 116), "text-anchor", "middle", "font-size", "17", "fill", INK);
    svg.text("text", "gave up " + percent(mean(run.overall(), Metric.ABANDON_RATE)), "class", "abandon-rate",
        "x", Svg.num(cx), "y", Svg.num(y + 142), "text-anchor", "middle", "font-size", "17", "fill", INK);
    svg.close("g");
  }

  /** The customer icon of value stream maps: a building with a saw-tooth roof. */
  private static void factory(Svg svg, double x, double top, double w, double h) {
    double y0 = top + 40;
    double y1 = top + Math.max(h, 180);
    double t = w / 3;
    String points = pts(x, y1, x, y0, x + t, top + 10, x + t, y0, x + 2 * t, top + 10, x + 2 * t, y0, x + w, top + 10,
        x + w, y1);
    svg.empty("polygon", "points", points, "fill", "#F4F1EA", "stroke", LINE, "stroke-width", "2");
  }

  private static void inventory(Svg svg, Grid g, Flow.Cell c, Map<String, Estimate> f) {
    double cx = g.zoneX(c.column()) + ZONE_W / 2;
    double y = g.rowY(c.row());
    svg.open("g", "class", "inventory", "data-step", c.step().name());
    svg.empty("polygon", "points", pts(cx, y + 8, cx - 34, y + 66, cx + 34, y + 66), "fill", "#FBE3A6",
        "stroke", LINE, "stroke-width", "2");
    svg.text("text", "I", "x", Svg.num(cx), "y", Svg.num(y + 58), "text-anchor", "middle", "font-size", "22",
        "font-weight", "bold", "fill", INK);
    svg.text("text", number(mean(f, Metric.QUEUE_MEAN)), "class", "queue", "x", Svg.num(cx), "y", Svg.num(y + 92),
        "text-anchor", "middle", "font-size", "20", "font-weight", "bold", "fill", INK);
    svg.text("text", "people waiting", "x", Svg.num(cx), "y", Svg.num(y + 111), "text-anchor", "middle",
        "font-size", "13", "fill", MUTED);
    svg.text("text", "(mean)", "x", Svg.num(cx), "y", Svg.num(y + 127), "text-anchor", "middle",
        "font-size", "13", "fill", MUTED);
    svg.close("g");
  }

  private static void processBox(Svg svg, Grid g, Flow.Cell c, Map<String, Estimate> f, Scenario ran, Summary run,
      String unit, double takt) {
    Step step = c.step();
    double x = g.boxX(c.column());
    double y = g.rowY(c.row());
    svg.open("g", "class", "process", "data-step", step.name(), "data-value", step.value().key(),
        "data-column", Integer.toString(c.column()), "data-row", Integer.toString(c.row()));
    svg.empty("rect", "x", Svg.num(x), "y", Svg.num(y), "width", Svg.num(BOX_W), "height", Svg.num(g.boxH()),
        "fill", "#FFFFFF", "stroke", LINE, "stroke-width", "2");
    svg.empty("rect", "x", Svg.num(x), "y", Svg.num(y), "width", Svg.num(BOX_W), "height", Svg.num(BAND_H),
        "fill", valueColour(step.value()), "stroke", LINE, "stroke-width", "2");
    double cx = x + BOX_W / 2;
    String title = displayName(step.name());
    svg.text("text", title, "class", "step-name", "x", Svg.num(cx), "y", Svg.num(y + 27),
        "text-anchor", "middle", "font-size", Svg.num(fontFor(title, BOX_W - 16, 19)), "font-weight", "bold",
        "fill", "#FFFFFF");
    double tx = x + 12;
    double ty = y + BAND_H + LINE_H - 2;
    double w = BOX_W - 24;
    line(svg, valueLabel(step.value()), "value-class", tx, ty, w, 15, MUTED, "italic");
    ty += LINE_H;
    if (!step.forTypes().isEmpty()) {
      line(svg, "only " + String.join(", ", step.forTypes().stream().map(t -> Verdicts.typeName(t).toLowerCase(
          Locale.ROOT)).toList()), "for-types", tx, ty, w, 15, MUTED, null);
      ty += LINE_H;
    }
    double ct = mean(f, Metric.CYCLE_TIME);
    boolean overTakt = Double.isFinite(ct) && Double.isFinite(takt) && ct > takt;
    if (step.resources().isEmpty()) {
      line(svg, "No queue (a delay)", "servers", tx, ty, w, 17, INK, null);
      ty += LINE_H;
      line(svg, "Time " + duration(mean(f, Metric.SERVICE_MEAN), unit), "cycle-time", tx, ty, w, 17, INK, null);
      ty += LINE_H;
    } else {
      svg.text("text", "C/T " + duration(ct, unit), "class", overTakt ? "cycle-time over-takt" : "cycle-time",
          "x", Svg.num(tx), "y", Svg.num(ty), "font-size", "17", "fill", overTakt ? RED : INK,
          "font-weight", overTakt ? "bold" : null);
      if (overTakt) {
        svg.text("text", "above takt", "x", Svg.num(x + BOX_W - 12), "y", Svg.num(ty), "text-anchor", "end",
            "font-size", "13", "fill", RED);
      }
      ty += LINE_H;
      for (String poolName : step.resources()) {
        ResourcePool pool = ran.resource(poolName).orElse(null);
        double staff = pool == null ? Double.NaN : averageStaff(pool, ran.run().warmup(), ran.run().horizon());
        Map<String, Estimate> figures = run.resources().get(poolName);
        double util = figures == null ? Double.NaN : mean(figures, Metric.UTILIZATION);
        svg.open("g", "class", "pool", "data-pool", poolName);
        line(svg, displayName(poolName) + ": " + servers(staff) + (staff == 1 ? " server" : " servers"), "servers",
            tx, ty, w, 16, INK, null);
        ty += LINE_H - 4;
        line(svg, percent(util) + " busy", Metric.UTILIZATION.key(), tx + 14, ty, w - 14, 16, INK, null);
        svg.close("g");
        ty += LINE_H;
      }
    }
    if (step.rework() != null || orZero(mean(f, Metric.REWORKED)) > 0) {
      line(svg, "Sent back " + percent(reworkRate(f)) + " of visits", "rework", tx, ty, w, 16, INK, null);
    }
    svg.close("g");
  }

  /** A line of text in a box, its size reduced until it fits {@code width}. */
  private static void line(Svg svg, String text, String cls, double x, double y, double width, double size,
      String fill, String style) {
    svg.text("text", text, "class", cls, "x", Svg.num(x), "y", Svg.num(y), "font-size",
        Svg.num(fontFor(text, width, size)), "fill", fill, "font-style", style);
  }

  /** The largest font size up to {@code size} (and at least 11) at which {@code text} fits {@code width}. */
  static double fontFor(String text, double width, double size) {
    double fit = width / Math.max(1, text.length() * CHAR_W);
    return Math.max(11, Math.min(size, Math.floor(fit * 2) / 2));
  }

  /** {@code text} cut at a word to fit {@code width} at {@code size}, with "…" when cut. */
  private static String fit(String text, double width, double size) {
    int max = (int) (width / (size * CHAR_W));
    return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)).strip() + "…";
  }

  /** {@code text} broken into lines at spaces to fit {@code width} at {@code size}. */
  static List<String> wrap(String text, double width, double size) {
    int max = Math.max(10, (int) (width / (size * CHAR_W)));
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (String word : text.split(" ")) {
      if (b.length() > 0 && b.length() + 1 + word.length() > max) {
        out.add(b.toString());
        b.setLength(0);
      }
      b.append(b.length() > 0 ? " " : "").append(word);
    }
    out.add(b.toString());
    return out;
  }

  /** A step or pool name as people write it: {@code take_ticket} becomes "Take ticket". */
  static String displayName(String name) {
    String s = name.replace('_', ' ').strip();
    return s.isEmpty() ? name : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The forward arrow of {@code e}: from the entrance, a box or to the exit, in right angles. */
  private static void edge(Svg svg, Grid g, Flow flow, Flow.Edge e) {
    Flow.Cell from = e.from() == null ? null : flow.cell(e.from());
    Flow.Cell to = e.to() == null ? null : flow.cell(e.to());
    double x0 = from == null ? MARGIN + SOURCE_W - 20 : g.boxX(from.column()) + BOX_W;
    double y0 = g.arrowY(from == null ? 0 : from.row());
    double x1 = to == null ? g.zoneX(flow.columns()) + 40 : g.boxX(to.column());
    double y1 = g.arrowY(to == null ? 0 : to.row());
    double bend = to == null ? x1 - 20 : g.zoneX(to.column()) + 14;
    if (from != null && bend <= x0) {
      bend = x0 + 14;
    }
    svg.open("g", "class", "flow", "data-from", e.from() == null ? "entrance" : e.from(), "data-to",
        e.to() == null ? "exit" : e.to());
    int fromColumn = from == null ? -1 : from.column();
    int toColumn = to == null ? flow.columns() : to.column();
    int row = from == null ? 0 : from.row();
    boolean blocked = flow.cells().stream().anyMatch(c -> !c.side() && c.row() == row && c.column() > fromColumn
        && c.column() < toColumn);
    String points;
    if (blocked) { // a box stands in the way on this row: go round under it
      double lane = g.rowY(row) + g.boxH() + ROW_GAP * 0.4;
      points = pts(x0, y0, x0 + 14, y0, x0 + 14, lane, bend, lane, bend, y1, x1 - 12, y1);
    } else {
      points = y0 == y1 ? pts(x0, y0, x1 - 12, y1) : pts(x0, y0, bend, y0, bend, y1, x1 - 12, y1);
    }
    svg.empty("polyline", "points", points, "fill", "none", "stroke", LINE, "stroke-width", "3");
    svg.empty("polygon", "points", pts(x1, y1, x1 - 14, y1 - 8, x1 - 14, y1 + 8), "fill", LINE);
    Double share = from == null ? null : from.step().next().get(e.to() == null ? Step.EXIT : e.to());
    if (share != null && share < 1) { // a routed split: its share on the arrow
      svg.text("text", percent(share).replace(".0%", "%"), "class", "share", "x", Svg.num(blocked || x1 - x0 > 80 ? x0 + 22 : x0 + 4),
          "y", Svg.num(blocked ? g.rowY(row) + g.boxH() + ROW_GAP * 0.4 - 7 : y0 + 20), "font-size", "15",
          "font-weight", "bold", "fill", INK);
    }
    svg.close("g");
  }

  /** A move back: work sent to a side step and back, or to an earlier step, as a dashed arrow under the boxes. */
  private static void loop(Svg svg, Grid g, Flow flow, Flow.Edge e, Summary run) {
    Flow.Cell from = flow.cell(e.from());
    Flow.Cell to = e.to() == null ? null : flow.cell(e.to());
    if (from == null || to == null) {
      return;
    }
    double fy = g.rowY(from.row());
    double ty = g.rowY(to.row());
    double fx = g.boxX(from.column());
    double tx = g.boxX(to.column());
    String label = null;
    String points;
    double lx;
    double ly;
    if (from == to) { // sent back to its own queue: under the box, back into it
      double yb = fy + g.boxH();
      points = pts(fx + BOX_W - 40, yb, fx + BOX_W - 40, yb + 34, fx + 40, yb + 34, fx + 40, yb + 12);
      lx = fx + BOX_W / 2;
      ly = yb + 54;
    } else if (to.row() > from.row()) { // down to a side step
      points = pts(fx + BOX_W / 2 - 40, fy + g.boxH(), fx + BOX_W / 2 - 40, ty - 12 + (to.column() == from.column() ? 0 : 0));
      if (to.column() != from.column()) {
        points = pts(fx + BOX_W / 2 - 40, fy + g.boxH(), fx + BOX_W / 2 - 40, ty + g.boxH() / 2, tx - 12,
            ty + g.boxH() / 2);
      }
      lx = fx + BOX_W / 2 - 48;
      ly = fy + g.boxH() + 32;
    } else { // back up (or left) into an earlier box
      double ux = tx + BOX_W / 2 + 40;
      if (to.column() == from.column()) {
        points = pts(fx + BOX_W / 2 + 40, fy, ux, ty + g.boxH() + 12);
      } else {
        double yb = Math.max(fy, ty) + g.boxH() + 70;
        points = pts(fx + BOX_W / 2, fy + g.boxH(), fx + BOX_W / 2, yb, ux, yb, ux, ty + g.boxH() + 12);
      }
      lx = ux + 8;
      ly = ty + g.boxH() + 32;
    }
    if (e.rework()) {
      label = "sent back " + percent(reworkRate(run.steps().getOrDefault(e.from(), Map.of())));
    }
    svg.open("g", "class", e.rework() ? "loop rework" : "loop", "data-from", e.from(), "data-to", e.to());
    svg.empty("polyline", "points", points, "fill", "none", "stroke", LOOP, "stroke-width", "3",
        "stroke-dasharray", "9 5");
    String[] p = points.split(" ");
    String[] a = p[p.length - 2].split(",");
    String[] b = p[p.length - 1].split(",");
    double ax = Double.parseDouble(a[0]);
    double ay = Double.parseDouble(a[1]);
    double bx = Double.parseDouble(b[0]);
    double by = Double.parseDouble(b[1]);
    double len = Math.hypot(bx - ax, by - ay);
    double ux = len == 0 ? 0 : (bx - ax) / len;
    double uy = len == 0 ? 1 : (by - ay) / len;
    double hx = bx + ux * 12;
    double hy = by + uy * 12;
    svg.empty("polygon", "points", pts(hx, hy, bx - uy * 8, by + ux * 8, bx + uy * 8, by - ux * 8), "fill", LOOP);
    if (label != null) {
      svg.text("text", label, "class", "loop-label", "x", Svg.num(lx), "y", Svg.num(ly), "text-anchor",
          from == to ? "middle" : "end", "font-size", "15", "font-weight", "bold", "fill", LOOP);
    }
    svg.close("g");
  }

  /** One rung of the ladder: a step's wait and service per completed customer (the rest: {@code step} null). */
  record Rung(String step, String label, double waiting, double service, boolean queued) {}

  /**
   * The rungs per completed customer, in flow order: a step's waits and services over its served
   * visits divided by the customers completed; then the rest, so that they add up to the lead time.
   */
  static List<Rung> rungs(Flow flow, Summary run) {
    double completed = mean(run.overall(), Metric.COMPLETED);
    double lead = mean(run.overall(), Metric.LEAD_TIME_MEAN);
    List<Rung> out = new ArrayList<>();
    double sum = 0;
    for (Flow.Cell c : flow.cells()) {
      Map<String, Estimate> f = run.steps().getOrDefault(c.step().name(), Map.of());
      double served = mean(f, Metric.VISITS) - orZero(mean(f, Metric.STEP_ABANDONED)) - orZero(mean(f, Metric.STEP_BALKED));
      double waitPerVisit = mean(f, Metric.WAIT_SERVED_MEAN);
      if (!Double.isFinite(waitPerVisit)) {
        waitPerVisit = mean(f, Metric.STEP_WAIT_MEAN);
      }
      boolean queued = !c.step().resources().isEmpty();
      double wait = queued && completed > 0 ? orZero(waitPerVisit) * served / completed : 0;
      double service = completed > 0 ? orZero(mean(f, Metric.SERVICE_MEAN)) * served / completed : Double.NaN;
      out.add(new Rung(c.step().name(), displayName(c.step().name()), wait, service, queued));
      sum += wait + (Double.isFinite(service) ? service : 0);
    }
    out.add(new Rung(null, "Walks, rest", Double.isFinite(lead) ? lead - sum : Double.NaN, 0, true));
    return out;
  }

  private static void ladder(Svg svg, List<Rung> rungs, double top, Summary run, String unit) {
    double up = top + 24;
    double down = up + LADDER_H;
    svg.open("g", "class", "legend");
    svg.text("text", "Waiting", "x", Svg.num(MARGIN), "y", Svg.num(up + 6), "font-size", "17",
        "font-weight", "bold", "fill", RED);
    svg.text("text", "Processing", "x", Svg.num(MARGIN), "y", Svg.num(down + 6), "font-size", "17",
        "font-weight", "bold", "fill", GREEN);
    svg.text("text", "per completed customer", "x", Svg.num(MARGIN), "y", Svg.num(top - 14), "font-size", "15",
        "font-style", "italic", "fill", MUTED);
    svg.close("g");
    double x = MARGIN + 150;
    double half = RUNG_W / 2;
    for (Rung r : rungs) {
      svg.open("g", "class", r.step() == null ? "rung rest" : "rung", "data-step", r.step());
      if (r.step() == null) {
        svg.empty("line", "x1", Svg.num(x), "y1", Svg.num(up), "x2", Svg.num(x + half), "y2", Svg.num(up), "stroke", LINE,
            "stroke-width", "2.5", "stroke-dasharray", "6 4");
      } else {
        svg.empty("polyline", "points", pts(x, up, x + half, up, x + half, down, x + RUNG_W, down, x + RUNG_W, up),
            "fill", "none", "stroke", LINE, "stroke-width", "2.5");
      }
      svg.text("text", r.queued() ? signedDuration(r.waiting(), unit) : MISSING, "class", "wait", "x",
          Svg.num(x + half / 2), "y", Svg.num(up - 10), "text-anchor", "middle", "font-size", "17",
          "fill", r.step() == null ? MUTED : RED);
      if (r.step() != null) {
        svg.text("text", duration(r.service(), unit), "class", "service", "x", Svg.num(x + half + half / 2),
            "y", Svg.num(down + 24), "text-anchor", "middle", "font-size", "17", "fill", GREEN);
      }
      svg.text("text", r.label(), "class", "rung-name", "x", Svg.num(x + (r.step() == null ? half / 2 : half)),
          "y", Svg.num(down + 50), "text-anchor", "middle", "font-size",
          Svg.num(fontFor(r.label(), RUNG_W - 10, 15)), "fill", MUTED);
      svg.close("g");
      x += r.step() == null ? half : RUNG_W;
    }
    double bx = x + 24;
    svg.empty("line", "x1", Svg.num(x), "y1", Svg.num(up), "x2", Svg.num(bx), "y2", Svg.num(up), "stroke", LINE,
        "stroke-width", "2.5");
    svg.open("g", "class", "totals");
    double y = up - 34;
    svg.empty("rect", "x", Svg.num(bx), "y", Svg.num(y), "width", "290", "height", "112", "fill", "#F4F1EA",
        "stroke", LINE, "stroke-width", "2");
    double tx = bx + 12;
    svg.text("text", "Lead time " + duration(mean(run.overall(), Metric.LEAD_TIME_MEAN), unit), "class", "lead-time",
        "x", Svg.num(tx), "y", Svg.num(y + 30), "font-size", "17", "font-weight", "bold", "fill", INK);
    svg.text("text", "Value-added " + duration(mean(run.overall(), Metric.VALUE_ADDED_MEAN), unit), "class",
        "value-added", "x", Svg.num(tx), "y", Svg.num(y + 62), "font-size", "17", "fill", GREEN);
    svg.text("text", "PCE " + percent(mean(run.overall(), Metric.PCE)), "class", Metric.PCE.key(), "x", Svg.num(tx),
        "y", Svg.num(y + 94), "font-size", "17", "font-weight", "bold", "fill", INK);
    svg.close("g");
  }

  private static final String CT_NOTE = "C/T: cycle time = service time / servers on duty, must stay below takt;"
      + " servers: on duty, time-average over the day; busy: utilization of that pool.";
  private static final String LADDER_NOTE = "Ladder per completed customer: a step's waits and services over its"
      + " served visits ÷ customers completed; walks, rest: lead time − the steps (walking between steps, and"
      + " customers who gave up later).";

  private static void legend(Svg svg, double y, List<String> notes, boolean loops) {
    double x = MARGIN;
    svg.open("g", "class", "legend");
    for (ValueClass v : ValueClass.values()) {
      svg.empty("rect", "x", Svg.num(x), "y", Svg.num(y - 15), "width", "22", "height", "18", "fill", valueColour(v),
          "stroke", LINE);
      svg.text("text", valueLabel(v), "x", Svg.num(x + 30), "y", Svg.num(y), "font-size", "16", "fill", INK);
      x += 30 + 10 * valueLabel(v).length() + 30;
    }
    if (loops) {
      svg.empty("line", "x1", Svg.num(x), "y1", Svg.num(y - 6), "x2", Svg.num(x + 40), "y2", Svg.num(y - 6), "stroke",
          LOOP, "stroke-width", "3", "stroke-dasharray", "9 5");
      svg.text("text", "work sent back (rework)", "x", Svg.num(x + 48), "y", Svg.num(y), "font-size", "16", "fill",
          INK);
    }
    double ny = y + 24;
    for (String note : notes) {
      svg.text("text", note, "x", Svg.num(MARGIN), "y", Svg.num(ny), "font-size", "15", "fill", MUTED);
      ny += 22;
    }
    svg.close("g");
  }

  private static String signedDuration(double x, String unit) {
    return Double.isFinite(x) && x < 0 ? "−" + duration(-x, unit) : duration(x, unit);
  }

  private static double orZero(double x) {
    return Double.isFinite(x) ? x : 0;
  }

  /** Servers on duty at {@code step}, summed over its pools (shifts: time-average over [warm-up, horizon)). */
  static double servers(Step step, Scenario scenario) {
    double sum = 0;
    for (String name : step.resources()) {
      ResourcePool pool = scenario.resource(name).orElse(null);
      if (pool == null) {
        return Double.NaN;
      }
      sum += averageStaff(pool, scenario.run().warmup(), scenario.run().horizon());
    }
    return sum;
  }

  private static double averageStaff(ResourcePool pool, double from, double to) {
    if (pool.shifts().isEmpty()) {
      return pool.capacity();
    }
    double area = 0;
    List<ResourcePool.Shift> shifts = pool.shifts();
    for (int i = 0; i < shifts.size(); i++) {
      double start = Math.max(from, shifts.get(i).from());
      double end = Math.min(to, i + 1 < shifts.size() ? shifts.get(i + 1).from() : to);
      if (end > start) {
        area += (end - start) * shifts.get(i).staff();
      }
    }
    return area / (to - from);
  }

  private static double reworkRate(Map<String, Estimate> f) {
    double visits = mean(f, Metric.VISITS);
    double reworked = mean(f, Metric.REWORKED);
    return visits > 0 ? reworked / visits : Double.NaN;
  }

  private static String valueColour(ValueClass v) {
    if (v == ValueClass.VALUE_ADDED) {
      return "#3A9D5D";
    } else if (v == ValueClass.NECESSARY) {
      return "#5B7A99";
    } else if (v == ValueClass.WASTE) {
      return "#C8453A";
    }
    throw new AssertionError(v);
  }

  private static String valueLabel(ValueClass v) {
    if (v == ValueClass.VALUE_ADDED) {
      return "value-added";
    } else if (v == ValueClass.NECESSARY) {
      return "necessary";
    } else if (v == ValueClass.WASTE) {
      return "waste";
    }
    throw new AssertionError(v);
  }

  private static double mean(Map<String, Estimate> scope, Metric figure) {
    Estimate e = figure.of(scope);
    return e == null ? Double.NaN : e.mean();
  }

  private static String pts(double... xy) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < xy.length; i += 2) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(Svg.num(xy[i])).append(',').append(Svg.num(xy[i + 1]));
    }
    return b.toString();
  }

  /** A duration with its unit: two decimals below 10, one below 100, none above; {@value #MISSING} if undefined. */
  static String duration(double x, String unit) {
    return Double.isFinite(x) ? number(x) + " " + unit : MISSING;
  }

  /** A plain figure: two decimals below 10, one below 100, none above; {@value #MISSING} if undefined. */
  static String number(double x) {
    if (!Double.isFinite(x)) {
      return MISSING;
    }
    double a = Math.abs(x);
    String pattern = a < 10 ? "%.2f" : a < 100 ? "%.1f" : "%.0f";
    return String.format(Locale.ROOT, pattern, x);
  }

  /** A share as a percentage with one decimal; {@value #MISSING} if undefined. */
  static String percent(double share) {
    return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f%%", 100 * share) : MISSING;
  }

  /** Servers: a whole number when whole, else one decimal with "avg". */
  static String servers(double n) {
    if (!Double.isFinite(n)) {
      return MISSING;
    }
    return Math.abs(n - Math.rint(n)) < 1e-9 ? String.format(Locale.ROOT, "%d", (long) Math.rint(n))
        : String.format(Locale.ROOT, "%.1f avg", n);
  }
}
