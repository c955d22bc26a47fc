package io.leansim.app;

import io.leansim.experiment.Experiment;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import io.leansim.scenario.load.Hints;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loading a scenario, and choosing which of its baseline and variants to run. */
final class Jobs {
  private Jobs() {}

  /**
   * The scenario of {@code file}, its diagnostics shown to {@code watcher}, its traces by absolute
   * path ({@link ScenarioData#anchored}); a failure when it has errors.
   */
  static Scenario load(Path file, Watcher watcher) {
    LoadResult loaded = ScenarioLoader.load(file);
    watcher.loaded(file, loaded);
    if (!loaded.ok()) {
      throw Failure.shown();
    }
    return ScenarioData.anchored(loaded.scenario(), file.toAbsolutePath().getParent());
  }

  /** The baseline as a job. */
  static Experiment.Job baseline(Scenario s) {
    return new Experiment.Job(Variant.BASELINE, s.title(), s.withoutVariants());
  }

  /** The variant {@code name} ({@code baseline}: the baseline) of {@code s}, read from {@code file}, as a job. */
  static Experiment.Job named(Path file, Scenario s, String name) {
    if (name.equals(Variant.BASELINE)) {
      return baseline(s);
    }
    Variant v = s.variant(name).orElseThrow(() -> Failure.usage(unknownVariant(file, s, name)));
    return new Experiment.Job(name, v.title(), v.scenario());
  }

  /** The baseline, then every variant. */
  static List<Experiment.Job> all(Scenario s) {
    List<Experiment.Job> jobs = new ArrayList<>();
    jobs.add(baseline(s));
    s.variants().forEach(v -> jobs.add(new Experiment.Job(v.name(), v.title(), v.scenario())));
    return jobs;
  }

  /** {@code jobs} with the variants {@code names} added, each once, in order. */
  static List<Experiment.Job> adding(Path file, Scenario s, List<Experiment.Job> jobs, List<String> names) {
    List<Experiment.Job> all = new ArrayList<>(jobs);
    for (String name : names) {
      if (all.stream().noneMatch(j -> j.variant().equals(name))) {
        all.add(named(file, s, name));
      }
    }
    return all;
  }

  /** The message for a variant name {@code name} that {@code s} (from {@code file}) does not have. */
  static String unknownVariant(Path file, Scenario s, String name) {
    List<String> known = new ArrayList<>();
    known.add(Variant.BASELINE);
    s.variants().forEach(x -> known.add(x.name()));
    return "unknown variant '" + name + "'" + Hints.didYouMean(name, known) + "; " + file + " has: "
        + String.join(", ", known);
  }
}
