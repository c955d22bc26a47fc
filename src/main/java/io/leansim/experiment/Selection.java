package io.leansim.experiment;

import io.leansim.stats.Metric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which of several systems (the baseline and its variants) is best on one figure: the fully
 * sequential indifference-zone procedure KN of Kim and Nelson (2001, "A fully sequential procedure
 * for indifference-zone selection in simulation", ACM TOMACS 11(3), 251-273), which stays valid
 * with common random numbers because it works on the variances of the paired differences.
 *
 * <p>With probability at least 1 - alpha = 95%, it selects the best system whenever the best is at
 * least {@code delta} (the indifference zone) better than every other; when some are within delta of
 * the best, it selects one of those. After a first stage of n0 replications of every system, S²(i,l)
 * is the sample variance of the paired differences X(i) - X(l) over those n0 replications, η = ½
 * ((2 alpha / (k - 1))^(-2 / (n0 - 1)) - 1) and h² = 2 η (n0 - 1). At every stage r = n0, n0 + 1,
 * ..., system i is eliminated when its mean after r replications is worse than that of some other
 * surviving system l by more than W(i,l,r) = max(0, delta / (2r) (h² S²(i,l) / delta² - r)); the
 * survivors get one more replication. Outputs are fetched in batches (to run them in parallel), but
 * every stage is checked in order on the first r replications, so the decisions and the number of
 * replications are exactly those of the one-at-a-time procedure, whatever the batch.
 *
 * <p>It ends when one system is left (it surely is once r >= h² S²(i,l) / delta² for every pair,
 * where W = 0, unless two means are exactly equal); or, at once, when the survivors gave the same
 * output in every replication of the first stage (S² = 0: a variant that does not change the figure
 * at all, with common random numbers), which KN cannot separate; or at the cap on replications,
 * with several survivors that cannot be told apart within delta so far.
 *
 * <p>Every output must be a finite number: a figure undefined in some replication (a mean wait
 * with no customer) has no mean to rank, and is refused. Pure: the same outputs give the same
 * outcome.
 */
public final class Selection {
  /** 1 - the confidence of a selection: 95% probability of correct selection. */
  public static final double ALPHA = 0.05;

  private Selection() {}

  /**
   * The per-replication values of the figure, paired by replication index across systems (common
   * random numbers: replication j of every system sees the same customers).
   */
  @FunctionalInterface
  public interface Source {
    /**
     * {@code values[i][j]}: the figure of {@code systems.get(i)} in replication {@code from + j},
     * for {@code j < count}.
     */
    double[][] outputs(List<String> systems, int from, int count) throws InterruptedException;
  }

  /**
   * What to select among and how.
   *
   * @param systems the names, baseline first; at least one
   * @param better which direction is better (not {@code NEITHER})
   * @param delta the indifference zone: the smallest difference worth telling, in the figure's unit; > 0
   * @param firstStage n0, the replications of every system before any elimination; >= 2
   * @param cap the most replications of a system; >= n0
   * @param parallelism about how many replications to fetch at once (stages × survivors); >= 1
   */
  public record Plan(List<String> systems, Metric.Better better, double delta, int firstStage, int cap,
      int parallelism) {
    public Plan {
      systems = List.copyOf(systems);
      if (systems.isEmpty() || systems.size() != systems.stream().distinct().count()) {
        throw new IllegalArgumentException("systems must be distinct and at least one: " + systems);
      }
      Objects.requireNonNull(better, "better");
      if (better == Metric.Better.NEITHER) {
        throw new IllegalArgumentException("a figure with no better direction cannot rank systems");
      }
      if (!(delta > 0) || Double.isInfinite(delta)) {
        throw new IllegalArgumentException("delta must be a number > 0, got " + delta);
      }
      if (firstStage < 2 || cap < firstStage || parallelism < 1) {
        throw new IllegalArgumentException("need 2 <= firstStage <= cap and parallelism >= 1, got " + firstStage
            + ", " + cap + ", " + parallelism);
      }
    }
  }

  /** Why the procedure ended. */
  public enum Stop {
    /** One system is left: the best, with probability of correct selection >= 95% within delta. */
    SELECTED,
    /**
     * The survivors gave the same output in every replication of the first stage (a variant that
     * does not change the figure, with common random numbers): KN has no variance to go on, and
     * they cannot be told apart.
     */
    TIED,
    /** The cap was reached with several survivors: they cannot be told apart within delta so far. */
    CAP,
    /** Only one system: nothing to select. */
    NOTHING_TO_SELECT
  }

  /**
   * One system's place.
   *
   * @param mean its mean of the figure over its {@code replications}
   * @param replications the replications it had when eliminated, or at the end for a survivor
   * @param eliminatedBy the system it was found worse than, or null for a survivor
   */
  public record Ranked(String system, double mean, int replications, String eliminatedBy) {
    /** Whether it survived to the end. */
    public boolean survived() {
      return eliminatedBy == null;
    }
  }

  /**
   * What the procedure found.
   *
   * @param replications the replications of each survivor at the end (the stage r it stopped at)
   * @param ranking survivors first, then the eliminated ones, each group best mean first
   */
  public record Outcome(Plan plan, Stop stop, int replications, List<Ranked> ranking) {
    public Outcome {
      ranking = List.copyOf(ranking);
    }

    /** The survivors, best mean first: the one selected, or those that cannot be told apart. */
    public List<String> survivors() {
      return ranking.stream().filter(Ranked::survived).map(Ranked::system).toList();
    }

    /** The selected system, or null when several survived. */
    public String best() {
      List<String> s = survivors();
      return s.size() == 1 ? s.get(0) : null;
    }
  }

  /** h² = 2 η (n0 - 1), the constant of the continuation region, for {@code k} systems. */
  static double h2(int k, int n0) {
    double eta = 0.5 * (Math.pow(2 * ALPHA / (k - 1), -2.0 / (n0 - 1)) - 1);
    return 2 * eta * (n0 - 1);
  }

  /**
   * Runs KN on the outputs of {@code source}.
   *
   * @throws IllegalArgumentException when an output is not a finite number
   */
  public static Outcome run(Plan plan, Source source) throws InterruptedException {
    List<String> names = plan.systems();
    int k = names.size();
    int n0 = plan.firstStage();
    double sign = plan.better() == Metric.Better.HIGHER ? 1 : -1; // compared as "higher is better"
    double[][] first = check(source.outputs(names, 0, n0), names, 0, n0);
    if (k == 1) {
      return new Outcome(plan, Stop.NOTHING_TO_SELECT, n0,
          List.of(new Ranked(names.get(0), mean(first[0], n0), n0, null)));
    }
    double h2 = h2(k, n0);
    double delta = plan.delta();
    // closes[i][l]: h² S²(i,l) / delta², the stage from which W(i,l) = 0
    double[][] closes = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int l = 0; l < i; l++) {
        closes[i][l] = closes[l][i] = h2 * differenceVariance(first[i], first[l]) / (delta * delta);
      }
    }
    double[] sum = new double[k];
    for (int i = 0; i < k; i++) {
      for (double x : first[i]) {
        sum[i] += sign * x;
      }
    }
    Ranked[] out = new Ranked[k];
    List<Integer> alive = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      alive.add(i);
    }
    double[][] batch = new double[k][0]; // the fetched outputs of stages r+1.. of the survivors
    int batchFrom = n0;
    int r = n0;
    while (true) {
      List<Integer> old = List.copyOf(alive);
      for (int i : old) {
        for (int l : old) {
          if (l != i && sum[i] / r < sum[l] / r - w(delta, r, closes[i][l])) {
            out[i] = new Ranked(names.get(i), sign * sum[i] / r, r, names.get(l));
            alive.remove(Integer.valueOf(i));
            break;
          }
        }
      }
      Stop stop = alive.size() == 1 ? Stop.SELECTED : identical(alive, closes) ? Stop.TIED
          : r == plan.cap() ? Stop.CAP : null;
      if (stop != null) {
        for (int i : alive) {
          out[i] = new Ranked(names.get(i), sign * sum[i] / r, r, null);
        }
        return new Outcome(plan, stop, r, rank(out, plan.better()));
      }
      if (r - batchFrom >= batch[alive.get(0)].length) { // the next stage is not fetched yet
        batchFrom = r;
        batch = fetch(plan, source, alive, names, closes, r);
      }
      for (int i : alive) {
        sum[i] += sign * batch[i][r - batchFrom];
      }
      r++;
    }
  }

  /** The outputs of the next stages for the survivors {@code alive}, indexed like {@code names}. */
  private static double[][] fetch(Plan plan, Source source, List<Integer> alive, List<String> names,
      double[][] closes, int r) throws InterruptedException {
    // at most the stages until the cap, or until every band has closed (where KN surely ends)
    int closing = 0;
    for (int i : alive) {
      for (int l : alive) {
        closing = Math.max(closing, (int) Math.min(plan.cap(), Math.ceil(closes[i][l])));
      }
    }
    int count = Math.max(1, Math.min(Math.min(plan.cap(), closing) - r,
        (plan.parallelism() + alive.size() - 1) / alive.size()));
    List<String> asked = alive.stream().map(names::get).toList();
    double[][] got = check(source.outputs(asked, r, count), asked, r, count);
    double[][] batch = new double[names.size()][0];
    for (int a = 0; a < alive.size(); a++) {
      batch[alive.get(a)] = got[a];
    }
    return batch;
  }

  /** W(i,l,r) = max(0, delta / (2r) (h² S²(i,l) / delta² - r)). */
  private static double w(double delta, int r, double closes) {
    return Math.max(0, delta / (2.0 * r) * (closes - r));
  }

  /**
   * Whether every pair of {@code alive} had a constant difference over the first stage (S² = 0),
   * which, as they survived, was zero: the same output in every replication of the first stage.
   */
  private static boolean identical(List<Integer> alive, double[][] closes) {
    for (int i : alive) {
      for (int l : alive) {
        if (l != i && closes[i][l] > 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<Ranked> rank(Ranked[] out, Metric.Better better) {
    Comparator<Ranked> byMean = Comparator.comparingDouble(Ranked::mean);
    return Arrays.stream(out)
        .sorted(Comparator.comparing((Ranked x) -> !x.survived())
            .thenComparing(better == Metric.Better.LOWER ? byMean : byMean.reversed()))
        .toList();
  }

  private static double[][] check(double[][] values, List<String> systems, int from, int count) {
    if (values.length != systems.size()) {
      throw new IllegalArgumentException("outputs for " + values.length + " systems, asked " + systems.size());
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i].length != count) {
        throw new IllegalArgumentException(systems.get(i) + ": " + values[i].length + " outputs, asked " + count);
      }
      for (int j = 0; j < count; j++) {
        if (!Double.isFinite(values[i][j])) {
          throw new IllegalArgumentException(systems.get(i) + ": output of replication " + (from + j) + " is "
              + values[i][j] + ", not a number to rank");
        }
      }
    }
    return values;
  }

  private static double mean(double[] x, int n) {
    double s = 0;
    for (int j = 0; j < n; j++) {
      s += x[j];
    }
    return s / n;
  }

  /** The sample variance (n - 1) of the paired differences {@code a[j] - b[j]}. */
  private static double differenceVariance(double[] a, double[] b) {
    int n = a.length;
    double mean = 0;
    for (int j = 0; j < n; j++) {
      mean += a[j] - b[j];
    }
    mean /= n;
    double ss = 0;
    for (int j = 0; j < n; j++) {
      double d = a[j] - b[j] - mean;
      ss += d * d;
    }
    return ss / (n - 1);
  }
}
