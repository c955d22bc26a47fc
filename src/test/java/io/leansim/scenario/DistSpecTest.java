package io.leansim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistSpecTest {
  /**
   * Moments of a normal truncated at 0 whose mean lies far below 0: reference values from the
   * exact formulas with the upper tail computed by erfc (Python's math.erfc), to 1e-6 relative.
   */
  @ParameterizedTest
  @CsvSource({
      "-10, 1, 0.0980932339624232, 0.00944537782656596",
      "-20, 1, 0.049753068527138566, 0.002463261629372937",
      "-26, 1, 0.03834857949476245, 0.00146631958693888",
      "-260, 10, 0.3834857949476245, 0.146631958693888"})
  void aNormalFarBelowZeroHasTheTruncatedMoments(double mu, double sigma, double mean, double variance) {
    DistSpec.Normal n = new DistSpec.Normal(mu, sigma);
    assertThat(n.mean()).isCloseTo(mean, within(mean * 1e-5));
    assertThat(n.variance()).isCloseTo(variance, within(variance * 1e-5));
  }

  @ParameterizedTest
  @CsvSource({"-40, 1", "-1e12, 1e-12", "-1, 1e-12"})
  void aNormalWhoseTailUnderflowsStillHasFiniteMoments(double mu, double sigma) {
    DistSpec.Normal n = new DistSpec.Normal(mu, sigma);
    assertThat(n.mean()).isFinite().isPositive();
    assertThat(n.variance()).isFinite().isPositive();
  }
}
