package io.leansim.app;

import io.leansim.experiment.Experiment;
import io.leansim.experiment.RunResult;
import io.leansim.experiment.Summary;
import io.leansim.model.UnstableSystemException;
import io.leansim.report.SweepFiles;
import io.leansim.report.SweepReport;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import io.leansim.scenario.load.Diagnostic;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import io.leansim.stats.Estimate;
import io.leansim.stats.TimelineCollector;
import io.leansim.sweep.Param;
import io.leansim.sweep.Point;
import io.leansim.sweep.SweepResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sweep}: the scenario at every point of a grid of parameter values, each point loaded and
 * checked before anything runs, all with the same seed (common random numbers). Finished points are
 * kept beside the target as the sweep goes, so that an interrupted sweep can resume.
 */
public final class Sweep {
  private Sweep() {}

  /**
   * @param sets the {@code --set PATH=VALUES}, one parameter each
   * @param variants variants swept besides the baseline (which always runs)
   * @param out the results folder, or null for {@code results/<name>-sweep}
   * @param force replace {@code out} even when it is a non-empty folder of other files ({@link Outputs})
   * @param resume reuse the points an earlier sweep of the same file finished
   * @param sparkMaster run each point's replications on this Spark master, or null
   */
  public record Request(Path file, List<String> sets, List<String> variants, Overrides overrides, Path out,
      boolean force, boolean resume, int threads, String sparkMaster) {
    public Request {
      sets = List.copyOf(sets);
      variants = List.copyOf(variants);
    }
  }

  /** The sweep's results and the folder that holds them (as the request named it). */
  public record Outcome(SweepResult result, Path folder) {}

