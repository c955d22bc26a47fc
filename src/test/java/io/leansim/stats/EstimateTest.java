package io.leansim.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

class EstimateTest {
  @Test
  void halfWidthIsStudentTOverReplications() {
    List<Double> xs = List.of(3.1, 2.7, 4.0, 3.3, 2.9, 3.8);
    SummaryStatistics s = new SummaryStatistics();
    xs.forEach(s::addValue);
    double t = new TDistribution(xs.size() - 1).inverseCumulativeProbability(0.975);
    Estimate e = Estimate.of(xs);
    assertThat(e.mean()).isCloseTo(s.getMean(), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(e.halfWidth()).isCloseTo(t * s.getStandardDeviation() / Math.sqrt(xs.size()),
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(e.min()).isEqualTo(2.7);
    assertThat(e.max()).isEqualTo(4.0);
    assertThat(e.n()).isEqualTo(6);
  }

  @Test
  void oneReplicationHasNoInterval() {
    Estimate one = Estimate.of(List.of(5.0));
    assertThat(one.mean()).isEqualTo(5);
    assertThat(one.n()).isEqualTo(1);
    assertThat(one.hasInterval()).isFalse();
    assertThat(one.halfWidth()).isNaN();
    assertThat(one.low()).isNaN();
    assertThat(one.high()).isNaN();
  }

  @Test
  void undefinedReplicationsAreSkippedAndAllUndefinedIsNaN() {
    assertThat(Estimate.of(Arrays.asList(1.0, Double.NaN, 3.0)).mean()).isEqualTo(2.0);
    Estimate none = Estimate.of(List.of(Double.NaN, Double.NaN));
    assertThat(none.n()).isZero();
    assertThat(none.mean()).isNaN();
  }

  /** The ratio estimator, by hand: Σ y / Σ x with the delta-method half-width t s / (√n x̄), s² the variance of y − R x. */
  @Test
  void perCustomerFiguresAreRatiosOfSumsWithTheDeltaMethodInterval() {
    List<Double> means = List.of(2.0, 4.0, 3.0, 5.0); // the days' mean waits
    List<Double> customers = List.of(100.0, 300.0, 200.0, 400.0);
    double sumY = 2 * 100 + 4 * 300 + 3 * 200 + 5 * 400;
    double r = sumY / 1000;
    SummaryStatistics res = new SummaryStatistics();
    for (int i = 0; i < 4; i++) {
      res.addValue(means.get(i) * customers.get(i) - r * customers.get(i));
    }
    double t = new TDistribution(3).inverseCumulativeProbability(0.975);
    Estimate e = Estimate.ratio(means, customers, false, true);
    assertThat(e.mean()).isCloseTo(r, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(e.mean()).isNotCloseTo(3.5, org.assertj.core.data.Offset.offset(0.1)); // not the mean of daily means
    // SSJ's and Commons Math's t quantiles agree to about 1e-10
    assertThat(e.halfWidth()).isCloseTo(t * res.getStandardDeviation() / (2 * 250),
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(e.low()).isCloseTo(r - e.halfWidth(), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(e.customers()).isEqualTo(1000);
    assertThat(e.min()).isEqualTo(2.0);
    assertThat(e.max()).isEqualTo(5.0);
  }

  @Test
  void aDayWithoutCustomersCountsAsADayButAddsNothing() {
    Estimate e = Estimate.ratio(Arrays.asList(2.0, Double.NaN, 4.0), List.of(10.0, 0.0, 30.0), false, true);
    assertThat(e.mean()).isEqualTo(3.5);
    assertThat(e.n()).isEqualTo(3);
    assertThat(e.customers()).isEqualTo(40);
  }

  /** The finding: a small type's service level of 100% on every day printed "100% ± 0". */
  @Test
  void aShareOfOneOnEveryDayHasAnIntervalBelowOneFromTheCustomersSeen() {
    Estimate e = Estimate.ratio(List.of(1.0, 1.0, 1.0), List.of(4.0, 3.0, 5.0), true, true);
    assertThat(e.mean()).isEqualTo(1.0);
    assertThat(e.high()).isEqualTo(1.0);
    assertThat(e.low()).isLessThan(0.8).isGreaterThan(0); // Wilson on 12 customers with t(2) = 4.30
    assertThat(e.fewCustomers()).isTrue();
  }

  @Test
  void shareIntervalsStayWithinZeroAndOne() {
    Estimate e = Estimate.ratio(List.of(0.98, 0.9, 1.0, 0.95), List.of(50.0, 10.0, 5.0, 40.0), true, true);
    assertThat(e.low()).isGreaterThanOrEqualTo(0);
    assertThat(e.high()).isLessThanOrEqualTo(1);
    assertThat(e.high() - e.mean()).isLessThan(e.mean() - e.low()); // squeezed on the side of 1
    Estimate low = Estimate.ratio(List.of(0.0, 0.02, 0.0), List.of(50.0, 50.0, 50.0), true, true);
    assertThat(low.low()).isGreaterThanOrEqualTo(0).isLessThan(low.mean());
    assertThat(low.high()).isLessThan(1);
  }

  /** A pooled quantile: the half-width of the mean of the replications' linearised contributions. */
  @Test
  void aPooledQuantileTakesItsHalfWidthFromTheLinearisedContributions() {
    List<Double> days = List.of(10.0, 12.0, 11.0, 15.0);
    List<Double> influence = List.of(0.4, -0.3, 0.1, -0.2);
    Estimate q = Estimate.quantile(12.5, influence, days, 400);
    assertThat(q.mean()).isEqualTo(12.5);
    assertThat(q.halfWidth()).isEqualTo(Estimate.of(influence).halfWidth());
    assertThat(q.low()).isEqualTo(12.5 - q.halfWidth());
    assertThat(q.customers()).isEqualTo(400);
    assertThat(q.min()).isEqualTo(10.0);
    assertThat(Estimate.quantile(12.5, null, List.of(10.0), 40).hasInterval()).isFalse();
  }

  /** Sectioning (no density to linearise with): the spread of the days' quantiles about the pooled one. */
  @Test
  void withoutADensityAPooledQuantileIsSectioned() {
    List<Double> days = List.of(10.0, 12.0, 11.0, 15.0);
    SummaryStatistics about = new SummaryStatistics();
    days.forEach(d -> about.addValue((d - 12.5) * (d - 12.5)));
    double t = new TDistribution(3).inverseCumulativeProbability(0.975);
    Estimate q = Estimate.quantile(12.5, null, days, 400);
    assertThat(q.halfWidth()).isCloseTo(t * Math.sqrt(about.getSum() / 3 / 4), org.assertj.core.data.Offset.offset(1e-9));
  }
}
