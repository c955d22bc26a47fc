package io.leansim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamPlanTest {
  private static double[] draw(Uniforms u, int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = u.next();
    }
    return x;
  }

  @Test
  void aStreamDependsOnlyOnSeedReplicationAndPurpose() {
    assertThat(draw(new StreamPlan(42).stream(3, "arrivals/walk_in"), 5))
        .containsExactly(draw(new StreamPlan(42).stream(3, "arrivals/walk_in"), 5));
  }

  @Test
  void differentKeysGiveDifferentStreams() {
    double[] base = draw(new StreamPlan(42).stream(3, "arrivals/walk_in"), 5);
    assertThat(draw(new StreamPlan(43).stream(3, "arrivals/walk_in"), 5)).isNotEqualTo(base);
    assertThat(draw(new StreamPlan(42).stream(4, "arrivals/walk_in"), 5)).isNotEqualTo(base);
    assertThat(draw(new StreamPlan(42).stream(3, "customers/walk_in"), 5)).isNotEqualTo(base);
  }

  @Test
  void substreamsAreReproducibleAndDistinct() {
    Uniforms a = new StreamPlan(7).stream(0, "customers/x");
    double[] first = draw(a, 3);
    a.nextSubstream();
    double[] second = draw(a, 3);
    assertThat(second).isNotEqualTo(first);
    Uniforms b = new StreamPlan(7).stream(0, "customers/x");
    b.nextSubstream();
    assertThat(draw(b, 3)).containsExactly(second);
  }

  @Test
  void uniformsAreStrictlyInsideTheUnitInterval() {
    Uniforms u = new StreamPlan(-1).stream(0, "");
    for (double x : draw(u, 100_000)) {
      assertThat(x).isGreaterThan(0).isLessThan(1);
    }
  }
}
