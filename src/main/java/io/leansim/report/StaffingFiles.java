package io.leansim.report;

import io.leansim.scenario.Scenario;
import io.leansim.scenario.load.ScenarioWriter;
import io.leansim.staffing.BinDemand;
import io.leansim.staffing.Evaluation;
import io.leansim.staffing.ServiceLevelTargets;
import io.leansim.staffing.StaffingPlan;
import io.leansim.stats.Estimate;
import io.leansim.stats.Metric;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * The files of {@code leansim staff}, written into a folder (a {@link StagedFolder}'s):
 *
 * <ul>
 *   <li>{@code staffing.json}: {@code {"resource", "target", "bins": [{"start", "end", "staff",
 *       "erlang_estimate", "service_level": {"mean", "half_width"}, "arrivals_per_hour",
 *       "offered_load", "sqrt_staffing"}], "staff_hours", "cost", "scenario", "time_unit",
 *       "wait_within", "bin_minutes", "queueing_model", "replications", "seed", "max_staff",
 *       "evaluations", "outcome"}}; clock times {@code HH:MM}; {@code cost} null without {@code
 *       cost_per_hour}; a service level of a bin nobody arrived in is null; with targets per type,
 *       {@code "target"} and a bin's {@code "service_level"} are those of the other types (null
 *       without a common target), each bin has {@code "service_level_by_type": {TYPE: {"mean",
 *       "half_width"}}} and the file ends with {@code "targets_by_type": {TYPE: share}};
 *   <li>{@code staffing-variant.yaml}: the found staffing as a variant (a merge patch setting the
 *       pool's {@code shifts}), to paste under the scenario's {@code variants:};
 *   <li>{@code staffing.png} and {@code staffing.svg}: arrivals per hour, the staff found, the Erlang
 *       estimate and square-root staffing over the day;
 *   <li>{@code results.xlsx}: the plan as a workbook ({@link ResultsWorkbook}).
 * </ul>
 */
public final class StaffingFiles {
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private static final Color FOUND = new Color(0x1F5FA8);
  private static final Color ERLANG = new Color(0xC0392B);
  private static final Color SQUARE_ROOT = new Color(0x7F8C8D);

  private StaffingFiles() {}

  /**
   * Writes the files of {@code plan} into {@code dir}. {@code base} is the scenario as the
   * file has it (the variant patch is taken against it), {@code file} names that file in comments.
   */
  public static void write(StaffingPlan plan, Scenario base, String file, Path dir) throws IOException {
    Files.createDirectories(dir);
    writeJson(plan, dir.resolve("staffing.json"));
    Files.writeString(dir.resolve("staffing-variant.yaml"), variant(plan, base, file), StandardCharsets.UTF_8);
    ChartStyle.save(dir, "staffing", "Staff found by bin", null, chart(plan));
    ResultsWorkbook.write(plan, dir);
  }

  /** The name of the variant in {@code staffing-variant.yaml}. */
  public static String variantName(StaffingPlan plan) {
    return "staff-" + plan.resource().replace('_', '-');
  }

  static void writeJson(StaffingPlan plan, Path to) throws IOException {
    try (Writer w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
      try (JsonGenerator g = JSON.createGenerator(PRETTY, w)) {
        json(plan, g);
      }
      w.write("\n");
    }
  }

  private static void json(StaffingPlan plan, JsonGenerator g) {
    Scenario s = plan.scenario();
    String unit = s.timeUnit().symbol();
    double perHour = s.timeUnit().perHour();
    g.writeStartObject();
    g.writeStringProperty("resource", plan.resource());
    number(g, "target", plan.targets().others());
    g.writeArrayPropertyStart("bins");
    for (BinDemand b : plan.bins()) {
      g.writeStartObject();
      g.writeStringProperty("start", SummaryFiles.clock(s.clockStart() + b.start(), unit));
      g.writeStringProperty("end", SummaryFiles.clock(s.clockStart() + b.end(), unit));
      g.writeNumberProperty("staff", plan.staff().get(b.index()));
      g.writeNumberProperty("erlang_estimate", b.erlangEstimate());
      Evaluation.Level others = plan.evaluation().levels().stream().filter(l -> l.group().isOthers()).findFirst()
          .orElse(null);
      if (others == null) {
        g.writeNullProperty(Metric.SERVICE_LEVEL.key());
      } else {
        estimate(g, Metric.SERVICE_LEVEL.key(), others.byBin().get(b.index()));
      }
      g.writeNumberProperty("arrivals_per_hour", b.arrivalRate() * perHour);
      g.writeNumberProperty("offered_load", b.offeredLoad());
      g.writeNumberProperty("sqrt_staffing", b.squareRoot().servers());
      if (!plan.targets().byType().isEmpty()) {
        g.writeObjectPropertyStart("service_level_by_type");
        for (Evaluation.Level l : plan.evaluation().levels()) {
          if (!l.group().isOthers()) {
            estimate(g, l.group().type(), l.byBin().get(b.index()));
          }
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberProperty(Metric.STAFF_HOURS.key(), plan.staffHours());
    number(g, Metric.COST.key(), plan.cost().orElse(Double.NaN));
    g.writeStringProperty("scenario", s.name());
    g.writeStringProperty("time_unit", unit);
    g.writeNumberProperty("wait_within", plan.waitWithin());
    g.writeNumberProperty("bin_minutes", plan.binWidth() * s.timeUnit().minutes());
    g.writeStringProperty("queueing_model", plan.withPatience() ? "Erlang A" : "Erlang C");
    g.writeNumberProperty("replications", s.run().replications());
    g.writeNumberProperty("seed", s.run().seed());
    g.writeNumberProperty("max_staff", plan.maxStaff());
    g.writeNumberProperty("evaluations", plan.evaluations());
    g.writeStringProperty("outcome", plan.outcome().name().toLowerCase(Locale.ROOT));
    if (!plan.targets().byType().isEmpty()) {
      g.writeObjectPropertyStart("targets_by_type");
      plan.targets().byType().forEach(g::writeNumberProperty);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void estimate(JsonGenerator g, String field, Estimate e) {
    g.writeObjectPropertyStart(field);
    number(g, "mean", e.mean());
    number(g, "half_width", e.halfWidth());
    g.writeEndObject();
  }

  /** "80% of the customers", or "card_replacement: 95%, others: 80%" of the customers. */
  private static String goal(StaffingPlan plan) {
    ServiceLevelTargets t = plan.targets();
    if (t.byType().isEmpty()) {
      return ScenarioText.num(100 * t.others()) + "%";
    }
    List<String> parts = new ArrayList<>();
    t.byType().forEach((type, p) -> parts.add(type + " " + ScenarioText.num(100 * p) + "%"));
    if (!Double.isNaN(t.others())) {
      parts.add("others " + ScenarioText.num(100 * t.others()) + "%");
    }
    return String.join(", ", parts);
  }

  private static void number(JsonGenerator g, String field, double v) {
    if (Double.isFinite(v)) {
      g.writeNumberProperty(field, v);
    } else {
      g.writeNullProperty(field);
    }
  }

  /** The text of {@code staffing-variant.yaml}: comments, then the variant indented for {@code variants:}. */
  static String variant(StaffingPlan plan, Scenario base, String file) {
    Scenario s = plan.scenario();
    String within = ScenarioText.num(plan.waitWithin()) + " " + s.timeUnit().symbol();
    String title = plan.resource() + (plan.targets().byType().isEmpty()
        ? " staffed so that " + goal(plan) + " of the customers of every hour wait at most "
        : " staffed so that, of the customers of every hour, " + goal(plan) + " wait at most ")
        + within + " (leansim staff)";
    if (plan.binWidth() * s.timeUnit().minutes() != 60) {
      title = title.replace("of every hour", "of every " + ScenarioText.num(plan.binWidth() * s.timeUnit().minutes())
          + "-minute bin");
    }
    StringBuilder out = new StringBuilder();
    out.append("# leansim staff: ").append(title.replace(" (leansim staff)", "")).append(",\n");
    out.append("# found with seed ").append(s.run().seed()).append(" and ").append(s.run().replications())
        .append(" replications per candidate; ").append(ScenarioText.num(plan.staffHours()))
        .append(" staff-hours.\n");
    out.append("# Paste the lines below under 'variants:' in ").append(file).append("\n");
    out.append("# (add a 'variants:' line at the end of the file if it has none), then run\n");
    out.append("#   leansim compare ").append(file).append(" --variant ").append(variantName(plan)).append('\n');
    out.append(ScenarioWriter.variantYaml(base.withoutVariants(), variantName(plan), title,
        base.withoutVariants().withResource(plan.pool())));
    return out.toString();
  }

  static JFreeChart chart(StaffingPlan plan) {
    Scenario s = plan.scenario();
    double clock = s.clockStart();
    XYSeries found = new XYSeries("staff found (simulation)", false, true);
    XYSeries erlang = new XYSeries("Erlang " + (plan.withPatience() ? "A" : "C") + " estimate", false, true);
    XYSeries sqrt = new XYSeries("square-root staffing", false, true);
    XYSeries arrivals = new XYSeries("arrivals per hour needing " + plan.resource(), false, true);
    List<BinDemand> bins = plan.bins();
    for (BinDemand b : bins) {
      found.add(clock + b.start(), plan.staff().get(b.index()));
      erlang.add(clock + b.start(), b.erlangEstimate());
      sqrt.add(clock + b.start(), b.squareRoot().servers());
      arrivals.add(clock + b.start(), b.arrivalRate() * s.timeUnit().perHour());
    }
    BinDemand last = bins.get(bins.size() - 1);
    found.add(clock + last.end(), plan.staff().get(last.index()));
    erlang.add(clock + last.end(), last.erlangEstimate());
    sqrt.add(clock + last.end(), last.squareRoot().servers());
    XYSeriesCollection lines = new XYSeriesCollection();
    lines.addSeries(found);
    lines.addSeries(erlang);
    lines.addSeries(sqrt);
    XYStepRenderer steps = new XYStepRenderer();
    steps.setSeriesPaint(0, FOUND);
    steps.setSeriesStroke(0, new BasicStroke(4f));
    steps.setSeriesPaint(1, ERLANG);
    steps.setSeriesStroke(1, ChartStyle.dashed(3f));
    steps.setSeriesPaint(2, SQUARE_ROOT);
    steps.setSeriesStroke(2, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
        new float[] {3f, 5f}, 0f));
    NumberAxis staffAxis = ChartStyle.numberAxis(plan.resource() + ": servers");
    staffAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYPlot plot = new XYPlot(lines, ChartStyle.clockAxis(s.timeUnit().symbol(), clock, clock + last.end()), staffAxis,
        steps);
    XYSeriesCollection arrivalData = new XYSeriesCollection(arrivals);
    arrivalData.setIntervalWidth(plan.binWidth());
    arrivalData.setIntervalPositionFactor(0.0);
    XYBarRenderer bars = new XYBarRenderer(0.08);
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, ChartStyle.ARRIVALS);
    plot.setDataset(1, arrivalData);
    plot.setRenderer(1, bars);
    plot.setRangeAxis(1, ChartStyle.numberAxis("arrivals per hour"));
    plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
    plot.mapDatasetToRangeAxis(1, 1);
    ChartStyle.stylePlot(plot);
    return ChartStyle.chart("Staff of " + plan.resource() + " for " + goal(plan) + " within "
            + ScenarioText.num(plan.waitWithin()) + " " + s.timeUnit().symbol(), plot,
        "bars: arrivals per hour (right axis); lines: staff found, Erlang estimate, square-root staffing");
  }
}
