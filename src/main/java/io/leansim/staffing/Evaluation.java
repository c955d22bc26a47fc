package io.leansim.staffing;

import io.leansim.experiment.Summary;
import io.leansim.stats.Estimate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One candidate staffing simulated: the staff per bin, and for each group of customers judged
 * ({@link ServiceLevelTargets.Group}) its service level per bin ({@link Level}); and the
 * candidate's summary. {@code number} counts simulated candidates from 1. A bin meets the targets
 * when every group meets its own there.
 */
public record Evaluation(int number, List<Integer> staff, List<Level> levels, Summary summary) {
  public Evaluation {
    staff = List.copyOf(staff);
    levels = List.copyOf(levels);
    for (Level l : levels) {
      if (l.byBin().size() != staff.size()) {
        throw new IllegalArgumentException("one service level per bin");
      }
    }
  }

  /**
   * One group's service level in each bin, among its customers who arrived in the bin: the mean
   * over replications of each replication's share, with its 95% half-width (NaN where none of them
   * arrived in any replication), and the per-replication shares behind it ({@code byReplication}:
   * per bin, in replication order, NaN where none arrived in that bin in that replication).
   */
  public record Level(ServiceLevelTargets.Group group, List<Estimate> byBin, List<List<Double>> byReplication) {
    public Level {
      byBin = List.copyOf(byBin);
      byReplication = byReplication.stream().map(List::copyOf).toList();
      if (byBin.size() != byReplication.size()) {
        throw new IllegalArgumentException("one service level per bin");
      }
    }

    /** Whether bin {@code b}'s mean meets the group's target (a bin none of them arrived in does). */
    public boolean meets(int b) {
      Estimate e = byBin.get(b);
      return e.n() == 0 || e.mean() >= group.target();
    }

    /** Whether bin {@code b} meets the target with confidence: mean − 95% half-width >= target. */
    public boolean meetsConfidently(int b) {
      Estimate e = byBin.get(b);
      return e.n() == 0 || e.mean() - e.halfWidth() >= group.target();
    }

    /** Mean − 95% half-width − target in bin {@code b}; infinite where none of them arrived. */
    double slack(int b) {
      Estimate e = byBin.get(b);
      return e.n() == 0 ? Double.POSITIVE_INFINITY : e.mean() - e.halfWidth() - group.target();
    }
  }

  /**
   * Whether bin {@code b} has the very same service levels as in {@code other}, replication by
   * replication. Under common random numbers, that is the case when a staffing change came after
   * every customer of the bin had left: the change did not touch it.
   */
  public boolean sameAs(Evaluation other, int b) {
    return IntStream.range(0, levels.size())
        .allMatch(g -> levels.get(g).byReplication().get(b).equals(other.levels.get(g).byReplication().get(b)));
  }

  /** Whether every group's mean service level in bin {@code b} meets its target. */
  public boolean meets(int b) {
    return levels.stream().allMatch(l -> l.meets(b));
  }

  /**
   * Whether bin {@code b} meets every target with confidence: the lower end of each group's 95%
   * confidence interval, mean − half-width, is at least its target (a group nobody of arrived in
   * does).
   */
  public boolean meetsConfidently(int b) {
    return levels.stream().allMatch(l -> l.meetsConfidently(b));
  }

  /** The smallest confident slack of bin {@code b} over the groups (infinite where nobody judged arrived). */
  public double slack(int b) {
    return levels.stream().mapToDouble(l -> l.slack(b)).min().orElse(Double.POSITIVE_INFINITY);
  }

  /** The bins where some group's mean misses its target, in time order. */
  public List<Integer> missing() {
    return IntStream.range(0, staff.size()).filter(b -> !meets(b)).boxed().toList();
  }
}
