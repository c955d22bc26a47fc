package io.leansim.cli;

import io.leansim.experiment.Experiment;
import io.leansim.experiment.Summary;
import io.leansim.model.UnstableSystemException;
import io.leansim.report.StagedFolder;
import io.leansim.report.SweepFiles;
import io.leansim.report.SweepReport;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import io.leansim.scenario.load.Diagnostic;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import io.leansim.stats.Estimate;
import io.leansim.sweep.Param;
import io.leansim.sweep.Point;
import io.leansim.sweep.SweepResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leansim sweep FILE --set PATH=VALUES...}: the scenario at every point of a grid of parameter values. */
@Command(
    name = "sweep",
    header = "Run the scenario at every point of a grid of parameter values, with common random numbers.",
    mixinStandardHelpOptions = true,
    description = {
      "Each --set PATH=VALUES sweeps a key path of the scenario (resources.counter.capacity,",
      "arrivals.walk_in.rate) over a list of YAML values (20/h,30/h,40/h) or an integer range",
      "(2..6); several --set make a grid. Each point is the file with those values set, in the",
      "baseline and over each --variant's patch, validated like any scenario and run with the same",
      "seed (common random numbers: every point sees the same customers), replications in parallel.",
      "",
      "Writes results/<name>-sweep/ (or --out DIR): sweep.json and sweep.csv (one row per point and",
      "variant: the values, then every headline figure with its 95% half-width), charts/ (each",
      "figure against the first parameter, one line per variant, with confidence bands) and",
      "report.html. Finished points are kept as the sweep goes: after an interruption, --resume",
      "runs only the points not done yet.",
      "",
      "Examples:",
      "  leansim sweep scenarios/telecom-hall.yaml --set resources.side_table.capacity=2..6",
      "  leansim sweep scenarios/bank-branch.yaml --set resources.vip_window.capacity=1..4 --variant pooled",
      "  leansim sweep scenarios/bank-branch.yaml --set arrivals.walk_in.rate=100/h,140/h,180/h \\",
      "      --set arrivals.walk_in.schedule=null     (null removes a key: here the day's schedule)",
      ""
    },
    footer = {"", ExitCodes.HELP})
