package io.leansim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.leansim.scenario.DistSpec;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import io.leansim.testing.Models;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

/** Paired differences: the statistics, and what common random numbers make of them. */
class ComparisonTest {
  @Test
  void pairedDifferenceMatchesCommonsMathOnKnownData() {
    List<Double> base = List.of(10.2, 11.5, 9.8, 12.1, 10.9, 11.3);
    List<Double> var = List.of(9.1, 10.9, 9.0, 11.0, 10.1, 10.2);
    SummaryStatistics d = new SummaryStatistics();
    for (int i = 0; i < base.size(); i++) {
      d.addValue(var.get(i) - base.get(i));
    }
    double t = new TDistribution(base.size() - 1).inverseCumulativeProbability(0.975);
    PairedDifference p = PairedDifference.of(10.97, 10.05, Double.NaN, differences(base, var));
    assertThat(p.diff()).isCloseTo(d.getMean(), within(1e-12));
    assertThat(p.halfWidth()).isCloseTo(t * d.getStandardDeviation() / Math.sqrt(base.size()), within(1e-9));
    assertThat(p.relative()).isCloseTo(d.getMean() / 10.97, within(1e-12));
    // significant at 95% exactly when the paired t-test rejects at 5%
    double pValue = new TTest().pairedTTest(var.stream().mapToDouble(x -> x).toArray(),
        base.stream().mapToDouble(x -> x).toArray());
    assertThat(p.significant()).isEqualTo(pValue < 0.05).isTrue();
    assertThat(p.pValue()).isCloseTo(pValue, within(1e-9));
    assertThat(p.n()).isEqualTo(6);
  }

  @Test
  void noiseIsNotSignificant() {
    PairedDifference p = PairedDifference.of(0, 0, Double.NaN,
        differences(List.of(1.0, 2.0, 3.0, 4.0), List.of(1.5, 1.2, 3.9, 3.6)));
    double pValue = new TTest().pairedTTest(new double[] {1.5, 1.2, 3.9, 3.6}, new double[] {1, 2, 3, 4});
    assertThat(p.significant()).isEqualTo(pValue < 0.05).isFalse();
    assertThat(p.relative()).isNaN();
  }

  private static List<Double> differences(List<Double> base, List<Double> var) {
    List<Double> d = new java.util.ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      d.add(var.get(i) - base.get(i));
    }
    return d;
  }

  private static List<Experiment.Job> jobs(Scenario base, Scenario variant) {
    return List.of(new Experiment.Job("baseline", "baseline", base), new Experiment.Job("v", "v", variant));
  }

  private static RunResult run(String name, Scenario s) throws InterruptedException {
    return Experiment.runAll(List.of(new Experiment.Job(name, name, s)), 2, Experiment.QUIET).get(0);
  }

  @Test
  void aVariantIdenticalToTheBaselineDiffersByExactlyZero() throws InterruptedException {
    Scenario s = Models.singleQueue(1.6, new DistSpec.Exponential(1), 2, Models.steady(3_000, 300, 8, 5));
    Comparison c = Comparison.of(jobs(s, s), List.of(run("baseline", s), run("same", s)));
    Comparison.Variant v = c.variants().get("same");
    v.overall().values().forEach(d -> {
      if (d.n() > 0) {
        assertThat(d.diff()).isZero();
        assertThat(d.halfWidth()).isZero();
        assertThat(d.significant()).isFalse();
      }
    });
    assertThat(v.steps().get("serve").get("queue_mean").diff()).isZero();
  }

  @Test
  void oneMoreServerGivesASignificantWaitReduction() throws InterruptedException {
    Scenario two = Models.singleQueue(1.6, new DistSpec.Exponential(1), 2, Models.steady(3_000, 300, 8, 5));
    Scenario three = new Scenario(two.name(), two.title(), two.description(), two.timeUnit(), two.clockStart(),
        two.run(), two.targets(), two.customers(), two.arrivals(), List.of(new ResourcePool("desk", 3)),
        two.process(), List.of());
    RunResult base = run("baseline", two);
    RunResult more = run("three", three);
    Comparison c = Comparison.of(jobs(two, three), List.of(base, more));
    PairedDifference wait = c.variants().get("three").overall().get("wait_mean");
    assertThat(wait.diff()).isNegative();
    assertThat(wait.significant()).isTrue();
    // common random numbers: the same customers arrive in both, so arrivals differ by exactly 0
    assertThat(c.variants().get("three").overall().get("arrived").diff()).isZero();
    // and pairing pays: the paired half-width is narrower than that of independent runs
    double hb = base.summary().overall().get("wait_mean").halfWidth();
    double hv = more.summary().overall().get("wait_mean").halfWidth();
    assertThat(wait.halfWidth()).isLessThan(Math.sqrt(hb * hb + hv * hv));
  }

  /** Holm's step-down adjustment over the whole comparison, and a view's own family. */
  @Test
  void marksAreHolmAdjustedOverTheFamily() {
    PairedDifference a = difference(0.001);
    PairedDifference b = difference(0.01);
    PairedDifference c = difference(0.03);
    PairedDifference d = difference(0.5);
    Comparison.Variant v = new Comparison.Variant("v", Map.of("wait_mean", a, "wait_p90", b),
        Map.of("t", Map.of("wait_mean", c)), Map.of("s", Map.of("wait_mean", d)), Map.of());
    Comparison raw = new Comparison("s", "baseline", Map.of("v", v));
    // the family of four: adjusted p = max over the smaller of (m - rank + 1) p
    Comparison all = raw.markedOver((scope, key) -> true);
    assertThat(all.tests()).isEqualTo(4);
    assertThat(all.variants().get("v").overall().get("wait_mean").pAdjusted()).isCloseTo(0.004, within(1e-12));
    assertThat(all.variants().get("v").overall().get("wait_p90").pAdjusted()).isCloseTo(0.03, within(1e-12));
    assertThat(all.variants().get("v").types().get("t").get("wait_mean").pAdjusted()).isCloseTo(0.06, within(1e-12));
    assertThat(all.variants().get("v").steps().get("s").get("wait_mean").pAdjusted()).isCloseTo(0.5, within(1e-12));
    assertThat(all.variants().get("v").overall().get("wait_p90").significant()).isTrue();
    assertThat(all.variants().get("v").types().get("t").get("wait_mean").significant()).isFalse(); // raw 0.03 < 0.05
    // a view showing only the type's figure: a family of one keeps its mark
    Comparison view = raw.markedOver((scope, key) -> scope == io.leansim.stats.Metric.Scope.TYPE);
    assertThat(view.tests()).isEqualTo(1);
    assertThat(view.variants().get("v").types().get("t").get("wait_mean").significant()).isTrue();
    assertThat(view.variants().get("v").overall()).isEmpty();
  }

  private static PairedDifference difference(double p) {
    return new PairedDifference(1, 2, 1, 0.5, 1, p, p, p < 0.05, 10);
  }
}
