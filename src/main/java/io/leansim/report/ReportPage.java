package io.leansim.report;

import io.leansim.experiment.Comparison;
import io.leansim.experiment.PairedDifference;
import io.leansim.experiment.Summary;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import io.leansim.stats.Estimate;
import io.leansim.stats.Metric;
import io.leansim.stats.Metric.Unit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The self-contained {@code report.html}: no script, no network (charts and value stream maps are
 * embedded as data URIs), a print style sheet without controls, large type for a projector. It
 * opens on numbers: the title with the scenario's description folded in "Trainer notes" (it gives
 * the answers away), then the key figures with each variant's verdict, the variants ranked by the
 * scenario's {@link #goal} (or by {@code compare --select-best}'s ranking when it ran); then the
 * verdicts in words ({@link Verdicts}), fairness by customer type, the charts, the value stream
 * maps, and the scenario in words ({@link ScenarioText}).
 *
 * <p>This class turns the study into a model of what the page shows (records below, every number
 * already in words); the template {@code src/main/jte/report.jte} lays it out and escapes every
 * piece of text, and {@code report.css} styles it.
 */
public final class ReportPage {
  private ReportPage() {}

  /**
   * A column of a figures table: a figure of the registry, or (for {@code figure} null) the staff
   * cost per run, the total of the pools' costs.
   */
  private record Column(Metric figure, String label, Unit kind, boolean lowerIsBetter) {
    Column(Metric figure) {
      this(figure, figure.label(), figure.unit(), figure.lowerIsBetter());
    }

    static final Column COST = new Column(null, "Staff cost per run", Unit.MONEY, true);

    /** Whether the column shows the figure {@code key} (the cost column: the overall staff cost). */
    boolean shows(String key) {
      return (figure == null ? Metric.STAFF_COST : figure).key().equals(key);
    }
  }

  /**
   * Writes {@code file}: the study in words, the comparison, {@code charts} inline and the value
   * stream maps ({@code vsm}: variant name to SVG text).
   */
  public static void write(Study study, List<ChartFile> charts, Map<String, String> vsm,
      Map<String, String> animations, Path file) throws IOException {
    Files.writeString(file, html(study, charts, vsm, animations), StandardCharsets.UTF_8);
  }

  /** The page as text, without animations. */
  static String html(Study study, List<ChartFile> charts, Map<String, String> vsm) throws IOException {
    return html(study, charts, vsm, Map.of());
  }

  /** The page as text; {@code animations}: the animation pages it carries, file name to page. */
  static String html(Study study, List<ChartFile> charts, Map<String, String> vsm, Map<String, String> animations)
      throws IOException {
    return Pages.render("report.jte", model(study, charts, vsm, animations));
  }

  /**
   * Everything the page shows, in words; {@code compared}: there is a comparison; {@code cards} is null
   * without a variant (nothing to compare); {@code charts}: charts were drawn.
   */
  record Model(String css, String title, String name, String description, String meta, boolean compared,
      String best, String ranking, List<Card> cards,
      List<String> headings, List<Row> rows, List<String> fairHeadings, List<FairTable> fairness, boolean charts,
      List<Chart> chartList, List<Animation> animations, List<Picture> maps, List<ScenarioText.Section> sections,
      List<VariantText> variants) {
    boolean hasFairness() {
      return !fairness.isEmpty();
    }

    boolean hasMaps() {
      return !maps.isEmpty();
    }

    boolean hasAnimations() {
      return !animations.isEmpty();
    }
  }

  /** A variant's verdict: its tone as a CSS class and in words, its title and name, the sentences. */
  record Card(String tone, String toneLabel, String title, String name, List<String> sentences) {}

  /**
   * A run's row of the key figures: its name, its title, its verdict's tone as a CSS class and in
   * words (null for the baseline or without a comparison), a cell per column.
   */
  record Row(boolean base, String name, String title, String tone, String toneLabel, List<Cell> cells) {}

  /** A variant's fairness table: its title and name, a row per customer type. */
  record FairTable(String title, String name, List<FairRow> rows) {}

  /** A customer type's row of a fairness table. */
  record FairRow(String type, List<Cell> cells) {}

