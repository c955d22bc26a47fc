package io.leansim.experiment;

import io.leansim.stats.Estimate;
import io.leansim.stats.Figures;
import io.leansim.stats.Metric.Scope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every variant against the baseline (docs/results-format.md, {@code comparison.json}): for each figure
 * both runs have, overall and per type, step and resource, the paired difference, its marks
 * controlled as one family (Holm).
 */
public record Comparison(String scenario, String baseline, Map<String, Variant> variants) {
  public Comparison {
    variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
  }

  /**
   * One variant against the baseline; {@code randomNumbers} says whether it drew the baseline's
   * random numbers (and if not, why): without them the pairs are still valid, only wider.
   */
  public record Variant(
      String title,
      Map<String, PairedDifference> overall,
      Map<String, Map<String, PairedDifference>> types,
      Map<String, Map<String, PairedDifference>> steps,
      Map<String, Map<String, PairedDifference>> resources,
      CommonRandomNumbers randomNumbers) implements Figures<PairedDifference> {

    /** A variant on the baseline's random numbers. */
    public Variant(String title, Map<String, PairedDifference> overall, Map<String, Map<String, PairedDifference>> types,
        Map<String, Map<String, PairedDifference>> steps, Map<String, Map<String, PairedDifference>> resources) {
      this(title, overall, types, steps, resources, CommonRandomNumbers.COMMON);
    }
  }

  /** Whether every variant drew the baseline's random numbers. */
  public boolean commonRandomNumbers() {
    return variants.values().stream().allMatch(v -> v.randomNumbers().common());
  }

  /**
   * The comparison of each job's results ({@code results}, in job order) with the first's, the
   * baseline's; {@code jobs} tell whether each variant drew the baseline's random numbers. The marks are
   * controlled as one family: every difference tested here (each variant, each figure, overall and by
   * type, step and resource) gets its p-value adjusted by Holm's step-down method, so that the chance
   * of even one false mark among them all stays within 5% (the family-wise error rate), whichever
   * subset a table or page shows.
   */
  public static Comparison of(List<Experiment.Job> jobs, List<RunResult> results) {
    RunResult baseline = results.get(0);
    Estimators.Run base = Estimators.Run.of(baseline.replications());
    // the variants are independent of each other: estimated at once, kept in run order
    List<Variant> estimated = java.util.stream.IntStream.range(1, results.size()).parallel().mapToObj(j -> {
      RunResult v = results.get(j);
      Estimators.Run run = Estimators.Run.of(v.replications());
      return new Variant(v.summary().title(),
          scope(base, run, Scope.OVERALL, "", baseline.summary().overall(), v.summary().overall()),
          nested(base, run, Scope.TYPE, baseline.summary().types(), v.summary().types()),
          nested(base, run, Scope.STEP, baseline.summary().steps(), v.summary().steps()),
          nested(base, run, Scope.RESOURCE, baseline.summary().resources(), v.summary().resources()),
          CommonRandomNumbers.check(jobs.get(0).scenario(), jobs.get(j).scenario()));
    }).toList();
    Map<String, Variant> raw = new LinkedHashMap<>();
    for (int j = 1; j < results.size(); j++) {
      raw.put(results.get(j).summary().variant(), estimated.get(j - 1));
    }
    return new Comparison(baseline.summary().scenario(), baseline.summary().variant(), holm(raw));
  }

  /**
   * This comparison as a view shows it: only the differences of the figures {@code shows} selects
   * (by scope and figure key, for every variant and every type, step or resource of the scope), with
   * their marks controlled over exactly those (Holm's method over the view's own family). A table
   * of a few dozen marks thus keeps the power that a family of every figure would cost it, and still
   * shows even one false mark at most 5% of the time.
   */
  public Comparison markedOver(java.util.function.BiPredicate<Scope, String> shows) {
    Map<String, Variant> kept = new LinkedHashMap<>();
    variants.forEach((name, v) -> kept.put(name, new Variant(v.title(), keep(v.overall(), Scope.OVERALL, shows),
        keepNested(v.types(), Scope.TYPE, shows), keepNested(v.steps(), Scope.STEP, shows),
        keepNested(v.resources(), Scope.RESOURCE, shows), v.randomNumbers())));
    return new Comparison(scenario, baseline, holm(kept));
  }

