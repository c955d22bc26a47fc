package io.leansim.stats;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The day profile by time bin over [0, horizon) (warm-up included): per bin, customers arrived,
 * the time-average queue length of each step, the time-average staff present and utilization of
 * each pool, and the mean total wait of the customers who arrived in that bin (among those who
 * left), and their service level: the share of them whose total wait was at most {@code
 * targets.wait_within}, counted as {@link ReplicationCollector} counts {@code service_level} (NaN
 * for every bin without a target). Bin {@code i} covers run times [i × binWidth, (i + 1) ×
 * binWidth). {@code leftByType} and {@code withinTargetByType} break the service level down by
 * customer type: per type and arrival bin, the customers who left (not balked) and, of them, those
 * who completed within the target (empty maps without a target, and in timelines read back from
 * files, and in averages); a service level over any set of types is the sum of the second over
 * the sum of the first.
 * Values are per replication, or averages over replications ({@link #average(List)});
 * NaN where undefined (no staff present, no customer arrived in the bin). Immutable: the
 * accessors hand out copies of the arrays, and two timelines are equal when their values are.
 */
public record Timeline(
    double binWidth,
    double[] arrivals,
    Map<String, double[]> queueByStep,
    Map<String, double[]> staffByPool,
    Map<String, double[]> utilizationByPool,
    double[] waitByArrivalBin,
    double[] serviceLevelByArrivalBin,
    Map<String, double[]> leftByType,
    Map<String, double[]> withinTargetByType) implements java.io.Serializable {

  public Timeline {
    leftByType = copy(leftByType);
    withinTargetByType = copy(withinTargetByType);
    arrivals = arrivals.clone();
    waitByArrivalBin = waitByArrivalBin.clone();
    serviceLevelByArrivalBin = serviceLevelByArrivalBin.clone();
    queueByStep = copy(queueByStep);
    staffByPool = copy(staffByPool);
    utilizationByPool = copy(utilizationByPool);
  }

  /** A timeline without the breakdown by type (as read back from files). */
  public Timeline(double binWidth, double[] arrivals, Map<String, double[]> queueByStep,
      Map<String, double[]> staffByPool, Map<String, double[]> utilizationByPool, double[] waitByArrivalBin,
      double[] serviceLevelByArrivalBin) {
    this(binWidth, arrivals, queueByStep, staffByPool, utilizationByPool, waitByArrivalBin,
        serviceLevelByArrivalBin, Map.of(), Map.of());
  }

  /** A timeline without service levels (a scenario without target): every bin's is NaN. */
  public Timeline(double binWidth, double[] arrivals, Map<String, double[]> queueByStep,
      Map<String, double[]> staffByPool, Map<String, double[]> utilizationByPool, double[] waitByArrivalBin) {
    this(binWidth, arrivals, queueByStep, staffByPool, utilizationByPool, waitByArrivalBin,
        nan(arrivals.length));
  }

  private static double[] nan(int n) {
    double[] out = new double[n];
    java.util.Arrays.fill(out, Double.NaN);
    return out;
  }

  /** Number of bins. */
  public int bins() {
    return arrivals.length;
  }

  /** Customers arrived in each bin (a copy). */
  @Override
  public double[] arrivals() {
    return arrivals.clone();
  }

  /** Time-average queue length of each step (in process order) in each bin (copies). */
  @Override
  public Map<String, double[]> queueByStep() {
    return copy(queueByStep);
  }

  /** Time-average staff present of each pool in each bin (copies). */
  @Override
  public Map<String, double[]> staffByPool() {
    return copy(staffByPool);
  }

  /** Utilization of each pool in each bin (copies). */
  @Override
  public Map<String, double[]> utilizationByPool() {
    return copy(utilizationByPool);
  }

  /** Mean total wait of the customers who arrived in each bin (a copy). */
  @Override
  public double[] waitByArrivalBin() {
    return waitByArrivalBin.clone();
  }

  /** Service level of the customers who arrived in each bin (a copy). */
  @Override
  public double[] serviceLevelByArrivalBin() {
    return serviceLevelByArrivalBin.clone();
  }

  /** Customers of each type who arrived in each bin and left, balked ones aside (copies). */
  @Override
  public Map<String, double[]> leftByType() {
    return copy(leftByType);
  }

  /** Of {@link #leftByType}, those who completed with a total wait within the target (copies). */
  @Override
  public Map<String, double[]> withinTargetByType() {
    return copy(withinTargetByType);
  }

  /**
   * Service level in each bin of the customers of {@code types} who arrived in it: those within
   * the target over those who left; NaN where none of them left (or without the breakdown).
   */
  public double[] serviceLevelByArrivalBin(java.util.Collection<String> types) {
    double[] left = new double[bins()];
    double[] within = new double[bins()];
    for (String type : types) {
      double[] l = leftByType.get(type);
      double[] w = withinTargetByType.get(type);
      for (int b = 0; l != null && w != null && b < left.length; b++) {
        left[b] += l[b];
        within[b] += w[b];
      }
    }
    double[] out = new double[left.length];
    for (int b = 0; b < out.length; b++) {
      out[b] = left[b] > 0 ? within[b] / left[b] : Double.NaN;
    }
    return out;
  }

  /** Equal bins with equal values (arrays compared by content, NaN equal to NaN). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Timeline t && Double.compare(binWidth, t.binWidth) == 0
        && Arrays.equals(arrivals, t.arrivals) && Arrays.equals(waitByArrivalBin, t.waitByArrivalBin)
        && Arrays.equals(serviceLevelByArrivalBin, t.serviceLevelByArrivalBin)
        && sameSeries(queueByStep, t.queueByStep) && sameSeries(staffByPool, t.staffByPool)
        && sameSeries(utilizationByPool, t.utilizationByPool) && sameSeries(leftByType, t.leftByType)
        && sameSeries(withinTargetByType, t.withinTargetByType);
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(binWidth) + Arrays.hashCode(arrivals);
  }

  private static boolean sameSeries(Map<String, double[]> a, Map<String, double[]> b) {
    return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
  }

  private static Map<String, double[]> copy(Map<String, double[]> m) {
    Map<String, double[]> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, v.clone()));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Bin by bin mean over replications, skipping values undefined in a replication; null for none.
   * Without the breakdown by type: counts of one replication, it means nothing averaged (and the
   * files do not hold it).
   */
  public static Timeline average(List<Timeline> reps) {
    List<Timeline> ts = reps.stream().filter(t -> t != null).toList();
    if (ts.isEmpty()) {
      return null;
    }
    Timeline first = ts.get(0);
    // the fields, not the accessors: those hand out copies
    return new Timeline(first.binWidth, mean(ts, t -> t.arrivals), meanMap(ts, t -> t.queueByStep),
        meanMap(ts, t -> t.staffByPool), meanMap(ts, t -> t.utilizationByPool),
        mean(ts, t -> t.waitByArrivalBin), mean(ts, t -> t.serviceLevelByArrivalBin));
  }

  private static Map<String, double[]> meanMap(List<Timeline> ts, Function<Timeline, Map<String, double[]>> f) {
    Map<String, double[]> out = new LinkedHashMap<>();
    for (String key : f.apply(ts.get(0)).keySet()) {
      out.put(key, mean(ts, t -> f.apply(t).get(key)));
    }
    return out;
  }

  private static double[] mean(List<Timeline> ts, Function<Timeline, double[]> f) {
    int n = f.apply(ts.get(0)).length;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      int k = 0;
      for (Timeline t : ts) {
        double v = f.apply(t)[i];
        if (!Double.isNaN(v)) {
          sum += v;
          k++;
        }
      }
      out[i] = k == 0 ? Double.NaN : sum / k;
    }
    return out;
  }

  /** Start of bin {@code i} in run time. */
  public double binStart(int i) {
    return i * binWidth;
  }
}