  /**
   * A figure's cell: {@code cls} (better, worse, ns; null for none), the value, its half-width (null
   * for none), the change ± its half-width with its mark (null for none) and the relative change as
   * a tooltip (null for none); {@code missing}: a dash.
   */
  record Cell(boolean missing, String cls, String value, String hw, String change, String tooltip, String mark) {
    static final Cell MISSING = new Cell(true, null, null, null, null, null, null);
  }

  /** A chart: its id, title, image as a data URI (null: nothing drawn, the caption says why) and caption (null for none). */
  record Chart(String id, String title, String src, String caption) {}

  /** An animation page the report carries: its file name beside the report, the variant's title, the page itself. */
  record Animation(String file, String title, String page) {}

  /** A value stream map: the variant's title and name, the SVG as a base64 data URI body. */
  record Picture(String title, String name, String base64) {}

  /** A variant in words: title, name, the changes against the baseline. */
  record VariantText(String title, String name, List<String> changes) {}

  static Model model(Study all, List<ChartFile> charts, Map<String, String> vsm, Map<String, String> animations)
      throws IOException {
    List<Column> key = headlineMetrics(all);
    List<Column> fair = fairnessMetrics(all);
    // the page's marks are a family of their own: Holm over exactly the changes its tables show
    Study study = all.comparison() == null ? all : new Study(all.scenario(), all.runs(), all.comparison().markedOver(
        (scope, figure) -> scope == Metric.Scope.OVERALL && key.stream().anyMatch(c -> c.shows(figure))
            || scope == Metric.Scope.TYPE && fair.stream().anyMatch(c -> c.shows(figure))), all.selected());
    Scenario s = study.scenario();
    String unit = s.timeUnit().symbol();
    String title = s.title() == null || s.title().isBlank() ? s.name() : s.title();
    String description = s.description() == null || s.description().isBlank() ? null : s.description().strip();
    Summary base = study.baseline();
    String crn = study.comparison() == null ? "" : study.comparison().variants().entrySet().stream()
        .filter(e -> !e.getValue().randomNumbers().common())
        .map(e -> " " + variantTitle(study, e.getKey()) + " does not share the baseline’s random numbers ("
            + e.getValue().randomNumbers().reason() + "): its changes are valid but less precise.")
        .collect(java.util.stream.Collectors.joining());
    String meta = base.replications() + " replications, seed " + base.seed()
        + (study.comparison() == null ? "" : study.comparison().commonRandomNumbers()
            ? ", common random numbers" : "") + ", times in " + unitWord(unit)
        + ". Means are per customer; “90% wait less than” is the wait 90% of all customers of all replications stayed"
        + " within. Changes are paired differences (variant − baseline) with their 95% half-width"
        + (study.comparison() == null ? "." : "; the ✓ and ✗ marks hold with 95% confidence for all "
            + study.comparison().tests() + " changes on this page at once (Holm’s method): 19 pages in 20 hold no"
            + " false mark at all." + crn) + precision(base.precision());
    return new Model(Pages.resource("report.css"), title, s.name(), description, meta, study.comparison() != null,
        study.selected() == null ? null : SelectionFiles.statement(study.selected()),
        study.selected() == null && study.comparison() != null && study.comparison().variants().size() > 1
            ? rankingText(s) : null, verdicts(study),
        headings(key, unit), headline(study, key), headings(fair, unit), fairness(study, fair), !charts.isEmpty(),
        charts(charts), animations.entrySet().stream().map(e -> new Animation(e.getKey(), variantTitle(study,
            e.getKey().substring("animation-".length(), e.getKey().length() - ".html".length())), e.getValue())).toList(),
        vsm.entrySet().stream().map(e -> new Picture(variantTitle(study, e.getKey()), e.getKey(),
            Base64.getEncoder().encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8)))).toList(),
        ScenarioText.describe(s), s.variants().stream().map(v -> new VariantText(v.title() == null ? v.name() : v.title(),
            v.name(), ScenarioText.changes(s, v))).toList());
  }

  /** The precision target's outcome in words ("" without one). */
  private static String precision(io.leansim.experiment.PrecisionOutcome p) {
    if (p == null) {
      return "";
    }
    return String.format(Locale.ROOT, " Precision target: %s%s to within ±%.1f%%, %s after %d replications%s.",
        p.difference() ? "every variant’s difference from the baseline in " : "", p.metric(), 100 * p.target(),
        p.met() ? "met" : "not met", p.replications(),
        p.met() ? "" : String.format(Locale.ROOT, " (reached ±%.1f%%; max_replications %d)", 100 * p.reached(),
            p.maxReplications()));
  }

  private static List<Card> verdicts(Study study) {
    Comparison c = study.comparison();
    if (c == null || c.variants().isEmpty()) {
      return null;
    }
    List<Card> out = new ArrayList<>();
    c.variants().forEach((name, v) -> {
      Verdicts.Verdict verdict = Verdicts.of(study.scenario(), v);
      out.add(new Card(verdict.tone().name().toLowerCase(Locale.ROOT).replace('_', '-'), verdict.tone().label(),
          variantTitle(study, name), name, verdict.sentences()));
    });
    List<String> order = order(study);
    out.sort(java.util.Comparator.comparingInt(card -> order.indexOf(card.name())));
    return out;
  }

  /**
   * The figure the scenario names as its goal: the service level when it sets {@code
   * targets.wait_within}, else the overall mean wait.
   */
  static Metric goal(Scenario s) {
    return s.targets() != null && s.targets().waitWithin().isPresent() ? Metric.SERVICE_LEVEL : Metric.WAIT_MEAN;
  }

  /**
   * The variants best first: in the order of {@code compare --select-best} when it ran, else by the
   * scenario's {@link #goal} (a variant without the figure last; ties in run order).
   */
  static List<String> order(Study study) {
    if (study.selected() != null) {
      List<String> ranked = new ArrayList<>(study.selected().outcome().ranking().stream().map(r -> r.system()).toList());
      study.runs().stream().map(Summary::variant).filter(v -> !ranked.contains(v)).forEach(ranked::add);
      return ranked;
    }
    Metric goal = goal(study.scenario());
    java.util.Comparator<Summary> byGoal = java.util.Comparator.comparingDouble(r -> {
      Estimate e = goal.of(r.overall());
      double x = e == null || !Double.isFinite(e.mean()) ? Double.NaN : e.mean();
      return Double.isNaN(x) ? Double.POSITIVE_INFINITY : goal.lowerIsBetter() ? x : -x;
    });
    return study.runs().stream().filter(r -> r != study.baseline()).sorted(byGoal).map(Summary::variant).toList();
  }

  /** How the verdicts and rows are ordered, in words. */
  private static String rankingText(Scenario s) {
    Metric goal = goal(s);
    String figure = goal == Metric.SERVICE_LEVEL
        ? "service level (share of customers who waited at most "
            + Verdicts.num(s.targets().waitWithin().getAsDouble()).replaceAll("\\.0$", "")
            + " " + s.timeUnit().symbol() + ", the scenario’s target)"
        : "mean wait (the scenario sets no target)";
    return "Variants ranked by " + figure + ", best first.";
  }

  private static List<String> headings(List<Column> columns, String unit) {
    return columns.stream().map(m -> m.label() + (m.kind() == Unit.DURATION ? " (" + unit + ")" : "")).toList();
  }

  private static List<Column> headlineMetrics(Study study) {
    List<Column> out = new ArrayList<>();
    for (Metric m : Metric.View.HEADLINE.metrics()) {
      boolean present = study.runs().stream().anyMatch(r -> m.of(r.overall()) != null
          && (m.onlyWhenPositive() ? m.of(r.overall()).mean() > 0 : Double.isFinite(m.of(r.overall()).mean())));
      if (present) {
        out.add(new Column(m));
      }
    }
    if (study.scenario().resources().stream().anyMatch(r -> r.costPerHour().isPresent())) {
      out.add(Column.COST);
    }
    Metric goal = goal(study.scenario()); // the figure the variants are ranked by comes first
    out.stream().filter(c -> c.figure() == goal).findFirst().ifPresent(c -> {
      out.remove(c);
      out.add(0, c);
    });
    return out;
  }

  private static List<Row> headline(Study study, List<Column> metrics) {
    List<Row> rows = new ArrayList<>();
    List<String> order = order(study);
    List<Summary> runs = new ArrayList<>(study.runs());
    runs.sort(java.util.Comparator.comparingInt(r -> r == study.baseline() ? -1 : order.indexOf(r.variant())));
    for (Summary run : runs) {
      boolean isBase = run == study.baseline();
      Comparison.Variant cv = isBase || study.comparison() == null ? null
          : study.comparison().variants().get(run.variant());
      List<Cell> cells = new ArrayList<>();
      for (Column m : metrics) {
        double value;
        Estimate e;
        PairedDifference d;
        if (m.figure() == null) {
          value = totalCost(run);
          e = null;
          d = cv == null ? null : Verdicts.totalCost(study.scenario(), cv);
        } else {
          e = m.figure().of(run.overall());
          value = e == null ? Double.NaN : e.mean();
          d = cv == null ? null : m.figure().of(cv.overall());
        }
        cells.add(cell(m, format(value, m.kind()), isBase ? e : null, d));
      }
      Verdicts.Tone tone = cv == null ? null : Verdicts.of(study.scenario(), cv).tone();
      rows.add(new Row(isBase, run.variant(), variantTitle(study, run.variant()),
          tone == null ? null : tone.name().toLowerCase(Locale.ROOT).replace('_', '-'), tone == null ? null : tone.label(),
          cells));
    }
    return rows;
  }

  private static double totalCost(Summary run) {
    double sum = 0;
    boolean any = false;
    for (Map<String, Estimate> pool : run.resources().values()) {
      Estimate c = Metric.COST.of(pool);
      if (c != null && Double.isFinite(c.mean())) {
        sum += c.mean();
        any = true;
      }
    }
    return any ? sum : Double.NaN;
  }

  /**
   * A cell: {@code value} in words, the interval of its estimate {@code e} (null: none shown), the
   * change {@code d} when defined.
   */
  private static Cell cell(Column m, String value, Estimate e, PairedDifference d) {
    boolean changed = d != null && Double.isFinite(d.diff());
    String cls = changed ? judge(d, m.lowerIsBetter()) : null;
    if (changed && !d.tested() && d.n() > 1) { // the variant does not change it at all: no test, no noise to show
      return new Cell(false, cls, value, interval(e, m.kind()), "no change", null, "");
    }
    return new Cell(false, cls, value, interval(e, m.kind()),
        changed ? change(d, m.kind()) : null,
        changed && m.kind() != Unit.SHARE && Double.isFinite(d.relative())
            ? String.format(Locale.ROOT, "%+.0f%%", 100 * d.relative()).replace('-', '−') + " against the baseline"
            : null,
        changed ? mark(cls) : null);
  }

  /** "better", "worse" (significant) or "ns". */
  private static String judge(PairedDifference d, boolean lowerIsBetter) {
    if (!d.significant() || d.diff() == 0) {
      return "ns";
    }
    return (d.diff() < 0) == lowerIsBetter ? "better" : "worse";
  }

  private static String mark(String cls) {
    return switch (cls) {
      case "better" -> "✓ better";
      case "worse" -> "✗ worse";
      default -> "not significant";
    };
  }

  private static String change(PairedDifference d, Unit kind) {
    return formatDiff(d.diff(), kind, true) + " ± "
        + (Double.isNaN(d.halfWidth()) ? "n/a" : formatDiff(d.halfWidth(), kind, false));
  }

  /**
   * The interval after a value: " ± 0.31", " (91%–99%)" for a share's asymmetric interval, " ± n/a"
   * from one replication, and " †" after a figure that rests on few customers; null for none.
   */
  private static String interval(Estimate e, Unit kind) {
    if (e == null || e.n() == 0 || Double.isNaN(e.mean())) {
      return null;
    }
    String few = e.fewCustomers() ? " †" : "";
    if (!e.hasInterval()) {
      return " ± n/a" + few;
    }
    if (!format(e.mean() - e.halfWidth(), kind).equals(format(e.low(), kind))
        || !format(e.mean() + e.halfWidth(), kind).equals(format(e.high(), kind))
        || e.halfWidth() > 0 && formatDiff(e.halfWidth(), kind, false).equals(formatDiff(0, kind, false))) {
      // not mean ± h as printed, or an interval the ± would print as none: its ends
      return " (" + format(e.low(), kind) + "–" + format(e.high(), kind) + ")" + few;
    }
    return e.halfWidth() > 0 ? " ± " + formatDiff(e.halfWidth(), kind, false) + few : few.isEmpty() ? null : few;
  }

  private static String format(double x, Unit kind) {
    if (!Double.isFinite(x)) {
      return "—";
    }
    return switch (kind) {
      case SHARE -> Verdicts.pct(x);
      case MONEY -> Verdicts.money(x);
      default -> Verdicts.num(x);
    };
  }

  private static String formatDiff(double x, Unit kind, boolean signed) {
    if (!Double.isFinite(x)) {
      return "—";
    }
    String sign = signed && x > 0 ? "+" : signed && x < 0 ? "−" : "";
    double a = Math.abs(x);
    String body = switch (kind) {
      case SHARE -> String.format(Locale.ROOT, "%.1f pt", 100 * a);
      case MONEY -> Verdicts.money(a);
      default -> a < 0.1 && a > 0 ? String.format(Locale.ROOT, "%.2f", a) : Verdicts.num(a);
    };
    return sign + body;
  }

  private static List<Column> fairnessMetrics(Study study) {
    Comparison c = study.comparison();
    List<Column> metrics = new ArrayList<>();
    if (c == null) {
      return metrics;
    }
    for (Metric m : Metric.View.FAIRNESS.metrics()) {
      boolean shown = !m.onlyWhenPositive() || c.variants().values().stream()
          .flatMap(v -> v.types().values().stream()).map(m::of)
          .anyMatch(d -> d != null && (d.baseline() > 0 || d.variant() > 0));
      if (shown) {
        metrics.add(new Column(m));
      }
    }
    return metrics;
  }

  private static List<FairTable> fairness(Study study, List<Column> metrics) {
    Comparison c = study.comparison();
    List<FairTable> out = new ArrayList<>();
    if (c == null) {
      return out;
    }
    for (String name : order(study)) {
      Comparison.Variant v = c.variants().get(name);
      if (v == null) {
        continue;
      }
      List<FairRow> rows = new ArrayList<>();
      v.types().forEach((type, figures) -> {
        List<Cell> cells = new ArrayList<>();
        for (Column m : metrics) {
          PairedDifference d = m.figure().of(figures);
          cells.add(d == null || !Double.isFinite(d.baseline()) || !Double.isFinite(d.variant()) ? Cell.MISSING
              : cell(m, format(d.baseline(), m.kind()) + " → " + format(d.variant(), m.kind()), null, d));
        }
        rows.add(new FairRow(Verdicts.typeName(type), cells));
      });
      out.add(new FairTable(variantTitle(study, name), name, rows));
    }
    return out;
  }

  private static List<Chart> charts(List<ChartFile> charts) throws IOException {
    List<Chart> out = new ArrayList<>();
    for (ChartFile chart : charts) {
      String src = dataUri(chart);
      if (src != null || chart.png() == null && chart.svg() == null && chart.caption() != null) {
        out.add(new Chart(chart.id(), chart.title(), src,
            chart.caption() == null || chart.caption().isBlank() ? null : chart.caption()));
      }
    }
    return out;
  }

  /** The chart as a data URI: the SVG when there is one (sharp on a projector), else the PNG; null for neither. */
  private static String dataUri(ChartFile chart) throws IOException {
    if (chart.svg() != null && Files.isRegularFile(chart.svg())) {
      return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(chart.svg()));
    }
    if (chart.png() != null && Files.isRegularFile(chart.png())) {
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(chart.png()));
    }
    return null;
  }

  private static String variantTitle(Study study, String variant) {
    for (Summary r : study.runs()) {
      if (r.variant().equals(variant) && r.title() != null && !r.title().isBlank() && !variant.equals(Variant.BASELINE)) {
        return r.title();
      }
    }
    if (variant.equals(Variant.BASELINE)) {
      return "As today";
    }
    return study.scenario().variant(variant).map(v -> v.title() == null ? variant : v.title()).orElse(variant);
  }

  private static String unitWord(String unit) {
    return switch (unit) {
      case "s" -> "seconds";
      case "h" -> "hours";
      default -> "minutes";
    };
  }
}
