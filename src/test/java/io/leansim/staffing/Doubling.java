package io.leansim.staffing;

/** The staffing tests' day: two hours, demand doubling from 2 to 4 a minute at 10:00, a desk of 3. */
public final class Doubling {
  private Doubling() {}

  /** The scenario's YAML with {@code replications} replications and {@code seed}. */
  public static String yaml(int replications, long seed) {
    return """
        name: doubling
        time_unit: min
        clock_start: "09:00"
        run: {horizon: 2h, replications: %d, seed: %d}
        targets: {wait_within: 30s}
        arrivals:
          walk_in:
            schedule:
              - {from: "09:00", rate: 2/min}
              - {from: "10:00", rate: 4/min}
        resources: {desk: {capacity: 3, cost_per_hour: 20}}
        process: {serve: {resource: desk, time: exp(1)}}
        """.formatted(replications, seed);
  }
}
