package io.leansim.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.selftest.Coverage.Claim;
import io.leansim.selftest.Coverage.Outcome;
import io.leansim.selftest.Coverage.Side;
import io.leansim.selftest.Coverage.Verdict;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statistics check themselves, in short (the full check is {@code leansim selftest --coverage}):
 * {@link #MACRO} macro-replications of small runs ({@link #SHORT}) from a fixed seed, never tuned.
 * Every tolerance is the claim's exact binomial 95% interval ({@link Coverage#judge}): a coverage
 * claim fails only when even the upper end of that interval is below 95%; a false-mark claim only
 * when even its lower end is above 5%.
 *
 * <p>The check's own power: the same trials judged with every interval half as wide as it is
 * ({@link Coverage.Result#outcomes(double)} at 0.5, what an estimator with half the right standard
 * error would give) make every coverage claim fail. A half-width interval of a normal estimate
 * covers about 69% (P(|Z| &lt; 0.98)); with {@value #MACRO} trials the binomial upper end is then
 * about 75%, far below 95%.
 */
class CoverageTest {
  /** Macro-replications of the short check. */
  static final int MACRO = 200;

  /**
   * Small runs of an M/M/2 at utilisation 0.6 (short relaxation, so that a short run is steady): 10
   * replications of 500 min after a 100-min warm-up; compares of one-hour days.
   */
  static final Coverage.Plan SHORT = new Coverage.Plan(0.6, 10, 500, 100, 60, 10, 60, 10);

  /** The benches of the short check: the intervals and the false marks. */
  static final Set<Coverage.Bench> BENCHES = EnumSet.of(Coverage.Bench.STEADY, Coverage.Bench.COMPARE);

  private static Coverage.Result result;

  @BeforeAll
  static void runShortCheck() throws InterruptedException {
    result = Coverage.run(SHORT, BENCHES, MACRO, SelftestModels.DEFAULT_SEED, 2, done -> {});
    List<Outcome> halved = result.outcomes(0.5);
    for (int i = 0; i < halved.size(); i++) {
      Outcome o = result.outcomes().get(i);
      System.out.printf("[coverage] %s: %d/%d (%.3f - %.3f) %s, %.3f per run; half-width intervals: %d/%d %s%n",
          o.claim().name(), o.hits(), o.trials(), o.low(), o.high(), o.verdict(), o.meanCount(), halved.get(i).hits(),
          o.trials(), halved.get(i).verdict());
    }
  }

  /**
   * The overall figures, the utilisation and the paired differences. The small type's figures rest on
   * about 50 customers a replication here, too few for the normal approximation (they cover about 90%
   * at these sizes): the full check, with runs four times as long, measures them.
   */
  @Test
  void everyIntervalCoversTheTruthAtItsNominalRate() {
    List<Outcome> coverage = result.outcomes().stream()
        .filter(o -> isCoverage(o.claim()) && !o.claim().name().startsWith("types.")).toList();
    assertThat(coverage).hasSize(6);
    assertThat(coverage).allSatisfy(o -> assertThat(o.verdict())
        .as("%s covered %d of %d, binomial interval %.3f - %.3f", o.claim().name(), o.hits(), o.trials(), o.low(),
            o.high())
        .isEqualTo(Verdict.PASS));
  }

  @Test
  void intervalsHalfAsWideAsTheyShouldBeAreCaught() {
    List<Outcome> halved = result.outcomes(0.5).stream().filter(o -> isCoverage(o.claim())).toList();
    assertThat(halved).hasSize(9).allSatisfy(o -> assertThat(o.verdict())
        .as("%s with half-width intervals covered %d of %d", o.claim().name(), o.hits(), o.trials())
        .isEqualTo(Verdict.FAIL));
  }

  @Test
  void noOpVariantsAreMarkedInAtMostFivePercentOfCompares() {
    Outcome falseMarks = outcome("no-op variants");
    assertThat(falseMarks.claim().side()).isEqualTo(Side.AT_MOST);
    assertThat(falseMarks.verdict())
        .as("%d of %d compares with a false mark (%.3f marks per compare)", falseMarks.hits(), falseMarks.trials(),
            falseMarks.meanCount())
        .isEqualTo(Verdict.PASS);
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
    assertThat(none[1]).isCloseTo(1 - Math.pow(0.025, 0.1), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(all[0]).isCloseTo(Math.pow(0.025, 0.1), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(all[1]).isEqualTo(1);
  }

  @Test
  void aClaimFailsOnlyOnItsBadSide() {
    Claim coverage = new Claim("g", "coverage", 1, Side.AT_LEAST, 0.95);
    Claim marks = new Claim("g", "marks", Double.NaN, Side.AT_MOST, 0.05);
    List<Coverage.Trial> allHit = java.util.Collections.nCopies(200, new Coverage.Event(true, 1));
    List<Coverage.Trial> noneHit = java.util.Collections.nCopies(200, new Coverage.Event(false, 0));
    assertThat(Coverage.judge(coverage, allHit, 1).verdict()).isEqualTo(Verdict.PASS);
    assertThat(Coverage.judge(coverage, noneHit, 1).verdict()).isEqualTo(Verdict.FAIL);
    assertThat(Coverage.judge(marks, noneHit, 1).verdict()).isEqualTo(Verdict.PASS);
    assertThat(Coverage.judge(marks, allHit, 1).verdict()).isEqualTo(Verdict.FAIL);
  }

  private static boolean isCoverage(Claim c) {
    return c.side() == Side.AT_LEAST && !Double.isNaN(c.truth());
  }

  private static Outcome outcome(String prefix) {
    return result.outcomes().stream().filter(o -> o.claim().name().startsWith(prefix)).findFirst().orElseThrow();
  }
}
