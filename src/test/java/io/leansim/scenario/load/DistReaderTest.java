package io.leansim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.DistSpec;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DistReaderTest {
  private static DistSpec time(String time) {
    String text = "time_unit: min\nrun: {horizon: 8h}\narrivals: {walk_in: {rate: 1}}\nprocess:\n  serve:\n    time: "
        + time + "\n";
    LoadResult r = ScenarioLoader.parse("t.yaml", text, Path.of("."));
    assertThat(r.formatted()).as(time).isEmpty();
    return r.scenario().process().get(0).time().fallback();
  }

  @Test
  void theTableNamesEveryDistributionRecordOnce() {
    List<String> kinds = Arrays.stream(DistSpec.class.getPermittedSubclasses())
        .map(c -> c.getSimpleName().toLowerCase()).toList();
    assertThat(DistReader.PARAMS.keySet()).containsExactlyInAnyOrderElementsOf(kinds);
  }

  @Test
  void mapFormTakesParametersInAnyOrder() {
    assertThat(time("{dist: uniform, max: 5, min: 2}")).isEqualTo(new DistSpec.Uniform(2, 5));
    assertThat(time("{dist: triangular, max: 3, min: 1, mode: 2}")).isEqualTo(new DistSpec.Triangular(1, 2, 3));
    assertThat(time("{dist: erlang, mean: 6, k: 3}")).isEqualTo(new DistSpec.Erlang(3, 6));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "exp(4)", "unif(2, 5)", "tri(0.2, 0.4, 1)", "norm(5, 1)", "logn(7, 3)", "gamma(6, 2)",
      "erlang(3, 6)", "weib(1.5, 4)"})
  void shorthandReadsBackToTheSameLaw(String written) {
    DistSpec d = time(written);
    assertThat(Shorthand.of(d)).isEqualTo(written);
    assertThat(time("{" + ScenarioWriter.dist(d).entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue()).reduce((a, b) -> a + ", " + b).orElseThrow() + "}"))
        .isEqualTo(d);
  }
}
