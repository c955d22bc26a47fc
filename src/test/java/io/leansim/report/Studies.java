package io.leansim.report;

import io.leansim.experiment.Comparison;
import io.leansim.experiment.Experiment;
import io.leansim.experiment.RunResult;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import io.leansim.scenario.load.ScenarioWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Studies for report tests: real runs of small scenarios, and chart files written by hand. */
final class Studies {
  private Studies() {}

  /**
   * A small hall with everything a report shows: a service target, patience (abandonment), a cost
   * per hour, a precision target, and text that needs escaping.
   */
  static final String SMALL_HALL = """
      name: small-hall
      title: "Hall <A> & \\"B\\""
      description: "Checks <script>alert(1)</script> & 'quotes' are shown as text"
      time_unit: min
      clock_start: "08:30"
      run:
        horizon: 2h
        drain: true
        replications: 4
        seed: 7
        precision: {metric: wait_mean, relative: 0.01, max_replications: 6}
      targets:
        wait_within: 5min
      customers:
        urgent: {priority: 1, patience: exp(10)}
        routine: {patience: exp(15)}
      arrivals:
        walk_in:
          rate: 40/h
          mix: {urgent: 0.3, routine: 0.7}
      resources:
        desk: {capacity: 2, cost_per_hour: 30}
      process:
        serve:
          resource: desk
          time: exp(2.8)
          value: value_added
      variants:
        urgent-first:
          title: "Urgent <first>"
          patch:
            process: {serve: {discipline: priority}}
        third-desk:
          title: A third desk
          patch:
            resources: {desk: {capacity: 3}}
      """;

  /** A scenario from YAML text (fails the test on any error). */
  static Scenario parse(String yaml) {
    LoadResult r = ScenarioLoader.parse("test.yaml", yaml, Path.of("."));
    if (!r.ok()) {
      throw new AssertionError(String.join("\n", r.formatted()));
    }
    return r.scenario();
  }

  /** The bundled telecom hall with {@code replications} replications. */
  static Scenario telecom(int replications) {
    return bundled(Path.of("scenarios/telecom-hall.yaml"), replications);
  }

  /** A bundled scenario with every run cut to {@code replications}. */
  static Scenario bundled(Path file, int replications) {
    LoadResult r = ScenarioLoader.load(file);
    Scenario s = r.scenario();
    List<Variant> vs = new ArrayList<>();
    for (Variant v : s.variants()) {
      vs.add(new Variant(v.name(), v.title(), v.scenario().withRun(v.scenario().run().withReplications(replications))));
    }
    Scenario base = s.withRun(s.run().withReplications(replications));
    return new Scenario(base.name(), base.title(), base.description(), base.timeUnit(), base.clockStart(), base.run(),
        base.targets(), base.customers(), base.arrivals(), base.resources(), base.process(), vs);
  }

  /** Runs the baseline and every variant of {@code s}, as {@code leansim compare} does. */
  static Study run(Scenario s) throws InterruptedException {
    List<Experiment.Job> jobs = new ArrayList<>();
    jobs.add(new Experiment.Job(Variant.BASELINE, s.title(), s.withoutVariants()));
    s.variants().forEach(v -> jobs.add(new Experiment.Job(v.name(), v.title(), v.scenario())));
    List<RunResult> results = Experiment.runAll(jobs, 2, Experiment.QUIET);
    Comparison c = Comparison.of(jobs, results);
    return new Study(s, results.stream().map(RunResult::summary).toList(), c);
  }

  /** Writes the result files of {@code study} into {@code dir}, as {@code leansim compare} does (without the report). */
  static void writeResults(Study study, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("scenario.yaml"), ScenarioWriter.toYaml(study.scenario()), StandardCharsets.UTF_8);
    for (var run : study.runs()) {
      Path d = Files.createDirectories(dir.resolve(run.variant()));
      SummaryFiles.writeJson(run, d);
      SummaryFiles.writeCsv(run, d);
    }
    if (study.comparison() != null) {
      ComparisonFiles.write(study.comparison(), dir);
    }
  }

  /** Two small charts written as SVG files (the real charts come from {@link Charts}). */
  static List<ChartFile> charts(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<ChartFile> out = new ArrayList<>();
    String[][] specs = {
      {"waits-by-type", "Mean wait by customer type", "Bars: baseline and variants; whiskers: 95% intervals."},
      {"day-profile", "Queue over the day <peak>", "Customers waiting at the counters, by half hour."}};
    int k = 0;
    for (String[] spec : specs) {
      Path svg = dir.resolve(spec[0] + ".svg");
      Files.writeString(svg, """
          <svg xmlns="http://www.w3.org/2000/svg" width="640" height="320" viewBox="0 0 640 320">
            <rect width="640" height="320" fill="#ffffff"/>
            <rect x="60" y="%d" width="120" height="%d" fill="#1f4e8c"/>
            <rect x="260" y="120" width="120" height="180" fill="#8aa9d6"/>
            <rect x="460" y="200" width="120" height="100" fill="#17663a"/>
            <line x1="40" y1="300" x2="620" y2="300" stroke="#333" stroke-width="2"/>
            <text x="320" y="30" font-size="20" text-anchor="middle" font-family="sans-serif">%s</text>
          </svg>
          """.formatted(60 + 40 * k, 240 - 40 * k, spec[1].replace("<", "&lt;").replace(">", "&gt;")),
          StandardCharsets.UTF_8);
      out.add(new ChartFile(spec[0], spec[1], spec[2], dir.resolve(spec[0] + ".png"), svg));
      k++;
    }
    return out;
  }

  /** A small value stream map per run, drawn by hand (the real one comes from {@link ValueStreamMap}). */
  static java.util.Map<String, String> maps(Study study) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (var run : study.runs()) {
      out.put(run.variant(), """
          <svg xmlns="http://www.w3.org/2000/svg" width="900" height="160" viewBox="0 0 900 160">
            <rect x="20" y="40" width="200" height="80" fill="#e3f4e8" stroke="#17663a"/>
            <rect x="350" y="40" width="200" height="80" fill="#fbe6e3" stroke="#a8261b"/>
            <rect x="680" y="40" width="200" height="80" fill="#e3f4e8" stroke="#17663a"/>
            <text x="450" y="150" font-size="16" text-anchor="middle" font-family="sans-serif">%s</text>
          </svg>
          """.formatted(run.variant()));
    }
    return out;
  }
}
