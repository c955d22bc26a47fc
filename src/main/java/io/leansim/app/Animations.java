package io.leansim.app;

import io.leansim.experiment.Experiment;
import io.leansim.model.FlowListener;
import io.leansim.report.AnimationPage;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import io.leansim.stats.Replay;
import io.leansim.stats.ReplayRecorder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
   * baseline's, fit in a replay, the pages at once; returns them, file name to page, in variant
   * order (the report carries them inside).
   */
  Map<String, String> write(Scenario scenario, Path dir) throws IOException {
    ReplayRecorder base = recorders.get(Variant.BASELINE);
    if (base == null || base.result() == null) {
      return Map.of();
    }
    List<Experiment.Job> shown = jobs.values().stream().sorted(Comparator.comparing(Experiment.Job::variant))
        .filter(job -> !job.variant().equals(Variant.BASELINE) && recorders.get(job.variant()) != null
            && recorders.get(job.variant()).result() != null).toList();
    Experiment.Job baseline = jobs.get(Variant.BASELINE);
    try {
      List<String> pages = shown.parallelStream().map(job -> {
        try {
          return AnimationPage.write(scenario.title(), List.of(base.result(), recorders.get(job.variant()).result()),
              List.of(baseline.scenario(), job.scenario()), List.of(panelTitle(baseline), panelTitle(job)),
              dir.resolve(AnimationPage.fileName(job.variant())));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
      Map<String, String> written = new LinkedHashMap<>();
      for (int i = 0; i < shown.size(); i++) {
        written.put(AnimationPage.fileName(shown.get(i).variant()), pages.get(i));
      }
      return written;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
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
