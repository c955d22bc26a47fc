package io.leansim.app;

import io.leansim.experiment.Experiment;
import io.leansim.model.UnstableSystemException;
import io.leansim.report.AnimationPage;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import io.leansim.stats.Replay;
import io.leansim.stats.ReplayRecorder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code animate}: one replication of the baseline and a variant recorded and written as an animation page. */
public final class Animate {
  private Animate() {}

  /**
   * @param variant the variant beside the baseline, or null for the file's first ({@code baseline}: none)
   * @param replication which replication to replay, from 1
   * @param out the page, or null for {@code results/<name>/animation-<variant>.html}
   */
  public record Request(Path file, String variant, int replication, Path out) {}

  /** The page written: the variants in it, the customers of the first panel, the replication (from 1). */
  public record Outcome(List<String> variants, int customers, int replication, Path page) {
    public Outcome {
      variants = List.copyOf(variants);
    }
  }

  /** Replays and writes the page. */
  public static Outcome run(Request r, Watcher watcher) {
    if (r.replication() < 1) {
      throw Failure.usage("--replication counts from 1, got " + r.replication());
    }
    Scenario scenario = Jobs.load(r.file(), watcher);
    List<Experiment.Job> jobs = new ArrayList<>();
    jobs.add(Jobs.baseline(scenario));
    String chosen = r.variant() != null ? r.variant() : scenario.variants().isEmpty() ? Variant.BASELINE
        : scenario.variants().get(0).name();
    if (!chosen.equals(Variant.BASELINE)) {
      jobs.add(Jobs.named(r.file(), scenario, chosen));
    }
    Path page = Outputs.file(r.out(), Path.of("results", scenario.name(), AnimationPage.fileName(chosen)),
        "an animation page", AnimationPage::isPage, false, null, Outputs.Input.scenario(r.file()));
    List<Replay> replays = new ArrayList<>();
    try {
      for (Experiment.Job job : jobs) {
        ReplayRecorder recorder = new ReplayRecorder(job.scenario(), job.variant(), r.replication() - 1);
        Experiment.replay(job, r.replication() - 1, recorder);
        if (recorder.overflowed()) {
          throw Failure.usage(String.format("%s has more than %,d customers in one replication; an animation replays"
              + " a day, not a steady state. Shorten run.horizon (e.g. in a copy of the file).", job.variant(),
              ReplayRecorder.MAX_CUSTOMERS));
        }
        replays.add(recorder.result());
      }
    } catch (UnstableSystemException e) {
      throw new Failure(Failure.Kind.UNSTABLE, List.of(e.getMessage()), List.of());
    }
    try {
      if (r.out() == null) {
        Results.ensureFolder(page.getParent());
      }
      Files.createDirectories(page.toAbsolutePath().getParent());
      AnimationPage.write(scenario.title(), replays, jobs.stream().map(Experiment.Job::scenario).toList(),
          jobs.stream().map(Animations::panelTitle).toList(), page);
    } catch (IOException e) {
      throw new Failure(Failure.Kind.IO, List.of("could not write " + page + ": " + e.getMessage()), List.of());
    }
    return new Outcome(jobs.stream().map(Experiment.Job::variant).toList(), replays.get(0).customers().size(),
        r.replication(), page);
  }
}
