package io.leansim.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.engine.Sampler;
import io.leansim.engine.Samplers;
import io.leansim.engine.StreamPlan;
import io.leansim.scenario.DistSpec;
import io.leansim.testing.Validation;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.leansim.engine.Uniforms;

/**
 * Inversion samplers ({@link Samplers#of}) for every distribution of the scenario format: monotone
 * in the uniform (what keeps common random numbers meaningful), and with the mean and variance the
 * scenario record states (which checks the mapping onto SSJ's parameterisations).
 *
 * <p>Moments: 200,000 draws per distribution from uniforms of an MRG32k3a stream of the validation
 * seed. The sample mean must be within K x 1.96 standard errors of {@code spec.mean()} (1.96 SE is
 * the 95% half-width, K as in {@link Validation}: 4.9 SE, a two-sided false-alarm probability of about 1e-6 for a normal statistic),
 * with SE = sqrt(variance / n). The sample variance s^2 must be within K x 1.96 of its asymptotic
 * standard error sqrt((m4 - s^4) / n) of {@code spec.variance()}, m4 being the sample fourth central
 * moment (the delta-method variance of s^2). Each half-width must also be below 5% of the value.
 */
class InversionSamplingTest {
  private static final int DRAWS = 200_000;
  /** Largest half-width accepted, as a fraction of the theory value. */
  private static final double PRECISION = 0.05;
  private static final double Z95 = 1.959963984540054;

  /** One representative of every DistSpec record; a new distribution must be added here. */
  static Stream<DistSpec> examples() {
    return Stream.of(
        new DistSpec.Constant(2.5),
        new DistSpec.Exponential(1.5),
        new DistSpec.Uniform(1, 3),
        new DistSpec.Triangular(1, 2, 4),
        new DistSpec.Normal(1, 1), // truncation at 0 removes 16% of the mass
        new DistSpec.Normal(10, 2), // truncation negligible
        new DistSpec.Lognormal(2, 1.5),
        new DistSpec.Gamma(2, 1),
        new DistSpec.Gamma(1, 1.5),
        new DistSpec.Erlang(3, 2),
        new DistSpec.Weibull(1.5, 2),
        new DistSpec.Weibull(0.8, 1),
        new DistSpec.Empirical(List.of(5.0, 1.0, 2.0, 2.0, 9.0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void samplerIsMonotoneNonDecreasingInU(DistSpec spec) {
    Sampler s = Samplers.of(spec);
    double previous = s.sample(1e-9);
    assertThat(previous).isFinite().isGreaterThanOrEqualTo(0);
    for (int i = 1; i < 100_000; i++) {
      double x = s.sample(i / 100_000.0);
      assertThat(x).as("%s at u = %s", spec, i / 100_000.0).isFinite().isGreaterThanOrEqualTo(previous);
      previous = x;
    }
    double last = s.sample(1 - 1e-9);
    assertThat(last).isFinite().isGreaterThanOrEqualTo(previous);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void sampleMeanAndVarianceMatchTheSpec(DistSpec spec) {
    Sampler s = Samplers.of(spec);
    Uniforms u = new StreamPlan(Validation.SEED).stream(0, "sampling/" + spec);
    double[] x = new double[DRAWS];
    for (int i = 0; i < DRAWS; i++) {
      x[i] = s.sample(u.next());
    }
    double mean = Arrays.stream(x).average().orElseThrow();
    double m2 = 0;
    double m4 = 0;
    for (double v : x) {
      double d = (v - mean) * (v - mean);
      m2 += d;
      m4 += d * d;
    }
    double variance = m2 / (DRAWS - 1);
    m4 /= DRAWS;
    if (spec.variance() == 0) {
      assertThat(x).containsOnly(spec.mean());
      return;
    }
    check(spec + " mean", mean, spec.mean(), Z95 * Math.sqrt(spec.variance() / DRAWS));
    check(spec + " variance", variance, spec.variance(), Z95 * Math.sqrt((m4 - variance * variance) / DRAWS));
  }

  private static void check(String what, double estimate, double theory, double halfWidth) {
    String line = String.format("%s: theory %.6g, estimate %.6g +- %.3g", what, theory, estimate, halfWidth);
    System.out.println("[validation] " + line);
    assertThat(halfWidth).as("half-width below %s of theory: %s", PRECISION, line).isLessThan(PRECISION * theory);
    assertThat(Math.abs(estimate - theory)).as(line).isLessThanOrEqualTo(Validation.K * halfWidth);
  }

  @Test
  void everyDistributionHasAnExampleAndASampler() {
    List<Class<?>> covered = examples().map(Object::getClass).distinct().<Class<?>>map(c -> c).toList();
    assertThat(covered).containsExactlyInAnyOrder(DistSpec.class.getPermittedSubclasses());
    for (DistSpec spec : examples().toList()) {
      Sampler s = Samplers.of(spec);
      for (double u : new double[] {0.001, 0.5, 0.999}) {
        assertThat(s.sample(u)).as("%s at %s", spec, u).isFinite().isGreaterThanOrEqualTo(0);
      }
    }
  }
}
