package io.leansim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

/** LeanSim's MRG32k3a against SSJ's: the same uniforms to the last bit, and the same substreams. */
class UniformsTest {
  @Test
  void drawsExactlySsjsSequenceAcrossSubstreams() {
    SplittableRandom seeds = new SplittableRandom(2026);
    MRG32k3a template = new MRG32k3a();
    for (int stream = 0; stream < 200; stream++) {
      long[] seed = new long[6];
      for (int i = 0; i < 6; i++) {
        // the whole valid range, edges included: 1 .. m - 1
        long m = i < 3 ? 4294967087L : 4294944443L;
        seed[i] = stream < 3 ? new long[] {1, m - 1, 12345}[stream] : 1 + seeds.nextLong(m - 1);
      }
      MRG32k3a ssj = template.clone();
      ssj.setSeed(seed);
      Uniforms ours = new Uniforms(seed);
      for (int substream = 0; substream < 30; substream++) {
        for (int k = 0; k < 200; k++) {
          assertThat(Double.doubleToRawLongBits(ours.next()))
              .as("stream %d substream %d draw %d", stream, substream, k)
              .isEqualTo(Double.doubleToRawLongBits(ssj.nextDouble()));
        }
        assertThat(ours.state()).isEqualTo(ssj.getState());
        ours.nextSubstream();
        ssj.resetNextSubstream();
      }
    }
  }

  @Test
  void resumesExactlyWhereTheStateWasTaken() {
    Uniforms a = new StreamPlan(5).stream(1, "customers/x");
    a.nextSubstream();
    a.next();
    Uniforms b = new StreamPlan(5).resume(a.state());
    for (int k = 0; k < 100; k++) {
      assertThat(b.next()).isEqualTo(a.next());
    }
  }
}