  /** Checks the request and every point, runs the points not done yet, and writes the sweep's folder. */
  public static Outcome run(Request r, Watcher watcher) throws InterruptedException {
    List<Param> params = new ArrayList<>();
    try {
      for (String s : r.sets()) {
        Param p = Param.parse(s);
        if (params.stream().anyMatch(q -> q.path().equals(p.path()))) {
          throw new IllegalArgumentException("--set " + p.path() + " is given twice; give its values once");
        }
        params.add(p);
      }
    } catch (IllegalArgumentException e) {
      throw Failure.usage(e.getMessage());
    }
    Integer replications = r.overrides().replications();
    if ((replications != null && replications < 2) || r.threads() < 1) {
      throw Failure.usage("--replications must be at least 2 (for a confidence interval) and --threads at least 1");
    }
    Experiment.Distributed cluster = Cluster.connect(r.sparkMaster());
    Scenario plain = Jobs.load(r.file(), watcher);
    for (String v : r.variants()) {
      Jobs.named(r.file(), plain, v);
    }
    Path target = Outputs.folder(r.out(), Path.of("results", plain.name() + "-sweep"), r.force(),
        Outputs.Input.scenario(r.file()));
    // every point is loaded and checked before anything runs
    List<Point> points = Point.grid(params);
    Map<Point, List<Experiment.Job>> jobs = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Point p : points) {
      LoadResult loaded = ScenarioLoader.load(r.file(), p.set());
      if (!loaded.ok()) {
        loaded.diagnostics().stream().filter(Diagnostic::isError)
            .forEach(d -> problems.add("point " + p.label() + ": " + d.path() + ": " + d.message()));
        continue;
      }
      jobs.put(p, jobsOf(r, ScenarioData.anchored(loaded.scenario(), r.file().toAbsolutePath().getParent())));
    }
    if (!problems.isEmpty()) {
      List<String> notes = new ArrayList<>(problems.stream().distinct().limit(50).toList());
      notes.add(problems.size() + " error" + (problems.size() == 1 ? "" : "s") + " in the sweep's points; nothing was run.");
      throw new Failure(Failure.Kind.INVALID_INPUT, List.of(), notes);
    }
    List<Experiment.Job> firstJobs = jobs.values().iterator().next();
    Scenario first = firstJobs.get(0).scenario();
    List<String> variants = firstJobs.stream().map(Experiment.Job::variant).toList();
    Map<String, Object> manifest = new LinkedHashMap<>();
    try {
      manifest.put("scenario_sha256", sha256(Files.readAllBytes(r.file())));
    } catch (IOException e) {
      throw new Failure(Failure.Kind.IO, List.of("cannot read " + r.file() + ": " + e.getMessage()), List.of());
    }
    manifest.put("variants", String.join(",", variants));
    manifest.put("replications", String.valueOf(first.run().replications()));
    manifest.put("seed", String.valueOf(first.run().seed()));
    manifest.put("version", String.valueOf(Version.ofJar().orElse(null)));
    int perPoint = firstJobs.stream().mapToInt(j -> j.scenario().run().replications()).sum();
    try {
      SweepResult result = Results.produce(target, dir -> {
        Map<Map<String, String>, List<SweepResult.Row>> done = new LinkedHashMap<>();
        if (r.resume()) {
          for (Path from : List.of(target, resumeDir(target))) {
            if (Files.isDirectory(from) && manifest.equals(SweepFiles.readManifest(from))) {
              SweepFiles.readPoints(from).forEach(done::putIfAbsent);
            }
          }
          done.keySet().retainAll(points.stream().map(Point::set).toList());
          watcher.resuming(done.size(), points.size());
        } else {
          SweepFiles.deletePoints(resumeDir(target));
        }
        // finished points are kept in a folder that outlives an interruption, for --resume
        Path keep = Files.createDirectories(resumeDir(target));
        SweepFiles.writeManifest(keep, manifest);
        Map<Point, List<SweepResult.Row>> byPoint = new LinkedHashMap<>();
        List<Point> toRun = points.stream().filter(p -> !done.containsKey(p.set())).toList();
        watcher.started(toRun.size() * perPoint);
        // on a cluster, every point's replications are one Spark job (a large cluster runs them all at once)
        Map<Point, List<Summary>> clustered = cluster == null ? Map.of() : onCluster(cluster, toRun, jobs, perPoint, watcher);
        for (Point p : points) {
          List<SweepResult.Row> pointRows = done.get(p.set());
          if (pointRows == null) {
            pointRows = rows(p, cluster == null ? run(jobs.get(p), r.threads(), watcher) : clustered.get(p));
            SweepFiles.writePoint(keep, p, pointRows);
          }
          Point point = p;
          byPoint.put(p, pointRows.stream().map(row -> new SweepResult.Row(point, row.variant(), row.metrics())).toList());
        }
        watcher.finished();
        SweepResult swept = new SweepResult(plain.name(), first.run().seed(), first.run().replications(),
            first.timeUnit().symbol(), params, variants, byPoint.values().stream().flatMap(List::stream).toList());
        SweepFiles.write(swept, dir);
        SweepReport.write(swept, dir);
        SweepFiles.writeManifest(dir, manifest);
        for (Map.Entry<Point, List<SweepResult.Row>> e : byPoint.entrySet()) {
          SweepFiles.writePoint(dir, e.getKey(), e.getValue());
        }
        return swept;
      });
      SweepFiles.deletePoints(resumeDir(target));
      return new Outcome(result, target);
    } catch (UnstableSystemException e) {
      throw new Failure(Failure.Kind.UNSTABLE, List.of("a point is unstable: " + e.getMessage()),
          List.of("The points finished so far are kept; fix the range and run again with --resume."));
    } catch (IOException e) {
      throw new Failure(Failure.Kind.IO, List.of("could not write " + target + ": " + e.getMessage()), List.of());
    }
  }

  /** Where the finished points of a sweep into {@code target} wait until it completes. */
  public static Path resumeDir(Path target) {
    Path abs = target.toAbsolutePath();
    return abs.resolveSibling("." + abs.getFileName() + ".sweep-points");
  }

  /** One point's jobs: the baseline and the variants asked for, with the overrides. */
  private static List<Experiment.Job> jobsOf(Request r, Scenario s) {
    List<Experiment.Job> list = new ArrayList<>();
    list.add(new Experiment.Job(Variant.BASELINE, s.title(), s.withRun(r.overrides().apply(s.run())).withoutVariants()));
    for (String name : r.variants()) {
      if (name.equals(Variant.BASELINE)) {
        continue;
      }
      Variant v = s.variant(name).orElseThrow();
      list.add(new Experiment.Job(name, v.title(), v.scenario().withRun(r.overrides().apply(v.scenario().run()))));
    }
    return list;
  }

  /** One point's summaries, run here. */
  private static List<Summary> run(List<Experiment.Job> jobs, int threads, Watcher watcher) throws InterruptedException {
    return Experiment.run(jobs, threads, new Experiment.Observer() {
      @Override
      public void replicationDone(String variant, int replication) {
        watcher.stepped();
      }
    });
  }

  /** The summaries of {@code points}, all run on the cluster as one job. */
  private static Map<Point, List<Summary>> onCluster(Experiment.Distributed cluster, List<Point> points,
      Map<Point, List<Experiment.Job>> jobs, int perPoint, Watcher watcher) {
    List<Experiment.Job> all = points.stream().flatMap(p -> jobs.get(p).stream()).toList();
    List<RunResult> runs = all.isEmpty() ? List.of() : cluster.runAll(all, TimelineCollector.DEFAULT_BIN_MINUTES);
    Map<Point, List<Summary>> out = new LinkedHashMap<>();
    int at = 0;
    for (Point p : points) {
      int n = jobs.get(p).size();
      out.put(p, runs.subList(at, at + n).stream().map(RunResult::summary).toList());
      at += n;
    }
    for (int i = 0; i < points.size() * perPoint; i++) {
      watcher.stepped();
    }
    return out;
  }

  /** The sweep's figures of each summary of point {@code p}. */
  private static List<SweepResult.Row> rows(Point p, List<Summary> runs) {
    List<SweepResult.Row> rows = new ArrayList<>();
    for (Summary s : runs) {
      Map<String, Estimate> metrics = new LinkedHashMap<>();
      for (String m : SweepResult.METRICS) {
        if (s.overall().containsKey(m)) {
          metrics.put(m, s.overall().get(m));
        }
      }
      rows.add(new SweepResult.Row(p, s.variant(), metrics));
    }
    return rows;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
