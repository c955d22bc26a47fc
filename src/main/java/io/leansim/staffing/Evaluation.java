package io.leansim.staffing;

import io.leansim.experiment.Summary;
import io.leansim.stats.Estimate;
import java.util.List;

/**
 * One candidate staffing simulated: the staff per bin, the service level of the customers who
 * arrived in each bin (the mean over replications of each replication's share, with its 95%
 * half-width; NaN where nobody who needed it arrived in any replication), the per-replication
 * shares behind it ({@code byReplication}: per bin, in replication order, NaN where nobody arrived
 * in that bin in that replication), and the candidate's summary. {@code number} counts simulated
 * candidates from 1.
 */
public record Evaluation(int number, List<Integer> staff, List<Estimate> serviceLevel,
    List<List<Double>> byReplication, Summary summary) {
  public Evaluation {
    staff = List.copyOf(staff);
    serviceLevel = List.copyOf(serviceLevel);
    byReplication = byReplication.stream().map(List::copyOf).toList();
    if (staff.size() != serviceLevel.size() || staff.size() != byReplication.size()) {
      throw new IllegalArgumentException("one service level per bin");
    }
  }

  /**
   * Whether bin {@code b} has the very same service level as in {@code other}, replication by
   * replication. Under common random numbers, that is the case when a staffing change came after
   * every customer of the bin had left: the change did not touch it.
   */
  public boolean sameAs(Evaluation other, int b) {
    return byReplication.get(b).equals(other.byReplication.get(b));
  }

  /** Whether bin {@code b}'s mean service level meets {@code target} (a bin nobody arrived in does). */
  public boolean meets(int b, double target) {
    Estimate e = serviceLevel.get(b);
    return e.n() == 0 || e.mean() >= target;
  }

  /**
   * Whether bin {@code b} meets {@code target} with confidence: the lower end of its 95%
   * confidence interval, mean − half-width, is at least the target (a bin nobody arrived in does).
   */
  public boolean meetsConfidently(int b, double target) {
    Estimate e = serviceLevel.get(b);
    return e.n() == 0 || e.mean() - e.halfWidth() >= target;
  }

  /** The bins whose mean misses {@code target}, in time order. */
  public List<Integer> missing(double target) {
    return java.util.stream.IntStream.range(0, staff.size()).filter(b -> !meets(b, target)).boxed().toList();
  }
}
