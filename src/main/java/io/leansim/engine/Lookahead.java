package io.leansim.engine;

/**
 * Reads the uniforms at given positions of a substream without drawing those before them: how a
 * customer gets the few draws it uses out of the block laid out for it (common random numbers),
 * at the same values as drawing the block in order.
 *
 * <p>MRG32k3a's state advances by a fixed matrix per draw, so the {@code j}-th draw of a substream
 * is the last row of that matrix to the power {@code j + 1} times the substream's start, for each
 * of its two components. The rows of the block's positions are computed once per replication;
 * a draw then costs six modular products (a block of five uniforms per step drawn in order cost
 * two per uniform, most of them never used). Substream starts are passed packed in three longs
 * ({@link Uniforms#packedStart(int)}), so a customer keeps its own in three fields.
 *
 * <p>Immutable; {@code LookaheadTest} checks every position against drawing in order.
 */
public final class Lookahead {
  private static final long MASK = 0xffffffffL;
  /** One draw of component 1: (x(n-3), x(n-2), x(n-1)) to (x(n-2), x(n-1), x(n)). */
  private static final long[][] STEP1 = {{0, 1, 0}, {0, 0, 1}, {Uniforms.M1 - Uniforms.A13N, Uniforms.A12, 0}};
  /** One draw of component 2. */
  private static final long[][] STEP2 = {{0, 1, 0}, {0, 0, 1}, {Uniforms.M2 - Uniforms.A23N, 0, Uniforms.A21}};

  private final int positions;
  private final long[] rows1;
  private final long[] rows2;
  /** The whole transition past the block, for the draws after it. */
  private final long[][] past1;
  private final long[][] past2;

  /** The lookahead over the first {@code positions} draws of a substream. */
  public Lookahead(int positions) {
    this.positions = positions;
    this.rows1 = new long[3 * positions];
    this.rows2 = new long[3 * positions];
    long[][] p1 = STEP1;
    long[][] p2 = STEP2;
    for (int j = 0; j < positions; j++) {
      System.arraycopy(p1[2], 0, rows1, 3 * j, 3);
      System.arraycopy(p2[2], 0, rows2, 3 * j, 3);
      p1 = Uniforms.times(STEP1, p1, true);
      p2 = Uniforms.times(STEP2, p2, false);
    }
    this.past1 = positions == 0 ? identity() : power(STEP1, positions, true);
    this.past2 = positions == 0 ? identity() : power(STEP2, positions, false);
  }

  private static long[][] identity() {
    return new long[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
  }

  private static long[][] power(long[][] m, int n, boolean first) {
    long[][] p = m;
    for (int i = 1; i < n; i++) {
      p = Uniforms.times(m, p, first);
    }
    return p;
  }

  /** How many positions it reads. */
  public int positions() {
    return positions;
  }

  /**
   * The draw at {@code position} (from 0, below {@link #positions()}) of the substream starting at
   * the packed state {@code a, b, c}.
   */
  public double at(int position, long a, long b, long c) {
    long s0 = a >>> 32;
    long s1 = b >>> 32;
    long s2 = c >>> 32;
    long s3 = a & MASK;
    long s4 = b & MASK;
    long s5 = c & MASK;
    int k = 3 * position;
    long[] r1 = rows1;
    long[] r2 = rows2;
    long p1 = (Uniforms.mulMod1(r1[k], s0) + Uniforms.mulMod1(r1[k + 1], s1) + Uniforms.mulMod1(r1[k + 2], s2))
        % Uniforms.M1;
    long p2 = (Uniforms.mulMod2(r2[k], s3) + Uniforms.mulMod2(r2[k + 1], s4) + Uniforms.mulMod2(r2[k + 2], s5))
        % Uniforms.M2;
    return Uniforms.uniform(p1, p2);
  }

  /**
   * A stream that continues the substream starting at the packed state {@code a, b, c} right after
   * the positions this lookahead reads: its first draw is the one at {@link #positions()}.
   */
  public Uniforms after(long a, long b, long c) {
    long[] s = {a >>> 32, b >>> 32, c >>> 32, a & MASK, b & MASK, c & MASK};
    long[] out = new long[6];
    Uniforms.jump1(past1, s, 0, out, 0);
    Uniforms.jump2(past2, s, 3, out, 3);
    return new Uniforms(out);
  }
}
