package io.leansim.experiment;

import io.leansim.stats.ReplicationStats;
import java.util.List;

/** One job's run: its summary and the per-replication figures behind it (for paired comparisons). */
public record RunResult(Summary summary, List<ReplicationStats> replications) {
  public RunResult {
    replications = List.copyOf(replications);
  }
}
