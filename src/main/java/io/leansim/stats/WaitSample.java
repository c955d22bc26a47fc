package io.leansim.stats;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.DoubleHistogram;

/**
 * The total waits of the customers who left the system in one replication, overall and by customer
 * type, as histograms to 3 significant digits (HdrHistogram, encoded compactly: a replication keeps a
 * few kilobytes however many customers it saw). Histograms of several replications merge exactly
 * ({@link #pool}), which gives the quantiles of all customers pooled.
 */
public final class WaitSample implements java.io.Serializable {
  private static final long serialVersionUID = 2L;

  /** The widest dynamic range a decoded histogram starts with; it grows as values need. */
  private static final long RANGE = 2;

  private final byte[] overall;
  private final Map<String, byte[]> types;

  private WaitSample(byte[] overall, Map<String, byte[]> types) {
    this.overall = overall;
    this.types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
  }

  /** The waits recorded in {@code overall} and in each type's histogram (in type order). */
  static WaitSample of(DoubleHistogram overall, Map<String, DoubleHistogram> types) {
    Map<String, byte[]> t = new LinkedHashMap<>();
    types.forEach((k, h) -> t.put(k, encode(h)));
    return new WaitSample(encode(overall), t);
  }

  /** The sample of the given waits, overall and by type (in type order): to build one outside a replication. */
  public static WaitSample of(double[] overall, Map<String, double[]> types) {
    Map<String, DoubleHistogram> t = new LinkedHashMap<>();
    types.forEach((k, w) -> t.put(k, record(w)));
    return of(record(overall), t);
  }

  private static DoubleHistogram record(double[] waits) {
    DoubleHistogram h = new DoubleHistogram(ReplicationCollector.SIGNIFICANT_DIGITS);
    for (double w : waits) {
      h.recordValue(w);
    }
    return h;
  }

  /**
   * The sample from its encoded histograms ({@link #encodedOverall()}, {@link #encodedTypes()}), to
   * read a replication back from a file.
   *
   * @throws IllegalArgumentException when a histogram does not decode
   */
  public static WaitSample decode(byte[] overall, Map<String, byte[]> types) {
    WaitSample s = new WaitSample(overall.clone(), types);
    s.histogram(s.overall);
    s.types.values().forEach(s::histogram);
    return s;
  }

  /** The overall histogram, encoded (HdrHistogram's own format). */
  public byte[] encodedOverall() {
    return overall.clone();
  }

  /** Each type's histogram, encoded, in type order. */
  public Map<String, byte[]> encodedTypes() {
    Map<String, byte[]> out = new LinkedHashMap<>();
    types.forEach((k, v) -> out.put(k, v.clone()));
    return out;
  }

  private static byte[] encode(DoubleHistogram h) {
    ByteBuffer b = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
    int length = h.encodeIntoByteBuffer(b);
    return Arrays.copyOf(b.array(), length);
  }

  private DoubleHistogram histogram(byte[] bytes) {
    try {
      return DoubleHistogram.decodeFromByteBuffer(ByteBuffer.wrap(bytes), RANGE);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a wait histogram: " + e.getMessage(), e);
    }
  }

  /**
   * The customers of this replication (overall for a null {@code type}, or of {@code type}) who
   * waited at most each of {@code waits}, then how many there were in all (the last element).
   */
  public long[] atMost(String type, double... waits) {
    byte[] bytes = type == null ? overall : types.get(type);
    long[] out = new long[waits.length + 1];
    if (bytes == null) {
      return out;
    }
    DoubleHistogram h = histogram(bytes);
    for (int i = 0; i < waits.length; i++) {
      out[i] = Double.isNaN(waits[i]) || h.getTotalCount() == 0 ? 0
          : Math.round(h.getCountBetweenValues(0, waits[i]));
    }
    out[waits.length] = h.getTotalCount();
    return out;
  }

  /** The waits of the customers of every sample (null samples are skipped), merged by scope. */
  public static Pooled pool(List<WaitSample> samples) {
    DoubleHistogram all = new DoubleHistogram(ReplicationCollector.SIGNIFICANT_DIGITS);
    Map<String, DoubleHistogram> byType = new LinkedHashMap<>();
    for (WaitSample s : samples) {
      if (s == null) {
        continue;
      }
      all.add(s.histogram(s.overall));
      s.types.forEach((type, bytes) -> byType
          .computeIfAbsent(type, k -> new DoubleHistogram(ReplicationCollector.SIGNIFICANT_DIGITS))
          .add(s.histogram(bytes)));
    }
    return new Pooled(all, byType);
  }

  /** The waits of the customers of several replications, merged: their quantiles. */
  public static final class Pooled {
    private final DoubleHistogram overall;
    private final Map<String, DoubleHistogram> types;

    private Pooled(DoubleHistogram overall, Map<String, DoubleHistogram> types) {
      this.overall = overall;
      this.types = types;
    }

    /** The customers who left, overall ({@code type} null) or of {@code type}. */
    public long customers(String type) {
      DoubleHistogram h = type == null ? overall : types.get(type);
      return h == null ? 0 : h.getTotalCount();
    }

    /**
     * The wait that {@code percent} % of the customers (overall for a null {@code type}) waited at
     * most, to 3 significant digits; NaN without customers.
     */
    public double quantile(String type, double percent) {
      DoubleHistogram h = type == null ? overall : types.get(type);
      if (h == null || h.getTotalCount() == 0) {
        return Double.NaN;
      }
      return percent <= 0 ? h.getMinValue() : percent >= 100 ? h.getMaxValue() : h.getValueAtPercentile(percent);
    }

    /** The overall wait at percentiles 0, 1, ..., 100, or null when nobody left. */
    public double[] percentiles() {
      if (overall.getTotalCount() == 0) {
        return null;
      }
      double[] q = new double[101];
      for (int p = 0; p <= 100; p++) {
        q[p] = quantile(null, p);
      }
      return q;
    }
  }
}
