package io.leansim.engine;

/**
 * The substreams of one stream, each started on demand: for needs that only some customers have
 * (second visits and redos), customer k reads substream k without the stream jumping through the
 * substreams of every customer in between.
 *
 * <p>The jump to substream k multiplies the start by the substream jump matrix to the power k, as
 * a product of its precomputed powers of two (one per bit of k), from the last substream started
 * when k is after it (customers come back roughly in order of arrival, so few bits), else from the
 * start of the stream. The result is exactly the substream {@link Uniforms#nextSubstream()} reaches
 * after k jumps.
 *
 * <p>Not thread-safe: one per stream of one replication.
 */
public final class Substreams {
  /** A1P76^(2^i) and A2P76^(2^i), for i = 0..62. */
  private static final long[][][] POWERS1 = new long[63][][];
  private static final long[][][] POWERS2 = new long[63][][];

  static {
    POWERS1[0] = Uniforms.A1P76;
    POWERS2[0] = Uniforms.A2P76;
    for (int i = 1; i < 63; i++) {
      POWERS1[i] = Uniforms.times(POWERS1[i - 1], POWERS1[i - 1], true);
      POWERS2[i] = Uniforms.times(POWERS2[i - 1], POWERS2[i - 1], false);
    }
  }

  private final long[] first;
  private final long[] last;
  private long lastIndex;

  /** The substreams of the stream starting at {@code seed} (six integers, validated by {@link StreamPlan}). */
  Substreams(long[] seed) {
    this.first = seed.clone();
    this.last = seed.clone();
  }

  /** A new generator at the start of substream {@code k} (>= 0; substream 0 starts at the seed). */
  public Uniforms start(long k) {
    if (k < 0) {
      throw new IllegalArgumentException("no substream " + k);
    }
    long[] s;
    long steps;
    if (k >= lastIndex) {
      s = last;
      steps = k - lastIndex;
    } else {
      s = first.clone();
      steps = k;
    }
    for (int i = 0; steps != 0; i++, steps >>>= 1) {
      if ((steps & 1) != 0) {
        Uniforms.jump1(POWERS1[i], s, 0, s, 0);
        Uniforms.jump2(POWERS2[i], s, 3, s, 3);
      }
    }
    if (s != last) {
      System.arraycopy(s, 0, last, 0, 6);
    }
    lastIndex = k;
    return new Uniforms(last);
  }
}
