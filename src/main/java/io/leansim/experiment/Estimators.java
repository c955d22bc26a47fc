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
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.probdist.StudentDist;

/**
 * The estimators of docs/statistics.md, one per {@link Estimand}: each figure of a run estimated
 * from its replications ({@link #estimates}), and each figure of a variant against the baseline's,
 * paired by replication ({@link #difference}). A pure function of the replications in replication
 * order, so the same replications give the same estimates to the bit.
 */
final class Estimators {
  private Estimators() {}

  /**
   * The replications of one run, with their customers' waits pooled once, and the linearised
   * contributions of each replication to each pooled quantile (by scope name: "" overall, or a
   * type; then by percent), null where the quantile's density cannot be estimated.
   */
  record Run(List<ReplicationStats> reps, WaitSample.Pooled waits, Map<String, Map<Double, List<Double>>> influence) {
    static Run of(List<ReplicationStats> reps) {
      boolean haveWaits = reps.stream().allMatch(r -> r.waits() != null);
      if (!haveWaits) {
        return new Run(reps, null, Map.of());
      }
      WaitSample.Pooled pooled = WaitSample.pool(reps.stream().map(ReplicationStats::waits).toList());
      Map<String, Map<Double, List<Double>>> influence = new LinkedHashMap<>();
      influence.put("", influence(reps, pooled, null));
      for (String type : reps.get(0).types().keySet()) {
        influence.put(type, influence(reps, pooled, type));
      }
      return new Run(reps, pooled, influence);
    }

    /** The linearised contributions to the pooled quantiles of {@code type} (null: overall), by percent. */
    private static Map<Double, List<Double>> influence(List<ReplicationStats> reps, WaitSample.Pooled pooled,
        String type) {
      double[] percents = QUANTILE_PERCENTS;
      double[] q = new double[percents.length];
      double[] density = new double[percents.length];
      for (int k = 0; k < percents.length; k++) {
        q[k] = pooled.quantile(type, percents[k]);
        density[k] = density(pooled, type, percents[k] / 100);
      }
      long[][] counts = new long[reps.size()][];
      double customers = 0;
      for (int i = 0; i < reps.size(); i++) {
        counts[i] = reps.get(i).waits().atMost(type, q);
        customers += counts[i][percents.length];
      }
      double perDay = customers / reps.size();
      Map<Double, List<Double>> out = new LinkedHashMap<>();
      for (int k = 0; k < percents.length; k++) {
        if (!(density[k] > 0) || Double.isInfinite(density[k]) || perDay == 0) {
          continue;
        }
        List<Double> psi = new ArrayList<>(reps.size());
        for (long[] c : counts) {
          psi.add(-(c[k] - percents[k] / 100 * c[percents.length]) / (density[k] * perDay));
        }
        out.put(percents[k], psi);
      }
      return out;
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

    /** The linearised contributions of the replications to a pooled quantile of {@code name}, or null. */
    List<Double> influence(String name, Metric m) {
      Map<Double, List<Double>> byPercent = influence.get(name);
      return byPercent == null ? null : byPercent.get(m.percent());
    }

    /** The pooled quantile of a {@link Estimand#QUANTILE} figure (NaN without pooled waits). */
    double pooled(Scope scope, String name, Metric m) {
      return waits == null ? Double.NaN : waits.quantile(scope == Scope.OVERALL ? null : name, m.percent());
    }
  }

  /** The percents of the {@link Estimand#QUANTILE} figures. */
  private static final double[] QUANTILE_PERCENTS = {Metric.WAIT_P90.percent(), Metric.WAIT_P95.percent()};

  /**
   * The density of the waits at their {@code p}-quantile, from the pooled customers: Siddiqui's
   * difference quotient 2h / (Q(p + h) − Q(p − h)) with Hall and Sheather's bandwidth h (Koenker,
   * Quantile Regression, 2005, 3.4.2); NaN where the waits have no spread there (an atom, such as
   * most customers not waiting at all).
   */
  static double density(WaitSample.Pooled pooled, String type, double p) {
    long n = pooled.customers(type);
    if (n < 2) {
      return Double.NaN;
    }
    double z = NormalDist.inverseF01(p);
    double phi = NormalDist.density01(z);
    double h = Math.pow(n, -1.0 / 3) * Math.pow(NormalDist.inverseF01(0.5 + Estimate.LEVEL / 2), 2.0 / 3)
        * Math.pow(1.5 * phi * phi / (2 * z * z + 1), 1.0 / 3);
    double lo = Math.max(0, p - h);
    double hi = Math.min(1, p + h);
    double spread = pooled.quantile(type, 100 * hi) - pooled.quantile(type, 100 * lo);
    return spread > 0 ? (hi - lo) / spread : Double.NaN;
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
        yield Estimate.quantile(run.pooled(scope, name, m), run.influence(name, m), values,
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
        double rb = Estimate.ratio(b, bx, false, false).mean();
        double rv = Estimate.ratio(v, vx, false, false).mean();
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
        Metric m = Metric.of(scope, key).orElseThrow();
        List<Double> bi = base.influence(name, m);
        List<Double> vi = variant.influence(name, m);
        if (bi != null && vi != null) { // the linearised contributions, paired
          for (int i = 0; i < n; i++) {
            d.add(vi.get(i) - bi.get(i));
          }
        } else { // sectioning: the days' own quantiles, paired, about the pooled difference
          for (int i = 0; i < n; i++) {
            if (!Double.isNaN(b.get(i)) && !Double.isNaN(v.get(i))) {
              d.add(v.get(i) - b.get(i));
            }
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
