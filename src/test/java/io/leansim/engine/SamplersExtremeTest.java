package io.leansim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.DistSpec;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extreme parameters for every distribution, through the loader: each one either fails to load
 * with a positioned error, or gives a sampler that SSJ builds and that draws finite values >= 0
 * over the whole range of uniforms (no NaN, no infinity, no exception at run time).
 */
class SamplersExtremeTest {
  /** The smallest and largest uniforms MRG32k3a gives ({@link Uniforms}: 1/(m1+1) and m1/(m1+1)). */
  static final double LOWEST_U = 2.328306549295727688e-10;
  static final double HIGHEST_U = 4294967087.0 * 2.328306549295727688e-10;
  static final String[] X = {"1e-300", "1e-12", "1", "1e12", "1e300", "4.9e-324", "1.7e308"};

  static Stream<String> laws() {
    List<String> out = new ArrayList<>(List.of("logn(1e9, 3)", "gamma(1e9, 3)", "norm(-40, 1)", "weib(0.01, 4)"));
    for (String a : X) {
      out.add(a);
      out.add("exp(" + a + ")");
      out.add("erlang(3, " + a + ")");
      out.add("erlang(1000000, " + a + ")");
      for (String b : X) {
        out.add("unif(" + a + ", " + b + ")");
        out.add("unif(0, " + b + ")");
        out.add("tri(0, " + a + ", " + b + ")");
        out.add("norm(" + a + ", " + b + ")");
        out.add("norm(-" + a + ", " + b + ")");
        out.add("logn(" + a + ", " + b + ")");
        out.add("gamma(" + a + ", " + b + ")");
        out.add("weib(" + a + ", " + b + ")");
      }
    }
    return out.stream().distinct();
  }

  @ParameterizedTest
  @MethodSource("laws")
  void anExtremeLawIsRefusedAtLoadOrSamplesFiniteValues(String law) {
    String text = "run: {horizon: 8h}\narrivals: {walk_in: {rate: 1}}\nprocess:\n  serve:\n    time: \"" + law + "\"\n";
    LoadResult r = ScenarioLoader.parse("x.yaml", text, Path.of("."));
    if (!r.ok()) {
      assertThat(r.formatted()).as(law).allSatisfy(d -> assertThat(d).startsWith("x.yaml:5:11: process.serve.time: "));
      return;
    }
    DistSpec d = r.scenario().process().get(0).time().fallback();
    Sampler s = Samplers.of(d);
    for (double u : new double[] {LOWEST_U, 1e-6, 0.25, 0.5, 0.75, 1 - 1e-6, HIGHEST_U}) {
      double x = s.sample(u);
      assertThat(x).as(law + " at u=" + u).isFinite().isGreaterThanOrEqualTo(0);
    }
    assertThat(d.mean()).as(law + " mean").isFinite();
    assertThat(d.variance()).as(law + " variance").isFinite();
  }
}
