package io.leansim.report;

import static io.leansim.report.ChartStyle.*;

import io.leansim.experiment.Summary;
import io.leansim.scenario.DurationUnit;
import io.leansim.scenario.Step;
import io.leansim.scenario.Variant;
import io.leansim.stats.Estimate;
import io.leansim.stats.Metric;
import io.leansim.stats.Timeline;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The JFreeChart charts of a study, each written as {@code <id>.png} and {@code <id>.svg}
 * in the style of {@link ChartStyle}, in display order:
 *
 * <ol>
 *   <li>{@code wait-by-type}: mean wait per customer type and run, bars with 95% confidence intervals;
 *   <li>{@code wait-distribution}: empirical CDF of the total wait per run (from the wait percentiles);
 *   <li>{@code queue-<step>}: for each step served by a resource in any run (a step only a variant
 *       has included), the mean queue per time bin over the day, every run on one chart; where
 *       nobody ever waited, a note (a {@link ChartFile} without files) instead of a flat chart;
 *   <li>{@code staff-and-arrivals}: staff present per pool against arrivals per hour (second axis);
 *   <li>{@code utilization}: utilization per pool of any run and run, bars with 95% confidence intervals;
 *   <li>{@code lead-time-composition}: mean lead time per run stacked into value-added, necessary and
 *       the wastes.
 * </ol>
 *
 * <p>A chart whose data is absent (no timeline, no wait distribution, no figure) is skipped. Each
 * run keeps one colour and one dash on every chart, the baseline always {@link
 * ChartStyle#BASELINE_COLOUR} and solid; value axes start at zero. Times
 * of day on x axes are clock times (the summary's {@code clockStart} plus run time). Rendering is
 * headless, the charts drawn in parallel (each by one thread); nothing here keeps mutable state between calls.
 */
public final class Charts {
  private Charts() {}

  /** One chart before it is written; {@code chart} null: nothing to draw, {@code caption} says why. */
  private record Drawn(String id, String title, String caption, JFreeChart chart) {}

  /** Writes every chart of {@code study} into {@code dir} and returns them in display order. */
  public static List<ChartFile> write(Study study, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Drawn> charts = new ArrayList<>();
    Palette palette = new Palette(study.runs());
    add(charts, waitByType(study, palette));
    add(charts, waitDistribution(study, palette));
    charts.addAll(queues(study, palette));
    add(charts, staffAndArrivals(study, palette));
    add(charts, utilization(study, palette));
    add(charts, leadTimeComposition(study));
    // rendering (PNG and SVG) is most of the time: the charts are drawn at once, each by one thread
    try {
      return charts.parallelStream().map(d -> {
        try {
          return d.chart() == null ? new ChartFile(d.id(), d.title(), d.caption(), null, null)
              : save(dir, d.id(), d.title(), d.caption(), d.chart());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void add(List<Drawn> charts, Drawn d) {
    if (d != null) {
      charts.add(d);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 1. wait by type

  private static Drawn waitByType(Study study, Palette palette) {
    Summary base = study.baseline();
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    boolean any = false;
    double top = 0;
    for (Summary run : study.runs()) {
      for (String type : base.types().keySet()) {
        Estimate e = metric(run.types().get(type), Metric.WAIT_MEAN);
        any |= e != null;
        data.add(e == null ? null : e.mean(), e == null ? null : halfWidth(e), run.variant(), Verdicts.typeName(type));
        if (e != null) {
          top = Math.max(top, e.mean() + halfWidth(e));
        }
      }
    }
    if (!any) {
      return null;
    }
    String title = "Mean wait by customer type";
    CategoryPlot plot = groupedBars(data, study, palette, "customer type", "mean wait (" + base.timeUnit() + ")");
    // a wait is never negative: the axis starts at 0 even where a whisker of few replications reaches below
    ((NumberAxis) plot.getRangeAxis()).setRange(0, top > 0 ? top * 1.08 : 1);
    JFreeChart chart = chart(title, plot, ciNote(study));
    return new Drawn("wait-by-type", title,
        "Compare each type's bars across runs: a variant shortens a type's wait when its bar is lower and its"
            + " 95% confidence whiskers stay clear of the baseline's.",
        chart);
  }

  // ---------------------------------------------------------------------------------------------
  // 2. wait distribution

  private static Drawn waitDistribution(Study study, Palette palette) {
    XYSeriesCollection data = new XYSeriesCollection();
    List<Color> colours = new ArrayList<>();
    List<Boolean> baseline = new ArrayList<>();
    List<Integer> dashes = new ArrayList<>();
    for (Summary run : study.runs()) {
      double[] w = run.waitPercentiles();
      if (w == null) {
        continue;
      }
      XYSeries s = new XYSeries(run.variant(), false, true);
      for (int p = 0; p < w.length; p++) {
        if (Double.isFinite(w[p])) {
          s.add(w[p], p / (double) (w.length - 1));
        }
      }
      data.addSeries(s);
      colours.add(palette.colour(run));
      baseline.add(isBaseline(run));
      dashes.add(palette.dash(run));
    }
    if (data.getSeriesCount() == 0) {
      return null;
    }
    String unit = study.baseline().timeUnit();
    NumberAxis x = numberAxis("total wait per customer (" + unit + ")");
    NumberAxis y = percentAxis("share of customers who waited at most this long");
    y.setRange(0, 1.02);
    fromZero(x);
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    colourLines(r, colours, baseline, dashes);
    XYPlot plot = new XYPlot(data, x, y, r);
    stylePlot(plot);
    ValueMarker p90 = new ValueMarker(0.9, new Color(0x888888), dashed(1.5f));
    p90.setLabel("90% of customers");
    p90.setLabelFont(TICK_FONT);
    p90.setLabelPaint(new Color(0x555555));
    p90.setLabelBackgroundColor(Color.WHITE);
    p90.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT);
    p90.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
    plot.addRangeMarker(p90);
    String title = "Distribution of waits";
    JFreeChart chart = chart(title, plot, "customers who left, total queue time; all customers of "
        + replications(study) + " together");
    return new Drawn("wait-distribution", title,
        "Read across at a share such as 90% to find the wait that share of customers stays within: a curve"
            + " further left means shorter waits for everyone.",
        chart);
  }

  // ---------------------------------------------------------------------------------------------
  // 3. queue over the day, per step with a resource

  private static List<Drawn> queues(Study study, Palette palette) {
    List<Drawn> out = new ArrayList<>();
    Summary base = study.baseline();
    String unit = base.timeUnit();
    for (Step step : steps(study)) {
      if (step.resources().isEmpty()) {
        continue;
      }
      XYSeriesCollection data = new XYSeriesCollection();
      boolean anyQueue = false;
      List<Color> colours = new ArrayList<>();
      List<Boolean> baseline = new ArrayList<>();
      List<Integer> dashes = new ArrayList<>();
      for (Summary run : study.runs()) {
        Timeline t = run.timeline();
        if (t == null || !t.queueByStep().containsKey(step.name())) {
          continue;
        }
        double[] q = t.queueByStep().get(step.name());
        anyQueue |= Arrays.stream(q).anyMatch(v -> Double.isFinite(v) && v > 1e-9);
        data.addSeries(stepSeries(run.variant(), run, t, q));
        colours.add(palette.colour(run));
        baseline.add(isBaseline(run));
        dashes.add(palette.dash(run));
      }
      if (data.getSeriesCount() == 0) {
        continue;
      }
      String title = "Queue at " + ValueStreamMap.displayName(step.name()) + " over the day";
      if (!anyQueue) {
        out.add(new Drawn("queue-" + fileId(step.name()), title, "Nobody ever waited at "
            + ValueStreamMap.displayName(step.name()) + " in any run: no chart to draw.", null));
        continue;
      }
      XYStepRenderer r = new XYStepRenderer();
      colourLines(r, colours, baseline, dashes);
      NumberAxis y = numberAxis("mean number waiting (people)");
      fromZero(y);
      XYPlot plot = new XYPlot(data, dayAxis(study, base), y, r);
      stylePlot(plot);
      JFreeChart chart = chart(title, plot, "time-average queue length per " + binText(base) + ", averaged over "
          + replications(study));
      out.add(new Drawn("queue-" + fileId(step.name()), title,
          "Look for the times of day when the queue at " + ValueStreamMap.displayName(step.name()) + " builds up, and whether each variant's"
              + " line stays below the baseline's there.",
          chart));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // 4. staff against arrivals

  private static Drawn staffAndArrivals(Study study, Palette palette) {
    Summary base = study.baseline();
    Timeline bt = base.timeline();
    if (bt == null || bt.staffByPool().isEmpty()) {
      return null;
    }
    XYSeriesCollection staff = new XYSeriesCollection();
    List<Paint> paints = new ArrayList<>();
    List<Stroke> strokes = new ArrayList<>();
    List<String> pools = new ArrayList<>();
    int open = 0; // bins that start before closing time: after it, staffing follows the drain of each run
    while (open < bt.bins() && bt.binStart(open) < study.scenario().run().horizon()) {
      open++;
    }
    for (Summary run : study.runs()) {
      if (run.timeline() != null) {
        run.timeline().staffByPool().keySet().stream().filter(p -> !pools.contains(p)).forEach(pools::add);
      }
    }
    for (Summary run : study.runs()) {
      Timeline t = run.timeline();
      if (t == null) {
        continue;
      }
      for (Map.Entry<String, double[]> e : t.staffByPool().entrySet()) {
        double[] b = bt.staffByPool().get(e.getKey());
        if (isBaseline(run) || b == null || !sameProfile(b, e.getValue(), open) && staffedDifferently(study, run, e.getKey())) {
          String name = ValueStreamMap.displayName(e.getKey());
          staff.addSeries(stepSeries(study.runs().size() > 1 ? run.variant() + ": " + name : name, run, t,
              e.getValue()));
          paints.add(palette.colour(run));
          strokes.add(line(isBaseline(run) ? 4f : 3f, pools.indexOf(e.getKey())));
        }
      }
    }
    XYStepRenderer staffRenderer = new XYStepRenderer();
    for (int i = 0; i < paints.size(); i++) {
      staffRenderer.setSeriesPaint(i, paints.get(i));
      staffRenderer.setSeriesStroke(i, strokes.get(i));
    }
    NumberAxis staffAxis = numberAxis("staff present (servers)");
    staffAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYPlot plot = new XYPlot(staff, dayAxis(study, base), staffAxis, staffRenderer);

    double perHour = perHour(base);
    double horizon = study.scenario().run().horizon();
    XYSeries arrivals = new XYSeries("arrivals per hour (" + base.variant() + ")", false, true);
    for (int i = 0; i < bt.bins(); i++) {
      double width = Math.min(bt.binWidth(), horizon - bt.binStart(i));
      double rate = width > 0 ? bt.arrivals()[i] / width * perHour : Double.NaN;
      arrivals.add(base.clockStart() + bt.binStart(i), Double.isFinite(rate) ? rate : null);
    }
    XYSeriesCollection arrivalData = new XYSeriesCollection(arrivals);
    arrivalData.setIntervalWidth(bt.binWidth());
    arrivalData.setIntervalPositionFactor(0.0);
    XYBarRenderer bars = new XYBarRenderer(0.08);
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, ARRIVALS);
    NumberAxis arrivalAxis = numberAxis("arrivals per hour");
    plot.setDataset(1, arrivalData);
    plot.setRenderer(1, bars);
    plot.setRangeAxis(1, arrivalAxis);
    plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
    plot.mapDatasetToRangeAxis(1, 1);
    stylePlot(plot);
    String title = "Staff on duty and arrivals over the day";
    JFreeChart chart = chart(title, plot, "bars: arrivals per hour (right axis); lines: staff present per pool"
        + " (left axis; a dash per pool, a colour per run), a variant drawn only where it staffs differently");
    return new Drawn("staff-and-arrivals", title,
        "Check that the staff lines rise where the arrival bars rise: a peak of arrivals met by flat staffing"
            + " is where queues grow.",
        chart);
  }

  // ---------------------------------------------------------------------------------------------
  // 5. utilization

  private static Drawn utilization(Study study, Palette palette) {
    Summary base = study.baseline();
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    boolean any = false;
    double top = 1;
    List<String> pools = new ArrayList<>();
    for (Summary run : study.runs()) {
      run.resources().keySet().stream().filter(p -> !pools.contains(p)).forEach(pools::add);
    }
    for (Summary run : study.runs()) {
      for (String pool : pools) {
        Estimate e = metric(run.resources().get(pool), Metric.UTILIZATION);
        any |= e != null;
        data.add(e == null ? null : e.mean(), e == null ? null : halfWidth(e), run.variant(),
            ValueStreamMap.displayName(pool));
        if (e != null) {
          top = Math.max(top, e.mean() + halfWidth(e));
        }
      }
    }
    if (!any) {
      return null;
    }
    CategoryPlot plot = groupedBars(data, study, palette, "resource (pool)", "utilization (busy / on-duty time)");
    NumberAxis y = (NumberAxis) plot.getRangeAxis();
    y.setNumberFormatOverride(percentFormat());
    y.setRange(0, top * 1.08);
    ValueMarker full = new ValueMarker(1.0, new Color(0xB03A2E), dashed(1.5f));
    plot.addRangeMarker(full);
    String title = "Utilization by resource";
    JFreeChart chart = chart(title, plot, ciNote(study));
    return new Drawn(Metric.UTILIZATION.key(), title,
        "Bars close to the dashed 100% line mark saturated staff where waits explode; low bars show idle capacity"
            + " a variant could put to use.",
        chart);
  }

  // ---------------------------------------------------------------------------------------------
  // 6. lead-time composition

  /** The parts of the lead time, bottom to top, with their colours. */
  private static final String[] PARTS = {"value-added", "necessary", "waiting", "motion", "defects", "over-processing"};

  private static final Color[] PART_COLOURS = {
    new Color(0x3A9D5D), new Color(0x9DB3C8), new Color(0xD9534F), new Color(0xF0AD4E), new Color(0x8E5EA2),
    new Color(0xA0522D)
  };

  private static Drawn leadTimeComposition(Study study) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    boolean any = false;
    for (Summary run : study.runs()) {
      double lead = mean(run.overall(), Metric.LEAD_TIME_MEAN);
      if (!Double.isFinite(lead)) {
        continue;
      }
      any = true;
      double[] parts = composition(run.overall());
      double pce = mean(run.overall(), Metric.PCE);
      String column = run.variant() + (Double.isFinite(pce) ? String.format(Locale.ROOT, "\nPCE %.1f%%", 100 * pce) : "");
      for (int i = 0; i < PARTS.length; i++) {
        data.addValue(parts[i], PARTS[i], column);
      }
    }
    if (!any) {
      return null;
    }
    String unit = study.baseline().timeUnit();
    CategoryAxis x = new CategoryAxis("run");
    styleAxis(x);
    wideLabels(x);
    NumberAxis y = numberAxis("mean time per customer (" + unit + ")");
    StackedBarRenderer r = new StackedBarRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setMaximumBarWidth(0.18);
    r.setDrawBarOutline(false);
    for (int i = 0; i < PARTS.length; i++) {
      r.setSeriesPaint(i, PART_COLOURS[i]);
    }
    CategoryPlot plot = new CategoryPlot(data, x, y, r);
    plot.setOrientation(PlotOrientation.VERTICAL);
    stylePlot(plot);
    String title = "What the lead time is made of";
    JFreeChart chart = chart(title, plot, "means per customer; necessary = lead time − value-added − wastes,"
        + " clamped at 0");
    return new Drawn("lead-time-composition", title,
        "The green base is value-added time and everything above it is necessary or waste time a variant should"
            + " shrink (necessary time is derived as lead time minus value-added time and the wastes, clamped at 0).",
        chart);
  }

  /**
   * The lead time split into value-added, necessary, waiting, motion, defects and over-processing:
   * necessary = lead time − value-added − the four wastes, clamped at 0 (the wastes are per
   * customer who left, the lead time per completed customer, so the difference can go negative).
   */
  static double[] composition(Map<String, Estimate> overall) {
    double va = orZero(mean(overall, Metric.VALUE_ADDED_MEAN));
    double waiting = orZero(mean(overall, Metric.WASTE_WAITING));
    double motion = orZero(mean(overall, Metric.WASTE_MOTION));
    double defects = orZero(mean(overall, Metric.WASTE_DEFECTS));
    double over = orZero(mean(overall, Metric.WASTE_OVERPROCESSING));
    double necessary = Math.max(0, mean(overall, Metric.LEAD_TIME_MEAN) - va - waiting - motion - defects - over);
    return new double[] {va, necessary, waiting, motion, defects, over};
  }

  // ---------------------------------------------------------------------------------------------
  // shared pieces

  /** Run colours: the baseline grey-blue, each variant its own colour in run order. */
  private static final class Palette {
    private final List<String> variants = new ArrayList<>();

    Palette(List<Summary> runs) {
      for (Summary r : runs) {
        if (!isBaseline(r)) {
          variants.add(r.variant());
        }
      }
    }

    Color colour(Summary run) {
      if (isBaseline(run)) {
        return BASELINE_COLOUR;
      }
      return variantColour(variants.indexOf(run.variant()));
    }

    /** The run's dash pattern: 0 (solid) for the baseline, then one per variant. */
    int dash(Summary run) {
      return isBaseline(run) ? 0 : 1 + variants.indexOf(run.variant());
    }
  }

  private static boolean isBaseline(Summary run) {
    return Variant.BASELINE.equals(run.variant());
  }

  private static CategoryPlot groupedBars(DefaultStatisticalCategoryDataset data, Study study, Palette palette,
      String xLabel, String yLabel) {
    CategoryAxis x = new CategoryAxis(xLabel);
    styleAxis(x);
    x.setCategoryMargin(0.25);
    wideLabels(x);
    NumberAxis y = numberAxis(yLabel);
    StatisticalBarRenderer r = new StatisticalBarRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    r.setItemMargin(0.06);
    r.setMaximumBarWidth(0.12);
    r.setErrorIndicatorPaint(ERROR_BAR);
    r.setErrorIndicatorStroke(new BasicStroke(2f));
    int i = 0;
    for (Summary run : study.runs()) {
      r.setSeriesPaint(i++, palette.colour(run));
    }
    CategoryPlot plot = new CategoryPlot(data, x, y, r);
    plot.setOrientation(PlotOrientation.VERTICAL);
    stylePlot(plot);
    return plot;
  }

  /** An x axis of clock times {@code HH:MM} over the day (values: time units since midnight). */
  private static ValueAxis dayAxis(Study study, Summary base) {
    double start = base.clockStart();
    double end = start + study.scenario().run().horizon();
    Timeline t = base.timeline();
    if (t != null) {
      end = Math.max(end, start + t.binStart(t.bins()));
    }
    return clockAxis(base.timeUnit(), start, end);
  }

  /** A step profile over the day: one point per bin start, plus the end of the last bin. */
  private static XYSeries stepSeries(String key, Summary run, Timeline t, double[] values) {
    XYSeries s = new XYSeries(key, false, true);
    for (int i = 0; i < values.length; i++) {
      s.add(run.clockStart() + t.binStart(i), Double.isFinite(values[i]) ? values[i] : null);
    }
    if (values.length > 0) {
      double last = values[values.length - 1];
      s.add(run.clockStart() + t.binStart(values.length), Double.isFinite(last) ? last : null);
    }
    return s;
  }

  /** Each run's line in its colour and its dash (the baseline solid and a little wider). */
  private static void colourLines(XYLineAndShapeRenderer r, List<Color> colours, List<Boolean> baseline,
      List<Integer> dashes) {
    for (int i = 0; i < colours.size(); i++) {
      r.setSeriesPaint(i, colours.get(i));
      r.setSeriesStroke(i, line(baseline.get(i) ? 4f : 3f, dashes.get(i)));
    }
  }

  /** Category labels that wrap on up to three lines and may use a little more than their category's width. */
  private static void wideLabels(CategoryAxis x) {
    x.setMaximumCategoryLabelLines(3);
    x.setMaximumCategoryLabelWidthRatio(1.4f);
  }

  /** A value axis that starts at zero, with round ticks. */
  private static void fromZero(NumberAxis a) {
    a.setAutoRangeIncludesZero(true);
    a.setAutoRangeStickyZero(true);
    a.setLowerBound(0);
    a.setAutoRange(true);
  }

  /**
   * Every step of the study, in the baseline's process order, then the steps only a variant has (a
   * greeter's check, a kiosk) in the order of the variants.
   */
  private static List<Step> steps(Study study) {
    List<Step> out = new ArrayList<>(study.scenario().process());
    for (Variant v : study.scenario().variants()) {
      for (Step s : v.scenario().process()) {
        if (out.stream().noneMatch(o -> o.name().equals(s.name()))) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** Whether {@code run}'s scenario defines {@code pool} otherwise than the baseline (staff, shifts, cost, types). */
  private static boolean staffedDifferently(Study study, Summary run, String pool) {
    io.leansim.scenario.Scenario ran = study.scenario().variant(run.variant()).map(Variant::scenario)
        .orElse(study.scenario());
    return !ran.resource(pool).equals(study.scenario().resource(pool));
  }

  /** Whether {@code a} and {@code b} agree on their first {@code bins} values (both NaN counts as agreeing). */
  private static boolean sameProfile(double[] a, double[] b, int bins) {
    if (a.length < bins || b.length < bins) {
      return false;
    }
    for (int i = 0; i < bins; i++) {
      boolean bothNaN = Double.isNaN(a[i]) && Double.isNaN(b[i]);
      if (!bothNaN && !(Math.abs(a[i] - b[i]) <= 1e-9 * Math.max(1, Math.abs(a[i])))) {
        return false;
      }
    }
    return true;
  }

  private static Estimate metric(Map<String, Estimate> scope, Metric figure) {
    if (scope == null) {
      return null;
    }
    Estimate e = figure.of(scope);
    return e == null || !Double.isFinite(e.mean()) ? null : e;
  }

  private static double halfWidth(Estimate e) {
    return Double.isFinite(e.halfWidth()) ? e.halfWidth() : 0;
  }

  private static double mean(Map<String, Estimate> scope, Metric figure) {
    Estimate e = figure.of(scope);
    return e == null ? Double.NaN : e.mean();
  }

  private static double orZero(double x) {
    return Double.isFinite(x) ? x : 0;
  }

  private static double perHour(Summary s) {
    DurationUnit u = DurationUnit.ofSymbol(s.timeUnit());
    return u == null ? 60 : u.perHour();
  }

  private static String ciNote(Study study) {
    return "bars: means over " + replications(study) + "; whiskers: 95% confidence intervals";
  }

  private static String replications(Study study) {
    int[] n = study.runs().stream().mapToInt(Summary::replications).distinct().toArray();
    return n.length == 1 ? n[0] + (n[0] == 1 ? " replication" : " replications")
        : Arrays.stream(n).min().orElse(0) + "–" + Arrays.stream(n).max().orElse(0) + " replications";
  }

  private static String binText(Summary s) {
    Timeline t = s.timeline();
    double minutes = t.binWidth() * 60 / perHour(s);
    return minutes == Math.rint(minutes) ? String.format(Locale.ROOT, "%.0f-minute interval", minutes)
        : String.format(Locale.ROOT, "%.2f-minute interval", minutes);
  }

  /** A step name made safe for a file name: letters, digits, {@code -} and {@code _} kept. */
  static String fileId(String name) {
    String id = name.replaceAll("[^A-Za-z0-9_-]+", "-");
    return id.isEmpty() ? "step" : id;
  }

}
