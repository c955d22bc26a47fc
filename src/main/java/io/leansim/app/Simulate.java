package io.leansim.app;

import io.leansim.experiment.Comparison;
import io.leansim.experiment.Experiment;
import io.leansim.experiment.ReplicationRange;
import io.leansim.experiment.RunResult;
import io.leansim.experiment.Summary;
import io.leansim.model.FlowListener;
import io.leansim.model.UnstableSystemException;
import io.leansim.report.ComparisonFiles;
import io.leansim.report.ReplicationFiles;
import io.leansim.report.SelectionFiles;
import io.leansim.report.Report;
import io.leansim.report.ResultsWorkbook;
import io.leansim.report.ShardFiles;
import io.leansim.report.Study;
import io.leansim.report.SummaryFiles;
import io.leansim.report.TraceFiles;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import io.leansim.scenario.load.ScenarioWriter;
import io.leansim.stats.VisitLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code run} and {@code compare}: a scenario's baseline and variants simulated, on this machine or
 * a Spark cluster, whole or one shard of the replications ({@code --rep-range}), and their results
 * folder written: {@code scenario.yaml} and each variant's summaries (and trace), and the workbook
 * {@code results.xlsx} (not for a shard); for a comparison also the paired comparison, the report
 * and the animations; for a shard its manifest and
 * per-replication figures.
 */
