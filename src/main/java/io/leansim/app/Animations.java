package io.leansim.app;

import io.leansim.experiment.Experiment;
import io.leansim.model.FlowListener;
import io.leansim.report.AnimationPage;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import io.leansim.stats.Replay;
import io.leansim.stats.ReplayRecorder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The animations a comparison writes beside its report: the first replication of every job is
 * recorded while it runs, then one page per variant shows it beside the baseline.
 */
final class Animations {
  private final Map<String, ReplayRecorder> recorders = new ConcurrentHashMap<>();
  private final Map<String, Experiment.Job> jobs = new ConcurrentHashMap<>();

  Animations(List<Experiment.Job> jobs) {
    jobs.forEach(j -> this.jobs.put(j.variant(), j));
  }

  /** A recorder for the first replication of each job (none for the others). */
  List<FlowListener> listeners(String variant, int replication) {
    if (replication != 0) {
      return List.of();
    }
    ReplayRecorder r = new ReplayRecorder(jobs.get(variant).scenario(), variant, replication);
    recorders.put(variant, r);
    return List.of(r);
  }

  /** Records the first replication of every job here (when the replications ran elsewhere). */
  void recordLocally() {
    for (Experiment.Job job : jobs.values()) {
      ReplayRecorder r = new ReplayRecorder(job.scenario(), job.variant(), 0);
      recorders.put(job.variant(), r);
      Experiment.replay(job, 0, r);
    }
  }

  /**
   * Writes {@code animation-<variant>.html} into {@code dir} for every variant whose day, and the
   * baseline's, fit in a replay; returns how many.
   */
  int write(Scenario scenario, Path dir) throws IOException {
    ReplayRecorder base = recorders.get(Variant.BASELINE);
    if (base == null || base.result() == null) {
      return 0;
    }
    int n = 0;
    for (Experiment.Job job : jobs.values().stream().sorted((a, b) -> a.variant().compareTo(b.variant())).toList()) {
      ReplayRecorder r = recorders.get(job.variant());
      if (job.variant().equals(Variant.BASELINE) || r == null || r.result() == null) {
        continue;
      }
      List<Replay> replays = List.of(base.result(), r.result());
      AnimationPage.write(scenario.title(), replays, List.of(jobs.get(Variant.BASELINE).scenario(), job.scenario()),
          List.of(panelTitle(jobs.get(Variant.BASELINE)), panelTitle(job)), dir.resolve(AnimationPage.fileName(job.variant())));
      n++;
    }
    return n;
  }

  /** The heading of a job's panel. */
  static String panelTitle(Experiment.Job job) {
    if (job.variant().equals(Variant.BASELINE)) {
      return "Baseline";
    }
    return job.title() == null || job.title().isBlank() || job.title().equals(job.variant()) ? job.variant()
        : job.title() + " (" + job.variant() + ")";
  }
}
