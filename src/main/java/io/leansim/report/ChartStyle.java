package io.leansim.report;

import io.leansim.scenario.DurationUnit;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The style kit of every chart (a study's {@link Charts}, sweeps, staffing, fits): size ({@value
 * #WIDTH}×{@value #HEIGHT}), fonts sized for a projector, colours, axes (numbers, percentages, clock
 * times), and writing a chart as PNG and SVG. SVG text is stable: the defs ids are prefixed by the
 * chart id (so charts inlined in one page never clash) rather than drawn from the clock.
 */
final class ChartStyle {
  /** Width of every chart, in pixels (PNG) or user units (SVG). */
  public static final int WIDTH = 1000;
  /** Height of every chart. */
  public static final int HEIGHT = 560;
  /** Colour of the baseline on every chart: a quiet grey-blue. */
  public static final Color BASELINE_COLOUR = new Color(0x5B7A99);

  /**
   * Colours of the variants, in run order after the baseline (then again from the first): from the
   * Okabe–Ito palette (told apart under colour blindness), never the red the report uses for "worse".
   */
  private static final Color[] VARIANT_COLOURS = {
    new Color(0xE69F00), new Color(0x0072B2), new Color(0x009E73), new Color(0xCC79A7),
    new Color(0x56B4E9), new Color(0x8C6D1F), new Color(0x6A3D9A), new Color(0x222222)
  };

  /** Dash patterns of lines, one per run (the first solid), so lines differ by more than colour. */
  private static final float[][] DASHES = {
    null, {14f, 6f}, {4f, 5f}, {14f, 5f, 4f, 5f}, {22f, 7f}, {8f, 4f, 2f, 4f, 2f, 4f}, {2f, 6f}, {18f, 4f, 4f, 4f}
  };

  private static final String FONT = Font.SANS_SERIF;
  private static final Font TITLE_FONT = new Font(FONT, Font.BOLD, 26);
  private static final Font SUBTITLE_FONT = new Font(FONT, Font.PLAIN, 17);
  private static final Font LABEL_FONT = new Font(FONT, Font.PLAIN, 19);
  static final Font TICK_FONT = new Font(FONT, Font.PLAIN, 16);
  private static final Font LEGEND_FONT = new Font(FONT, Font.PLAIN, 17);
  private static final Color GRID = new Color(0xD9D9D9);
  private static final Color TEXT = new Color(0x222222);
  static final Color ERROR_BAR = new Color(0x333333);
  /** Arrival bars behind other series: a light sand, half transparent. */
  static final Color ARRIVALS = new Color(200, 190, 170, 150);

  private ChartStyle() {}

  /** The colour of the {@code i}-th variant (from 0) in run order. */
  static Color variantColour(int i) {
    return VARIANT_COLOURS[Math.max(0, i) % VARIANT_COLOURS.length];
  }

