package io.leansim.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.leansim.engine.Sampler;
import io.leansim.engine.Samplers;
import io.leansim.engine.StreamPlan;
import io.leansim.engine.Uniforms;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.load.ScenarioLoader;
import io.leansim.scenario.load.Shorthand;
import java.nio.file.Path;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import umontreal.ssj.probdist.LognormalDist;
import umontreal.ssj.probdist.WeibullDist;

/**
 * Fitting recovers known parameters within their statistical precision and picks the true family
 * where the evidence is overwhelming. Samples come from LeanSim's own samplers with one fixed seed;
 * every tolerance is 3 asymptotic standard errors of the maximum-likelihood estimate (Fisher
 * information), so a correct fitter fails a check about 3 times in 1,000.
 */
class FitterTest {
  static final int N = 2_000;
  static final double Z = 3;

  static double[] sample(DistSpec d, String purpose) {
    Sampler s = Samplers.of(d);
    Uniforms u = new StreamPlan(20261125).stream(0, purpose);
    double[] x = new double[N];
    for (int i = 0; i < N; i++) {
      x[i] = s.sample(u.next());
    }
    return x;
  }

  static Fitter.Fit fitOf(Fitter.Result r, Family f) {
    return r.fits().stream().filter(x -> x.family() == f).findFirst().orElseThrow();
  }

  @Test
  void exponentialMeanWithinItsStandardError() {
    Fitter.Result r = Fitter.fit(sample(new DistSpec.Exponential(4), "exp"));
    double mean = ((DistSpec.Exponential) fitOf(r, Family.EXPONENTIAL).spec()).mean();
    assertThat(mean).isCloseTo(4, within(Z * 4 / Math.sqrt(N)));
  }

  @Test
  void lognormalRecoversMuAndSigmaAndIsTheBestFamily() {
    // mean 5, sd 6: a long right tail no other family matches
    DistSpec truth = new DistSpec.Lognormal(5, 6);
    double sigma = Math.sqrt(Math.log(1 + 36.0 / 25));
    double mu = Math.log(5) - sigma * sigma / 2;
    Fitter.Result r = Fitter.fit(sample(truth, "logn"));
    LognormalDist d = (LognormalDist) fitOf(r, Family.LOGNORMAL).distribution();
    assertThat(d.getMu()).isCloseTo(mu, within(Z * sigma / Math.sqrt(N)));
    assertThat(d.getSigma()).isCloseTo(sigma, within(Z * sigma / Math.sqrt(2 * N)));
    assertThat(r.best().family()).isEqualTo(Family.LOGNORMAL);
  }

  @Test
  void gammaRecoversShapeAndMean() {
    double alpha = 3;
    double mean = 6;
    Fitter.Result r = Fitter.fit(sample(new DistSpec.Gamma(mean, mean / Math.sqrt(alpha)), "gamma"));
    DistSpec.Gamma g = (DistSpec.Gamma) fitOf(r, Family.GAMMA).spec();
    double shape = (g.mean() / g.sd()) * (g.mean() / g.sd());
    // Var(alpha hat) = alpha / (n (alpha psi'(alpha) - 1)); the mean's MLE is the sample mean
    double seShape = Math.sqrt(alpha / (N * (alpha * Gamma.trigamma(alpha) - 1)));
    assertThat(shape).isCloseTo(alpha, within(Z * seShape));
    assertThat(g.mean()).isCloseTo(mean, within(Z * mean / Math.sqrt(alpha * N)));
  }

  @Test
  void weibullRecoversShapeAndScale() {
    double k = 1.5;
    double scale = 4;
    Fitter.Result r = Fitter.fit(sample(new DistSpec.Weibull(k, scale), "weib"));
    WeibullDist d = (WeibullDist) fitOf(r, Family.WEIBULL).distribution();
    // Var(k hat) = 0.608 k^2 / n; Var(scale hat) = 1.109 scale^2 / (k^2 n)
    assertThat(d.getAlpha()).isCloseTo(k, within(Z * Math.sqrt(0.608 * k * k / N)));
    assertThat(1 / d.getLambda()).isCloseTo(scale, within(Z * Math.sqrt(1.109 * scale * scale / (k * k * N))));
  }

  @Test
  void normalRecoversMeanAndSd() {
    Fitter.Result r = Fitter.fit(sample(new DistSpec.Normal(20, 2), "norm"));
    DistSpec.Normal n = (DistSpec.Normal) fitOf(r, Family.NORMAL).spec();
    assertThat(n.mu()).isCloseTo(20, within(Z * 2 / Math.sqrt(N)));
    assertThat(n.sigma()).isCloseTo(2, within(Z * 2 / Math.sqrt(2 * N)));
  }

  @Test
  void uniformRecoversItsRangeAndIsTheBestFamily() {
    Fitter.Result r = Fitter.fit(sample(new DistSpec.Uniform(2, 5), "unif"));
    DistSpec.Uniform u = (DistSpec.Uniform) fitOf(r, Family.UNIFORM).spec();
    // the MLE is the sample's range: P(min - 2 > d) = (1 - d/3)^n; d for probability 1e-3
    double d = 3 * (1 - Math.pow(1e-3, 1.0 / N));
    assertThat(u.min()).isBetween(2.0, 2 + d);
    assertThat(u.max()).isBetween(5 - d, 5.0);
    assertThat(r.best().family()).isEqualTo(Family.UNIFORM);
  }

  @Test
  void goodnessOfFitRejectsAnObviouslyWrongFamily() {
    Fitter.Result r = Fitter.fit(sample(new DistSpec.Uniform(2, 5), "unif"));
    Fitter.Fit exp = fitOf(r, Family.EXPONENTIAL);
    assertThat(exp.ksP()).isLessThan(1e-6);
    assertThat(exp.adP()).isLessThan(1e-6);
    Fitter.Fit right = fitOf(r, Family.UNIFORM);
    assertThat(right.ksP()).isGreaterThan(exp.ksP());
  }

  @Test
  void theLineToPasteLoadsBackToTheFittedLaw() {
    Fitter.Result r = Fitter.fit(sample(new DistSpec.Lognormal(6.8, 3.1), "logn-paste"));
    String line = Shorthand.of(r.best().spec());
    Scenario s = ScenarioLoader.parse("paste.yaml", "name: paste\nrun: {horizon: 8h}\narrivals: {a: {rate: 1}}\nresources: {c: {capacity: 1}}\n"
        + "process: {serve: {resource: c, time: \"" + line + "\"}}\n", Path.of(".")).scenario();
    DistSpec back = s.process().get(0).time().forType("customer");
    // three significant digits: within half a unit of the third digit, relative
    assertThat(back.mean()).isCloseTo(r.best().spec().mean(), within(5e-3 * r.best().spec().mean()));
    assertThat(back.kind()).isEqualTo(r.best().spec().kind());
  }

  @Test
  void refusesTooFewObservationsAndSkipsFamiliesThatCannotHoldZeros() {
    assertThatThrownBy(() -> Fitter.fit(new double[Fitter.MIN_OBSERVATIONS - 1]))
        .hasMessageContaining("at least " + Fitter.MIN_OBSERVATIONS);
    double[] x = sample(new DistSpec.Exponential(2), "zeros");
    x[0] = 0;
    Fitter.Result r = Fitter.fit(x);
    assertThat(r.fits()).extracting(Fitter.Fit::family).doesNotContain(Family.LOGNORMAL, Family.GAMMA, Family.WEIBULL)
        .contains(Family.EXPONENTIAL);
    assertThat(r.skipped()).anyMatch(s -> s.startsWith("lognormal: needs durations > 0"));
  }
}
