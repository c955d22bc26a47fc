package io.leansim.selftest;

import io.leansim.experiment.Comparison;
import io.leansim.experiment.Experiment;
import io.leansim.experiment.PairedDifference;
import io.leansim.experiment.RunResult;
import io.leansim.experiment.Summary;
import io.leansim.scenario.Scenario;
import io.leansim.stats.Estimate;
import io.leansim.stats.Metric;
import io.leansim.stats.Metric.Scope;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * The statistics check themselves ({@code leansim selftest --coverage}, docs/statistics.md): many
 * macro-replications, each a whole LeanSim run of several replications with its own seed, on models
 * whose truth queueing theory knows ({@link CoverageModels}); each claim counts how often a 95%
 * interval covered the truth, or how often a mark appeared, and compares that rate with its nominal
 * rate through an exact binomial (Clopper-Pearson) 95% interval. A claim FAILS only when that
 * interval lies wholly on the bad side of the nominal rate: coverage significantly below 95%, a
 * false-mark rate significantly above 5%.
 *
 * <p>Macro-replication m runs with the seed {@link #seed}(base, m), a pure function of the base seed
 * and m: the whole check is reproducible, for any number of threads.
 */
public final class Coverage {
  /** Default number of macro-replications of {@code selftest --coverage}. */
  public static final int DEFAULT_MACRO = 300;

  /** Variants that change nothing but their seed, in the false-mark check. */
  public static final int NOOP_VARIANTS = 5;

  /** The nominal coverage of every interval: 95%. */
  public static final double NOMINAL_COVERAGE = Estimate.LEVEL;

  /** The nominal rate of false marks: 5% ({@link PairedDifference#ALPHA}). */
  public static final double NOMINAL_FALSE = PairedDifference.ALPHA;

  /** Confidence of the binomial interval around an observed rate. */
  public static final double BINOMIAL_LEVEL = 0.95;

  private static final String PLUS = "one-more-server";

  /**
   * The differences of the first no-op variant tested one by one (its raw p-value): each should be
   * significant in at most 5% of compares; the mean wait as a control, and the 95th percentiles,
   * whose sectioning intervals rest on the days' own percentiles.
   */
  private static final List<String> NOOP_SINGLE_TESTS =
      List.of("overall.wait_mean", "overall.wait_p95", "types.rare.wait_p95");
  private static final String PRIORITY = "priority";

  private Coverage() {}

  /**
   * The sizes of one macro-replication.
   *
   * @param load utilisation of the M/M/2 queue of every model (arrivals per minute: twice this)
   * @param replications replications of each run of the steady-state model
   * @param horizon minutes of each replication of the steady-state model
   * @param warmup its warm-up, in minutes
   * @param compareReplications replications of each run of the compare
   * @param day minutes of each replication of the compare model (from empty, drained)
   * @param classReplications replications of each run of the priority model
   * @param classHorizon minutes of each replication of the priority model
   * @param classWarmup its warm-up
   */
  public record Plan(double load, int replications, double horizon, double warmup, int compareReplications,
      double day, int classReplications,
      double classHorizon, double classWarmup) {
    /** The sizes of {@code selftest --coverage}: 2 to 3 minutes for 300 macro-replications on 2 cores. */
    public static final Plan FULL = new Plan(0.8, 10, 2000, 200, 20, 480, 20, 480, 60);

    public Plan {
      if (!(load > 0 && load < 1)) {
        throw new IllegalArgumentException("the load must be in (0, 1), got " + load);
      }
      if (replications < 2 || compareReplications < 2 || classReplications < 2) {
        throw new IllegalArgumentException("a macro-replication needs runs of at least 2 replications");
      }
    }

    /** Arrivals per minute. */
    public double lambda() {
      return load * CoverageModels.SERVERS * CoverageModels.MU;
    }

    /** The same sizes with {@code n} replications in each run of the steady-state and compare models. */
    public Plan withReplications(int n) {
      return new Plan(load, n, horizon, warmup, n, day, classReplications, classHorizon, classWarmup);
    }
  }

  /** A group of claims measured on its own runs; {@code selftest --coverage} runs them all. */
  public enum Bench {
    /**
     * Steady-state M/M/2 with a small type: coverage of the mean wait, 90% wait, service level,
     * utilisation (overall and of the small type), and of the paired differences from 3 servers.
     */
    STEADY,
    /**
     * A compare with no-op variants (false marks, family-wise, and single tests of the first no-op
     * variant) and one real effect (its mark kept).
     */
    COMPARE,
    /** Priority between identical classes against FIFO without drain: no mark on the mean wait (edge bias). */
    CLASSES
  }

  /** Which side of the nominal rate is bad. */
  public enum Side {
    /** The rate should be at least the nominal one (coverage, power): too low is bad. */
    AT_LEAST,
    /** The rate should be at most the nominal one (false marks): too high is bad. */
    AT_MOST
  }

  /** PASS, or FAIL when the binomial interval of the observed rate lies wholly on the bad side. */
  public enum Verdict {
    PASS,
    FAIL
  }

  /**
   * One claim of the statistics.
   *
   * @param group the model and run it is measured on (a heading)
   * @param name what is counted, one line
   * @param truth the true value an interval should cover (NaN for marks)
   * @param side which side of {@code nominal} is bad
   * @param nominal the rate promised
   */
  public record Claim(String group, String name, double truth, Side side, double nominal) {
    public Claim {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(side, "side");
    }
  }

  /** What one macro-replication gives a claim. */
  public sealed interface Trial permits Interval, Event {
    /** Whether it counts for the claim: the interval, {@code scale} times as wide about its estimate, covers the truth; the event happened. */
    boolean hit(double scale);

    /** How many marks it made (0 for an interval; for a power check, the tests in the family). */
    int count();
  }

  /** A 95% interval [low, high] about {@code estimate}, against {@code truth}; no interval (NaN) never covers. */
  public record Interval(double truth, double estimate, double low, double high) implements Trial {
    @Override
    public boolean hit(double scale) {
      double lo = estimate - scale * (estimate - low);
      double hi = estimate + scale * (high - estimate);
      return lo <= truth && truth <= hi; // false with NaN ends
    }

    @Override
    public int count() {
      return 0;
    }
  }

  /** Whether a mark (or marks, {@code count} of them; for a power check, the size of the family) appeared. */
  public record Event(boolean happened, int count) implements Trial {
    @Override
    public boolean hit(double scale) {
      return happened;
    }
  }

  /** A claim judged over the macro-replications. */
  public record Outcome(Claim claim, int hits, int trials, double low, double high, double meanCount,
      Verdict verdict) {
    /** The observed rate: hits / trials. */
    public double rate() {
      return trials == 0 ? Double.NaN : (double) hits / trials;
    }
  }

  /** The whole check: every claim with its trial of each macro-replication, in macro order. */
  public record Result(Plan plan, long seed, List<Claim> claims, List<List<Trial>> trials, double seconds) {
    public Result {
      claims = List.copyOf(claims);
      trials = trials.stream().map(List::copyOf).toList();
    }

    /** The number of macro-replications. */
    public int macro() {
      return trials.isEmpty() ? 0 : trials.get(0).size();
    }

    /** Every claim judged, its intervals taken as they are, against its binomial 95% interval. */
    public List<Outcome> outcomes() {
      return outcomes(1, BINOMIAL_LEVEL);
    }

    /**
     * Every claim judged with every interval {@code scale} times as wide as it is (the check's own
     * check: at scale 0.5, intervals half as wide as they should be, coverage claims must FAIL),
     * against its binomial interval of confidence {@code level} (a test that judges k claims at once
     * may ask 1 - 0.05 / k of each).
     */
    public List<Outcome> outcomes(double scale, double level) {
      List<Outcome> out = new ArrayList<>();
      for (int c = 0; c < claims.size(); c++) {
        out.add(judge(claims.get(c), trials.get(c), scale, level));
      }
      return out;
    }
  }

  /** The seed of macro-replication {@code index}: a SplitMix64 hash of the base seed and the index. */
  public static long seed(long base, int index) {
    return mix(base + 0x9E3779B97F4A7C15L * (index + 1L));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The claims measured under {@code plan}, every bench, in printing order. */
  public static List<Claim> claims(Plan plan) {
    return claims(plan, EnumSet.allOf(Bench.class));
  }

  /** The claims of {@code benches} under {@code plan}, in printing order. */
  public static List<Claim> claims(Plan plan, Set<Bench> benches) {
    int c = CoverageModels.SERVERS;
    double l = plan.lambda();
    List<Claim> out = new ArrayList<>();
    if (benches.contains(Bench.STEADY)) {
      String steady = String.format(Locale.ROOT,
          "M/M/%d at utilisation %.1f (Erlang C), types common and rare (%.0f%%), FIFO; %d replications of %s min "
              + "after a %s-min warm-up, no drain", c, plan.load(), 100 * CoverageModels.RARE_SHARE,
          plan.replications(), num(plan.horizon()), num(plan.warmup()));
      String paired = String.format(Locale.ROOT, "%d servers against %d (the same runs, common random numbers)",
          c + 1, c);
      String target = "(wait <= " + num(CoverageModels.TARGET) + " min)";
      out.addAll(List.of(
          coverage(steady, "overall.wait_mean (per customer)", CoverageModels.waitMean(l, c)),
          coverage(steady, "overall.wait_p90 (pooled quantile)", CoverageModels.waitQuantile(l, c, 0.9)),
          coverage(steady, "overall.wait_p95 (pooled quantile)", CoverageModels.waitQuantile(l, c, 0.95)),
          coverage(steady, "overall.service_level " + target, CoverageModels.serviceLevel(l, c)),
          coverage(steady, "resources.desk.utilization", CoverageModels.utilization(l, c)),
          coverage(steady, "types.rare.wait_mean", CoverageModels.waitMean(l, c)),
          coverage(steady, "types.rare.wait_p90", CoverageModels.waitQuantile(l, c, 0.9)),
          coverage(steady, "types.rare.service_level", CoverageModels.serviceLevel(l, c)),
          coverage(paired, "difference of overall.wait_mean",
              CoverageModels.waitMean(l, c + 1) - CoverageModels.waitMean(l, c)),
          coverage(paired, "difference of overall.service_level",
              CoverageModels.serviceLevel(l, c + 1) - CoverageModels.serviceLevel(l, c))));
    }
    if (benches.contains(Bench.COMPARE)) {
      String compare = String.format(Locale.ROOT, "compare: %d variants that change only run.seed (no effect), "
          + "and one with %d servers; %d replications of a %s-min day from empty, drained", NOOP_VARIANTS, c + 1,
          plan.compareReplications(), num(plan.day()));
      out.add(new Claim(compare, "no-op variants: compares with any mark (FWER)", Double.NaN, Side.AT_MOST,
          NOMINAL_FALSE));
      for (String figure : NOOP_SINGLE_TESTS) {
        out.add(new Claim(compare, "no-op variant: " + figure + " differs (single test)", Double.NaN, Side.AT_MOST,
            NOMINAL_FALSE));
      }
      out.add(new Claim(compare, "one more server: overall.wait_mean marked", Double.NaN, Side.AT_LEAST,
          NOMINAL_COVERAGE));
    }
    if (benches.contains(Bench.CLASSES)) {
      String classes = String.format(Locale.ROOT, "priority a over b against FIFO, identical classes, M/M/%d at "
          + "%.1f; %d replications of %s min after a %s-min warm-up, no drain", c, plan.load(),
          plan.classReplications(), num(plan.classHorizon()), num(plan.classWarmup()));
      out.add(new Claim(classes, "overall.wait_mean differs (single test, p < 5%)", Double.NaN, Side.AT_MOST,
          NOMINAL_FALSE));
      out.add(new Claim(classes, "overall.lead_time_mean differs (single test)", Double.NaN, Side.AT_MOST,
          NOMINAL_FALSE));
    }
    return out;
  }

  private static Claim coverage(String group, String name, double truth) {
    return new Claim(group, name, truth, Side.AT_LEAST, NOMINAL_COVERAGE);
  }

  /** As {@link #run(Plan, Set, int, long, int, IntConsumer)} with every bench. */
  public static Result run(Plan plan, int macro, long seed, int threads, IntConsumer progress)
      throws InterruptedException {
    return run(plan, EnumSet.allOf(Bench.class), macro, seed, threads, progress);
  }

  /**
   * Runs {@code macro} macro-replications of {@code benches} under {@code plan} from the base {@code
   * seed} on {@code threads} threads, calling {@code progress} with the number done after each.
   */
  public static Result run(Plan plan, Set<Bench> benches, int macro, long seed, int threads, IntConsumer progress)
      throws InterruptedException {
    long start = System.nanoTime();
    List<Claim> claims = claims(plan, benches);
    List<List<Trial>> trials = new ArrayList<>();
    for (int c = 0; c < claims.size(); c++) {
      trials.add(new ArrayList<>());
    }
    for (int m = 0; m < macro; m++) {
      List<Trial> one = macroReplication(claims, plan, benches, seed(seed, m), threads);
      for (int c = 0; c < claims.size(); c++) {
        trials.get(c).add(one.get(c));
      }
      progress.accept(m + 1);
    }
    return new Result(plan, seed, claims, trials, (System.nanoTime() - start) / 1e9);
  }

  /**
   * One macro-replication: every run its benches need in one experiment (on one pool of threads),
   * then one trial per claim, in claim order. The benches draw from seeds derived from {@code seed}.
   */
  static List<Trial> macroReplication(List<Claim> claims, Plan plan, Set<Bench> benches, long seed, int threads)
      throws InterruptedException {
    int c = CoverageModels.SERVERS;
    int n = plan.replications();
    double l = plan.lambda();
    long daySeed = seed(seed, -2);
    long classSeed = seed(seed, -3);
    List<Experiment.Job> jobs = new ArrayList<>();
    if (benches.contains(Bench.STEADY)) {
      jobs.add(job("steady", CoverageModels.steady(l, c, plan.horizon(), plan.warmup(), n, seed)));
      jobs.add(job(PLUS, CoverageModels.steady(l, c + 1, plan.horizon(), plan.warmup(), n, seed)));
    }
    if (benches.contains(Bench.COMPARE)) {
      int cn = plan.compareReplications();
      jobs.add(job("day", CoverageModels.day(l, c, plan.day(), cn, daySeed)));
      for (int k = 1; k <= NOOP_VARIANTS; k++) {
        jobs.add(job("no-op " + k, CoverageModels.day(l, c, plan.day(), cn, seed(daySeed, k))));
      }
      jobs.add(job(PLUS, CoverageModels.day(l, c + 1, plan.day(), cn, daySeed)));
    }
    if (benches.contains(Bench.CLASSES)) {
      int cn = plan.classReplications();
      jobs.add(job("fifo", CoverageModels.twoClasses(l, false, plan.classHorizon(), plan.classWarmup(), cn, classSeed)));
      jobs.add(job(PRIORITY, CoverageModels.twoClasses(l, true, plan.classHorizon(), plan.classWarmup(), cn, classSeed)));
    }
    List<RunResult> runs = Experiment.runAll(jobs, threads, Experiment.QUIET);
    List<Trial> out = new ArrayList<>();
    int next = 0;
    if (benches.contains(Bench.STEADY)) {
      steady(claims.subList(out.size(), out.size() + STEADY_CLAIMS), runs.get(next),
          compare(jobs, runs, next, List.of(next + 1)).variants().get(PLUS), out);
      next += 2;
    }
    if (benches.contains(Bench.COMPARE)) {
      List<Integer> noops = new ArrayList<>();
      for (int k = 1; k <= NOOP_VARIANTS; k++) {
        noops.add(next + k);
      }
      Comparison noEffect = compare(jobs, runs, next, noops);
      int marks = marks(noEffect);
      out.add(new Event(marks > 0, marks));
      Comparison.Variant first = noEffect.variants().values().iterator().next();
      for (String figure : NOOP_SINGLE_TESTS) {
        String[] at = figure.split("\\.");
        out.add(singleTest(at[0].equals("overall") ? first.overall().get(at[1]) : first.types().get(at[1]).get(at[2])));
      }
      List<Integer> withReal = new ArrayList<>(noops);
      withReal.add(next + 1 + NOOP_VARIANTS);
      Comparison real = compare(jobs, runs, next, withReal);
      out.add(new Event(real.variants().get(PLUS).overall().get(Metric.WAIT_MEAN.key()).significant(), real.tests()));
      next += 2 + NOOP_VARIANTS;
    }
    if (benches.contains(Bench.CLASSES)) {
      Comparison.Variant priority = compare(jobs, runs, next, List.of(next + 1)).variants().get(PRIORITY);
      out.add(singleTest(priority.overall().get(Metric.WAIT_MEAN.key())));
      out.add(singleTest(priority.overall().get(Metric.LEAD_TIME_MEAN.key())));
    }
    return out;
  }

  /** The comparison of the runs at {@code variants} with the run at {@code base} (indices into both lists). */
  private static Comparison compare(List<Experiment.Job> jobs, List<RunResult> runs, int base, List<Integer> variants) {
    List<Experiment.Job> j = new ArrayList<>(List.of(jobs.get(base)));
    List<RunResult> r = new ArrayList<>(List.of(runs.get(base)));
    for (int v : variants) {
      j.add(jobs.get(v));
      r.add(runs.get(v));
    }
    return Comparison.of(j, r);
  }

  /** The claims of the steady-state bench. */
  private static final int STEADY_CLAIMS = 10;

  /** The trials of the steady-state bench: its 8 intervals, then the 2 paired differences from the run with one more server. */
  private static void steady(List<Claim> claims, RunResult base, Comparison.Variant diff, List<Trial> out) {
    Summary s = base.summary();
    Map<String, Estimate> overall = s.overall();
    Map<String, Estimate> rare = s.types().get(CoverageModels.RARE);
    List<Estimate> estimates = List.of(Metric.WAIT_MEAN.of(overall), Metric.WAIT_P90.of(overall),
        Metric.WAIT_P95.of(overall), Metric.SERVICE_LEVEL.of(overall),
        Metric.UTILIZATION.of(s.resources().get(CoverageModels.POOL)), Metric.WAIT_MEAN.of(rare),
        Metric.WAIT_P90.of(rare), Metric.SERVICE_LEVEL.of(rare));
    for (int i = 0; i < estimates.size(); i++) {
      out.add(interval(claims.get(i), estimates.get(i)));
    }
    out.add(interval(claims.get(estimates.size()), diff.overall().get(Metric.WAIT_MEAN.key())));
    out.add(interval(claims.get(estimates.size() + 1), diff.overall().get(Metric.SERVICE_LEVEL.key())));
  }

  private static Experiment.Job job(String name, Scenario scenario) {
    return new Experiment.Job(name, name, scenario);
  }

  private static Trial interval(Claim claim, Estimate e) {
    return e == null ? new Interval(claim.truth(), Double.NaN, Double.NaN, Double.NaN)
        : new Interval(claim.truth(), e.mean(), e.low(), e.high());
  }

  private static Trial interval(Claim claim, PairedDifference d) {
    return new Interval(claim.truth(), d.diff(), d.diff() - d.halfWidth(), d.diff() + d.halfWidth());
  }

  /** A mark at the single-test level (the raw p-value below 5%), stricter than the comparison's family-wise mark. */
  private static Trial singleTest(PairedDifference d) {
    boolean marked = d.tested() && d.pValue() < PairedDifference.ALPHA;
    return new Event(marked, marked ? 1 : 0);
  }

  /** The marks a comparison shows: its significant differences (Holm-adjusted), every variant, figure and scope. */
  static int marks(Comparison comparison) {
    int m = 0;
    for (Comparison.Variant v : comparison.variants().values()) {
      for (Scope scope : Scope.values()) {
        for (Map<String, PairedDifference> figures : v.of(scope).values()) {
          m += (int) figures.values().stream().filter(PairedDifference::significant).count();
        }
      }
    }
    return m;
  }

  /** {@code claim} judged on {@code trials}, intervals {@code scale} times as wide, binomial interval at {@code level}. */
  static Outcome judge(Claim claim, List<Trial> trials, double scale, double level) {
    int hits = 0;
    long count = 0;
    for (Trial t : trials) {
      hits += t.hit(scale) ? 1 : 0;
      count += t.count();
    }
    int n = trials.size();
    if (n == 0) {
      return new Outcome(claim, 0, 0, 0, 1, Double.NaN, Verdict.PASS);
    }
    double[] ci = clopperPearson(hits, n, level);
    boolean bad = claim.side() == Side.AT_LEAST ? ci[1] < claim.nominal() : ci[0] > claim.nominal();
    return new Outcome(claim, hits, n, ci[0], ci[1], (double) count / n, bad ? Verdict.FAIL : Verdict.PASS);
  }

  /**
   * The exact (Clopper-Pearson) interval of a binomial rate after {@code hits} of {@code n} trials,
   * from the quantiles of Beta distributions; [0, ...] with no hit, [..., 1] with every trial a hit
   * (Commons Math's {@code ClopperPearsonInterval} fails on those two).
   */
  public static double[] clopperPearson(int hits, int n, double level) {
    double tail = (1 - level) / 2;
    double low = hits == 0 ? 0 : new BetaDistribution(null, hits, n - hits + 1.0).inverseCumulativeProbability(tail);
    double high = hits == n ? 1
        : new BetaDistribution(null, hits + 1.0, n - hits).inverseCumulativeProbability(1 - tail);
    return new double[] {low, high};
  }

  private static String num(double x) {
    return x == Math.rint(x) ? String.format(Locale.ROOT, "%.0f", x) : String.format(Locale.ROOT, "%.4g", x);
  }
}
