package io.leansim.bench;

import io.leansim.engine.Sampler;
import io.leansim.engine.Samplers;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.load.ScenarioLoader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import umontreal.ssj.rng.MRG32k3a;

/**
 * Inversion sampling through {@code engine.Samplers} (one uniform per draw), per distribution of
 * the scenario format (the uniforms are drawn beforehand).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SamplerBench {
  @Param({"exp(1)", "logn(6, 2.5)", "gamma(3, 1.5)", "tri(0.3, 0.5, 1.0)", "norm(5, 1)", "unif(2, 5)"})
  public String dist;

  private Sampler sampler;
  private final double[] u = new double[4096];
  private int k;
  private final MRG32k3a stream = new MRG32k3a();

  @Setup
  public void setUp() {
    String yaml = "run: {horizon: 10, replications: 1, seed: 1}\narrivals: {a: {rate: 1}}\n"
        + "resources: {r: {capacity: 1}}\nprocess: {s: {resource: r, time: \"" + dist + "\"}}\n";
    var res = ScenarioLoader.parse("bench.yaml", yaml, Path.of("."));
    if (res.scenario() == null) {
      throw new IllegalStateException(res.diagnostics().toString());
    }
    DistSpec spec = res.scenario().process().get(0).time().forType(res.scenario().customers().get(0).name());
    sampler = Samplers.of(spec);
    for (int i = 0; i < u.length; i++) {
      u[i] = stream.nextDouble();
    }
  }

  @Benchmark
  public double sample() {
    return sampler.sample(u[k++ & (u.length - 1)]);
  }
}
