package io.leansim.model;

import static io.leansim.testing.Tiny.constant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leansim.scenario.ArrivalPattern;
import io.leansim.scenario.ArrivalStream;
import io.leansim.scenario.CustomerType;
import io.leansim.scenario.Discipline;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.ServiceTime;
import io.leansim.scenario.Step;
import io.leansim.scenario.ValueClass;
import io.leansim.testing.Tiny;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The safety net of a replication that runs away (issue 14): customers going round a route with no
 * way out (which validation refuses, but a scenario built in code can have) stop the run with a
 * message instead of hanging. Each test has a timeout: before the net, they ran for ever.
 */
class SafetyNetTest {
  private static final List<CustomerType> ONE_TYPE = List.of(CustomerType.of("a"));

  private static Step step(String name, List<String> pools, double time, Map<String, Double> next) {
    return new Step(name, pools, ServiceTime.of(constant(time)), ValueClass.NECESSARY, List.of(), Discipline.FIFO,
        OptionalDouble.empty(), null, OptionalInt.empty(), null, null, next);
  }

  private static Scenario loop(double time, double rate, boolean drain) {
    ArrivalStream poisson = new ArrivalStream("walk_in", new ArrivalPattern.PoissonRate(rate), Map.of("a", 1.0));
    return Tiny.scenario(ONE_TYPE, List.of(poisson), List.of(new ResourcePool("desk", 2)),
        List.of(step("reception", List.of(), time, Map.of("serve", 1.0)),
            step("serve", List.of("desk"), time, Map.of("reception", 1.0))), 1000, drain);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aDrainThatRunsFarPastTheHorizonStopsAtTheDrainBound() {
    assertThatThrownBy(() -> Tiny.run(loop(1, 0.01, true)))
        .isInstanceOf(UnstableSystemException.class)
        .hasMessageContaining("ran far past its horizon while draining")
        .hasMessageContaining("customers were still inside (")
        .hasMessageContaining("check the routing ('next', 'rework')");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void customersGoingRoundInNoTimeStopAtTheEventBudget() {
    assertThatThrownBy(() -> Tiny.run(loop(0, 0.01, true)))
        .isInstanceOf(UnstableSystemException.class)
        .hasMessageContaining("passed its event budget")
        .hasMessageContaining("check the routing ('next', 'rework')");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void withoutDrainTheRunStopsAtTheHorizonUnlessTheLoopTakesNoTime() {
    Tiny.Run r = Tiny.run(loop(1, 0.01, false));
    assertThat(r.stats().overall().get("completed")).isZero();
    assertThatThrownBy(() -> Tiny.run(loop(0, 0.01, false))).isInstanceOf(UnstableSystemException.class);
  }

  @Test
  void aLongButFiniteLoopIsNotStopped() {
    ArrivalStream poisson = new ArrivalStream("walk_in", new ArrivalPattern.PoissonRate(0.5), Map.of("a", 1.0));
    Scenario s = Tiny.scenario(ONE_TYPE, List.of(poisson), List.of(new ResourcePool("desk", 1)),
        List.of(step("serve", List.of("desk"), 0.01, Map.of("serve", 0.999, Step.EXIT, 0.001))), 100, true);
    Tiny.Run r = Tiny.run(s);
    assertThat(r.stats().overall().get("completed")).isEqualTo(r.stats().overall().get("arrived"));
  }
}
