package io.leansim.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.selftest.SelftestModel.Feature;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The self-test models through the engine, all figures PASS: the analytic validation of
 * abandonment (Erlang-A), balking (M/M/c/K), rework (Bernoulli feedback), preemptive priority, the
 * transient M/M/c and rising shifts. Rule and seed: {@link Selftest#K}, {@link
 * SelftestModels#DEFAULT_SEED}, never tuned.
 *
 * <p>A model needing an engine feature not in {@link #ENGINE_HAS} is reported as skipped (aborted
 * with the missing feature named), never silently dropped: add the feature here when the engine
 * gets it.
 */
class SelftestTest {
  /** Engine features this build has. */
  static final Set<Feature> ENGINE_HAS = EnumSet.allOf(Feature.class);

  private static List<Selftest.Check> checks;

  @BeforeAll
  static void runSupportedModels() throws InterruptedException {
    checks = Selftest.run(SelftestModels.supported(ENGINE_HAS, SelftestModels.DEFAULT_REPLICATIONS,
        SelftestModels.DEFAULT_SEED), 2);
    for (Selftest.Check c : checks) {
      System.out.printf("[selftest] %s %s: theory %.6g, estimate %.6g +- %.3g: %s%n", c.model().name(),
          c.figure().name(), c.figure().theory(), c.estimate().mean(), c.estimate().halfWidth(), c.verdict());
    }
  }

  static Stream<String> models() {
    return SelftestModels.all(2, 1).stream().map(SelftestModel::name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyFigureOfTheModelPasses(String name) {
    SelftestModel model = SelftestModels.all(2, 1).stream().filter(m -> m.name().equals(name)).findFirst()
        .orElseThrow();
    Set<Feature> missing = EnumSet.noneOf(Feature.class);
    missing.addAll(model.needs());
    missing.removeAll(ENGINE_HAS);
    Assumptions.assumeTrue(missing.isEmpty(), () -> name + " not run: the engine lacks " + missing);
    List<Selftest.Check> mine = checks.stream().filter(c -> c.model().name().equals(name)).collect(Collectors.toList());
    assertThat(mine).hasSize(model.figures().size());
    assertThat(mine).allSatisfy(c -> assertThat(c.verdict())
        .as("%s %s: theory %s, estimate %s +- %s", name, c.figure().name(), c.figure().theory(),
            c.estimate().mean(), c.estimate().halfWidth())
        .isEqualTo(Selftest.Verdict.PASS));
  }

  @Test
  void modelNamesAreUniqueAndEveryModelHasFigures() {
    List<SelftestModel> all = SelftestModels.all(20, 1);
    assertThat(all.stream().map(SelftestModel::name).distinct().count()).isEqualTo(all.size());
    assertThat(all).allSatisfy(m -> assertThat(m.figures()).isNotEmpty());
  }

  @Test
  void aFigureFarFromTheoryFailsAndAnImpreciseOneIsInconclusive() {
    SelftestModel.Figure f = new SelftestModel.Figure("x", 1.0, s -> null, 0.05);
    assertThat(Selftest.judge(f, new io.leansim.stats.Estimate(1.01, 0.01, 0, 2, 20))).isEqualTo(Selftest.Verdict.PASS);
    assertThat(Selftest.judge(f, new io.leansim.stats.Estimate(1.04, 0.01, 0, 2, 20))).isEqualTo(Selftest.Verdict.FAIL);
    assertThat(Selftest.judge(f, new io.leansim.stats.Estimate(1.1, 0.2, 0, 2, 20)))
        .isEqualTo(Selftest.Verdict.INCONCLUSIVE);
    assertThat(Selftest.judge(f, new io.leansim.stats.Estimate(Double.NaN, Double.NaN, 0, 2, 0)))
        .isEqualTo(Selftest.Verdict.INCONCLUSIVE);
  }
}
