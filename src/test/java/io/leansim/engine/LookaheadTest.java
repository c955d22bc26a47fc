package io.leansim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Reading draws at positions, and substreams on demand, give exactly what drawing in order gives. */
class LookaheadTest {
  @Test
  void readsEveryPositionOfASubstreamAsDrawingInOrderAndContinuesAfterIt() {
    Lookahead lookahead = new Lookahead(31);
    for (int stream = 0; stream < 50; stream++) {
      Uniforms u = new StreamPlan(stream).stream(stream % 3, "customers/x");
      for (int substream = 0; substream < 5; substream++) {
        long a = u.packedStart(0);
        long b = u.packedStart(1);
        long c = u.packedStart(2);
        for (int j = 0; j < 31; j++) {
          assertThat(Double.doubleToRawLongBits(lookahead.at(j, a, b, c)))
              .as("stream %d substream %d position %d", stream, substream, j)
              .isEqualTo(Double.doubleToRawLongBits(u.next()));
        }
        Uniforms after = lookahead.after(a, b, c);
        for (int j = 0; j < 20; j++) {
          assertThat(after.next()).isEqualTo(u.next());
        }
        u.nextSubstream();
      }
    }
  }

  @Test
  void substreamsOnDemandAreTheSubstreamsReachedJumpByJump() {
    SplittableRandom random = new SplittableRandom(18);
    for (int stream = 0; stream < 10; stream++) {
      StreamPlan plan = new StreamPlan(random.nextLong());
      Substreams onDemand = plan.substreams(stream, "revisits/x");
      Uniforms inOrder = plan.stream(stream, "revisits/x");
      double[] firstDraws = new double[400];
      for (int k = 0; k < firstDraws.length; k++) {
        firstDraws[k] = inOrder.next();
        inOrder.nextSubstream();
      }
      for (int n = 0; n < 300; n++) {
        // mostly forward, as customers come back, sometimes far behind
        int k = n % 7 == 0 ? random.nextInt(400) : Math.min(399, n + random.nextInt(40));
        assertThat(onDemand.start(k).next()).as("substream %d", k).isEqualTo(firstDraws[k]);
      }
    }
  }

  @Test
  void modularProductsWithoutDivisionAreExact() {
    SplittableRandom random = new SplittableRandom(7);
    long[] edges = {0, 1, 2, 209, 22853, Uniforms.M2 - 1, Uniforms.M1 - 1, 0xffffffffL};
    for (int n = 0; n < 200_000; n++) {
      long a = n < 64 ? edges[n % 8] : random.nextLong(1L << 32);
      long s = n < 64 ? edges[n / 8] : random.nextLong(1L << 32);
      assertThat(Uniforms.mulMod1(a, s)).isEqualTo(java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(s))
          .mod(java.math.BigInteger.valueOf(Uniforms.M1)).longValueExact());
      assertThat(Uniforms.mulMod2(a, s)).isEqualTo(java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(s))
          .mod(java.math.BigInteger.valueOf(Uniforms.M2)).longValueExact());
    }
  }
}
