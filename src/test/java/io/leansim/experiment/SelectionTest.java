package io.leansim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leansim.experiment.Selection.Outcome;
import io.leansim.experiment.Selection.Plan;
import io.leansim.experiment.Selection.Stop;
import io.leansim.stats.Metric.Better;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * KN, the selection of the best system, on synthetic normal outputs drawn from a fixed-seed
 * generator: its probability of correct selection in the slippage configuration, equal means, a
 * clear winner, the cap, and what common random numbers save. Rates are judged by their binomial
 * intervals (Wilson, 95%), never against a bare decimal.
 */
class SelectionTest {
  private static final double DELTA = 1;
  private static final int N0 = 10;

  /**
   * Normal outputs of {@code means.length} systems with standard deviation 1 and correlation {@code
   * rho} between systems in the same replication (common random numbers), drawn replication by
   * replication from {@code seed}: replication j is the same whichever systems are asked for.
   */
  private static final class Normals implements Selection.Source {
    private final double[] means;
    private final double rho;
    private final Random random;
    private final List<double[]> rows = new ArrayList<>();
    int fetches;

    Normals(double[] means, double rho, long seed) {
      this.means = means.clone();
      this.rho = rho;
      this.random = new Random(seed);
    }

    @Override
    public double[][] outputs(List<String> systems, int from, int count) {
      fetches++;
      while (rows.size() < from + count) {
        double common = random.nextGaussian();
        double[] row = new double[means.length];
        for (int i = 0; i < row.length; i++) {
          row[i] = means[i] + Math.sqrt(rho) * common + Math.sqrt(1 - rho) * random.nextGaussian();
        }
        rows.add(row);
      }
      double[][] out = new double[systems.size()][count];
      for (int s = 0; s < systems.size(); s++) {
        int i = Integer.parseInt(systems.get(s).substring(1));
        for (int j = 0; j < count; j++) {
          out[s][j] = rows.get(from + j)[i];
        }
      }
      return out;
    }
  }

