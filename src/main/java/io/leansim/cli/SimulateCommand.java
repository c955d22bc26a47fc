package io.leansim.cli;

import io.leansim.experiment.Experiment;
import io.leansim.experiment.ReplicationRange;
import io.leansim.experiment.RunResult;
import io.leansim.experiment.Summary;
import io.leansim.model.FlowListener;
import io.leansim.model.UnstableSystemException;
import io.leansim.report.ReplicationFiles;
import io.leansim.report.ShardFiles;
import io.leansim.report.StagedFolder;
import io.leansim.report.SummaryFiles;
import io.leansim.report.TraceFiles;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioWriter;
import io.leansim.stats.VisitLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What {@code run} and {@code compare} share: options, loading, running and writing results. */
abstract class SimulateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** The command's name, for messages. */
  abstract String name();

  /**
   * Fills {@code jobs} with what to run from the options; returns a problem to report as a usage
   * error, or null.
   */
  abstract String selectJobs(Scenario s, List<Experiment.Job> jobs);

  /** Writes what this command adds to the complete results (before the folder is moved into place). */
  void finish(Scenario scenario, List<RunResult> results, Path dir) throws IOException {}

  /** Whether the first replication of every job is recorded for animations ({@link #animations}). */
  boolean animates() {
    return false;
  }

  /** The recorded first replications, when {@link #animates()}; set before {@link #finish}. */
  Animations animations;

  /** Prints the table of this command after a successful run. */
  abstract void printTable(Scenario scenario, List<RunResult> results, PrintWriter out);

  @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML).")
  Path file;

  @Option(names = "--variant", paramLabel = "NAME",
      description = "Run this variant instead of the baseline (repeatable; 'baseline' names the baseline).")
  List<String> variants = new ArrayList<>();

  @Option(names = "--replications", paramLabel = "N", description = "Replications (overrides run.replications).")
  Integer replications;

  @Option(names = "--seed", paramLabel = "S", description = "Seed (overrides run.seed).")
  Long seed;

  @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<name>).")
  Path out;

  @Option(names = "--trace", description = "Also write customers.csv per variant: one row per customer and step visit.")
  boolean trace;

  @Option(names = "--threads", paramLabel = "N",
      description = "Replications run at once (default: all cores, here ${DEFAULT-VALUE}). Results do not depend on it.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--bin", paramLabel = "MINUTES",
      description = "Width of the time bins of the day profile (timeline, charts), in minutes (default: ${DEFAULT-VALUE}).")
  double binMinutes = 15;

  @Option(names = "--rep-range", paramLabel = "FROM..TO",
      description = {"Run only replications FROM to TO of the run (0-based, both included; within --replications or"
          + " run.replications): a shard, to merge with the other shards by 'leansim merge'. The folder (default:"
          + " results/<name>-shard-FROM-TO) also holds shard.json and <variant>/replications.json."})
  String repRange;

  @Mixin SparkOption spark;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no table; print only the results path.")
  boolean quiet;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (replications != null && replications < 1) {
      err.println("leansim " + name() + ": --replications must be at least 1, got " + replications);
      return ExitCodes.USAGE;
    }
    if (!(binMinutes > 0) || Double.isInfinite(binMinutes)) {
      err.println("leansim " + name() + ": --bin must be a number of minutes > 0, got " + binMinutes);
      return ExitCodes.USAGE;
    }
    if (threads < 1) {
      err.println("leansim " + name() + ": --threads must be at least 1, got " + threads);
      return ExitCodes.USAGE;
    }
    LoadResult loaded = Diagnostics.loadAndReport(file, err);
    if (!loaded.ok()) {
      return ExitCodes.INVALID_SCENARIO;
    }
    Scenario scenario = override(loaded.scenario());
    List<Experiment.Job> jobs = new ArrayList<>();
    String problem = selectJobs(scenario, jobs);
    if (problem != null) {
      err.println("leansim " + name() + ": " + problem);
      return ExitCodes.USAGE;
    }
    Experiment.Distributed cluster;
    if (spark.given() && (repRange != null || trace)) {
      err.println("leansim " + name() + ": --spark runs every replication on the cluster: it does not take "
          + (trace ? "--trace" : "--rep-range"));
      return ExitCodes.USAGE;
    }
    try {
      cluster = spark.runner();
    } catch (SparkOption.Missing e) {
      err.println("leansim " + name() + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    ReplicationRange shard = null;
    if (repRange != null) {
      problem = shardProblem(jobs);
      if (problem == null) {
        shard = parseRange(repRange, jobs.get(0).scenario().run().replications());
        problem = shard == null ? "--rep-range must be FROM..TO with 0 <= FROM <= TO < "
            + jobs.get(0).scenario().run().replications() + " (the replications of the run), got '" + repRange + "'"
            : null;
      }
      if (problem != null) {
        err.println("leansim " + name() + ": " + problem);
        return ExitCodes.USAGE;
      }
    }
    Path target = out != null ? out
        : shard != null ? Path.of("results", scenario.name() + "-shard-" + shard.from() + "-" + shard.to())
        : Path.of("results", scenario.name());
    int total = shard != null ? jobs.size() * shard.count()
        : jobs.stream().mapToInt(j -> j.scenario().run().replications()).sum();
    try (StagedFolder folder = StagedFolder.create(target);
        Progress progress = Progress.start(quiet, total, err)) {
      Thread cleanup = new Thread(folder::close, "leansim-cleanup");
      Runtime.getRuntime().addShutdownHook(cleanup);
      byte[] yaml = ScenarioWriter.toYaml(scenario).getBytes(StandardCharsets.UTF_8);
      Files.write(folder.dir().resolve("scenario.yaml"), yaml);
      for (Experiment.Job job : jobs) {
        Files.createDirectories(folder.dir().resolve(job.variant()));
      }
      animations = animates() ? new Animations(jobs) : null;
      TraceObserver observer = new TraceObserver(folder.dir(), trace, progress, animations);
      List<RunResult> results;
      if (cluster != null) {
        results = cluster.runAll(jobs, binMinutes);
        if (animations != null) {
          animations.recordLocally(); // the first replication of each job again, here, for the animations
        }
      } else {
        results = shard == null ? Experiment.runAll(jobs, threads, binMinutes, observer)
            : Experiment.runRange(jobs, shard, threads, binMinutes, observer);
      }
      for (RunResult r : results) {
        Summary s = r.summary();
        Path dir = folder.dir().resolve(s.variant());
        SummaryFiles.writeJson(s, shard, dir);
        SummaryFiles.writeCsv(s, dir);
        if (trace) {
          TraceFiles.join(dir, shard == null ? 0 : shard.from(), shard == null ? s.replications() - 1 : shard.to());
        }
        if (shard != null) {
          ReplicationFiles.write(s.scenario(), s.variant(), r.replications(), dir);
        }
      }
      progress.close();
      finish(scenario, results, folder.dir());
      if (shard != null) {
        ShardFiles.write(new ShardFiles.Manifest(name(), scenario.name(), ShardFiles.sha256(yaml),
            scenario.run().seed(), shard, Main.version(), binMinutes,
            jobs.stream().map(Experiment.Job::variant).toList(), trace), folder.dir());
      }
      folder.commit();
      Runtime.getRuntime().removeShutdownHook(cleanup);
      if (!quiet) {
        printTable(scenario, results, stdout);
        stdout.println();
        if (shard != null) {
          stdout.println("A shard: replications " + shard + " of " + shard.of() + " (0.." + (shard.of() - 1)
              + "). Put the shards together with: leansim merge SHARD... --out DIR");
        }
      }
      stdout.println("Results: " + displayPath(folder.target()));
      return ExitCodes.OK;
    } catch (UnstableSystemException e) {
      err.println("leansim " + name() + ": " + e.getMessage());
      err.println("Nothing was written; the previous results, if any, are untouched.");
      return ExitCodes.UNSTABLE;
    } catch (IOException | UncheckedIOException e) {
      err.println("leansim " + name() + ": could not write results to " + target + ": " + e.getMessage());
      err.println("The previous results there, if any, are untouched.");
      return ExitCodes.IO_ERROR;
    }
  }

  /**
   * Why the jobs cannot run in shards (a precision target, or variants with different numbers of
   * replications), or null.
   */
  private static String shardProblem(List<Experiment.Job> jobs) {
    for (Experiment.Job job : jobs) {
      if (job.scenario().run().precision() != null) {
        return "--rep-range cannot split " + (job.variant().equals(Variant.BASELINE) ? "the baseline" : job.variant())
            + ": it has a precision target (run.precision), so its number of replications depends on the results"
            + " so far; remove run.precision to run it in shards";
      }
    }
    int n = jobs.get(0).scenario().run().replications();
    for (Experiment.Job job : jobs) {
      if (job.scenario().run().replications() != n) {
        return "--rep-range needs the same number of replications for every variant run, but "
            + jobs.get(0).variant() + " has " + n + " and " + job.variant() + " has "
            + job.scenario().run().replications() + ": give --replications N";
      }
    }
    return null;
  }

  /** {@code FROM..TO} within {@code n} replications, or null when it is not. */
  static ReplicationRange parseRange(String text, int n) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d{1,9})\\s*\\.\\.\\s*(\\d{1,9})\\s*").matcher(text);
    if (!m.matches()) {
      return null;
    }
    int from = Integer.parseInt(m.group(1));
    int to = Integer.parseInt(m.group(2));
    return from <= to && to < n ? new ReplicationRange(from, to, n) : null;
  }

  private Scenario override(Scenario s) {
    if (replications == null && seed == null) {
      return s;
    }
    List<Variant> vs = new ArrayList<>();
    for (Variant v : s.variants()) {
      vs.add(new Variant(v.name(), v.title(), v.scenario().withRun(overrideRun(v.scenario()))));
    }
    Scenario base = s.withRun(overrideRun(s));
    return new Scenario(base.name(), base.title(), base.description(), base.timeUnit(), base.clockStart(),
        base.run(), base.targets(), base.customers(), base.arrivals(), base.resources(), base.process(), vs);
  }

  private io.leansim.scenario.RunSpec overrideRun(Scenario s) {
    var run = s.run();
    if (replications != null) {
      run = run.withReplications(replications);
    }
    if (seed != null) {
      run = run.withSeed(seed);
    }
    return run;
  }

  /** The baseline as a job. */
  static Experiment.Job baselineJob(Scenario s) {
    return new Experiment.Job(Variant.BASELINE, s.title(), s.withoutVariants());
  }

  /**
   * Adds the jobs of the --variant names to {@code jobs} (once each; 'baseline' is the
   * baseline); returns a problem to report, or null.
   */
  String addNamed(Scenario s, List<Experiment.Job> jobs) {
    for (String name : variants) {
      if (jobs.stream().anyMatch(j -> j.variant().equals(name))) {
        continue;
      }
      if (name.equals(Variant.BASELINE)) {
        jobs.add(baselineJob(s));
        continue;
      }
      var v = s.variant(name);
      if (v.isEmpty()) {
        return unknownVariant(file, s, name);
      }
      jobs.add(new Experiment.Job(name, v.get().title(), v.get().scenario()));
    }
    return null;
  }

  /** The message for a variant name {@code name} that {@code s} (from {@code file}) does not have. */
  static String unknownVariant(Path file, Scenario s, String name) {
    List<String> known = new ArrayList<>();
    known.add(Variant.BASELINE);
    s.variants().forEach(x -> known.add(x.name()));
    return "unknown variant '" + name + "'" + io.leansim.scenario.load.Hints.didYouMean(name, known) + "; "
        + file + " has: " + String.join(", ", known);
  }

  static String displayPath(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path shown = p.startsWith(cwd) ? cwd.relativize(p) : p;
    return shown + "/";
  }

  /** Opens a trace part per replication when tracing, and reports progress. */
  private static final class TraceObserver implements Experiment.Observer {
    private final Path dir;
    private final boolean trace;
    private final Progress progress;
    private final Map<String, TraceFiles.Part> open = new ConcurrentHashMap<>();
    private final Animations animations;

    TraceObserver(Path dir, boolean trace, Progress progress, Animations animations) {
      this.dir = dir;
      this.trace = trace;
      this.progress = progress;
      this.animations = animations;
    }

    @Override
    public List<FlowListener> listeners(String variant, int replication) {
      List<FlowListener> recording = animations == null ? List.of() : animations.listeners(variant, replication);
      if (!trace) {
        return recording;
      }
      try {
        TraceFiles.Part part = TraceFiles.openPart(dir.resolve(variant), replication);
        open.put(variant + "#" + replication, part);
        List<FlowListener> all = new java.util.ArrayList<>(recording);
        all.add(new VisitLog(replication, part));
        return all;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void replicationDone(String variant, int replication) {
      TraceFiles.Part part = open.remove(variant + "#" + replication);
      if (part != null) {
        part.close();
      }
      progress.step();
    }
  }
}
