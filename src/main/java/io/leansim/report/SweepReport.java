package io.leansim.report;

import io.leansim.stats.Estimate;
import io.leansim.stats.Metric;
import io.leansim.stats.Metric.Scope;
import io.leansim.sweep.Param;
import io.leansim.sweep.SweepResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts and page of a sweep: one chart per headline figure against the first swept parameter,
 * a line per variant (and per value of the other parameters) with its 95% confidence band, and
 * {@code report.html} with the charts and the table (template {@code src/main/jte/sweep.jte}).
 */
public final class SweepReport {
  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*\"?(-?\\d+(?:\\.\\d+)?)");
  private static final Color[] COLOURS = {new Color(0x5B7A99), new Color(0xD9822B), new Color(0x2E8B57),
      new Color(0xB03A2E), new Color(0x7D3C98), new Color(0x148F77), new Color(0xB7950B), new Color(0x566573)};

  private SweepReport() {}

  /** Writes {@code charts/sweep-<metric>.png|svg} and {@code report.html} into {@code dir}. */
  public static List<ChartFile> write(SweepResult r, Path dir) throws IOException {
    Path charts = Files.createDirectories(dir.resolve("charts"));
    List<ChartFile> files = new ArrayList<>();
    for (String m : r.metricsPresent()) {
      files.add(ChartStyle.save(charts, "sweep-" + m, label(m), null, chart(r, m)));
    }
    Files.writeString(dir.resolve("report.html"), page(r, files), StandardCharsets.UTF_8);
    return files;
  }

  /** The words for an overall figure ({@code wait_mean}: "Mean wait"); the key itself for one the registry lacks. */
  public static String label(String metric) {
    return Metric.of(Scope.OVERALL, metric).map(Metric::label).orElse(metric);
  }

  /**
   * A figure of a sweep as tables show it (the console's and the page's), as {@link FigureText}
   * writes it for the figure's unit in the registry: {@code 67.3% (61.0%–72.9%)} for a share with an
   * asymmetric interval, {@code 1280 ± 35}; "–" when undefined. The files keep the raw numbers.
   */
  public static String cell(String metric, Estimate e) {
    if (e == null || !Double.isFinite(e.mean())) {
      return "–";
    }
    return Metric.of(Scope.OVERALL, metric).map(FigureText::of).orElse(FigureText.RATE).estimate(e);
  }

  /** The unit of an overall figure as a sweep chart's axis shows it; {@code timeUnit} for durations. */
  private static String unit(String metric, String timeUnit) {
    return switch (Metric.of(Scope.OVERALL, metric).map(Metric::unit).orElse(Metric.Unit.DURATION)) {
      case SHARE -> "share";
      case RATE -> "per hour";
      case MONEY -> "cost";
      case HOURS -> "h";
      case COUNT, NUMBER -> "number";
      case DURATION -> timeUnit;
    };
  }

  private static JFreeChart chart(SweepResult r, String metric) {
    Param x = r.params().get(0);
    boolean numeric = !x.listValued() && x.values().stream().allMatch(v -> LEADING_NUMBER.matcher(v).find());
    Map<String, YIntervalSeries> lines = new LinkedHashMap<>();
    for (SweepResult.Row row : r.rows()) {
      Estimate e = row.metrics().get(metric);
      if (e == null || !Double.isFinite(e.mean())) {
        continue;
      }
      StringBuilder name = new StringBuilder(row.variant());
      for (Param p : r.params()) {
        if (p != x) {
          String k = p.path();
          name.append(", ").append(k.substring(k.lastIndexOf('.') + 1)).append('=')
              .append(p.shown(row.point().set().get(k)));
        }
      }
      String value = row.point().set().get(x.path());
      double xv = numeric ? leading(value) : x.values().indexOf(value);
      double hw = Double.isFinite(e.halfWidth()) ? e.halfWidth() : 0;
      lines.computeIfAbsent(name.toString(), YIntervalSeries::new).add(xv, e.mean(), e.mean() - hw, e.mean() + hw);
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    lines.values().forEach(data::addSeries);
    DeviationRenderer renderer = new DeviationRenderer(true, true);
    for (int i = 0; i < lines.size(); i++) {
      Color c = COLOURS[i % COLOURS.length];
      renderer.setSeriesPaint(i, c);
      renderer.setSeriesFillPaint(i, new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
      renderer.setSeriesStroke(i, new BasicStroke(2.5f));
    }
    renderer.setAlpha(0.25f);
    String xLabel = x.path();
    ValueAxis xAxis = numeric ? ChartStyle.numberAxis(xLabel) : new SymbolAxis(xLabel, x.values().stream().map(x::shown).toArray(String[]::new));
    if (numeric) {
      ((NumberAxis) xAxis).setAutoRangeIncludesZero(false);
      if (x.values().stream().allMatch(v -> v.strip().matches("-?\\d+"))) {
        ((NumberAxis) xAxis).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
      }
    }
    String unit = unit(metric, r.timeUnit());
    XYPlot plot = new XYPlot(data, xAxis, ChartStyle.numberAxis(label(metric) + " (" + unit + ")"), renderer);
    ChartStyle.stylePlot(plot);
    return ChartStyle.chart(label(metric) + " against " + x.path(), plot,
        "Mean over " + r.replications() + " replications with its 95% confidence band; common random numbers at every point");
  }

  private static double leading(String v) {
    Matcher m = LEADING_NUMBER.matcher(v);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  /**
   * What the sweep's page shows, in words: the scenario, the swept parameters, replications, seed and
   * variants, the charts (title and SVG in base64), the table's headings and rows.
   */
  record Page(String css, String scenario, List<Param> params, int replications, long seed, String variants,
      List<Picture> charts, List<String> headings, List<List<String>> rows) {}

  /** A chart of the page: its title and its SVG in base64. */
  record Picture(String title, String base64) {}

  private static String page(SweepResult r, List<ChartFile> charts) throws IOException {
    List<Picture> pictures = new ArrayList<>();
    for (ChartFile c : charts) {
      pictures.add(new Picture(c.title(), Base64.getEncoder().encodeToString(Files.readAllBytes(c.svg()))));
    }
    List<String> metrics = r.metricsPresent();
    List<String> headings = new ArrayList<>();
    r.params().forEach(p -> headings.add(p.path()));
    headings.add("variant");
    metrics.forEach(m -> headings.add(label(m)));
    List<List<String>> rows = new ArrayList<>();
    for (SweepResult.Row row : r.rows()) {
      List<String> cells = new ArrayList<>();
      r.params().forEach(p -> cells.add(p.shown(row.point().set().get(p.path()))));
      cells.add(row.variant());
      for (String m : metrics) {
        Estimate e = row.metrics().get(m);
        cells.add(cell(m, e));
      }
      rows.add(cells);
    }
    return Pages.render("sweep.jte", new Page(Pages.resource("sweep.css").strip(), r.scenario(), r.params(),
        r.replications(), r.seed(), String.join(", ", r.variants()), pictures, headings, rows));
  }
}
