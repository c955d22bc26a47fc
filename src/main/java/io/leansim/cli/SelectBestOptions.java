package io.leansim.cli;

import io.leansim.app.Failure;
import io.leansim.app.SelectBest;
import picocli.CommandLine.Option;

/**
 * {@code --select-best FIGURE [--delta D]} of {@code compare} (a picocli argument group): after the
 * comparison, which variant is best, by Kim and Nelson's procedure on common random numbers.
 */
final class SelectBestOptions {
  @Option(names = "--select-best", paramLabel = "FIGURE", required = true,
      description = {"Then say which variant is best on this overall figure (wait_mean, wait_p90, service_level,"
          + " staff_cost...) with a 95%% probability of correct selection: adds replications (Kim-Nelson, common"
          + " random numbers) after a first stage of 10 replications, or more if the run has more, until one variant is left, or at most 20 times the"
          + " first stage (or the max_replications of a precision target)."})
  String figure;

  @Option(names = "--delta", paramLabel = "D",
      description = {"The smallest difference worth telling (the indifference zone), in the figure's unit (a share:"
          + " 0.02 or 2%%); default: 5%% of the baseline's mean."})
  String delta;

  /** The question asked, checked before anything runs; {@code options} must allow it. */
  SelectBest.Question question(SimulationOptions options) {
    if (options.run.quiet()) {
      throw Failure.usage("--select-best prints which variant is best: it does not take --quiet");
    }
    if (options.repRange != null) {
      throw Failure.usage("--select-best adds replications until it can decide: it does not take"
          + " --rep-range");
    }
    return SelectBest.question(figure, delta);
  }
}
