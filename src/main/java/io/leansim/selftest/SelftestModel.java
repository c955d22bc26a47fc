package io.leansim.selftest;

import io.leansim.experiment.Summary;
import io.leansim.scenario.Scenario;
import io.leansim.stats.Estimate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One model of the self-test: a scenario with exact answers, the engine features it needs, and the
 * figures to compare, each with its theory value.
 *
 * @param name short name, unique in the self-test (also the job name of its run)
 * @param title what the model is and which theory answers it, one line
 * @param scenario the scenario run, with its replications and seed
 * @param needs engine features beyond a FIFO/priority M/M/c queue that the model uses
 * @param figures what is compared, in printing order
 */
public record SelftestModel(String name, String title, Scenario scenario, Set<Feature> needs, List<Figure> figures) {
  public SelftestModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(scenario, "scenario");
    needs = Set.copyOf(needs);
    figures = List.copyOf(figures);
  }

  /** Engine features a model may need, so that a caller can leave out models an engine lacks. */
  public enum Feature {
    /** Customers abandon the queue after their patience ({@code patience}). */
    PATIENCE,
    /** Customers who find the queue full balk ({@code queue_limit}). */
    QUEUE_LIMIT,
    /** Work found wrong goes back to the queue ({@code rework}). */
    REWORK,
    /** A higher priority interrupts service ({@code discipline: preemptive}). */
    PREEMPTION,
    /** Staff on duty changes during the run ({@code shifts}). */
    SHIFTS
  }

  /**
   * One compared figure.
   *
   * @param name the figure as results files name it (scope and metric), or a ratio of them
   * @param theory the exact value
   * @param estimate how to read the simulated estimate from the model's summary
   * @param maxRelativeHalfWidth precision guard: a half-width above this fraction of the theory value
   *     makes the check inconclusive
   */
  public record Figure(String name, double theory, Function<Summary, Estimate> estimate, double maxRelativeHalfWidth) {
    public Figure {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(estimate, "estimate");
      if (!(maxRelativeHalfWidth > 0)) {
        throw new IllegalArgumentException("maxRelativeHalfWidth must be > 0");
      }
    }
  }
}
