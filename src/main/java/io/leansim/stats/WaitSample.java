package io.leansim.stats;

import java.util.List;
import org.HdrHistogram.DoubleHistogram;

/**
 * The distribution of the total waits of the customers who left the system in one replication:
 * the wait at each percentile 0, 1, ..., 100 (to 3 significant digits), or none when nobody left.
 */
public final class WaitSample implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final double[] percentiles;

  /** The percentiles of the waits recorded in {@code h} (empty: none). */
  WaitSample(DoubleHistogram h) {
    if (h.getTotalCount() == 0) {
      this.percentiles = null;
      return;
    }
    double[] q = new double[101];
    for (int p = 0; p <= 100; p++) {
      q[p] = p == 0 ? h.getMinValue() : p == 100 ? h.getMaxValue() : h.getValueAtPercentile(p);
    }
    this.percentiles = q;
  }

  private WaitSample(double[] percentiles) {
    this.percentiles = percentiles == null ? null : percentiles.clone();
  }

  /**
   * The sample whose waits at percentiles 0, 1, ..., 100 are {@code percentiles} (101 values), or
   * an empty one (nobody left) for null: the inverse of {@link #percentiles()}, to read a
   * replication's figures back from a file.
   */
  public static WaitSample of(double[] percentiles) {
    if (percentiles != null && percentiles.length != 101) {
      throw new IllegalArgumentException("a wait sample has 101 percentiles, not " + percentiles.length);
    }
    return new WaitSample(percentiles);
  }

  /** The waits at percentiles 0, 1, ..., 100 (a copy), or null when nobody left. */
  public double[] percentiles() {
    return percentiles == null ? null : percentiles.clone();
  }

  /**
   * The distribution over replications: at each percentile, the mean over replications of that
   * percentile (quantile averaging), or null when no customer left in any replication.
   */
  public static double[] pooledPercentiles(List<WaitSample> samples) {
    double[] sum = new double[101];
    int n = 0;
    for (WaitSample s : samples) {
      if (s == null || s.percentiles == null) {
        continue;
      }
      for (int p = 0; p <= 100; p++) {
        sum[p] += s.percentiles[p];
      }
      n++;
    }
    if (n == 0) {
      return null;
    }
    for (int p = 0; p <= 100; p++) {
      sum[p] /= n;
    }
    return sum;
  }
}
