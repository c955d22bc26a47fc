package io.leansim.validation;

import static io.leansim.testing.Validation.assertAgrees;

import io.leansim.experiment.Summary;
import io.leansim.scenario.DistSpec;
import io.leansim.testing.Models;
import io.leansim.theory.QueueingTheory;
import io.leansim.testing.Validation;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * M/G/1 against the Pollaczek-Khinchine formula Wq = lambda E[S^2] / (2 (1 - rho)), with lambda =
 * 0.7 and service times of mean 1 (rho = 0.7): constant (M/D/1, half the M/M/1 wait), uniform,
 * gamma (squared coefficient of variation 2.25) and lognormal (SCV 1). E[S^2] comes from the
 * distribution's own exact mean and variance. Also Lq = lambda Wq.
 *
 * <p>Steady state: 20 replications of 40,000 minutes without drain, the first 1,000 discarded.
 * K and the seed: {@link Validation}.
 */
class PollaczekKhinchineValidationTest {
  private static final double LAMBDA = 0.7;
  /** Largest half-width accepted, as a fraction of the theory value. */
  private static final double PRECISION = 0.05;

  static Stream<Arguments> services() {
    return Stream.of(
        Arguments.of("M/D/1", new DistSpec.Constant(1)),
        Arguments.of("M/U/1", new DistSpec.Uniform(0.5, 1.5)),
        Arguments.of("M/Gamma/1", new DistSpec.Gamma(1, 1.5)),
        Arguments.of("M/LN/1", new DistSpec.Lognormal(1, 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("services")
  void pollaczekKhinchineWaitMatchesTheory(String model, DistSpec service) {
    Summary s = Validation.run(Models.singleQueue(LAMBDA, service, 1, Models.steady(40_000, 1_000, 20, Validation.SEED)));
    double wq = QueueingTheory.pollaczekKhinchineWaitMean(LAMBDA, service.mean(), service.variance());
    assertAgrees(model + " wait_mean", s.overall().get("wait_mean"), wq, PRECISION);
    assertAgrees(model + " queue_mean", s.steps().get("serve").get("queue_mean"), LAMBDA * wq, PRECISION);
    assertAgrees(model + " utilization", s.resources().get("desk").get("utilization"),
        LAMBDA * service.mean(), PRECISION);
  }
}
