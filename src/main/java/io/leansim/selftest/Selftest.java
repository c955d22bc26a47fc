package io.leansim.selftest;

import io.leansim.experiment.Experiment;
import io.leansim.experiment.Summary;
import io.leansim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs self-test models through the engine and judges every figure.
 *
 * <p>The rule: a figure PASSES when |theory - mean| <= {@link #K} x halfWidth, halfWidth being the
 * 95% Student-t half-width over replications ({@link Estimate#LEVEL}). Widening the 95% interval
 * three times puts the limit at about 6 to 6.5 standard errors for 20 replications (t with 19
 * degrees of freedom beyond 3 x 2.093 = 6.28: about 5e-6 for a normal estimator), so a correct
 * engine fails a line about once in 10,000 lines even allowing for non-normal estimators, while a
 * bias of a few percent is caught. A figure whose half-width exceeds its model's stated fraction of
 * the theory value is INCONCLUSIVE (the run was too short to judge), never PASS.
 */
public final class Selftest {
  /** Widening factor of the 95% half-width. */
  public static final double K = 3;

  private Selftest() {}

  /** Verdict of one figure. */
  public enum Verdict {
    PASS,
    FAIL,
    INCONCLUSIVE
  }

  /** One judged figure of one model. */
  public record Check(SelftestModel model, SelftestModel.Figure figure, Estimate estimate, Verdict verdict) {
    /** |theory - mean| in half-widths (infinite with a zero half-width and a difference). */
    public double distance() {
      return Math.abs(figure.theory() - estimate.mean()) / estimate.halfWidth();
    }
  }

  /** Judges {@code estimate} against {@code figure}. */
  public static Verdict judge(SelftestModel.Figure figure, Estimate estimate) {
    if (estimate.n() < 2 || Double.isNaN(estimate.mean()) || Double.isNaN(estimate.halfWidth())) {
      return Verdict.INCONCLUSIVE;
    }
    boolean agrees = Math.abs(figure.theory() - estimate.mean()) <= K * estimate.halfWidth();
    if (!agrees) {
      return Verdict.FAIL;
    }
    boolean precise = estimate.halfWidth() <= figure.maxRelativeHalfWidth() * Math.abs(figure.theory());
    return precise ? Verdict.PASS : Verdict.INCONCLUSIVE;
  }

  /**
   * Runs every model (all replications of all models share one pool of {@code threads} threads) and
   * returns the checks in model and figure order.
   */
  public static List<Check> run(List<SelftestModel> models, int threads) throws InterruptedException {
    List<Experiment.Job> jobs = new ArrayList<>();
    for (SelftestModel m : models) {
      jobs.add(new Experiment.Job(m.name(), m.title(), m.scenario()));
    }
    List<Summary> summaries = Experiment.run(jobs, threads, Experiment.QUIET);
    List<Check> checks = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      SelftestModel m = models.get(i);
      for (SelftestModel.Figure f : m.figures()) {
        Estimate e = f.estimate().apply(summaries.get(i));
        if (e == null) {
          e = new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        checks.add(new Check(m, f, e, judge(f, e)));
      }
    }
    return checks;
  }
}
