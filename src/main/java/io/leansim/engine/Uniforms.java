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
  static final long M1 = 4294967087L;
  static final long M2 = 4294944443L;
  private static final long MASK = 0xffffffffL;
  static final long A12 = 1403580L;
  static final long A13N = 810728L;
  static final long A21 = 527612L;
  static final long A23N = 1370589L;
  private static final double M1_DOUBLE = 4294967087.0;
  private static final double NORM = 2.328306549295727688e-10;

  /** The jump to the next substream (A^(2^76)), as in SSJ: {@code A1p76} mod m1, {@code A2p76} mod m2. */
  static final long[][] A1P76 = {
    {82758667L, 1871391091L, 4127413238L},
    {3672831523L, 69195019L, 1871391091L},
    {3672091415L, 3528743235L, 69195019L}
  };

  static final long[][] A2P76 = {
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
    return uniform(p1, p2);
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
    jump1(A1P76, start, 0, start, 0);
    jump2(A2P76, start, 3, start, 3);
    restartSubstream();
  }

  /**
   * The start of the current substream, packed in three longs (component 1 in the high half,
   * component 2 in the low half of each): what {@link Lookahead} reads a customer's draws from.
   */
  public long packedStart(int i) {
    return start[i] << 32 | start[3 + i];
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
   * (a * s) mod m1 for 0 <= a, s < 2^32 without a division: the product fits in 64 bits unsigned,
   * and since 2^32 = 209 (mod m1), folding its high half onto its low half twice leaves a value
   * below 2 m1.
   */
  static long mulMod1(long a, long s) {
    long p = a * s;
    long r = (p >>> 32) * 209 + (p & MASK);
    r = (r >>> 32) * 209 + (r & MASK);
    return r >= M1 ? r - M1 : r;
  }

  /** (a * s) mod m2, as {@link #mulMod1}: 2^32 = 22853 (mod m2). */
  static long mulMod2(long a, long s) {
    long p = a * s;
    long r = (p >>> 32) * 22853 + (p & MASK);
    r = (r >>> 32) * 22853 + (r & MASK);
    return r >= M2 ? r - M2 : r;
  }

  /** The uniform SSJ forms from the new values {@code p1} of component 1 and {@code p2} of component 2. */
  static double uniform(long p1, long p2) {
    double d1 = p1;
    double d2 = p2;
    return d1 > d2 ? (d1 - d2) * NORM : (d1 - d2 + M1_DOUBLE) * NORM;
  }

  /** {@code m} (3 x 3) times the vector {@code s[from..from+2]} mod m1, into {@code out[to..to+2]}. */
  static void jump1(long[][] m, long[] s, int from, long[] out, int to) {
    long s0 = s[from];
    long s1 = s[from + 1];
    long s2 = s[from + 2];
    for (int i = 0; i < 3; i++) {
      long[] a = m[i];
      out[to + i] = (mulMod1(a[0], s0) + mulMod1(a[1], s1) + mulMod1(a[2], s2)) % M1;
    }
  }

  /** As {@link #jump1} mod m2. */
  static void jump2(long[][] m, long[] s, int from, long[] out, int to) {
    long s0 = s[from];
    long s1 = s[from + 1];
    long s2 = s[from + 2];
    for (int i = 0; i < 3; i++) {
      long[] a = m[i];
      out[to + i] = (mulMod2(a[0], s0) + mulMod2(a[1], s1) + mulMod2(a[2], s2)) % M2;
    }
  }

  /** The product of 3 x 3 matrices {@code a b} mod {@code m1} (component 1) or m2. */
  static long[][] times(long[][] a, long[][] b, boolean first) {
    long[][] c = new long[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        long sum = 0;
        for (int k = 0; k < 3; k++) {
          sum += first ? mulMod1(a[i][k], b[k][j]) : mulMod2(a[i][k], b[k][j]);
        }
        c[i][j] = sum % (first ? M1 : M2);
      }
    }
    return c;
  }
}