  /**
   * Writes {@code chart} as {@code <id>.png} and {@code <id>.svg} into {@code dir}. Drawing mutates
   * the chart's state: one chart is drawn by one thread at a time, different charts may be drawn at once.
   */
  static ChartFile save(Path dir, String id, String title, String caption, JFreeChart chart) throws IOException {
    Path png = dir.resolve(id + ".png");
    Path svg = dir.resolve(id + ".svg");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(png), 1 << 16)) {
      Png.write(chart.createBufferedImage(WIDTH, HEIGHT, null), out);
    }
    Files.writeString(svg, svg(id, chart), StandardCharsets.UTF_8);
    return new ChartFile(id, title, caption, png, svg);
  }

  /** The SVG document of {@code chart}, with a view box so it scales and defs ids prefixed by {@code id}. */
  static String svg(String id, JFreeChart chart) {
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
    g2.setDefsKeyPrefix(id + "-");
    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + g2.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null) + "\n";
  }

  /** A chart of {@code plot} in the house style: title, optional subtitle, legend at the bottom. */
  static JFreeChart chart(String title, Plot plot, String subtitle) {
    JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setPaint(TEXT);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(8, 12, 8, 16));
    if (subtitle != null) {
      TextTitle sub = new TextTitle(subtitle, SUBTITLE_FONT);
      sub.setPaint(new Color(0x555555));
      chart.addSubtitle(sub);
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(LEGEND_FONT);
      legend.setFrame(BlockBorder.NONE);
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setItemPaint(TEXT);
    }
    return chart;
  }

  /** White background, no outline, light grid lines. */
  static void stylePlot(Plot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    if (plot instanceof XYPlot) {
      XYPlot xy = (XYPlot) plot;
      xy.setDomainGridlinePaint(GRID);
      xy.setRangeGridlinePaint(GRID);
      xy.setDomainGridlineStroke(new BasicStroke(1f));
      xy.setRangeGridlineStroke(new BasicStroke(1f));
    } else if (plot instanceof CategoryPlot) {
      CategoryPlot c = (CategoryPlot) plot;
      c.setRangeGridlinePaint(GRID);
      c.setRangeGridlineStroke(new BasicStroke(1f));
    }
  }

  /** Fonts and colours of an axis. */
  static void styleAxis(org.jfree.chart.axis.Axis axis) {
    axis.setLabelFont(LABEL_FONT);
    axis.setTickLabelFont(TICK_FONT);
    axis.setLabelPaint(TEXT);
    axis.setTickLabelPaint(TEXT);
  }

  /** A number axis in the house fonts. */
  static NumberAxis numberAxis(String label) {
    NumberAxis a = new NumberAxis(label);
    styleAxis(a);
    return a;
  }

  static NumberAxis percentAxis(String label) {
    NumberAxis a = numberAxis(label);
    a.setNumberFormatOverride(percentFormat());
    return a;
  }

  static NumberFormat percentFormat() {
    return NumberFormat.getPercentInstance(Locale.ROOT);
  }

  /** An x axis of clock times {@code HH:MM} from {@code start} to {@code end} (time units since midnight). */
  static NumberAxis clockAxis(String timeUnit, double start, double end) {
    NumberAxis a = numberAxis("time of day");
    a.setAutoRangeIncludesZero(false);
    DurationUnit u = DurationUnit.ofSymbol(timeUnit);
    double perHour = u == null ? 60 : u.perHour();
    ClockFormat format = new ClockFormat(timeUnit);
    TickUnits units = new TickUnits();
    for (double hours : new double[] {1.0 / 12, 0.25, 0.5, 1, 2, 3, 4, 6, 12, 24}) {
      units.add(new NumberTickUnit(hours * perHour, format));
    }
    a.setStandardTickUnits(units);
    a.setRange(start, end);
    return a;
  }

  /** A line of {@code width} in dash pattern {@code k} (0: solid; then again from the first dash). */
  static BasicStroke line(float width, int k) {
    float[] dash = k == 0 ? null : DASHES[1 + (k - 1) % (DASHES.length - 1)];
    return dash == null ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
        : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }

  /** A dashed line of {@code width}. */
  static BasicStroke dashed(float width) {
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {10f, 6f}, 0f);
  }

  /** Shade {@code k} of {@code n} of a colour: from the colour itself towards lighter tints. */
  static Color shade(Color c, int k, int n) {
    if (n <= 1) {
      return c;
    }
    double f = k / (double) n * 0.6;
    return new Color(tint(c.getRed(), f), tint(c.getGreen(), f), tint(c.getBlue(), f));
  }

  private static int tint(int v, double f) {
    return (int) Math.round(v + (255 - v) * f);
  }

  /** Formats a time since midnight (in a time unit) as a clock time, for axis ticks. */
  private static final class ClockFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final String unit;

    ClockFormat(String unit) {
      this.unit = unit;
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
      return to.append(Double.isFinite(number) && number >= 0 ? SummaryFiles.clock(number, unit) : "");
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
      return format((double) number, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
      return null;
    }
  }
}
