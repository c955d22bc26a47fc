package io.leansim.experiment;

/**
 * Replications {@code from}..{@code to} (0-based, both included) of a run of {@code of}
 * replications: one shard of a run split over processes or machines. Replication k always uses the
 * same random numbers whatever range runs it (its streams are keyed by k), so the shards of a run,
 * combined in replication order, give the very figures of the whole run.
 */
public record ReplicationRange(int from, int to, int of) {
  public ReplicationRange {
    if (of < 1 || from < 0 || from > to || to >= of) {
      throw new IllegalArgumentException("replications " + from + ".." + to + " are not within 0.." + (of - 1));
    }
  }

  /** The whole run of {@code n} replications. */
  public static ReplicationRange all(int n) {
    return new ReplicationRange(0, n - 1, n);
  }

  /** How many replications the range holds. */
  public int count() {
    return to - from + 1;
  }

  /** Whether the range is the whole run. */
  public boolean whole() {
    return from == 0 && to == of - 1;
  }

  /** {@code from..to}, as the command line writes it. */
  @Override
  public String toString() {
    return from + ".." + to;
  }
}