  private static List<String> names(int k) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      names.add("s" + i);
    }
    return names;
  }

  private static Plan plan(int k, int cap, int parallelism) {
    return new Plan(names(k), Better.LOWER, DELTA, N0, cap, parallelism);
  }

  /** The Wilson 95% interval of {@code successes} out of {@code n}: {low, high}. */
  private static double[] wilson(int successes, int n) {
    double z = 1.959963984540054;
    double p = (double) successes / n;
    double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n));
    return new double[] {centre - half, centre + half};
  }

  @Test
  void h2IsKimAndNelsons() {
    // k = 2, n0 = 10: eta = ((0.1)^(-2/9) - 1) / 2; h² = 2 eta 9
    double eta = 0.5 * (Math.pow(0.1, -2.0 / 9) - 1);
    assertThat(Selection.h2(2, 10)).isEqualTo(2 * eta * 9);
  }

  /**
   * The slippage configuration (the best exactly delta better than every other, the hardest case
   * for the guarantee), with delta a quarter of the standard deviation, so that the first stage
   * alone cannot decide and the sequential bands do the work: over 1000 macro-replications, the
   * best is selected at least 95% of the time, within the binomial interval of the observed rate
   * (KN is a little conservative: about 95-96% here; with h² halved it falls to about 86%).
   */
  @Test
  void selectsTheBestWithProbabilityAtLeast95PercentInTheSlippageConfiguration() throws InterruptedException {
    int macro = 1000;
    int correct = 0;
    double delta = 0.25;
    Plan plan = new Plan(names(5), Better.LOWER, delta, N0, 100_000, 4);
    Random seeds = new Random(20261207);
    for (int m = 0; m < macro; m++) {
      double[] means = {delta, delta, 0, delta, delta}; // lower is better: s2 is the best
      Outcome o = Selection.run(plan, new Normals(means, 0, seeds.nextLong()));
      assertThat(o.stop()).isEqualTo(Stop.SELECTED);
      if ("s2".equals(o.best())) {
        correct++;
      }
    }
    assertThat(wilson(correct, macro)[1]).as("PCS %d/%d", correct, macro).isGreaterThanOrEqualTo(0.95);
  }

  /** Equal means: every selection is correct; the procedure still ends, on each system about as often. */
  @Test
  void equalMeansEndWithAnySystemAsOftenAsAnother() throws InterruptedException {
    int macro = 400;
    int k = 4;
    int[] chosen = new int[k];
    Random seeds = new Random(7);
    for (int m = 0; m < macro; m++) {
      Outcome o = Selection.run(plan(k, 100_000, 1), new Normals(new double[k], 0, seeds.nextLong()));
      assertThat(o.stop()).isEqualTo(Stop.SELECTED);
      chosen[Integer.parseInt(o.best().substring(1))]++;
    }
    for (int c : chosen) {
      double[] ci = wilson(c, macro);
      assertThat(ci[0] <= 1.0 / k && 1.0 / k <= ci[1]).as("chosen %d of %d", c, macro).isTrue();
    }
  }

  /** A winner far ahead eliminates the others at the first check, after the first stage. */
  @Test
  void aClearWinnerEliminatesTheOthersAtOnce() throws InterruptedException {
    Outcome o = Selection.run(plan(3, 1000, 1), new Normals(new double[] {0, 20, 25}, 0, 11));
    assertThat(o.stop()).isEqualTo(Stop.SELECTED);
    assertThat(o.best()).isEqualTo("s0");
    assertThat(o.replications()).isEqualTo(N0);
    assertThat(o.ranking()).extracting(Selection.Ranked::system).containsExactly("s0", "s1", "s2");
    assertThat(o.ranking().subList(1, 3)).allSatisfy(r -> {
      assertThat(r.eliminatedBy()).isEqualTo("s0");
      assertThat(r.replications()).isEqualTo(N0);
    });
  }

  /** Close systems and a low cap: several survive, and the outcome says the cap ended it. */
  @Test
  void theCapLeavesSeveralSurvivorsAndSaysSo() throws InterruptedException {
    Outcome o = Selection.run(plan(4, 15, 2), new Normals(new double[] {0, 0.05, 0.1, 0.05}, 0, 3));
    assertThat(o.stop()).isEqualTo(Stop.CAP);
    assertThat(o.replications()).isEqualTo(15);
    assertThat(o.survivors()).hasSizeGreaterThan(1);
    assertThat(o.best()).isNull();
  }

  /**
   * Common random numbers (outputs correlated 0.8 across systems) shrink the variances of the
   * differences fivefold, and with them the replications KN needs; and the decisions do not depend
   * on how many outputs are fetched at once.
   */
  @Test
  void commonRandomNumbersNeedFewerReplications() throws InterruptedException {
    double[] means = {0, 0.25, 0.25, 0.5};
    Plan narrow = new Plan(names(4), Better.LOWER, 0.25, N0, 100_000, 1);
    long crn = 0;
    long independent = 0;
    Random seeds = new Random(99);
    for (int m = 0; m < 200; m++) {
      long seed = seeds.nextLong();
      crn += total(Selection.run(narrow, new Normals(means, 0.8, seed)));
      independent += total(Selection.run(narrow, new Normals(means, 0, seed)));
    }
    assertThat(crn * 2).as("CRN %d, independent %d", crn, independent).isLessThan(independent);
  }

  /** The replications of every system together. */
  private static long total(Outcome o) {
    return o.ranking().stream().mapToLong(Selection.Ranked::replications).sum();
  }

  @Test
  void batchesGiveExactlyTheSequentialDecisions() throws InterruptedException {
    double[] means = {0, 0.3, 0.6, 0.9, 1.2};
    Random seeds = new Random(5);
    for (int m = 0; m < 50; m++) {
      long seed = seeds.nextLong();
      Normals one = new Normals(means, 0.3, seed);
      Normals many = new Normals(means, 0.3, seed);
      Outcome sequential = Selection.run(plan(5, 500, 1), one);
      Outcome batched = Selection.run(plan(5, 500, 37), many);
      assertThat(batched.stop()).isEqualTo(sequential.stop());
      assertThat(batched.replications()).isEqualTo(sequential.replications());
      assertThat(batched.ranking()).isEqualTo(sequential.ranking());
      assertThat(many.fetches).isLessThanOrEqualTo(one.fetches);
    }
  }

  /** Higher-is-better figures are ranked the other way. */
  @Test
  void higherIsBetterSelectsTheLargest() throws InterruptedException {
    Plan p = new Plan(names(3), Better.HIGHER, DELTA, N0, 1000, 1);
    Outcome o = Selection.run(p, new Normals(new double[] {0, 20, 25}, 0, 11));
    assertThat(o.best()).isEqualTo("s2");
    assertThat(o.ranking()).extracting(Selection.Ranked::system).containsExactly("s2", "s1", "s0");
  }

  /** A variant that does not change the figure (the same output in every replication) ties with the baseline at once. */
  @Test
  void identicalOutputsTieAtOnce() throws InterruptedException {
    Selection.Source same = (systems, from, count) -> {
      double[][] out = new double[systems.size()][count];
      for (int s = 0; s < systems.size(); s++) {
        for (int j = 0; j < count; j++) {
          out[s][j] = systems.get(s).equals("s2") ? 50 + j : 3 + Math.sin(from + j);
        }
      }
      return out;
    };
    Outcome o = Selection.run(plan(3, 1000, 1), same);
    assertThat(o.stop()).isEqualTo(Stop.TIED);
    assertThat(o.replications()).isEqualTo(N0);
    assertThat(o.survivors()).containsExactly("s0", "s1");
  }

  @Test
  void oneSystemHasNothingToSelect() throws InterruptedException {
    Outcome o = Selection.run(plan(1, 100, 1), new Normals(new double[] {4}, 0, 1));
    assertThat(o.stop()).isEqualTo(Stop.NOTHING_TO_SELECT);
    assertThat(o.best()).isEqualTo("s0");
  }

  @Test
  void undefinedOutputsAreRefused() {
    Selection.Source nan = (systems, from, count) -> {
      double[][] out = new double[systems.size()][count];
      out[1][3] = Double.NaN;
      return out;
    };
    assertThatThrownBy(() -> Selection.run(plan(3, 100, 1), nan))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s1").hasMessageContaining("replication 3");
  }

  @Test
  void aFigureWithNoBetterDirectionCannotRank() {
    assertThatThrownBy(() -> new Plan(names(2), Better.NEITHER, 1, N0, 100, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Plan(names(2), Better.LOWER, 0, N0, 100, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
