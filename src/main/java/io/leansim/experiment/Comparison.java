package io.leansim.experiment;

import io.leansim.stats.Estimate;
import io.leansim.stats.Figures;
import io.leansim.stats.ReplicationStats;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every variant against the baseline (docs/results-format.md, {@code comparison.json}): for each figure
 * both runs have, overall and per type, step and resource, the paired difference.
 */
public record Comparison(String scenario, String baseline, Map<String, Variant> variants) {
  public Comparison {
    variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
  }

  /** One variant against the baseline. */
  public record Variant(
      String title,
      Map<String, PairedDifference> overall,
      Map<String, Map<String, PairedDifference>> types,
      Map<String, Map<String, PairedDifference>> steps,
      Map<String, Map<String, PairedDifference>> resources) implements Figures<PairedDifference> {}

  /** The comparison of {@code variants} with {@code baseline}, in the order given. */
  public static Comparison of(RunResult baseline, List<RunResult> variants) {
    Map<String, Variant> out = new LinkedHashMap<>();
    for (RunResult v : variants) {
      out.put(v.summary().variant(), new Variant(v.summary().title(),
          scope(baseline, v, Summary::overall, ReplicationStats::overall),
          nested(baseline, v, Summary::types, ReplicationStats::types),
          nested(baseline, v, Summary::steps, ReplicationStats::steps),
          nested(baseline, v, Summary::resources, ReplicationStats::resources)));
    }
    return new Comparison(baseline.summary().scenario(), baseline.summary().variant(), out);
  }

  private static Map<String, Map<String, PairedDifference>> nested(RunResult b, RunResult v,
      Function<Summary, Map<String, Map<String, Estimate>>> summaryScope,
      Function<ReplicationStats, Map<String, Map<String, Double>>> repScope) {
    Map<String, Map<String, PairedDifference>> out = new LinkedHashMap<>();
    for (String key : summaryScope.apply(b.summary()).keySet()) {
      if (summaryScope.apply(v.summary()).containsKey(key)) {
        out.put(key, scope(b, v, s -> summaryScope.apply(s).get(key), r -> repScope.apply(r).get(key)));
      }
    }
    return out;
  }

  private static Map<String, PairedDifference> scope(RunResult b, RunResult v,
      Function<Summary, Map<String, Estimate>> summaryScope, Function<ReplicationStats, Map<String, Double>> repScope) {
    Map<String, PairedDifference> out = new LinkedHashMap<>();
    Map<String, Estimate> bs = summaryScope.apply(b.summary());
    Map<String, Estimate> vs = summaryScope.apply(v.summary());
    for (String metric : bs.keySet()) {
      if (!vs.containsKey(metric)) {
        continue;
      }
      out.put(metric, PairedDifference.of(bs.get(metric).mean(), vs.get(metric).mean(),
          values(b.replications(), r -> repScope.apply(r).get(metric)),
          values(v.replications(), r -> repScope.apply(r).get(metric))));
    }
    return out;
  }

  private static List<Double> values(List<ReplicationStats> reps, Function<ReplicationStats, Double> f) {
    List<Double> out = new ArrayList<>(reps.size());
    for (ReplicationStats r : reps) {
      Double x = f.apply(r);
      out.add(x == null ? Double.NaN : x);
    }
    return out;
  }
}
