package io.leansim.report;

import io.leansim.fit.Fitter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of {@code leansim fit}: the histogram of the observations (as a density) with the
 * densities of the best fits over it, and the Q-Q plot of the best fit (observed quantiles against
 * the fitted law's; on the diagonal when the law fits).
 */
public final class FitCharts {
  private static final Color[] LINES = {new Color(0xC0392B), new Color(0x1F5FA8), new Color(0x27AE60)};

  private FitCharts() {}

  /** Writes {@code histogram.png|svg} and {@code qq.png|svg} into {@code dir}; {@code what} names the data. */
  public static List<ChartFile> write(Fitter.Result r, double[] minutes, String what, String unit, double minutesPerUnit,
      Path dir) throws IOException {
    Files.createDirectories(dir);
    return List.of(
        ChartStyle.save(dir, "histogram", "Observations and fitted laws", null, histogram(r, minutes, what, unit, minutesPerUnit)),
        ChartStyle.save(dir, "qq", "Q-Q plot of the best fit", null, qq(r, minutes, what, unit, minutesPerUnit)));
  }

  private static JFreeChart histogram(Fitter.Result r, double[] minutes, String what, String unit, double perUnit) {
    double[] x = java.util.Arrays.stream(minutes).map(v -> v / perUnit).toArray();
    int n = x.length;
    int bins = (int) Math.max(8, Math.min(60, Math.ceil(2 * Math.cbrt(n)))); // Rice's rule
    double lo = r.data().min() / perUnit;
    double hi = r.data().max() / perUnit;
    HistogramDataset h = new HistogramDataset();
    h.setType(HistogramType.SCALE_AREA_TO_1);
    h.addSeries("observed (" + n + ")", x, bins, lo, hi);
    XYPlot plot = new XYPlot();
    XYBarRenderer bars = new XYBarRenderer(0.05);
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, new Color(0xB8C7D9));
    plot.setDataset(0, h);
    plot.setRenderer(0, bars);
    XYSeriesCollection lines = new XYSeriesCollection();
    List<Fitter.Fit> top = r.fits().subList(0, Math.min(3, r.fits().size()));
    for (Fitter.Fit f : top) {
      XYSeries s = new XYSeries(f.shorthand() + (f == r.best() ? "  (best by AIC)" : ""));
      for (int i = 0; i <= 200; i++) {
        double v = lo + (hi - lo) * i / 200.0;
        double d = f.distribution().density(v * perUnit) * perUnit;
        if (Double.isFinite(d)) {
          s.add(v, d);
        }
      }
      lines.addSeries(s);
    }
    XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < top.size(); i++) {
      line.setSeriesPaint(i, LINES[i]);
      line.setSeriesStroke(i, new BasicStroke(i == 0 ? 3f : 2f));
    }
    plot.setDataset(1, lines);
    plot.setRenderer(1, line);
    NumberAxis xAxis = ChartStyle.numberAxis(what + " (" + unit + ")");
    plot.setDomainAxis(xAxis);
    plot.setRangeAxis(ChartStyle.numberAxis("density"));
    ChartStyle.stylePlot(plot);
    return ChartStyle.chart("Observed " + what + " and the fitted laws", plot,
        "Histogram of the observations scaled as a density; lines: the three best fits by AIC");
  }

  private static JFreeChart qq(Fitter.Result r, double[] minutes, String what, String unit, double perUnit) {
    double[] x = minutes.clone();
    java.util.Arrays.sort(x);
    int n = x.length;
    Fitter.Fit best = r.best();
    XYSeries points = new XYSeries("observations");
    double max = 0;
    for (int i = 0; i < n; i++) {
      double q = best.distribution().inverseF((i + 0.5) / n) / perUnit;
      points.add(q, x[i] / perUnit);
      max = Math.max(max, Math.max(q, x[i] / perUnit));
    }
    XYSeries diagonal = new XYSeries("y = x (a perfect fit)");
    diagonal.add(0, 0);
    diagonal.add(max, max);
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(points);
    data.addSeries(diagonal);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    renderer.setSeriesLinesVisible(0, false);
    renderer.setSeriesShapesVisible(0, true);
    renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
    renderer.setSeriesPaint(0, new Color(0x1F5FA8));
    renderer.setSeriesLinesVisible(1, true);
    renderer.setSeriesShapesVisible(1, false);
    renderer.setSeriesPaint(1, new Color(0xC0392B));
    XYPlot plot = new XYPlot(data, ChartStyle.numberAxis("quantile of " + best.shorthand() + " (" + unit + ")"),
        ChartStyle.numberAxis("observed quantile (" + unit + ")"), renderer);
    ChartStyle.stylePlot(plot);
    return ChartStyle.chart("Q-Q plot: " + what + " against " + best.shorthand(), plot,
        "Points on the diagonal: the fitted law describes the data; a bend in the tail: it does not");
  }
}
