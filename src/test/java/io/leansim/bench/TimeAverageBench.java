package io.leansim.bench;

import io.leansim.engine.Kernel;
import io.leansim.engine.TimeAverage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One update of {@code engine.TimeAverage} (SSJ {@code Accumulate}): paid on every queue and busy change. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TimeAverageBench {
  private TimeAverage avg;
  private int x;

  @Setup
  public void setUp() {
    avg = new Kernel().timeAverage("bench");
  }

  @Benchmark
  public TimeAverage update() {
    avg.update(x++ & 7);
    return avg;
  }
}
