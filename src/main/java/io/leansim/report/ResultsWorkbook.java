package io.leansim.report;

import io.leansim.experiment.Comparison;
import io.leansim.experiment.PairedDifference;
import io.leansim.experiment.Summary;
import io.leansim.scenario.DurationUnit;
import io.leansim.scenario.Scenario;
import io.leansim.staffing.BinDemand;
import io.leansim.staffing.Evaluation;
import io.leansim.staffing.StaffingPlan;
import io.leansim.stats.Estimate;
import io.leansim.stats.Metric;
import io.leansim.stats.Metric.Scope;
import io.leansim.stats.Timeline;
import io.leansim.sweep.Param;
import io.leansim.sweep.SweepResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@code results.xlsx}: the tables of a results folder as a workbook to open in Excel or mail
 * (docs/results-format.md, "results.xlsx"). One sheet per table, with a readable header row (the
 * figures' words and units from {@link Metric}), frozen with the columns that name a row; numbers
 * stored as numbers with a number format (percentages for shares, clock times for bins); an
 * undefined number (a half-width from one replication, a figure nobody defined) is an empty cell.
 * The last sheet, "About", says what the numbers are. Nothing is computed here: the figures, marks
 * and adjusted p-values are those of {@code summary.json}, {@code comparison.json}, {@code
 * sweep.json} and {@code staffing.json}.
 */
public final class ResultsWorkbook {
  /** The file's name in a results folder. */
  public static final String FILE = "results.xlsx";

  private static final String COUNT = "0";
  private static final String PERCENT = "0.0%";
  private static final String P_VALUE = "0.0000";
  private static final String CLOCK = "[h]:mm";
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private ResultsWorkbook() {}

  /**
   * The workbook of a run or comparison: sheets "Key figures", "By customer type", "By step", "By
   * resource" (each variant's estimates and, with a comparison, its change against the baseline),
   * "By hour" (the day profile) and "About".
   */
  public static void write(Study study, Path dir) throws IOException {
    Summary base = study.baseline();
    String unit = base.timeUnit();
    save(dir.resolve(FILE), wb -> {
      figures(wb, "Key figures", study, Scope.OVERALL, null);
      figures(wb, "By customer type", study, Scope.TYPE, "Customer type");
      figures(wb, "By step", study, Scope.STEP, "Step");
      figures(wb, "By resource", study, Scope.RESOURCE, "Resource");
      byHour(wb, study.runs());
      Sheet about = Sheet.about(wb);
      Scenario s = study.scenario();
      about.line("Scenario", s.name());
      about.line("Title", s.title());
      about.line("Replications", base.replications(), COUNT);
      about.line("Seed", Long.toString(base.seed()));
      about.line("Times in", unit);
      about.line("± half-width", "each estimate's 95% confidence interval is mean ± half-width (Low to High);"
          + " empty with one replication");
      Comparison c = study.comparison();
      if (c != null) {
        about.line("Baseline", c.baseline());
        about.line("Change", "paired difference variant − baseline, replication by replication, ± its 95% half-width");
        about.line("✓ better / ✗ worse", ComparisonFiles.json(c).get("significance").asString()
            + "; empty: no significant change, or nothing to test");
      }
      about.finish();
    });
  }

  /** A sheet of every figure of {@code scope}: a row per run, {@code key} (a type, step or resource) and figure. */
  private static void figures(Workbook wb, String name, Study study, Scope scope, String key) {
    Set<String> keys = new LinkedHashSet<>();
    study.runs().forEach(r -> keys.addAll(r.of(scope).keySet()));
    if (keys.isEmpty()) {
      return;
    }
    Comparison c = study.comparison();
    String unit = study.baseline().timeUnit();
    List<String> header = new ArrayList<>(List.of("Variant"));
    if (key != null) {
      header.add(key);
    }
    header.addAll(List.of("Figure", "Mean", "± half-width", "Low", "High"));
    if (c != null) {
      header.addAll(List.of("Change against " + c.baseline(), "± change", "Relative change", "p (Holm-adjusted)",
          "✓ better / ✗ worse"));
    }
    Sheet sheet = new Sheet(wb, name, header, key == null ? 2 : 3);
    for (Summary run : study.runs()) {
      Comparison.Variant v = c == null ? null : c.variants().get(run.variant());
      for (String k : keys) {
        Map<String, Estimate> estimates = run.of(scope).get(k);
        if (estimates == null) {
          continue;
        }
        Map<String, PairedDifference> changes = v == null ? null : v.of(scope).get(k);
        for (Metric m : Metric.in(scope)) {
          Estimate e = m.of(estimates);
          if (e == null) {
            continue;
          }
          String format = format(m, unit);
          sheet.text(run.variant());
          if (key != null) {
            sheet.text(k);
          }
          sheet.text(heading(m, unit));
          sheet.number(e.mean(), format);
          sheet.number(e.halfWidth(), format);
          sheet.number(e.low(), format);
          sheet.number(e.high(), format);
          PairedDifference d = m.of(changes);
          if (d != null) {
            sheet.number(d.diff(), format);
            sheet.number(d.halfWidth(), format);
            sheet.number(d.relative(), PERCENT);
            sheet.number(d.pAdjusted(), P_VALUE);
            sheet.text(mark(m, d));
          }
          sheet.next();
        }
      }
    }
    sheet.finish();
  }

  /** "✓ better", "✗ worse" (significant, as comparison.json marks it), "changed" for a figure with no better side; else "". */
  private static String mark(Metric m, PairedDifference d) {
    if (!d.significant() || d.diff() == 0) {
      return "";
    }
    if (m.better() == Metric.Better.NEITHER) {
      return "changed";
    }
    return (d.diff() < 0) == m.lowerIsBetter() ? "✓ better" : "✗ worse";
  }

  /** The day profile of each run with one: a row per run and bin. */
  private static void byHour(Workbook wb, List<Summary> runs) {
    List<Summary> with = runs.stream().filter(r -> r.timeline() != null).toList();
    if (with.isEmpty()) {
      return;
    }
    String unit = with.get(0).timeUnit();
    Set<String> steps = keys(with, Timeline::queueByStep);
    Set<String> pools = keys(with, Timeline::staffByPool);
    boolean level = with.stream().anyMatch(r -> r.overall().containsKey(Metric.SERVICE_LEVEL.key()));
    List<String> header = new ArrayList<>(List.of("Variant", "Bin start", Metric.ARRIVED.label(),
        heading(Metric.WAIT_MEAN, unit) + " of those arrived"));
    if (level) {
      header.add(heading(Metric.SERVICE_LEVEL, unit) + " of those arrived");
    }
    steps.forEach(s -> header.add(Metric.QUEUE_MEAN.label() + ": " + s));
    pools.forEach(p -> header.add("Staff present: " + p));
    pools.forEach(p -> header.add(heading(Metric.UTILIZATION, unit) + ": " + p));
    Sheet sheet = new Sheet(wb, "By hour", header, 2);
    for (Summary run : with) {
      Timeline t = run.timeline();
      for (int i = 0; i < t.bins(); i++) {
        sheet.text(run.variant());
        sheet.number(clock(run.clockStart() + t.binStart(i), unit), CLOCK);
        sheet.number(t.arrivals()[i], "0.0");
        sheet.number(t.waitByArrivalBin()[i], format(Metric.WAIT_MEAN, unit));
        if (level) {
          sheet.number(t.serviceLevelByArrivalBin()[i], PERCENT);
        }
        for (String s : steps) {
          sheet.number(at(t.queueByStep().get(s), i), "0.00");
        }
        for (String p : pools) {
          sheet.number(at(t.staffByPool().get(p), i), "0.0");
        }
        for (String p : pools) {
          sheet.number(at(t.utilizationByPool().get(p), i), PERCENT);
        }
        sheet.next();
      }
    }
    sheet.finish();
  }

  private static Set<String> keys(List<Summary> runs, Function<Timeline, Map<String, double[]>> series) {
    Set<String> keys = new LinkedHashSet<>();
    runs.forEach(r -> keys.addAll(series.apply(r.timeline()).keySet()));
    return keys;
  }

  private static double at(double[] values, int i) {
    return values == null || i >= values.length ? Double.NaN : values[i];
  }

  /**
   * The workbook of a sweep: "Sweep points" (a row per point and variant: the parameters' values,
   * list-valued ones as {@code point N}, then each figure's mean and half-width) and "About" (with
   * the legend of list-valued points).
   */
  public static void write(SweepResult r, Path dir) throws IOException {
    List<String> metrics = r.metricsPresent();
    String unit = r.timeUnit();
    save(dir.resolve(FILE), wb -> {
      List<String> header = new ArrayList<>();
      r.params().forEach(p -> header.add(p.path()));
      header.add("Variant");
      for (String key : metrics) {
        Metric m = Metric.of(Scope.OVERALL, key).orElseThrow();
        header.add(heading(m, unit));
        header.add("± half-width");
      }
      Sheet sheet = new Sheet(wb, "Sweep points", header, r.params().size() + 1);
      for (SweepResult.Row row : r.rows()) {
        for (Param p : r.params()) {
          String shown = p.shown(row.point().set().get(p.path()));
          Double number = parse(shown);
          if (number == null) {
            sheet.text(shown);
          } else {
            sheet.number(number, "General");
          }
        }
        sheet.text(row.variant());
        for (String key : metrics) {
          Metric m = Metric.of(Scope.OVERALL, key).orElseThrow();
          Estimate e = row.metrics().get(key);
          sheet.number(e == null ? Double.NaN : e.mean(), format(m, unit));
          sheet.number(e == null ? Double.NaN : e.halfWidth(), format(m, unit));
        }
        sheet.next();
      }
      sheet.finish();
      Sheet about = Sheet.about(wb);
      about.line("Scenario", r.scenario());
      about.line("Replications per point", r.replications(), COUNT);
      about.line("Seed", Long.toString(r.seed()));
      about.line("Times in", unit);
      about.line("± half-width", "each mean's 95% confidence interval is mean ± half-width; empty with one replication");
      for (Param p : r.params()) {
        about.line("Parameter", p.path() + " = " + String.join(", ", p.values()));
        p.legend().forEach(l -> about.line(p.path(), l));
      }
      about.finish();
    });
  }

  /** A plain decimal number ({@code 1.1}, {@code 3}), or null for anything else ({@code 20/h}, {@code point 2}). */
  private static Double parse(String text) {
    if (!text.matches("-?\\d+(\\.\\d+)?")) {
      return null;
    }
    return Double.valueOf(text);
  }

  /**
   * The workbook of {@code leansim staff}: "Staffing plan" (a row per bin: its clock times, the
   * staff found, the queueing-model estimates, the demand and the service level reached, overall
   * and per type with targets of their own) and "About".
   */
  public static void write(StaffingPlan plan, Path dir) throws IOException {
    Scenario s = plan.scenario();
    String unit = s.timeUnit().symbol();
    String model = plan.withPatience() ? "Erlang A" : "Erlang C";
    List<Evaluation.Level> levels = plan.evaluation().levels();
    save(dir.resolve(FILE), wb -> {
      List<String> header = new ArrayList<>(List.of("Bin start", "Bin end", "Staff", model + " estimate",
          "Square-root staffing", "Arrivals per hour", "Offered load"));
      for (Evaluation.Level l : levels) {
        header.add(heading(Metric.SERVICE_LEVEL, unit) + (levels.size() == 1 ? ""
            : ": " + (l.group().isOthers() ? "others" : l.group().type())));
        header.add("± half-width");
      }
      Sheet sheet = new Sheet(wb, "Staffing plan", header, 2);
      for (BinDemand b : plan.bins()) {
        sheet.number(clock(s.clockStart() + b.start(), unit), CLOCK);
        sheet.number(clock(s.clockStart() + b.end(), unit), CLOCK);
        sheet.number(plan.staff().get(b.index()), COUNT);
        sheet.number(b.erlangEstimate(), COUNT);
        sheet.number(b.squareRoot().servers(), COUNT);
        sheet.number(b.arrivalRate() * s.timeUnit().perHour(), "0.0");
        sheet.number(b.offeredLoad(), "0.00");
        for (Evaluation.Level l : levels) {
          Estimate e = l.byBin().get(b.index());
          sheet.number(e.mean(), PERCENT);
          sheet.number(e.halfWidth(), PERCENT);
        }
        sheet.next();
      }
      sheet.finish();
      Sheet about = Sheet.about(wb);
      about.line("Scenario", s.name());
      about.line("Resource", plan.resource());
      for (Evaluation.Level l : levels) {
        about.line("Target" + (levels.size() == 1 ? "" : ": " + (l.group().isOthers() ? "others" : l.group().type())),
            l.group().target(), PERCENT);
      }
      about.line("Wait at most (" + unit + ")", plan.waitWithin(), "General");
      about.line("Bin (minutes)", plan.binWidth() * s.timeUnit().minutes(), "General");
      about.line(heading(Metric.STAFF_HOURS, unit), plan.staffHours(), "0.0");
      about.line(Metric.COST.label(), plan.cost().orElse(Double.NaN), "#,##0.00");
      about.line("Queueing model", model);
      about.line("Replications per candidate", s.run().replications(), COUNT);
      about.line("Seed", Long.toString(s.run().seed()));
      about.line("Candidates simulated", plan.evaluations(), COUNT);
      about.line("Outcome", plan.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      about.finish();
    });
  }

  /** What goes into a workbook. */
  private interface Contents {
    void write(Workbook wb) throws IOException;
  }

  /**
   * Writes the workbook that {@code contents} fills into {@code file}, reproducibly: the zip entries carry
   * a fixed time and the document no creation time, so the same results give the same bytes (a
   * merged run is byte for byte the run of all replications).
   */
  private static void save(Path file, Contents contents) throws IOException {
    Path raw = file.resolveSibling("." + file.getFileName() + ".partial");
    try {
      try (OutputStream os = Files.newOutputStream(raw)) {
        Workbook wb = new Workbook(os, "LeanSim", null);
        contents.write(wb);
        wb.finish();
      }
      try (ZipFile in = new ZipFile(raw.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
        for (ZipEntry e : java.util.Collections.list(in.entries())) {
          byte[] bytes;
          try (InputStream entry = in.getInputStream(e)) {
            bytes = entry.readAllBytes();
          }
          if (e.getName().equals("docProps/core.xml")) {
            bytes = new String(bytes, StandardCharsets.UTF_8)
                .replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "").getBytes(StandardCharsets.UTF_8);
          }
          ZipEntry copy = new ZipEntry(e.getName());
          copy.setTimeLocal(ENTRY_TIME);
          out.putNextEntry(copy);
          out.write(bytes);
          out.closeEntry();
        }
      }
    } finally {
      Files.deleteIfExists(raw);
    }
  }

  /** A figure's words with its unit: "Mean wait (min)", "Service level (%)"; units already named stay ("Served per hour"). */
  static String heading(Metric m, String timeUnit) {
    return m.label() + switch (m.unit()) {
      case DURATION -> " (" + timeUnit + ")";
      case SHARE -> " (%)";
      default -> "";
    };
  }

  /** The number format of a figure: percentages for shares, whole numbers for counts and money. */
  private static String format(Metric m, String timeUnit) {
    return switch (m.unit()) {
      case COUNT -> COUNT;
      case SHARE -> PERCENT;
      case MONEY -> "#,##0";
      case DURATION -> "h".equals(timeUnit) ? "0.00" : "0.0";
      case HOURS, RATE -> "0.0";
      case NUMBER -> "0.00";
    };
  }

  /** A time since midnight in {@code unit} as Excel's time of day (a fraction of a day). */
  private static double clock(double sinceMidnight, String unit) {
    return sinceMidnight * DurationUnit.ofSymbol(unit).minutes() / (24 * 60);
  }

  /** A sheet being written row by row: header in row 1 (bold, frozen with the naming columns), widths to fit. */
  private static final class Sheet {
    /** The widest a header makes its column, in characters: longer headers wrap. */
    private static final int HEADER = 16;
    private final Worksheet ws;
    private final List<String> header;
    private final int[] width;
    private final int frozen;
    private int row = 1;
    private int col;

    Sheet(Workbook wb, String name, List<String> header, int frozen) {
      this.ws = wb.newWorksheet(name);
      this.header = header;
      this.width = new int[Math.max(header.size(), 2)];
      this.frozen = frozen;
      if (header.isEmpty()) {
        row = 0;
        return;
      }
      for (int c = 0; c < header.size(); c++) {
        ws.value(0, c, header.get(c));
        width[c] = Math.min(header.get(c).length(), HEADER);
      }
      ws.range(0, 0, 0, header.size() - 1).style().bold().wrapText(true).verticalAlignment("top")
          .fillColor("DDE6F0").set();
    }

    /** The two-column "About" sheet, without header: what (bold), then its value. */
    static Sheet about(Workbook wb) {
      return new Sheet(wb, "About", List.of(), 0);
    }

    void text(String s) {
      if (s != null) {
        ws.value(row, col, s);
        fit(s.length());
      }
      col++;
    }

    /** A number in {@code format}; NaN and infinities as an empty cell. */
    void number(double x, String format) {
      if (Double.isFinite(x)) {
        ws.value(row, col, x);
        ws.style(row, col).format(format).set();
        fit(format.equals(CLOCK) ? 6 : 10);
      }
      col++;
    }

    void next() {
      row++;
      col = 0;
    }

    void line(String what, String value) {
      what(what);
      ws.style(row, col).wrapText(true).verticalAlignment("top").set();
      text(value);
      next();
    }

    void line(String what, double value, String format) {
      what(what);
      ws.style(row, col).horizontalAlignment("left").set();
      number(value, format);
      next();
    }

    private void what(String what) {
      ws.style(row, col).bold().verticalAlignment("top").set();
      text(what);
    }

    private void fit(int chars) {
      if (col < width.length) {
        width[col] = Math.max(width[col], chars);
      }
    }

    void finish() {
      int lines = 1;
      for (int c = 0; c < width.length; c++) {
        int w = Math.min(Math.max(width[c], 6) + 2, frozen == 0 && c == 1 ? 100 : 40);
        ws.width(c, w);
        if (c < header.size()) {
          lines = Math.max(lines, (header.get(c).length() + w - 3) / (w - 2));
        }
      }
      if (lines > 1) {
        ws.rowHeight(0, 15 * Math.min(lines, 4));
      }
      if (frozen > 0) {
        ws.freezePane(frozen, 1);
        if (row > 1) {
          ws.setAutoFilter(0, 0, width.length - 1);
        }
      }
    }
  }
}
