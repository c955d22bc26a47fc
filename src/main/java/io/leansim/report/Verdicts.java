package io.leansim.report;

import io.leansim.experiment.Comparison;
import io.leansim.experiment.PairedDifference;
import io.leansim.scenario.Scenario;
import io.leansim.stats.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain-language verdicts on one variant against the baseline, generated from the paired
 * differences of {@code comparison.json}. The rules:
 *
 * <ul>
 *   <li>Overall mean wait: "falls"/"rises" from baseline to variant, marked "(significant)" when
 *       the 95% interval of the paired difference excludes 0, "(not significant)" otherwise;
 *       "stays at" when the difference is exactly 0.
 *   <li>Customer types that <em>gain</em>: mean wait lower and significant. Types that <em>pay</em>:
 *       mean wait higher, significantly or by at least 5% of the baseline, each marked significant
 *       or not. The rest are named as "no significant
 *       change". A type with no customers in either run is left out.
 *   <li>The worst wait (overall {@code wait_max}), the service level (with a target), the abandon
 *       rate (when anyone abandoned in either run) each get a sentence when they change.
 *   <li>Cost: when a pool has a cost, the total staff cost per run (overall {@code staff_cost},
 *       paired by replication like every figure, so pools that only one run has count too).
 *   <li>The tone: {@link Tone#BETTER} when the overall mean wait falls significantly and no type
 *       pays significantly; {@link Tone#TRADE_OFF} when it falls but some type pays (or cost
 *       rises significantly); {@link Tone#WORSE} when it rises significantly; otherwise {@link
 *       Tone#NO_CLEAR_CHANGE}.
 * </ul>
 *
 * Durations are in the scenario's time unit.
 */
public final class Verdicts {
  private Verdicts() {}

  /** How the variant fares overall (for the colour of its verdict). */
  public enum Tone {
    BETTER("better"),
    TRADE_OFF("trade-off"),
    WORSE("worse"),
    NO_CLEAR_CHANGE("no clear change");

    private final String label;

    Tone(String label) {
      this.label = label;
    }

    /** The label shown next to the verdict. */
    public String label() {
      return label;
    }
  }

  /** A verdict: its tone and its sentences, in reading order. */
  public record Verdict(Tone tone, List<String> sentences) {
    public Verdict {
      sentences = List.copyOf(sentences);
    }

    /** The sentences as one paragraph. */
    public String text() {
      return String.join(" ", sentences);
    }
  }

  /** The verdict on {@code variant} against the baseline of {@code scenario}. */
  public static Verdict of(Scenario scenario, Comparison.Variant variant) {
    String unit = scenario.timeUnit().symbol();
    List<String> out = new ArrayList<>();
    PairedDifference wait = Metric.WAIT_MEAN.of(variant.overall());
    if (wait != null && defined(wait)) {
      out.add("Overall, the mean wait " + move(wait, unit) + ".");
    }
    List<String> gains = new ArrayList<>();
    List<String> pays = new ArrayList<>();
    List<String> same = new ArrayList<>();
    boolean anyPaysSignificantly = false;
    for (Map.Entry<String, Map<String, PairedDifference>> e : variant.types().entrySet()) {
      PairedDifference d = Metric.WAIT_MEAN.of(e.getValue());
      if (d == null || !defined(d)) {
        continue;
      }
      String who = typeName(e.getKey());
      // gains: significantly shorter; pays: longer, significantly or by at least 5% (labelled either way)
      if (d.significant() && d.diff() < 0) {
        gains.add(who + " customers wait " + num(d.variant()) + " " + unit + " instead of " + num(d.baseline()));
      } else if (d.diff() > 0 && (d.significant() || d.diff() >= 0.05 * Math.max(Math.abs(d.baseline()), 1e-9))) {
        pays.add(who + " customers wait " + num(d.diff()) + " " + unit + " longer (" + num(d.baseline()) + " to "
            + num(d.variant()) + ", " + sig(d) + ")");
        anyPaysSignificantly |= d.significant();
      } else {
        same.add(who);
      }
    }
    if (!gains.isEmpty()) {
      out.add("Who gains: " + String.join("; ", gains) + " (significant).");
    }
    if (!pays.isEmpty()) {
      out.add("Who pays: " + String.join("; ", pays) + ".");
    }
    if (!same.isEmpty() && (!gains.isEmpty() || !pays.isEmpty())) {
      out.add("No significant change for " + and(same) + " customers.");
    }
    if (gains.isEmpty() && pays.isEmpty() && !same.isEmpty()) {
      out.add("No customer type's mean wait changes significantly.");
    }
    PairedDifference max = Metric.WAIT_MAX.of(variant.overall());
    if (max != null && defined(max) && max.diff() != 0) {
      out.add("The worst wait " + move(max, unit) + ".");
    }
    PairedDifference level = Metric.SERVICE_LEVEL.of(variant.overall());
    if (level != null && defined(level) && scenario.targets().waitWithin().isPresent()) {
      String target = ScenarioText.num(scenario.targets().waitWithin().getAsDouble()) + " " + unit;
      out.add("The share served within " + target + " " + movePercent(level) + ".");
    }
    PairedDifference abandon = Metric.ABANDON_RATE.of(variant.overall());
    if (abandon != null && defined(abandon) && (abandon.baseline() > 0 || abandon.variant() > 0)) {
      out.add("Abandonment " + movePercent(abandon) + ".");
    }
    boolean costRises = false;
    PairedDifference cost = totalCost(scenario, variant);
    if (cost != null) {
      if (cost.diff() == 0) {
        out.add("Staff cost is unchanged at " + money(cost.baseline()) + " per run.");
      } else {
        out.add(money(cost.baseline()).equals(money(cost.variant()))
            ? "Staff cost is practically unchanged at " + money(cost.baseline()) + " per run."
            : "Staff cost " + (cost.diff() > 0 ? "rises" : "falls") + " from " + money(cost.baseline()) + " to "
                + money(cost.variant()) + " per run (" + sig(cost) + ").");
        costRises = cost.diff() > 0 && cost.significant();
      }
    }
    Tone tone;
    if (wait != null && defined(wait) && wait.significant() && wait.diff() < 0) {
      tone = anyPaysSignificantly || costRises ? Tone.TRADE_OFF : Tone.BETTER;
    } else if (wait != null && defined(wait) && wait.significant() && wait.diff() > 0) {
      tone = Tone.WORSE;
    } else {
      tone = Tone.NO_CLEAR_CHANGE;
    }
    if (out.isEmpty()) {
      out.add("No figure could be compared (no customer left the system in one of the runs).");
    }
    return new Verdict(tone, out);
  }

  /**
   * The total staff cost per run against the baseline (the overall {@code staff_cost}, paired by
   * replication, so pools that only one of the runs has count too), or null without costs.
   */
  public static PairedDifference totalCost(Scenario scenario, Comparison.Variant variant) {
    PairedDifference cost = Metric.STAFF_COST.of(variant.overall());
    return cost == null || !defined(cost) ? null : cost;
  }

  /** A customer type's name for sentences: underscores and dashes become spaces, first letter capital. */
  public static String typeName(String type) {
    String s = type.replace('_', ' ').replace('-', ' ');
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static boolean defined(PairedDifference d) {
    return Double.isFinite(d.baseline()) && Double.isFinite(d.variant()) && Double.isFinite(d.diff());
  }

  private static String move(PairedDifference d, String unit) {
    if (d.diff() == 0 && d.baseline() == d.variant()) {
      return "stays at " + num(d.baseline()) + " " + unit;
    }
    String verb = d.variant() < d.baseline() || (d.variant() == d.baseline() && d.diff() < 0) ? "falls" : "rises";
    return verb + " from " + num(d.baseline()) + " to " + num(d.variant()) + " " + unit + " (" + sig(d) + ")";
  }

  private static String movePercent(PairedDifference d) {
    if (d.diff() == 0 && d.baseline() == d.variant()) {
      return "stays at " + pct(d.baseline());
    }
    String verb = d.variant() < d.baseline() ? "falls" : "rises";
    return verb + " from " + pct(d.baseline()) + " to " + pct(d.variant()) + " (" + sig(d) + ")";
  }

  private static String sig(PairedDifference d) {
    return d.significant() ? "significant" : "not significant";
  }

  private static String and(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /** A duration or count for sentences: one decimal below 100, none above. */
  static String num(double x) {
    double a = Math.abs(x);
    return a >= 100 ? String.format(Locale.ROOT, "%,.0f", x) : String.format(Locale.ROOT, "%.1f", x);
  }

  /** A share as a percentage with one decimal. */
  static String pct(double x) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * x);
  }

  /** An amount of money, no currency (the scenario's own). */
  static String money(double x) {
    return String.format(Locale.ROOT, "%,.0f", x);
  }
}
