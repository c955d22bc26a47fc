package io.leansim.engine;

import umontreal.ssj.rng.RandomStream;

/**
 * A stream of uniforms on (0, 1) with substreams, on an SSJ MRG32k3a generator. Created only by
 * {@link StreamPlan}. Not thread-safe: a stream belongs to one replication.
 */
public final class Uniforms {
  private final RandomStream stream;

  Uniforms(RandomStream stream) {
    this.stream = stream;
  }

  /** The next uniform, strictly between 0 and 1. */
  public double next() {
    return stream.nextDouble();
  }

  /**
   * The current state (six integers), from which {@link StreamPlan#resume(long[])} continues this
   * stream exactly where it is now.
   */
  public long[] state() {
    return ((umontreal.ssj.rng.MRG32k3a) stream).getState();
  }

  /** Jumps to the start of the next substream (2^76 values further). */
  public void nextSubstream() {
    stream.resetNextSubstream();
  }
}
