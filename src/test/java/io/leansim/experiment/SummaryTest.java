package io.leansim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.stats.Estimate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A summary is a value: the wait distribution it hands out is a copy. */
class SummaryTest {
  private static Summary summary() {
    double[] waits = new double[101];
    waits[100] = 7;
    return new Summary("hall", "baseline", null, "min", 0, 1, 1,
        Map.of("wait_mean", new Estimate(2, 0, 2, 2, 1)), Map.of(), Map.of(), Map.of(), null, null, waits);
  }

  @Test
  void changingTheHandedOutWaitPercentilesLeavesTheSummaryAsItWas() {
    Summary s = summary();
    s.waitPercentiles()[100] = 99;
    assertThat(s.waitPercentiles()[100]).isEqualTo(7);
    assertThat(s).isEqualTo(summary());
  }
}
