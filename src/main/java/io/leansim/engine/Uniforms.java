package io.leansim.engine;

/**
 * A stream of uniforms on (0, 1) with substreams: L'Ecuyer's MRG32k3a, exactly as SSJ's {@link
 * umontreal.ssj.rng.MRG32k3a} computes it (same seeds, same values to the last bit, same
 * substreams 2^76 values apart), in integer arithmetic.
 *
 * <p>Why not SSJ's class itself: every customer jumps to a substream of its own (common random
 * numbers) and draws a block of uniforms, and with SSJ's floating-point modular arithmetic that
 * was a third of a whole run (about 170 ns per jump and 33 ns per uniform on the benchmark
 * machine; see docs/benchmarks.md). Here the recurrence is the same exact integer computation
 * with remainders by constants (which the JIT turns into multiplications), and the output is
 * formed with SSJ's very expression. {@code UniformsTest} checks the sequences and substreams
 * against SSJ's generator.
 *
 * <p>Created only by {@link StreamPlan}. Not thread-safe: a stream belongs to one replication.
 */
public final class Uniforms {
  private static final long M1 = 4294967087L;
  private static final long M2 = 4294944443L;
  private static final long A12 = 1403580L;
  private static final long A13N = 810728L;
  private static final long A21 = 527612L;
  private static final long A23N = 1370589L;
  private static final double M1_DOUBLE = 4294967087.0;
  private static final double NORM = 2.328306549295727688e-10;

  /** The jump to the next substream (A^(2^76)), as in SSJ: {@code A1p76} mod m1, {@code A2p76} mod m2. */
  private static final long[][] A1P76 = {
    {82758667L, 1871391091L, 4127413238L},
    {3672831523L, 69195019L, 1871391091L},
    {3672091415L, 3528743235L, 69195019L}
  };

  private static final long[][] A2P76 = {
    {1511326704L, 3759209742L, 1610795712L},
    {4292754251L, 1511326704L, 3889917532L},
    {3859662829L, 4292754251L, 3708466080L}
  };

  /** Start of the current substream. */
  private final long[] start = new long[6];

  /** Current state: x(n-3), x(n-2), x(n-1) of component 1, then of component 2. */
  private long c0;
  private long c1;
  private long c2;
  private long c3;
  private long c4;
  private long c5;

  /** A stream starting at {@code seed} (six integers, validated by {@link StreamPlan}). */
  Uniforms(long[] seed) {
    System.arraycopy(seed, 0, start, 0, 6);
    restartSubstream();
  }

  /** The next uniform, strictly between 0 and 1. */
  public double next() {
    long p1 = (A12 * c1 - A13N * c0) % M1;
    if (p1 < 0) {
      p1 += M1;
    }
    c0 = c1;
    c1 = c2;
    c2 = p1;
    long p2 = (A21 * c5 - A23N * c3) % M2;
    if (p2 < 0) {
      p2 += M2;
    }
    c3 = c4;
    c4 = c5;
    c5 = p2;
    double d1 = p1;
    double d2 = p2;
    return d1 > d2 ? (d1 - d2) * NORM : (d1 - d2 + M1_DOUBLE) * NORM;
  }

  /**
   * The current state (six integers), from which {@link StreamPlan#resume(long[])} continues this
   * stream exactly where it is now.
   */
  public long[] state() {
    return new long[] {c0, c1, c2, c3, c4, c5};
  }

  /** Jumps to the start of the next substream (2^76 values after the start of this one). */
  public void nextSubstream() {
    long s0 = start[0];
    long s1 = start[1];
    long s2 = start[2];
    for (int i = 0; i < 3; i++) {
      long[] a = A1P76[i];
      start[i] = (mulMod1(a[0], s0) + mulMod1(a[1], s1) + mulMod1(a[2], s2)) % M1;
    }
    s0 = start[3];
    s1 = start[4];
    s2 = start[5];
    for (int i = 0; i < 3; i++) {
      long[] a = A2P76[i];
      start[3 + i] = (mulMod2(a[0], s0) + mulMod2(a[1], s1) + mulMod2(a[2], s2)) % M2;
    }
    restartSubstream();
  }

  private void restartSubstream() {
    c0 = start[0];
    c1 = start[1];
    c2 = start[2];
    c3 = start[3];
    c4 = start[4];
    c5 = start[5];
  }

  /**
   * (a * s) mod m1 for 0 <= a, s < 2^32, in longs without overflow: a = high * 2^16 + low, so each
   * partial product stays below 2^48. Remainders by constants: the JIT multiplies instead of dividing.
   */
  private static long mulMod1(long a, long s) {
    long high = (a >>> 16) * s % M1;
    return ((high << 16) + (a & 0xffff) * s) % M1;
  }

  /** (a * s) mod m2, as {@link #mulMod1}. */
  private static long mulMod2(long a, long s) {
    long high = (a >>> 16) * s % M2;
    return ((high << 16) + (a & 0xffff) * s) % M2;
  }
}
