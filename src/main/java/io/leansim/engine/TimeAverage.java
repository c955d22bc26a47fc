package io.leansim.engine;

/**
 * The time-average of a piecewise-constant quantity (queue length, busy servers, customers in the
 * system) on its replication's clock. The arithmetic is that of SSJ's {@code Accumulate}, which
 * LeanSim used before, operation for operation (so every figure is the same to the last bit): at
 * each update the area grows by the previous value times the time since the previous update.
 */
public final class TimeAverage {
  private final Kernel kernel;
  private double initTime;
  private double lastTime;
  private double lastValue;
  private double sum;
  private double max;

  TimeAverage(Kernel kernel) {
    this.kernel = kernel;
    init(0);
  }

  /** Restarts now with value {@code x}, forgetting the past (as SSJ's {@code Accumulate.init(x)}). */
  private void init(double x) {
    max = Double.MIN_VALUE;
    lastValue = 0;
    sum = 0;
    initTime = kernel.now();
    lastTime = initTime;
    update(x);
  }

  /** The quantity takes value {@code x} from now on. */
  public void update(double x) {
    double time = kernel.now();
    if (x > max) {
      max = x;
    }
    sum += lastValue * (time - lastTime);
    lastValue = x;
    lastTime = time;
  }

  /** Forgets the past: the average restarts now from the current value (end of warm-up). */
  public void restart() {
    init(lastValue);
  }

  /** The current value. */
  public double current() {
    return lastValue;
  }

  /** Time-average since the last restart, up to now. */
  public double average() {
    update(lastValue);
    double period = lastTime - initTime;
    return period > 0.0 ? sum / period : 0.0;
  }

  /** Integral over time since the last restart, up to now. */
  public double area() {
    update(lastValue);
    update(lastValue);
    return sum;
  }

  /** Largest value since the last restart (as SSJ's: {@link Double#MIN_VALUE} when it never rose above 0). */
  public double max() {
    return max;
  }
}