  private static Map<String, Map<String, PairedDifference>> keepNested(Map<String, Map<String, PairedDifference>> in,
      Scope scope, java.util.function.BiPredicate<Scope, String> shows) {
    Map<String, Map<String, PairedDifference>> out = new LinkedHashMap<>();
    in.forEach((k, v) -> {
      Map<String, PairedDifference> figures = keep(v, scope, shows);
      if (!figures.isEmpty()) {
        out.put(k, figures);
      }
    });
    return out;
  }

  private static Map<String, PairedDifference> keep(Map<String, PairedDifference> in, Scope scope,
      java.util.function.BiPredicate<Scope, String> shows) {
    Map<String, PairedDifference> out = new LinkedHashMap<>();
    in.forEach((metric, d) -> {
      if (shows.test(scope, metric)) {
        out.put(metric, d);
      }
    });
    return out;
  }

  /** The number of differences tested together: the family whose error rate the marks control. */
  public int tests() {
    int m = 0;
    for (Variant v : variants.values()) {
      for (Scope scope : Scope.values()) {
        for (Map<String, PairedDifference> figures : v.of(scope).values()) {
          m += (int) figures.values().stream().filter(PairedDifference::tested).count();
        }
      }
    }
    return m;
  }

  /** Holm's step-down adjustment of every tested difference's p-value (Holm, 1979). */
  private static Map<String, Variant> holm(Map<String, Variant> raw) {
    List<PairedDifference> tested = new ArrayList<>();
    for (Variant v : raw.values()) {
      for (Scope scope : Scope.values()) {
        for (Map<String, PairedDifference> figures : v.of(scope).values()) {
          figures.values().stream().filter(PairedDifference::tested).forEach(tested::add);
        }
      }
    }
    int m = tested.size();
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(tested.get(a).pValue(), tested.get(b).pValue()));
    Map<PairedDifference, Double> adjusted = new java.util.IdentityHashMap<>();
    double running = 0;
    for (int rank = 0; rank < m; rank++) {
      PairedDifference d = tested.get(order[rank]);
      running = Math.max(running, Math.min(1, (m - rank) * d.pValue()));
      adjusted.put(d, running);
    }
    Map<String, Variant> out = new LinkedHashMap<>();
    raw.forEach((name, v) -> out.put(name, new Variant(v.title(), adjust(v.overall(), adjusted),
        adjustNested(v.types(), adjusted), adjustNested(v.steps(), adjusted), adjustNested(v.resources(), adjusted),
        v.randomNumbers())));
    return out;
  }

  private static Map<String, Map<String, PairedDifference>> adjustNested(
      Map<String, Map<String, PairedDifference>> in, Map<PairedDifference, Double> adjusted) {
    Map<String, Map<String, PairedDifference>> out = new LinkedHashMap<>();
    in.forEach((k, v) -> out.put(k, adjust(v, adjusted)));
    return out;
  }

  private static Map<String, PairedDifference> adjust(Map<String, PairedDifference> in,
      Map<PairedDifference, Double> adjusted) {
    Map<String, PairedDifference> out = new LinkedHashMap<>();
    in.forEach((k, d) -> out.put(k, adjusted.containsKey(d) ? d.adjusted(adjusted.get(d)) : d));
    return out;
  }

  private static Map<String, Map<String, PairedDifference>> nested(Estimators.Run b, Estimators.Run v, Scope scope,
      Map<String, Map<String, Estimate>> bs, Map<String, Map<String, Estimate>> vs) {
    Map<String, Map<String, PairedDifference>> out = new LinkedHashMap<>();
    for (String key : bs.keySet()) {
      if (vs.containsKey(key)) {
        out.put(key, scope(b, v, scope, key, bs.get(key), vs.get(key)));
      }
    }
    return out;
  }

  private static Map<String, PairedDifference> scope(Estimators.Run b, Estimators.Run v, Scope scope, String name,
      Map<String, Estimate> bs, Map<String, Estimate> vs) {
    Map<String, PairedDifference> out = new LinkedHashMap<>();
    for (String metric : bs.keySet()) {
      if (vs.containsKey(metric)) {
        out.put(metric, Estimators.difference(b, v, scope, name, metric, bs.get(metric), vs.get(metric)));
      }
    }
    return out;
  }
}
