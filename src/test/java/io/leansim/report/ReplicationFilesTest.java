package io.leansim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leansim.stats.Bases;
import io.leansim.stats.ReplicationStats;
import io.leansim.stats.Timeline;
import io.leansim.stats.WaitSample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replications.json}: every figure of every replication reads back to the very same bits. */
class ReplicationFilesTest {
  @TempDir Path tmp;

  /** Doubles that trip up decimal round trips, then random bit patterns (seeded). */
  private static double[] hardDoubles(Random random, int n) {
    double[] fixed = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
        -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 0.1, 1.0 / 3, 2.0E-3, 1.0E23, 9007199254740993.0,
        4.35, 123456789.0, 5.0E-324, Math.nextUp(1.0), Math.nextDown(1.0)};
    double[] out = new double[fixed.length + n];
    System.arraycopy(fixed, 0, out, 0, fixed.length);
    for (int i = fixed.length; i < out.length; i++) {
      double x = Double.longBitsToDouble(random.nextLong());
      out[i] = i % 2 == 0 ? x : random.nextDouble() * Math.pow(10, random.nextInt(20) - 10);
    }
    return out;
  }

  private static ReplicationStats replication(int index, Random random) {
    double[] d = hardDoubles(random, 40);
    Map<String, Double> overall = new LinkedHashMap<>();
    for (int i = 0; i < d.length; i++) {
      overall.put("metric_" + (d.length - i), d[i]);
    }
    Map<String, Map<String, Double>> types = new LinkedHashMap<>();
    types.put("zeta", Map.of("wait_mean", d[3]));
    types.put("alpha", new LinkedHashMap<>(overall));
    double[] waits = new double[101];
    for (int p = 0; p <= 100; p++) {
      waits[p] = random.nextDouble() * Math.pow(10, random.nextInt(8) - 4);
    }
    Map<String, double[]> queue = new LinkedHashMap<>();
    queue.put("serve", hardDoubles(random, 10));
    queue.put("fill", new double[0]);
    Timeline timeline = new Timeline(15.000000000000002, hardDoubles(random, 5), queue,
        Map.of("counter", hardDoubles(random, 3)), Map.of("counter", hardDoubles(random, 3)), hardDoubles(random, 2));
    Bases bases = new Bases(Map.of("wait_mean", d[5]), Map.of("zeta", Map.of("wait_mean", 3.0)),
        Map.of("serve", Map.of("wait_mean", 12.0)), Map.of());
    return new ReplicationStats(index, d[20], overall, types, Map.of("serve", Map.of("queue_max", 7.0)), Map.of(),
        bases, index == 1 ? null : WaitSample.of(waits, Map.of("zeta", new double[] {1.5, 0}, "alpha", new double[0])),
        index == 2 ? null : timeline);
  }

  private static void assertSameBits(double[] a, double[] b) {
    assertThat(b).hasSameSizeAs(a);
    for (int i = 0; i < a.length; i++) {
      assertThat(Double.doubleToLongBits(b[i])).as("element %d: %s vs %s", i, a[i], b[i])
          .isEqualTo(Double.doubleToLongBits(a[i]));
    }
  }

  private static void assertSameBits(Map<String, Double> a, Map<String, Double> b) {
    assertThat(List.copyOf(b.keySet())).isEqualTo(List.copyOf(a.keySet()));
    a.forEach((k, v) -> assertThat(Double.doubleToLongBits(b.get(k))).as(k).isEqualTo(Double.doubleToLongBits(v)));
  }

  private static void assertSameNested(Map<String, Map<String, Double>> a, Map<String, Map<String, Double>> b) {
    assertThat(List.copyOf(b.keySet())).isEqualTo(List.copyOf(a.keySet()));
    a.forEach((k, v) -> assertSameBits(v, b.get(k)));
  }

  private static void assertSameSeries(Map<String, double[]> a, Map<String, double[]> b) {
    assertThat(List.copyOf(b.keySet())).isEqualTo(List.copyOf(a.keySet()));
    a.forEach((k, v) -> assertSameBits(v, b.get(k)));
  }

  @Test
  void everyFigureReadsBackToTheSameBitsInTheSameOrder() throws Exception {
    Random random = new Random(20261122);
    List<ReplicationStats> reps = new ArrayList<>();
    for (int r = 0; r < 4; r++) {
      reps.add(replication(r + 10, random));
    }
    ReplicationFiles.write("hall", "baseline", reps, tmp);

    List<ReplicationStats> back = ReplicationFiles.read(tmp);

    assertThat(back).hasSameSizeAs(reps);
    for (int i = 0; i < reps.size(); i++) {
      ReplicationStats a = reps.get(i);
      ReplicationStats b = back.get(i);
      assertThat(b.replication()).isEqualTo(a.replication());
      assertThat(Double.doubleToLongBits(b.endTime())).isEqualTo(Double.doubleToLongBits(a.endTime()));
      assertSameBits(a.overall(), b.overall());
      assertSameNested(a.types(), b.types());
      assertSameNested(a.steps(), b.steps());
      assertSameNested(a.resources(), b.resources());
      assertThat(b.bases()).isEqualTo(a.bases());
      if (a.waits() == null) {
        assertThat(b.waits()).isNull();
      } else {
        assertThat(b.waits().encodedOverall()).isEqualTo(a.waits().encodedOverall());
        assertThat(b.waits().encodedTypes().keySet()).containsExactlyElementsOf(a.waits().encodedTypes().keySet());
        a.waits().encodedTypes().forEach((k, v) -> assertThat(b.waits().encodedTypes().get(k)).isEqualTo(v));
        assertSameBits(WaitSample.pool(List.of(a.waits())).percentiles(), WaitSample.pool(List.of(b.waits())).percentiles());
      }
      if (a.timeline() == null) {
        assertThat(b.timeline()).isNull();
        continue;
      }
      assertThat(Double.doubleToLongBits(b.timeline().binWidth())).isEqualTo(Double.doubleToLongBits(a.timeline().binWidth()));
      assertSameBits(a.timeline().arrivals(), b.timeline().arrivals());
      assertSameSeries(a.timeline().queueByStep(), b.timeline().queueByStep());
      assertSameSeries(a.timeline().staffByPool(), b.timeline().staffByPool());
      assertSameSeries(a.timeline().utilizationByPool(), b.timeline().utilizationByPool());
      assertSameBits(a.timeline().waitByArrivalBin(), b.timeline().waitByArrivalBin());
    }
    // written again, the file is the same: nothing is lost or reordered
    Path again = Files.createDirectories(tmp.resolve("again"));
    ReplicationFiles.write("hall", "baseline", back, again);
    assertThat(Files.readString(again.resolve(ReplicationFiles.FILE)))
        .isEqualTo(Files.readString(tmp.resolve(ReplicationFiles.FILE)));
  }

  @Test
  void oneReplicationPerLine() throws Exception {
    Random random = new Random(1);
    ReplicationFiles.write("hall", "baseline", List.of(replication(0, random), replication(1, random)), tmp);
    List<String> lines = Files.readAllLines(tmp.resolve(ReplicationFiles.FILE));
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("{\"format\":2,\"scenario\":\"hall\",\"variant\":\"baseline\",\"replications\":[");
    assertThat(lines.get(1)).startsWith("{\"replication\":0,\"end_time\":").endsWith("},");
    assertThat(lines.get(2)).startsWith("{\"replication\":1,");
    assertThat(lines.get(3)).isEqualTo("]}");
  }

  @Test
  void aMissingOrDamagedFileIsAShardProblem() throws Exception {
    assertThatThrownBy(() -> ReplicationFiles.read(tmp)).isInstanceOf(ShardFiles.ShardException.class)
        .hasMessage(tmp.resolve("replications.json") + " is missing: the shard is incomplete; run it again");
    Files.writeString(tmp.resolve("replications.json"), "{\"format\":2,\"replications\":[{\"replication\":0}]}");
    assertThatThrownBy(() -> ReplicationFiles.read(tmp)).isInstanceOf(ShardFiles.ShardException.class)
        .hasMessageContaining("is damaged");
    Files.writeString(tmp.resolve("replications.json"), "{\"format\":1,");
    assertThatThrownBy(() -> ReplicationFiles.read(tmp)).isInstanceOf(ShardFiles.ShardException.class)
        .hasMessageContaining("is not valid JSON");
  }
}
