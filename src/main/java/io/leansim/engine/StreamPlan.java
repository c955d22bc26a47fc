package io.leansim.engine;

import java.nio.charset.StandardCharsets;

/**
 * Every random stream of a run, derived from the scenario seed alone: the single place that
 * creates random streams.
 *
 * <p>A stream is keyed by (replication, purpose), never by thread or creation order: its MRG32k3a
 * seed is a SplitMix64 hash of the scenario seed, the replication index and the purpose name
 * (for example {@code "arrivals/walk_in"}), mapped into MRG32k3a's valid seed space. Streams keyed
 * differently start at independent pseudo-random points of the generator's period of about
 * 2^191, so that the chance two of them overlap within the 2^127 values each may use is below
 * 2^-60 for a million streams. Within a stream, MRG32k3a's substreams (2^76 values apart) separate the
 * arrival epochs (substream 0) from each customer's own needs (substream k for the k-th customer),
 * which is what keeps common random numbers aligned between variants.
 *
 * <p>The generator is MRG32k3a ({@link Uniforms}: SSJ's, computed in integer arithmetic), so no
 * SSJ generator is ever constructed and SSJ's static, unsynchronised package seed is never read.
 * Thread-safe: a plan is immutable and every call builds a fresh stream.
 */
public final class StreamPlan {
  private static final long M1 = 4294967087L;
  private static final long M2 = 4294944443L;

  private final long seed;

  /** The plan of a run with this scenario seed. */
  public StreamPlan(long seed) {
    this.seed = seed;
  }

  /** The scenario seed. */
  public long seed() {
    return seed;
  }

  /** A new generator at the start of the stream for {@code purpose} in {@code replication}. */
  public Uniforms stream(int replication, String purpose) {
    return new Uniforms(seedOf(replication, purpose));
  }

  /**
   * The substreams of the stream for {@code purpose} in {@code replication}, each started on demand
   * ({@link Substreams#start(long)} is substream k of {@link #stream(int, String)}).
   */
  public Substreams substreams(int replication, String purpose) {
    return new Substreams(seedOf(replication, purpose));
  }

  private long[] seedOf(int replication, String purpose) {
    long state = mix(seed ^ 0x6a09e667f3bcc908L);
    state = mix(state ^ replication);
    state = mix(state ^ fnv1a(purpose));
    long[] s = new long[6];
    do {
      for (int i = 0; i < 6; i++) {
        state += 0x9e3779b97f4a7c15L;
        long z = mix(state);
        s[i] = Long.remainderUnsigned(z, i < 3 ? M1 : M2);
      }
    } while ((s[0] | s[1] | s[2]) == 0 || (s[3] | s[4] | s[5]) == 0);
    return s;
  }

  /**
   * A generator that continues from {@code state} (from {@link Uniforms#state()}): how a customer
   * keeps drawing from its own substream after the stream has moved on to other customers.
   */
  public Uniforms resume(long[] state) {
    return new Uniforms(state);
  }

  /** SplitMix64's finaliser: a bijective 64-bit mix. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long fnv1a(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