public final class Simulate {
  private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,9})\\s*\\.\\.\\s*(\\d{1,9})\\s*");

  private Simulate() {}

  /**
   * What to simulate and how.
   *
   * @param compare a comparison (the baseline against variants) rather than a plain run
   * @param all every variant of the file (a run; a comparison without {@code variants} takes all anyway)
   * @param variants the variants named ({@code baseline} names the baseline)
   * @param out the results folder, or null for {@code results/<name>} ({@code results/<name>-shard-FROM-TO})
   * @param force replace {@code out} even when it is a non-empty folder of other files ({@link Outputs})
   * @param binMinutes width of the day profile's bins
   * @param repRange {@code FROM..TO}: run only these replications (a shard), or null
   * @param sparkMaster run the replications on this Spark master, or null
   * @param select which variant is best, asked after a comparison ({@code --select-best}), or null
   */
  public record Request(Path file, boolean compare, boolean all, List<String> variants, Overrides overrides,
      Path out, boolean force, int threads, double binMinutes, boolean trace, String repRange, String sparkMaster,
      SelectBest.Question select) {
    public Request {
      variants = List.copyOf(variants);
    }

    /** The same request asking {@code question} after the comparison. */
    public Request selecting(SelectBest.Question question) {
      return new Request(file, compare, all, variants, overrides, out, force, threads, binMinutes, trace, repRange,
          sparkMaster, question);
    }

    /** The command's name, as a shard's manifest records it. */
    public String command() {
      return compare ? "compare" : "run";
    }
  }

  /**
   * What was simulated and where its results are.
   *
   * @param comparison the comparison, or null for a run
   * @param shard the replications run, or null for all of them
   * @param selection which variant is best ({@code --select-best}), or null
   */
  public record Outcome(Scenario scenario, List<RunResult> results, Comparison comparison, ReplicationRange shard,
      Path folder, SelectBest.Answer selection) {
    public Outcome {
      results = List.copyOf(results);
    }

    /** Each job's summary, in job order (the baseline first when it ran). */
    public List<Summary> summaries() {
      return results.stream().map(RunResult::summary).toList();
    }
  }

  /**
   * The summary of the baseline of {@code s} simulated here on {@code threads} threads, with
   * day-profile bins of {@code binMinutes} minutes; no files.
   *
   * @throws UnstableSystemException when a replication passes the safety bound of customers inside
   */
  public static Summary baseline(Scenario s, int threads, double binMinutes) throws InterruptedException {
    return Experiment.runAll(List.of(Jobs.baseline(s)), threads, binMinutes, Experiment.QUIET).get(0).summary();
  }

  /** Checks the request, simulates, writes the results folder, and says what it did. */
  public static Outcome run(Request r, Watcher watcher) throws InterruptedException {
    Plan plan = plan(r, watcher);
    watcher.done("scenario read");
    Path target = Outputs.folder(r.out(), plan.shard() != null ? Path.of("results", plan.scenario().name()
        + "-shard-" + plan.shard().from() + "-" + plan.shard().to()) : Path.of("results", plan.scenario().name()),
        r.force(), Outputs.Input.scenario(r.file()));
    try {
      Outcome written = Results.produce(target, dir -> plan.runInto(dir, watcher));
      watcher.done("move into place");
      return new Outcome(written.scenario(), written.results(), written.comparison(), written.shard(),
          target.toAbsolutePath().normalize(), written.selection());
    } catch (UnstableSystemException e) {
      throw new Failure(Failure.Kind.UNSTABLE, List.of(e.getMessage()),
          List.of("Nothing was written; the previous results, if any, are untouched."));
    } catch (IOException | UncheckedIOException e) {
      throw Results.notWritten(target, e);
    }
  }

  /** The request checked, its scenario loaded (with the overrides) and its jobs chosen. */
  private static Plan plan(Request r, Watcher watcher) {
    Integer replications = r.overrides().replications();
    if (replications != null && replications < 1) {
      throw Failure.usage("--replications must be at least 1, got " + replications);
    }
    if (!(r.binMinutes() > 0) || Double.isInfinite(r.binMinutes())) {
      throw Failure.usage("--bin must be a number of minutes > 0, got " + r.binMinutes());
    }
    if (r.threads() < 1) {
      throw Failure.usage("--threads must be at least 1, got " + r.threads());
    }
    Scenario scenario = r.overrides().apply(Jobs.load(r.file(), watcher));
    List<Experiment.Job> jobs = jobs(r, scenario);
    if (r.sparkMaster() != null && (r.repRange() != null || r.trace())) {
      throw Failure.usage("--spark runs every replication on the cluster: it does not take "
          + (r.trace() ? "--trace" : "--rep-range"));
    }
    Experiment.Distributed cluster = Cluster.connect(r.sparkMaster());
    ReplicationRange shard = r.repRange() == null ? null : shard(r.repRange(), jobs);
    return new Plan(r, scenario, jobs, shard, cluster);
  }

  /**
   * A checked request, ready to run.
   *
   * @param shard the replications to run, or null for all
   * @param cluster where to run them, or null: here
   */
  private record Plan(Request request, Scenario scenario, List<Experiment.Job> jobs, ReplicationRange shard,
      Experiment.Distributed cluster) {
    /** Simulates and writes every file into {@code dir} (a staged folder); the outcome's folder is {@code dir}. */
    Outcome runInto(Path dir, Watcher watcher) throws IOException, InterruptedException {
      Request r = request;
      // the scenario as run, its traces copied beside it: the folder is complete on its own
      Scenario recorded = ScenarioData.copyInto(scenario, dir);
      byte[] yaml = ScenarioWriter.toYaml(recorded).getBytes(StandardCharsets.UTF_8);
      Files.write(dir.resolve("scenario.yaml"), yaml);
      for (Experiment.Job job : jobs) {
        Files.createDirectories(dir.resolve(job.variant()));
      }
      Animations animations = r.compare() ? new Animations(jobs) : null;
      watcher.started(shard != null ? jobs.size() * shard.count()
          : jobs.stream().mapToInt(j -> j.scenario().run().replications()).sum());
      List<RunResult> results;
      if (cluster != null) {
        results = cluster.runAll(jobs, r.binMinutes());
        if (animations != null) {
          animations.recordLocally(); // the first replication of each job again, here, for the animations
        }
      } else {
        TraceObserver observer = new TraceObserver(dir, r.trace(), watcher, animations);
        results = shard == null ? Experiment.runAll(jobs, r.threads(), r.binMinutes(), observer)
            : Experiment.runRange(jobs, shard, r.threads(), r.binMinutes(), observer);
      }
      watcher.done("simulation");
      // the files: the animation pages meanwhile (each on its own), every variant's summaries at once
      CompletableFuture<Map<String, String>> pages = r.compare() ? CompletableFuture.supplyAsync(() -> {
        try {
          Map<String, String> written = animations.write(scenario, dir);
          watcher.done("animations");
          return written;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }) : CompletableFuture.completedFuture(Map.of());
      try {
        results.parallelStream().forEach(result -> writeSummaries(result, dir));
        watcher.done("summaries");
        watcher.finished();
        Comparison comparison = null;
        SelectBest.Answer selection = null;
        if (r.compare()) {
          comparison = Comparison.of(jobs, results);
          watcher.done("comparison");
          ComparisonFiles.write(comparison, dir);
          watcher.done("comparison files");
          if (r.select() != null) {
            selection = SelectBest.run(new SelectBest.Request(jobs, results.stream().map(RunResult::replications)
                .toList(), r.select(), null, r.threads()), watcher);
            SelectionFiles.write(selection.selected(), dir);
          }
          Report.render(new Study(recorded, results.stream().map(RunResult::summary).toList(), comparison,
              selection == null ? null : selection.selected()), dir, join(pages));
          watcher.done("report");
        }
        if (!r.compare() && shard == null) {
          ResultsWorkbook.write(new Study(recorded, results.stream().map(RunResult::summary).toList(), null), dir);
        }
        if (shard != null) {
          ShardFiles.write(new ShardFiles.Manifest(r.command(), scenario.name(), ShardFiles.sha256(yaml),
              scenario.run().seed(), shard, Version.ofJar().orElse("development build"), r.binMinutes(),
              jobs.stream().map(Experiment.Job::variant).toList(), r.trace()), dir);
        }
        return new Outcome(scenario, results, comparison, shard, dir, selection);
      } finally {
        pages.exceptionally(e -> null).join(); // nothing writes into the folder once it is committed or removed
      }
    }

    /** Writes the summaries (and joins the trace, or writes a shard's figures) of one variant. */
    private void writeSummaries(RunResult result, Path dir) {
      Summary s = result.summary();
      Path variantDir = dir.resolve(s.variant());
      try {
        SummaryFiles.writeJson(s, shard, variantDir);
        SummaryFiles.writeCsv(s, variantDir);
        if (request.trace()) {
          TraceFiles.join(variantDir, shard == null ? 0 : shard.from(), shard == null ? s.replications() - 1 : shard.to());
        }
        if (shard != null) {
          ReplicationFiles.write(s.scenario(), s.variant(), result.replications(), variantDir);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The value of {@code future}, its failure unwrapped (an {@link IOException} as itself). */
  private static <T> T join(CompletableFuture<T> future) throws IOException {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e.getCause() instanceof RuntimeException re ? re : e;
    }
  }

  /** The jobs the request selects from {@code s}. */
  private static List<Experiment.Job> jobs(Request r, Scenario s) {
    if (r.compare()) {
      if (s.variants().isEmpty()) {
        throw Failure.usage(r.file() + " has no variants to compare: add a 'variants:' section, or use 'leansim run'");
      }
      if (r.variants().isEmpty()) {
        return Jobs.all(s);
      }
      List<Experiment.Job> jobs = Jobs.adding(r.file(), s, List.of(Jobs.baseline(s)), r.variants());
      if (jobs.size() == 1) {
        throw Failure.usage("name at least one variant besides the baseline");
      }
      return jobs;
    }
    if (r.all()) {
      return Jobs.all(s);
    }
    return r.variants().isEmpty() ? List.of(Jobs.baseline(s)) : Jobs.adding(r.file(), s, List.of(), r.variants());
  }

  /**
   * The replications {@code text} ({@code FROM..TO}) of the jobs, which must have the same number
   * of replications and no precision target.
   */
  private static ReplicationRange shard(String text, List<Experiment.Job> jobs) {
    for (Experiment.Job job : jobs) {
      if (job.scenario().run().precision() != null) {
        throw Failure.usage("--rep-range cannot split "
            + (job.variant().equals(Variant.BASELINE) ? "the baseline" : job.variant())
            + ": it has a precision target (run.precision), so its number of replications depends on the results"
            + " so far; remove run.precision to run it in shards");
      }
    }
    int n = jobs.get(0).scenario().run().replications();
    for (Experiment.Job job : jobs) {
      if (job.scenario().run().replications() != n) {
        throw Failure.usage("--rep-range needs the same number of replications for every variant run, but "
            + jobs.get(0).variant() + " has " + n + " and " + job.variant() + " has "
            + job.scenario().run().replications() + ": give --replications N");
      }
    }
    ReplicationRange range = parseRange(text, n);
    if (range == null) {
      throw Failure.usage("--rep-range must be FROM..TO with 0 <= FROM <= TO < " + n
          + " (the replications of the run), got '" + text + "'");
    }
    return range;
  }

  /** {@code FROM..TO} within {@code n} replications, or null when it is not. */
  static ReplicationRange parseRange(String text, int n) {
    Matcher m = RANGE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    int from = Integer.parseInt(m.group(1));
    int to = Integer.parseInt(m.group(2));
    return from <= to && to < n ? new ReplicationRange(from, to, n) : null;
  }

  /** Opens a trace part per replication when tracing, records animations, and reports progress. */
  private static final class TraceObserver implements Experiment.Observer {
    private final Path dir;
    private final boolean trace;
    private final Watcher watcher;
    private final Map<String, TraceFiles.Part> open = new ConcurrentHashMap<>();
    private final Animations animations;

    TraceObserver(Path dir, boolean trace, Watcher watcher, Animations animations) {
      this.dir = dir;
      this.trace = trace;
      this.watcher = watcher;
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
        List<FlowListener> all = new ArrayList<>(recording);
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
      watcher.stepped();
    }
  }
}
