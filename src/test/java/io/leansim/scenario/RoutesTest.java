package io.leansim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RoutesTest {
  private static Step step(String name, Step.Rework rework, Map<String, Double> next, String... forTypes) {
    return new Step(name, List.of("desk"), ServiceTime.of(new DistSpec.Constant(1)), ValueClass.NECESSARY,
        List.of(forTypes), Discipline.FIFO, OptionalDouble.empty(), null, OptionalInt.empty(), null, rework, next);
  }

  private static Map<String, Double> next(Object... pairs) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (Double) pairs[i + 1]);
    }
    return m;
  }

  @Test
  void expectedVisitsFollowReworkAndRouting() {
    List<Step> p = List.of(step("a", null, Map.of()), step("b", new Step.Rework(0.5, "a", null),
        next("b", 0.5, "exit", 0.5)));
    double[] v = Routes.of(p, "x").expectedVisits();
    // b: rework 0.5 back to a, else 0.5 * 0.5 again to b, else out: leaves with 0.25 per visit
    assertThat(v[1]).isCloseTo(4, within(1e-9));
    assertThat(v[0]).isCloseTo(1 + 0.5 * 4, within(1e-9));
    assertThat(Routes.of(p, "x").traps()).isEmpty();
  }

  @Test
  void aClosedGroupIsATrapWithACycleAndNoFiniteVisits() {
    List<Step> p = List.of(step("a", null, next("b", 1.0)), step("b", null, next("exit", 0.0, "a", 1.0)),
        step("c", null, Map.of(), "y"));
    Routes r = Routes.of(p, "x");
    assertThat(r.traps()).containsExactly(List.of(0, 1));
    assertThat(r.cycle(List.of(0, 1))).containsExactly(0, 1, 0);
    assertThat(r.expectedVisits()[0]).isInfinite();
  }

  @Test
  void aTargetThatForExcludesPassesTheCustomerOnInProcessOrder() {
    List<Step> p = List.of(step("a", null, next("b", 1.0)), step("b", null, Map.of(), "other"), step("c", null, Map.of()));
    Routes r = Routes.of(p, "x");
    assertThat(r.after(0)).containsExactly(new Routes.Move(2, 1.0, Routes.Kind.NEXT));
    assertThat(r.leavingWithout(new boolean[] {false, false, true}).share()).isZero();
    assertThat(r.leavingWithout(new boolean[] {false, true, false}).share()).isEqualTo(1.0);
  }
}
