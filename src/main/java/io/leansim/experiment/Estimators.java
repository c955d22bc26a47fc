package io.leansim.experiment;

import io.leansim.stats.Estimate;
import io.leansim.stats.Metric;
import io.leansim.stats.Metric.Estimand;
import io.leansim.stats.Metric.Scope;
import io.leansim.stats.ReplicationStats;
import io.leansim.stats.WaitSample;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import umontreal.ssj.probdist.StudentDist;

/**
 * The estimators of docs/statistics.md, one per {@link Estimand}: each figure of a run estimated
 * from its replications ({@link #estimates}), and each figure of a variant against the baseline's,
 * paired by replication ({@link #difference}). A pure function of the replications in replication
 * order, so the same replications give the same estimates to the bit.
 */
final class Estimators {
  private Estimators() {}

  /** The replications of one run, with their customers' waits pooled once. */
  record Run(List<ReplicationStats> reps, WaitSample.Pooled waits) {
    static Run of(List<ReplicationStats> reps) {
      boolean haveWaits = reps.stream().allMatch(r -> r.waits() != null);
      return new Run(reps, haveWaits ? WaitSample.pool(reps.stream().map(ReplicationStats::waits).toList()) : null);
    }

    /** The figure {@code key} of {@code name} in {@code scope} (the overall scope's name is "") in each replication. */
    List<Double> values(Scope scope, String name, String key) {
      List<Double> out = new ArrayList<>(reps.size());
      for (ReplicationStats r : reps) {
        out.add(orNaN(r.of(scope).get(name), key));
      }
      return out;
    }

    /** Its base in each replication, or null when some replication has none (figures from an older file). */
    List<Double> bases(Scope scope, String name, String key) {
      List<Double> out = new ArrayList<>(reps.size());
      for (ReplicationStats r : reps) {
        Map<String, Double> b = r.bases().of(scope).get(name);
        if (b == null || b.get(key) == null) {
          return null;
        }
        out.add(b.get(key));
      }
      return out;
    }

    /** The pooled quantile of a {@link Estimand#QUANTILE} figure (NaN without pooled waits). */
    double pooled(Scope scope, String name, Metric m) {
      return waits == null ? Double.NaN : waits.quantile(scope == Scope.OVERALL ? null : name, m.percent());
    }
  }

  private static double orNaN(Map<String, Double> figures, String key) {
    Double x = figures == null ? null : figures.get(key);
    return x == null ? Double.NaN : x;
  }

  /** How the figure {@code key} of {@code scope} is estimated here: its estimand, or daily without what it needs. */
  private static Estimand estimand(Run run, Scope scope, String name, String key) {
    Metric m = Metric.of(scope, key).orElse(null);
    if (m == null) {
      return Estimand.DAILY;
    }
    return switch (m.estimand()) {
      case PER_CUSTOMER, TIME_SHARE -> run.bases(scope, name, key) == null ? Estimand.DAILY : m.estimand();
      case QUANTILE -> run.waits == null || (scope != Scope.OVERALL && scope != Scope.TYPE) ? Estimand.DAILY
          : Estimand.QUANTILE;
      case DAILY -> Estimand.DAILY;
    };
  }

  /** Every figure of {@code name} in {@code scope} estimated over the run's replications, in results order. */
  static Map<String, Estimate> estimates(Run run, Scope scope, String name) {
    Map<String, Estimate> out = new LinkedHashMap<>();
    Map<String, Double> first = run.reps.get(0).of(scope).get(name);
    for (String key : first.keySet()) {
      out.put(key, estimate(run, scope, name, key));
    }
    return out;
  }

  private static Estimate estimate(Run run, Scope scope, String name, String key) {
    List<Double> values = run.values(scope, name, key);
    return switch (estimand(run, scope, name, key)) {
      case DAILY -> Estimate.of(values);
      case PER_CUSTOMER, TIME_SHARE -> {
        Metric m = Metric.of(scope, key).orElseThrow();
        yield Estimate.ratio(values, run.bases(scope, name, key), m.unit() == Metric.Unit.SHARE,
            m.estimand() == Estimand.PER_CUSTOMER);
      }
      case QUANTILE -> {
        Metric m = Metric.of(scope, key).orElseThrow();
        yield Estimate.quantile(run.pooled(scope, name, m), values,
            run.waits.customers(scope == Scope.OVERALL ? null : name));
      }
    };
  }

  /**
   * The variant's figure against the baseline's, paired by replication (replication k of both saw
   * the same customers under common random numbers): the difference of the two estimates and a
   * Student-t interval and two-sided p-value from the replications' paired contributions: the
   * differences of the days' values (daily figures, and the days' quantiles for a pooled quantile,
   * by sectioning) or of their linearised ratios (y − R x) / x̄ (delta method). Replications beyond
   * the shorter run are not paired.
   */
  static PairedDifference difference(Run base, Run variant, Scope scope, String name, String key,
      Estimate baseEstimate, Estimate variantEstimate) {
    int n = Math.min(base.reps.size(), variant.reps.size());
    Estimand how = estimand(base, scope, name, key) == estimand(variant, scope, name, key)
        ? estimand(base, scope, name, key) : Estimand.DAILY;
    List<Double> b = base.values(scope, name, key).subList(0, n);
    List<Double> v = variant.values(scope, name, key).subList(0, n);
    List<Double> d = new ArrayList<>(n);
    double diff;
    switch (how) {
      case PER_CUSTOMER, TIME_SHARE -> {
        List<Double> bx = base.bases(scope, name, key).subList(0, n);
        List<Double> vx = variant.bases(scope, name, key).subList(0, n);
        double rb = ratio(b, bx);
        double rv = ratio(v, vx);
        double mb = mean(bx);
        double mv = mean(vx);
        if (Double.isNaN(rb) || Double.isNaN(rv)) {
          return PairedDifference.of(baseEstimate.mean(), variantEstimate.mean(), Double.NaN, List.of());
        }
        for (int i = 0; i < n; i++) {
          d.add(Estimate.residual(v.get(i), vx.get(i), rv) / mv - Estimate.residual(b.get(i), bx.get(i), rb) / mb);
        }
        diff = rv - rb;
      }
      case QUANTILE -> {
        for (int i = 0; i < n; i++) {
          if (!Double.isNaN(b.get(i)) && !Double.isNaN(v.get(i))) {
            d.add(v.get(i) - b.get(i));
          }
        }
        diff = variantEstimate.mean() - baseEstimate.mean();
      }
      default -> {
        for (int i = 0; i < n; i++) {
          if (!Double.isNaN(b.get(i)) && !Double.isNaN(v.get(i))) {
            d.add(v.get(i) - b.get(i));
          }
        }
        diff = Double.NaN; // the mean of the paired differences
      }
    }
    return PairedDifference.of(baseEstimate.mean(), variantEstimate.mean(), diff, d);
  }

  private static double ratio(List<Double> values, List<Double> bases) {
    double y = 0;
    double x = 0;
    for (int i = 0; i < values.size(); i++) {
      if (bases.get(i) > 0 && !Double.isNaN(values.get(i))) {
        y += values.get(i) * bases.get(i);
        x += bases.get(i);
      }
    }
    return x == 0 ? Double.NaN : y / x;
  }

  private static double mean(List<Double> xs) {
    double s = 0;
    for (double x : xs) {
      s += x;
    }
    return s / xs.size();
  }

  /** The two-sided p-value of a Student t statistic with {@code df} degrees of freedom. */
  static double pValue(double t, int df) {
    return Math.min(1, 2 * StudentDist.barF(df, Math.abs(t)));
  }
}
