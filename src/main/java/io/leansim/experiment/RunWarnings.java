package io.leansim.experiment;

import io.leansim.scenario.RunSpec;
import io.leansim.stats.Estimate;
import io.leansim.stats.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a run's figures quietly leave out, said out loud after {@code run} and {@code compare}: no
 * customer completed, and customers still inside when the run ended (they count as arrived only:
 * not in waits, lead times, the service level or the lean ledger). Pure functions of a summary.
 */
public final class RunWarnings {
  private RunWarnings() {}

  /** The warnings of {@code summary}, a run of a scenario with run section {@code run}; empty when all is well. */
  public static List<String> of(Summary summary, RunSpec run) {
    Map<String, Estimate> o = summary.overall();
    double arrived = mean(o, Metric.ARRIVED);
    double completed = mean(o, Metric.COMPLETED);
    double inside = arrived - completed - mean(o, Metric.ABANDONED) - mean(o, Metric.BALKED);
    List<String> out = new ArrayList<>();
    String who = summary.variant() + ": ";
    if (arrived > 0 && completed == 0) {
      out.add(who + "no customer completed in any replication (" + count(arrived) + " arrived per replication on"
          + " average); every figure of waits, lead times and the lean ledger is empty");
    }
    if (inside > 1e-9) {
      out.add(who + String.format(Locale.ROOT, "%s customers per replication on average (%s of those who arrived)"
          + " were still inside when the run ended", count(inside), percent(inside / arrived))
          + (run.drain() ? ", waiting for a pool with no staff at closing" : " at the horizon (drain: false)")
          + (run.drain() ? "; they count as arrived only, not in waits, lead times, the service level or the lean ledger"
              + "; keep a server on duty until the hall is empty"
              : "; the mean wait and lead time count them (time averages), the wait percentiles, the service level"
              + " and the lean ledger do not; set drain: true to follow them until they leave"));
    }
    return out;
  }

  /**
   * Whether the days' mean waits of {@code run} are too skewed for their number: Student's t
   * interval of a mean holds its 95% once n > 25 G₁² (Cochran, Sampling Techniques, 1977, 2.15), G₁
   * the skewness of the days' values; below, intervals of skewed figures cover less than they claim,
   * mostly missing on the same side (measured by {@code selftest --coverage}: 91.5% at 10 replications
   * of short days).
   */
  public static java.util.Optional<String> skewed(RunResult run) {
    List<Double> days = new ArrayList<>();
    for (io.leansim.stats.ReplicationStats r : run.replications()) {
      Double x = r.overall().get(Metric.WAIT_MEAN.key());
      if (x != null && !Double.isNaN(x)) {
        days.add(x);
      }
    }
    int n = days.size();
    if (n < 3) {
      return java.util.Optional.empty();
    }
    double mean = days.stream().mapToDouble(d -> d).average().orElse(0);
    double m2 = 0;
    double m3 = 0;
    for (double d : days) {
      m2 += (d - mean) * (d - mean) / n;
      m3 += (d - mean) * (d - mean) * (d - mean) / n;
    }
    if (m2 == 0) {
      return java.util.Optional.empty();
    }
    double g1 = m3 / Math.pow(m2, 1.5);
    int needed = (int) Math.ceil(25 * g1 * g1);
    if (n >= needed) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(String.format(Locale.ROOT, "%s: the days' mean waits are skewed (skewness %.1f over %d"
        + " replications): their intervals may cover less than 95%%; about %d replications would do (Cochran's rule,"
        + " 25 x skewness squared)", run.summary().variant(), g1, n, needed));
  }

  /**
   * What {@code replications} replications cannot tell, or nothing from {@link Experiment#FIRST_STAGE}
   * on: one gives no interval at all; fewer than 10 give intervals that are often too narrow for
   * skewed figures such as waits (the mean wait's 95% interval covered the truth 87% of the time at 5
   * replications in LeanSim's audit).
   */
  public static java.util.Optional<String> replications(int replications) {
    if (replications == 1) {
      return java.util.Optional.of("one replication gives no confidence interval (shown n/a) and no mark:"
          + " run at least " + Experiment.FIRST_STAGE + " (--replications " + Experiment.FIRST_STAGE + ")");
    }
    if (replications < Experiment.FIRST_STAGE) {
      return java.util.Optional.of("only " + replications + " replications: the intervals of skewed figures such as"
          + " waits are often too narrow below " + Experiment.FIRST_STAGE + "; run at least " + Experiment.FIRST_STAGE
          + " (--replications " + Experiment.FIRST_STAGE + ")");
    }
    return java.util.Optional.empty();
  }

  private static double mean(Map<String, Estimate> figures, Metric m) {
    Estimate e = figures.get(m.key());
    return e == null || Double.isNaN(e.mean()) ? 0 : e.mean();
  }

  private static String count(double x) {
    return x >= 10 || x == Math.rint(x) ? String.format(Locale.ROOT, "%,.0f", x) : String.format(Locale.ROOT, "%.1f", x);
  }

  private static String percent(double share) {
    double p = 100 * share;
    return String.format(Locale.ROOT, p >= 9.95 ? "%.0f%%" : p >= 0.995 ? "%.1f%%" : "%.2g%%", p);
  }
}