final class SweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML).")
  Path file;

  @Option(names = "--set", paramLabel = "PATH=VALUES", required = true,
      description = "A key path and its values: a list (20/h,30/h) or an integer range (2..6). Repeat for a grid.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--variant", paramLabel = "NAME", description = "Also sweep this variant of the file (repeatable); the baseline always runs.")
  List<String> variants = new ArrayList<>();

  @Option(names = "--replications", paramLabel = "N", description = "Replications per point (overrides run.replications).")
  Integer replications;

  @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<name>-sweep).")
  Path out;

  @Option(names = "--resume", description = "Reuse the points an interrupted (or smaller) sweep of the same file already finished.")
  boolean resume;

  @Option(names = "--threads", paramLabel = "N", description = "Replications run at once (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin SparkOption spark;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar; print only the results path.")
  boolean quiet;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter o = spec.commandLine().getOut();
    List<Param> params = new ArrayList<>();
    try {
      for (String s : sets) {
        Param p = Param.parse(s);
        if (params.stream().anyMatch(q -> q.path().equals(p.path()))) {
          throw new IllegalArgumentException("--set " + p.path() + " is given twice; give its values once");
        }
        params.add(p);
      }
    } catch (IllegalArgumentException e) {
      err.println("leansim sweep: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if ((replications != null && replications < 2) || threads < 1) {
      err.println("leansim sweep: --replications must be at least 2 (for a confidence interval) and --threads at least 1");
      return ExitCodes.USAGE;
    }
    Experiment.Distributed cluster;
    try {
      cluster = spark.runner();
    } catch (SparkOption.Missing e) {
      err.println("leansim sweep: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    LoadResult plain = Diagnostics.loadAndReport(file, err);
    if (!plain.ok()) {
      return ExitCodes.INVALID_SCENARIO;
    }
    for (String v : variants) {
      if (!v.equals(Variant.BASELINE) && plain.scenario().variant(v).isEmpty()) {
        err.println("leansim sweep: " + SimulateCommand.unknownVariant(file, plain.scenario(), v));
        return ExitCodes.USAGE;
      }
    }
    // every point is loaded and checked before anything runs
    List<Point> points = Point.grid(params);
    Map<Point, List<Experiment.Job>> jobs = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Point p : points) {
      LoadResult r = ScenarioLoader.load(file, p.set());
      if (!r.ok()) {
        r.diagnostics().stream().filter(Diagnostic::isError)
            .forEach(d -> problems.add("point " + p.label() + ": " + d.path() + ": " + d.message()));
        continue;
      }
      jobs.put(p, jobsOf(r.scenario()));
    }
    if (!problems.isEmpty()) {
      problems.stream().distinct().limit(50).forEach(err::println);
      err.println(problems.size() + " error" + (problems.size() == 1 ? "" : "s") + " in the sweep's points; nothing was run.");
      return ExitCodes.INVALID_SCENARIO;
    }
    Scenario first = jobs.values().iterator().next().get(0).scenario();
    Path target = out != null ? out : Path.of("results", plain.scenario().name() + "-sweep");
    Map<String, Object> manifest = new LinkedHashMap<>();
    try {
      manifest.put("scenario_sha256", sha256(Files.readAllBytes(file)));
    } catch (IOException e) {
      err.println("leansim sweep: cannot read " + file + ": " + e.getMessage());
      return ExitCodes.IO_ERROR;
    }
    manifest.put("variants", String.join(",", jobs.values().iterator().next().stream().map(Experiment.Job::variant).toList()));
    manifest.put("replications", String.valueOf(first.run().replications()));
    manifest.put("seed", String.valueOf(first.run().seed()));
    manifest.put("version", String.valueOf(Main.class.getPackage().getImplementationVersion()));

    int perPoint = jobs.values().iterator().next().stream().mapToInt(j -> j.scenario().run().replications()).sum();
    try (StagedFolder folder = StagedFolder.create(target)) {
      Thread cleanup = new Thread(folder::close, "leansim-cleanup");
      Map<Map<String, String>, List<SweepResult.Row>> done = new LinkedHashMap<>();
      if (resume) {
        for (Path from : List.of(target, resumeDir(target))) {
          if (Files.isDirectory(from) && manifest.equals(SweepFiles.readManifest(from))) {
            SweepFiles.readPoints(from).forEach(done::putIfAbsent);
          }
        }
      }
      done.keySet().retainAll(points.stream().map(Point::set).toList());
      if (!quiet && resume) {
        o.printf("Resuming: %d of %d points already done.%n", done.size(), points.size());
      }
      // finished points are kept in a folder that outlives an interruption, for --resume
      if (!resume) {
        SweepFiles.deletePoints(resumeDir(target));
      }
      Path keep = Files.createDirectories(resumeDir(target));
      SweepFiles.writeManifest(keep, manifest);
      Runtime.getRuntime().addShutdownHook(cleanup);
      Map<Point, List<SweepResult.Row>> byPoint = new LinkedHashMap<>();
      int todo = (int) points.stream().filter(p -> !done.containsKey(p.set())).count();
      try (Progress progress = Progress.start(quiet, todo * perPoint, err)) {
        for (Point p : points) {
          List<SweepResult.Row> pointRows = done.get(p.set());
          if (pointRows == null) {
            List<Summary> runs;
            if (cluster != null) {
              runs = cluster.runAll(jobs.get(p), io.leansim.stats.TimelineCollector.DEFAULT_BIN_MINUTES).stream()
                  .map(io.leansim.experiment.RunResult::summary).toList();
              for (int i = 0; i < perPoint; i++) {
                progress.step();
              }
            } else {
              runs = Experiment.run(jobs.get(p), threads, new Experiment.Observer() {
                @Override
                public void replicationDone(String variant, int replication) {
                  progress.step();
                }
              });
            }
            pointRows = new ArrayList<>();
            for (Summary s : runs) {
              Map<String, Estimate> metrics = new LinkedHashMap<>();
              for (String m : SweepResult.METRICS) {
                if (s.overall().containsKey(m)) {
                  metrics.put(m, s.overall().get(m));
                }
              }
              pointRows.add(new SweepResult.Row(p, s.variant(), metrics));
            }
            SweepFiles.writePoint(keep, p, pointRows);
          }
          byPoint.put(p, pointRows.stream().map(r -> new SweepResult.Row(p, r.variant(), r.metrics())).toList());
        }
      }
      List<SweepResult.Row> rows = byPoint.values().stream().flatMap(List::stream).toList();
      SweepResult result = new SweepResult(plain.scenario().name(), first.run().seed(), first.run().replications(),
          first.timeUnit().symbol(), params, jobs.values().iterator().next().stream().map(Experiment.Job::variant).toList(),
          rows);
      SweepFiles.write(result, folder.dir());
      SweepReport.write(result, folder.dir());
      SweepFiles.writeManifest(folder.dir(), manifest);
      for (Map.Entry<Point, List<SweepResult.Row>> e : byPoint.entrySet()) {
        SweepFiles.writePoint(folder.dir(), e.getKey(), e.getValue());
      }
      folder.commit();
      Runtime.getRuntime().removeShutdownHook(cleanup);
      SweepFiles.deletePoints(keep);
      if (!quiet) {
        printTable(result, o);
      }
      o.println("Results: " + target + "/");
      return ExitCodes.OK;
    } catch (UnstableSystemException e) {
      err.println("leansim sweep: a point is unstable: " + e.getMessage());
      err.println("The points finished so far are kept; fix the range and run again with --resume.");
      return ExitCodes.UNSTABLE;
    } catch (IOException e) {
      err.println("leansim sweep: could not write " + target + ": " + e.getMessage());
      return ExitCodes.IO_ERROR;
    }
  }

  /** Where the finished points of a sweep into {@code target} wait until it completes. */
  static Path resumeDir(Path target) {
    Path abs = target.toAbsolutePath();
    return abs.resolveSibling("." + abs.getFileName() + ".sweep-points");
  }

  private List<Experiment.Job> jobsOf(Scenario s) {
    List<Experiment.Job> list = new ArrayList<>();
    Scenario base = replications == null ? s : s.withRun(s.run().withReplications(replications));
    list.add(new Experiment.Job(Variant.BASELINE, s.title(), base.withoutVariants()));
    for (String name : variants) {
      if (name.equals(Variant.BASELINE)) {
        continue;
      }
      Variant v = s.variant(name).orElseThrow();
      Scenario vs = replications == null ? v.scenario() : v.scenario().withRun(v.scenario().run().withReplications(replications));
      list.add(new Experiment.Job(name, v.title(), vs));
    }
    return list;
  }

  private static void printTable(SweepResult r, PrintWriter o) {
    List<String> metrics = r.metricsPresent(io.leansim.stats.Metric.View.SWEEP_TABLE);
    StringBuilder h = new StringBuilder();
    r.params().forEach(p -> h.append(String.format("%-14s ", p.path().substring(p.path().lastIndexOf('.') + 1))));
    h.append(String.format("%-16s", "variant"));
    metrics.forEach(m -> h.append(String.format("%20s", SweepReport.label(m))));
    o.println(h.toString().stripTrailing());
    for (SweepResult.Row row : r.rows()) {
      StringBuilder b = new StringBuilder();
      r.params().forEach(p -> b.append(String.format("%-14s ", row.point().set().get(p.path()))));
      b.append(String.format("%-16s", row.variant()));
      for (String m : metrics) {
        Estimate e = row.metrics().get(m);
        boolean share = io.leansim.stats.Metric.of(io.leansim.stats.Metric.Scope.OVERALL, m)
            .filter(f -> f.unit() == io.leansim.stats.Metric.Unit.SHARE).isPresent();
        b.append(String.format(java.util.Locale.ROOT, "%20s", e == null || !Double.isFinite(e.mean()) ? "–"
            : share ? String.format(java.util.Locale.ROOT, "%.1f%% ± %.1f", 100 * e.mean(), 100 * e.halfWidth())
            : String.format(java.util.Locale.ROOT, "%.3g ± %.2g", e.mean(), e.halfWidth())));
      }
      o.println(b.toString().stripTrailing());
    }
    o.println();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
