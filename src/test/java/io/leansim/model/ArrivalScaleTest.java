package io.leansim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leansim.scenario.ArrivalPattern;
import io.leansim.scenario.ArrivalStream;
import io.leansim.scenario.CustomerType;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import io.leansim.testing.Tiny;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 3: {@code scale: FACTOR} multiplies a Poisson stream's rate or schedule, and
 * draws the same uniforms as the stream as written (each gap is the baseline's gap divided by the
 * factor), so a grown variant is paired with its baseline.
 */
class ArrivalScaleTest {
  /** Two-sided 99.9% normal quantile: a Poisson count is within this many standard deviations. */
  private static final double Z = 3.29;

  private static final double HORIZON = 10_000;

  private static double arrived(ArrivalPattern pattern, double scale, double horizon) {
    ArrivalStream s = new ArrivalStream("walk_in", pattern, Map.of("a", 1.0), null, scale);
    Scenario sc = Tiny.scenario(List.of(CustomerType.of("a")), List.of(s), List.of(new ResourcePool("desk", 1000)),
        List.of(Tiny.step("serve", "desk", 0.1)), horizon, false);
    return Tiny.run(sc).stats().overall().get("arrived");
  }

  /** The count of arrivals is within its Poisson interval around {@code expected}. */
  private static void assertPoisson(double count, double expected) {
    assertThat(count).isCloseTo(expected, Offset.offset(Z * Math.sqrt(expected)));
  }

  @Test
  void aScaledRateBringsFactorTimesTheCustomers() {
    double rate = 0.5;
    for (double factor : new double[] {0.7, 1.3}) {
      assertPoisson(arrived(new ArrivalPattern.PoissonRate(rate), factor, HORIZON), factor * rate * HORIZON);
    }
  }

  @Test
  void aScaledScheduleMultipliesEveryPeriod() {
    ArrivalPattern.PoissonSchedule schedule = new ArrivalPattern.PoissonSchedule(List.of(
        new ArrivalPattern.RatePeriod(0, 0.2), new ArrivalPattern.RatePeriod(4_000, 0.6)));
    double asWritten = 0.2 * 4_000 + 0.6 * (HORIZON - 4_000);
    assertPoisson(arrived(schedule, 1.2, HORIZON), 1.2 * asWritten);
    assertThat(1.2 * asWritten - asWritten).as("the test can tell the factor from none")
        .isGreaterThan(2 * Z * Math.sqrt(1.2 * asWritten));
  }

  /**
   * Common random numbers: the grown stream's arrivals are the baseline's sped up by the factor,
   * so over the horizon it brings exactly the customers the baseline brings over factor times it.
   */
  @Test
  void aScaledStreamDrawsTheBaselinesUniforms() {
    ArrivalPattern rate = new ArrivalPattern.PoissonRate(0.5);
    assertThat(arrived(rate, 1.25, 2_000)).isEqualTo(arrived(rate, 1, 2_500));
    assertThat(arrived(rate, 0.8, 2_000)).isEqualTo(arrived(rate, 1, 1_600));
  }

  @Test
  void onlyARateOrScheduleCanBeScaled() {
    ArrivalPattern slots = new ArrivalPattern.Appointments(15, 0, null, 0);
    assertThatThrownBy(() -> new ArrivalStream("booked", slots, Map.of("a", 1.0), null, 1.2))
        .hasMessageContaining("rate or schedule");
    assertThatThrownBy(() -> new ArrivalStream("walk_in", new ArrivalPattern.PoissonRate(1), Map.of("a", 1.0), null, 0))
        .hasMessageContaining("> 0");
    assertThat(new ArrivalStream("booked", slots, Map.of("a", 1.0)).scale()).isEqualTo(1);
  }
}
