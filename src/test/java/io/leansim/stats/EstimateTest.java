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
}
