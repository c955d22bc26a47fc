package io.leansim.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.stats.Estimate;
import org.junit.jupiter.api.Test;

/** The sweep's tables write a figure as the console's tables do ({@link FigureText}). */
class SweepReportTest {
  @Test
  void aShareWithAnAsymmetricIntervalShowsItsEnds() {
    Estimate share = new Estimate(0.981, 0.05, 0.910, 0.997, 0.9, 1.0, 20, 400);
    assertThat(SweepReport.cell("service_level", share)).isEqualTo("98.1% (91.0%–99.7%)");
  }

  @Test
  void aSymmetricIntervalIsPlusMinusAndOneReplicationHasNone() {
    Estimate wait = new Estimate(6.56, 2.44, 4.12, 9.00, 3.0, 11.0, 5, 600);
    assertThat(SweepReport.cell("wait_mean", wait)).isEqualTo("6.56 ± 2.44");
    Estimate one = new Estimate(6.56, Double.NaN, Double.NaN, Double.NaN, 6.56, 6.56, 1, 120);
    assertThat(SweepReport.cell("wait_mean", one)).isEqualTo("6.56 ± n/a");
    assertThat(SweepReport.cell("wait_mean", Estimate.undefined())).isEqualTo("–");
  }
}
