package io.leansim.report;

import io.leansim.experiment.Summary;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Step;
import io.leansim.scenario.ValueClass;
import io.leansim.scenario.Variant;
import io.leansim.stats.Estimate;
import io.leansim.stats.Metric;
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
 *       customers arrived per replication;
 *   <li>one process box per step in process order: a band coloured by the step's value class with
 *       its name, then servers on duty (the pools' capacity, or the time-average of their shifts
 *       over the measured period [warm-up, horizon), summed over the step's pools), cycle time
 *       ({@code steps.<s>.cycle_time}, in red when above takt), utilization of the step's first
 *       pool and rework rate (reworked / visits);
 *   <li>before each step served by a pool, an inventory triangle labelled with the step's mean
 *       queue ({@code queue_mean});
 *   <li>customers leaving on the right: throughput per hour and abandon rate;
 *   <li>underneath, the timeline ladder: mean wait per visit of each step above
 *       ({@code wait_mean}), mean service per served visit below ({@code service_mean}), ending in
 *       the totals per completed customer: lead time, value-added time and PCE (from {@code overall}).
 * </ul>
 *
 * <p>Elements carry {@code class} and {@code data-step} attributes ({@code process},
 * {@code inventory}, {@code wait}, {@code service}, {@code cycle-time}, {@code utilization},
 * {@code queue}, {@code totals}...) so tests and style sheets can find them. A figure a run does not
 * define is shown as {@value #MISSING}. The same summary always gives the same text.
 */
public final class ValueStreamMap {
  /** How an undefined figure is shown. */
  static final String MISSING = "–";

  private static final String FONT = "Helvetica, Arial, sans-serif";
  private static final double MARGIN = 20;
  private static final double SOURCE_W = 170;
  private static final double ZONE_W = 130;
  private static final double BOX_W = 210;
  private static final double END_W = 250;
  private static final double TOP = 100;
  private static final double BOX_H = 200;
  private static final double BAND_H = 40;
  private static final double LADDER_UP = TOP + BOX_H + 70;
  private static final double LADDER_DOWN = LADDER_UP + 55;
  private static final double HEIGHT = LADDER_DOWN + 160;

  private static final String INK = "#222222";
  private static final String MUTED = "#555555";
  private static final String LINE = "#333333";
  private static final String RED = "#C0392B";

  private ValueStreamMap() {}

  /** The SVG text of the value stream map of {@code run} of {@code scenario}. */
  public static String svg(Scenario scenario, Summary run) {
    Scenario ran = scenario.variant(run.variant()).map(Variant::scenario).orElse(scenario);
    String unit = run.timeUnit();
    List<Step> steps = ran.process();
    double width = MARGIN + SOURCE_W + steps.size() * (ZONE_W + BOX_W) + END_W + MARGIN;
    String name = ran.title() == null || ran.title().isBlank() ? ran.name() : ran.title();
    String runName = run.title() == null || run.title().isBlank() || run.title().equals(name) ? run.variant()
        : run.variant() + " (" + run.title() + ")";

    Svg svg = new Svg(width, HEIGHT, "font-family", FONT, "role", "img", "class", "value-stream-map",
        "data-variant", run.variant());
    svg.text("title", "Value stream map of " + name + ", " + runName);
    svg.empty("rect", "x", "0", "y", "0", "width", Svg.num(width), "height", Svg.num(HEIGHT), "fill", "#FFFFFF");
    svg.text("text", "Value stream map: " + name + " — " + runName, "x", Svg.num(MARGIN), "y", "38",
        "font-size", "26", "font-weight", "bold", "fill", INK);
    svg.text("text", "Means over " + run.replications() + (run.replications() == 1 ? " replication" : " replications")
            + "; times in " + unit,
        "x", Svg.num(MARGIN), "y", "66", "font-size", "17", "fill", MUTED);

    double takt = mean(run.overall(), Metric.TAKT_TIME);
    double x = MARGIN;
    source(svg, x, run, unit, takt);
    x += SOURCE_W;
    for (Step step : steps) {
      Map<String, Estimate> figures = run.steps().get(step.name());
      Map<String, Estimate> f = figures == null ? Map.of() : figures;
      boolean queued = !step.resources().isEmpty();
      if (queued) {
        inventory(svg, x, step, f);
      }
      arrow(svg, x + 6, x + ZONE_W - 6, TOP + 170);
      double bx = x + ZONE_W;
      processBox(svg, bx, step, f, ran, run, unit, takt);
      ladderStep(svg, x, bx, step, f, unit, queued);
      x = bx + BOX_W;
    }
    arrow(svg, x + 6, x + 64, TOP + 170);
    exit(svg, x + 70, run);
    totals(svg, x, run, unit);
    legend(svg);
    return svg.end();
  }

  private static void source(Svg svg, double x, Summary run, String unit, double takt) {
    svg.open("g", "class", "customers-in");
    factory(svg, x, SOURCE_W - 10);
    double cx = x + (SOURCE_W - 10) / 2;
    svg.text("text", "Customers", "x", Svg.num(cx), "y", Svg.num(TOP + 82), "text-anchor", "middle",
        "font-size", "19", "font-weight", "bold", "fill", INK);
    svg.text("text", "Takt " + duration(takt, unit), "class", "takt", "x", Svg.num(cx), "y", Svg.num(TOP + 120),
        "text-anchor", "middle", "font-size", "17", "fill", INK);
    svg.text("text", "Arrived " + number(mean(run.overall(), Metric.ARRIVED)), "class", Metric.ARRIVED.key(), "x", Svg.num(cx),
        "y", Svg.num(TOP + 148), "text-anchor", "middle", "font-size", "17", "fill", INK);
    svg.text("text", "per replication", "x", Svg.num(cx), "y", Svg.num(TOP + 170), "text-anchor", "middle",
        "font-size", "14", "fill", MUTED);
    svg.close("g");
  }

  private static void exit(Svg svg, double x, Summary run) {
    double w = 160;
    svg.open("g", "class", "customers-out");
    factory(svg, x, w);
    double cx = x + w / 2;
    svg.text("text", "Done", "x", Svg.num(cx), "y", Svg.num(TOP + 82), "text-anchor", "middle", "font-size", "19",
        "font-weight", "bold", "fill", INK);
    svg.text("text", number(mean(run.overall(), Metric.THROUGHPUT_PER_HOUR)) + " per hour", "class", "throughput",
        "x", Svg.num(cx), "y", Svg.num(TOP + 120), "text-anchor", "middle", "font-size", "17", "fill", INK);
    svg.text("text", "Abandoned " + percent(mean(run.overall(), Metric.ABANDON_RATE)), "class", "abandon-rate",
        "x", Svg.num(cx), "y", Svg.num(TOP + 148), "text-anchor", "middle", "font-size", "17", "fill", INK);
    svg.close("g");
  }

  /** The customer icon of value stream maps: a building with a saw-tooth roof. */
  private static void factory(Svg svg, double x, double w) {
    double y0 = TOP + 40;
    double y1 = TOP + BOX_H;
    double t = w / 3;
    String points = pts(x, y1, x, y0, x + t, TOP + 10, x + t, y0, x + 2 * t, TOP + 10, x + 2 * t, y0, x + w, TOP + 10,
        x + w, y1);
    svg.empty("polygon", "points", points, "fill", "#F4F1EA", "stroke", LINE, "stroke-width", "2");
  }

  private static void inventory(Svg svg, double x, Step step, Map<String, Estimate> f) {
    double cx = x + ZONE_W / 2;
    svg.open("g", "class", "inventory", "data-step", step.name());
    svg.empty("polygon", "points", pts(cx, TOP + 18, cx - 38, TOP + 84, cx + 38, TOP + 84), "fill", "#FBE3A6",
        "stroke", LINE, "stroke-width", "2");
    svg.text("text", "I", "x", Svg.num(cx), "y", Svg.num(TOP + 76), "text-anchor", "middle", "font-size", "24",
        "font-weight", "bold", "fill", INK);
    svg.text("text", number(mean(f, Metric.QUEUE_MEAN)), "class", "queue", "x", Svg.num(cx), "y", Svg.num(TOP + 114),
        "text-anchor", "middle", "font-size", "20", "font-weight", "bold", "fill", INK);
    svg.text("text", "waiting (mean)", "x", Svg.num(cx), "y", Svg.num(TOP + 136), "text-anchor", "middle",
        "font-size", "14", "fill", MUTED);
    svg.close("g");
  }

  private static void processBox(Svg svg, double x, Step step, Map<String, Estimate> f, Scenario ran, Summary run,
      String unit, double takt) {
    svg.open("g", "class", "process", "data-step", step.name(), "data-value", step.value().key());
    svg.empty("rect", "x", Svg.num(x), "y", Svg.num(TOP), "width", Svg.num(BOX_W), "height", Svg.num(BOX_H),
        "fill", "#FFFFFF", "stroke", LINE, "stroke-width", "2");
    svg.empty("rect", "x", Svg.num(x), "y", Svg.num(TOP), "width", Svg.num(BOX_W), "height", Svg.num(BAND_H),
        "fill", valueColour(step.value()), "stroke", LINE, "stroke-width", "2");
    double cx = x + BOX_W / 2;
    svg.text("text", step.name(), "class", "step-name", "x", Svg.num(cx), "y", Svg.num(TOP + 27),
        "text-anchor", "middle", "font-size", step.name().length() > 16 ? "15" : "19", "font-weight", "bold",
        "fill", "#FFFFFF");
    double tx = x + 14;
    svg.text("text", valueLabel(step.value()), "class", "value-class", "x", Svg.num(tx), "y", Svg.num(TOP + 64),
        "font-size", "15", "font-style", "italic", "fill", MUTED);
    double ct = mean(f, Metric.CYCLE_TIME);
    boolean overTakt = Double.isFinite(ct) && Double.isFinite(takt) && ct > takt;
    if (step.resources().isEmpty()) {
      svg.text("text", "No queue (delay)", "class", "servers", "x", Svg.num(tx), "y", Svg.num(TOP + 92),
          "font-size", "17", "fill", INK);
      svg.text("text", "Time " + duration(mean(f, Metric.SERVICE_MEAN), unit), "class", "cycle-time", "x", Svg.num(tx),
          "y", Svg.num(TOP + 120), "font-size", "17", "fill", INK);
    } else {
      svg.text("text", "Servers " + servers(servers(step, ran)), "class", "servers", "x", Svg.num(tx),
          "y", Svg.num(TOP + 92), "font-size", "17", "fill", INK);
      svg.text("text", "C/T " + duration(ct, unit), "class", overTakt ? "cycle-time over-takt" : "cycle-time",
          "x", Svg.num(tx), "y", Svg.num(TOP + 120), "font-size", "17", "fill", overTakt ? RED : INK,
          "font-weight", overTakt ? "bold" : null);
      Map<String, Estimate> pool = run.resources().get(step.resources().get(0));
      svg.text("text", "Util " + percent(pool == null ? Double.NaN : mean(pool, Metric.UTILIZATION)), "class",
          Metric.UTILIZATION.key(), "x", Svg.num(tx), "y", Svg.num(TOP + 148), "font-size", "17", "fill", INK);
    }
    svg.text("text", "Rework " + percent(reworkRate(f)), "class", "rework", "x", Svg.num(tx), "y",
        Svg.num(TOP + 176), "font-size", "17", "fill", INK);
    if (overTakt) {
      svg.text("text", "above takt", "x", Svg.num(x + BOX_W - 12), "y", Svg.num(TOP + 120), "text-anchor", "end",
          "font-size", "13", "fill", RED);
    }
    svg.close("g");
  }

  private static void ladderStep(Svg svg, double zone, double box, Step step, Map<String, Estimate> f, String unit,
      boolean queued) {
    svg.open("g", "class", "ladder", "data-step", step.name());
    String stroke = "stroke";
    svg.empty("polyline", "points", pts(zone, LADDER_UP, box, LADDER_UP, box, LADDER_DOWN, box + BOX_W, LADDER_DOWN,
        box + BOX_W, LADDER_UP), "fill", "none", stroke, LINE, "stroke-width", "2.5");
    svg.text("text", queued ? duration(mean(f, Metric.STEP_WAIT_MEAN), unit) : MISSING, "class", "wait",
        "x", Svg.num(zone + ZONE_W / 2), "y", Svg.num(LADDER_UP - 10), "text-anchor", "middle", "font-size", "17",
        "fill", RED);
    svg.text("text", duration(mean(f, Metric.SERVICE_MEAN), unit), "class", "service",
        "x", Svg.num(box + BOX_W / 2), "y", Svg.num(LADDER_DOWN + 24), "text-anchor", "middle", "font-size", "17",
        "fill", "#2E7D4F");
    svg.close("g");
  }

  private static void totals(Svg svg, double x, Summary run, String unit) {
    double bx = x + 20;
    double w = END_W - 20;
    double y = LADDER_UP - 30;
    svg.empty("line", "x1", Svg.num(x), "y1", Svg.num(LADDER_UP), "x2", Svg.num(bx), "y2", Svg.num(LADDER_UP),
        "stroke", LINE, "stroke-width", "2.5");
    svg.open("g", "class", "totals");
    svg.empty("rect", "x", Svg.num(bx), "y", Svg.num(y), "width", Svg.num(w), "height", "112", "fill", "#F4F1EA",
        "stroke", LINE, "stroke-width", "2");
    double tx = bx + 12;
    svg.text("text", "Lead time " + duration(mean(run.overall(), Metric.LEAD_TIME_MEAN), unit), "class", "lead-time",
        "x", Svg.num(tx), "y", Svg.num(y + 30), "font-size", "17", "font-weight", "bold", "fill", INK);
    svg.text("text", "Value-added " + duration(mean(run.overall(), Metric.VALUE_ADDED_MEAN), unit), "class",
        "value-added", "x", Svg.num(tx), "y", Svg.num(y + 62), "font-size", "17", "fill", "#2E7D4F");
    svg.text("text", "PCE " + percent(mean(run.overall(), Metric.PCE)), "class", Metric.PCE.key(), "x", Svg.num(tx),
        "y", Svg.num(y + 94), "font-size", "17", "font-weight", "bold", "fill", INK);
    svg.close("g");
  }

  private static void legend(Svg svg) {
    double y = HEIGHT - 66;
    double x = MARGIN;
    svg.open("g", "class", "legend");
    svg.text("text", "Waiting", "x", Svg.num(MARGIN), "y", Svg.num(LADDER_UP + 6), "font-size", "17",
        "font-weight", "bold", "fill", RED);
    svg.text("text", "per visit", "x", Svg.num(MARGIN), "y", Svg.num(LADDER_UP + 26), "font-size", "14",
        "fill", MUTED);
    svg.text("text", "Processing", "x", Svg.num(MARGIN), "y", Svg.num(LADDER_DOWN + 6), "font-size", "17",
        "font-weight", "bold", "fill", "#2E7D4F");
    svg.text("text", "per served visit", "x", Svg.num(MARGIN), "y", Svg.num(LADDER_DOWN + 26), "font-size", "14",
        "fill", MUTED);
    for (ValueClass v : ValueClass.values()) {
      svg.empty("rect", "x", Svg.num(x), "y", Svg.num(y - 15), "width", "22", "height", "18", "fill", valueColour(v),
          "stroke", LINE);
      svg.text("text", valueLabel(v), "x", Svg.num(x + 30), "y", Svg.num(y), "font-size", "16", "fill", INK);
      x += 30 + 10 * valueLabel(v).length() + 30;
    }
    svg.text("text", "C/T: cycle time = service time / servers, must stay below takt", "x", Svg.num(MARGIN),
        "y", Svg.num(y + 24), "font-size", "15", "fill", MUTED);
    svg.text("text", "Rework: share of visits sent back; totals: per completed customer", "x", Svg.num(MARGIN),
        "y", Svg.num(y + 46), "font-size", "15", "fill", MUTED);
    svg.close("g");
  }

  private static void arrow(Svg svg, double x0, double x1, double y) {
    svg.empty("line", "x1", Svg.num(x0), "y1", Svg.num(y), "x2", Svg.num(x1 - 12), "y2", Svg.num(y), "stroke", LINE,
        "stroke-width", "3");
    svg.empty("polygon", "points", pts(x1, y, x1 - 14, y - 8, x1 - 14, y + 8), "fill", LINE);
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
