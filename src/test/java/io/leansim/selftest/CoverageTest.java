package io.leansim.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.leansim.selftest.Coverage.Claim;
import io.leansim.selftest.Coverage.Outcome;
import io.leansim.selftest.Coverage.Side;
import io.leansim.selftest.Coverage.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statistics check themselves, in short (the full check is {@code leansim selftest --coverage}):
 * {@value #MACRO} macro-replications of small runs ({@link #SHORT}) from the self-test's fixed seed,
 * never tuned. Every tolerance is an exact binomial interval of the observed rate ({@link
 * Coverage#judge}): a coverage claim fails only when even the upper end of that interval is below
 * 95%; the false-mark claim only when even its lower end is above 5%. The {@value #CLAIMS} claims are
 * judged together, so each interval has confidence 1 - 0.05 / {@value #CLAIMS} (Bonferroni): a
 * correct estimator fails this test for at most 1 seed in 20, whatever future change re-rolls the
 * random numbers.
 *
 * <p>The check's own power: the same trials judged with every interval half as wide as it is
 * ({@link Coverage.Result#outcomes(double, double)} at 0.5, what an estimator with half the right
 * standard error would give) make every coverage claim fail. A half-width interval of a normal
 * estimate covers about 69% (P(|T| &lt; 1.05) with 19 degrees of freedom); with {@value #MACRO} trials
 * the binomial upper end is then below 80%, far from 95%.
 */
class CoverageTest {
  /** Macro-replications of the short check. */
  static final int MACRO = 200;

  /**
   * Small runs of an M/M/2 at utilisation 0.5 (a short relaxation, so that a short run is steady): 20
   * replications of 400 min after a 50-min warm-up; compares of 10 replications of two-hour days. With
   * 10 replications of 800 min instead, the intervals of the mean wait cover only about 91.5%, their
   * misses almost all on the low side: the days' mean waits are skewed, and 10 of them are too few
   * for Student's t.
   */
  static final Coverage.Plan SHORT = new Coverage.Plan(0.5, 20, 400, 50, 10, 120, 2, 10, 1);

  /** The benches of the short check: the intervals and the false marks. */
  static final Set<Coverage.Bench> BENCHES = EnumSet.of(Coverage.Bench.STEADY, Coverage.Bench.COMPARE);

  /** The claims judged together: the 10 coverage claims and the false marks. */
  static final int CLAIMS = 11;

  /** The binomial confidence of each of them. */
  static final double LEVEL = 1 - 0.05 / CLAIMS;

  private static Coverage.Result result;

  @BeforeAll
  static void runShortCheck() throws InterruptedException {
    result = Coverage.run(SHORT, BENCHES, MACRO, SelftestModels.DEFAULT_SEED, 2, done -> {});
    List<Outcome> asIs = result.outcomes(1, LEVEL);
    List<Outcome> halved = result.outcomes(0.5, LEVEL);
    for (int i = 0; i < asIs.size(); i++) {
      Outcome o = asIs.get(i);
      System.out.printf("[coverage] %s: %d/%d (%.3f - %.3f) %s, %.3f per run; half-width intervals: %d/%d %s%n",
          o.claim().name(), o.hits(), o.trials(), o.low(), o.high(), o.verdict(), o.meanCount(), halved.get(i).hits(),
          o.trials(), halved.get(i).verdict());
    }
  }

  @Test
  void everyIntervalCoversTheTruthAtItsNominalRate() {
    List<Outcome> coverage = result.outcomes(1, LEVEL).stream().filter(o -> isCoverage(o.claim())).toList();
    assertThat(coverage).hasSize(CLAIMS - 1);
    assertThat(coverage).allSatisfy(o -> assertThat(o.verdict())
        .as("%s covered %d of %d, binomial interval %.3f - %.3f", o.claim().name(), o.hits(), o.trials(), o.low(),
            o.high())
        .isEqualTo(Verdict.PASS));
  }

  @Test
  void intervalsHalfAsWideAsTheyShouldBeAreCaught() {
    List<Outcome> halved = result.outcomes(0.5, LEVEL).stream().filter(o -> isCoverage(o.claim())).toList();
    assertThat(halved).hasSize(CLAIMS - 1).allSatisfy(o -> assertThat(o.verdict())
        .as("%s with half-width intervals covered %d of %d", o.claim().name(), o.hits(), o.trials())
        .isEqualTo(Verdict.FAIL));
  }

  @Test
  void noOpVariantsAreMarkedInAtMostFivePercentOfCompares() {
    Outcome falseMarks = result.outcomes(1, LEVEL).stream()
        .filter(o -> o.claim().name().startsWith("no-op variants")).findFirst().orElseThrow();
    assertThat(falseMarks.claim().side()).isEqualTo(Side.AT_MOST);
    assertThat(falseMarks.verdict())
        .as("%d of %d compares with a false mark (%.3f marks per compare)", falseMarks.hits(), falseMarks.trials(),
            falseMarks.meanCount())
        .isEqualTo(Verdict.PASS);
  }

  /**
   * Issue 15's finding 1 for percentiles: a variant that changes nothing sees its 95th-percentile
   * wait marked, as a single test, in at most 5% of compares. (With the sectioning interval, which
   * rests on the days' own percentiles, near the day's longest wait for a small type of 12 customers
   * a day, it was 11% for the small type here; the linearised interval of the pooled quantile fixed it.)
   */
  @Test
  void percentileDifferencesOfNoOpVariantsAreMarkedAtMostAtTheNominalRate() {
    assertThat(result.outcomes(1, LEVEL).stream().filter(o -> o.claim().name().startsWith("no-op variant: "))
        .toList()).hasSize(3).allSatisfy(o -> assertThat(o.verdict())
            .as("%s: %d of %d", o.claim().name(), o.hits(), o.trials()).isEqualTo(Verdict.PASS));
  }

  @Test
  void macroReplicationsHaveTheirOwnReproducibleSeeds() {
    assertThat(Coverage.seed(1, 0)).isEqualTo(Coverage.seed(1, 0)).isNotEqualTo(Coverage.seed(1, 1))
        .isNotEqualTo(Coverage.seed(2, 0));
  }

  @Test
  void theBinomialIntervalIsExactAtTheEnds() {
    double[] none = Coverage.clopperPearson(0, 10, 0.95);
    double[] all = Coverage.clopperPearson(10, 10, 0.95);
    // Clopper-Pearson at 0 of n: upper end 1 - (alpha/2)^(1/n); at n of n symmetrically.
    assertThat(none[0]).isZero();
    assertThat(none[1]).isCloseTo(1 - Math.pow(0.025, 0.1), within(1e-9));
    assertThat(all[0]).isCloseTo(Math.pow(0.025, 0.1), within(1e-9));
    assertThat(all[1]).isEqualTo(1);
  }

  @Test
  void aClaimFailsOnlyOnItsBadSide() {
    Claim coverage = new Claim("g", "coverage", 1, Side.AT_LEAST, 0.95);
    Claim marks = new Claim("g", "marks", Double.NaN, Side.AT_MOST, 0.05);
    List<Coverage.Trial> allHit = Collections.nCopies(200, new Coverage.Event(true, 1));
    List<Coverage.Trial> noneHit = Collections.nCopies(200, new Coverage.Event(false, 0));
    assertThat(Coverage.judge(coverage, allHit, 1, 0.95).verdict()).isEqualTo(Verdict.PASS);
    assertThat(Coverage.judge(coverage, noneHit, 1, 0.95).verdict()).isEqualTo(Verdict.FAIL);
    assertThat(Coverage.judge(marks, noneHit, 1, 0.95).verdict()).isEqualTo(Verdict.PASS);
    assertThat(Coverage.judge(marks, allHit, 1, 0.95).verdict()).isEqualTo(Verdict.FAIL);
    // Of 200: 184 covered (92%) is within chance of 95% (the exact interval reaches 95.4%), 183 is not (94.97%).
    assertThat(Coverage.judge(coverage, covered(184, 200), 1, 0.95).verdict()).isEqualTo(Verdict.PASS);
    assertThat(Coverage.judge(coverage, covered(183, 200), 1, 0.95).verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void anIntervalCoversWhenTheTruthIsWithinItsEndsScaledAboutTheEstimate() {
    Coverage.Interval i = new Coverage.Interval(1.0, 1.5, 0.9, 2.0);
    assertThat(i.hit(1)).isTrue();
    assertThat(i.hit(0.5)).isFalse(); // [1.2, 1.75]
    assertThat(new Coverage.Interval(1.0, 1.5, Double.NaN, Double.NaN).hit(1)).isFalse();
  }

  private static List<Coverage.Trial> covered(int hits, int n) {
    List<Coverage.Trial> out = new ArrayList<>(Collections.nCopies(hits, new Coverage.Event(true, 0)));
    out.addAll(Collections.nCopies(n - hits, new Coverage.Event(false, 0)));
    return out;
  }

  private static boolean isCoverage(Claim c) {
    return c.side() == Side.AT_LEAST && !Double.isNaN(c.truth());
  }
}
