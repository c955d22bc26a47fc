package io.leansim.cli;

import io.leansim.experiment.Comparison;
import io.leansim.experiment.Experiment;
import io.leansim.experiment.RunResult;
import io.leansim.experiment.Summary;
import io.leansim.report.AnimationPage;
import io.leansim.report.ComparisonFiles;
import io.leansim.report.Report;
import io.leansim.report.ShardFiles;
import io.leansim.report.StagedFolder;
import io.leansim.report.Study;
import io.leansim.report.SummaryFiles;
import io.leansim.report.TraceFiles;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leansim merge SHARD...}: puts the shards of a run back together into the results of the whole run. */
@Command(
    name = "merge",
    header = "Put the shards of a run (--rep-range) back together into the results of the whole run.",
    mixinStandardHelpOptions = true,
    description = {
      "A long run can be split by replications over processes or machines: each shard runs",
      "'leansim run' (or 'compare') with the same file and options and its own --rep-range FROM..TO.",
      "Replication k always draws the same random numbers, whichever shard runs it, so merging the",
      "shards writes exactly what one run of all replications writes, byte for byte: scenario.yaml,",
      "<variant>/summary.json and summary.csv (and customers.csv when the shards ran with --trace:",
      "the shards' traces joined in replication order); for 'compare' shards also comparison.json",
      "and .csv, the charts, value stream maps, report.html and the animations.",
      "",
      "The shards must together hold every replication 0..N-1 exactly once, and agree on the",
      "scenario file, --seed, --replications, --bin, the variants, --trace, the command and the",
      "LeanSim version; merge checks each (shard.json records them) and refuses, one line per",
      "problem, with exit code 3. The folder is built aside and moved into place when complete.",
      "",
      "Examples:",
      "  leansim run scenarios/telecom-hall.yaml --all --replications 100 --rep-range 0..49 --out s/a",
      "  leansim run scenarios/telecom-hall.yaml --all --replications 100 --rep-range 50..99 --out s/b",
      "  leansim merge s/a s/b --out results/telecom-hall",
      "  leansim merge shards/* --out results/telecom-hall      # any order",
      ""
    },
    footer = {"", ExitCodes.HELP})
final class MergeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0..*", arity = "1..*", paramLabel = "SHARD",
      description = "Shard folders, written by 'leansim run' or 'compare' with --rep-range (any order).")
  List<Path> shards = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<name>).")
  Path out;

  @Option(names = {"-q", "--quiet"}, description = "No table; print only the results path.")
  boolean quiet;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    ShardFiles.Merged merged;
    try {
      merged = ShardFiles.merge(shards);
    } catch (ShardFiles.ShardException e) {
      e.problems().forEach(p -> err.println("leansim merge: " + p));
      err.println("Nothing was written.");
      return ExitCodes.INVALID_SCENARIO;
    } catch (IOException | UncheckedIOException e) {
      err.println("leansim merge: could not read the shards: " + e.getMessage());
      return ExitCodes.IO_ERROR;
    }
    Path target = out != null ? out : Path.of("results", merged.manifest().scenario());
    Path absoluteTarget = target.toAbsolutePath().normalize();
    for (Path shard : shards) {
      Path absolute = shard.toAbsolutePath().normalize();
      if (absolute.equals(absoluteTarget)) {
        err.println("leansim merge: --out " + target + " is one of the shards; write the merged results elsewhere");
        return ExitCodes.USAGE;
      }
      if (absolute.startsWith(absoluteTarget)) {
        err.println("leansim merge: --out " + target + " holds the shard " + shard
            + ", and the merged results would replace it; write them elsewhere");
        return ExitCodes.USAGE;
      }
    }
    Scenario scenario = merged.scenario();
    List<Experiment.Job> jobs = new ArrayList<>();
    for (String name : merged.manifest().variants()) {
      if (name.equals(Variant.BASELINE)) {
        jobs.add(SimulateCommand.baselineJob(scenario));
      } else if (scenario.variant(name).isPresent()) {
        Variant v = scenario.variant(name).get();
        jobs.add(new Experiment.Job(name, v.title(), v.scenario()));
      } else {
        err.println("leansim merge: " + merged.first().dir() + "/scenario.yaml has no variant '" + name
            + "', though the shard ran it: run the shard again");
        return ExitCodes.INVALID_SCENARIO;
      }
    }
    List<RunResult> results = new ArrayList<>();
    for (Experiment.Job job : jobs) {
      results.add(Experiment.result(job, merged.replications().get(job.variant())));
    }
    List<Summary> summaries = results.stream().map(RunResult::summary).toList();
    boolean compare = merged.manifest().command().equals("compare");
    Comparison comparison = compare ? Comparison.of(results.get(0), results.subList(1, results.size())) : null;
    try (StagedFolder folder = StagedFolder.create(target)) {
      Thread cleanup = new Thread(folder::close, "leansim-cleanup");
      Runtime.getRuntime().addShutdownHook(cleanup);
      Files.write(folder.dir().resolve("scenario.yaml"), merged.scenarioYaml());
      for (Summary s : summaries) {
        Path dir = Files.createDirectories(folder.dir().resolve(s.variant()));
        SummaryFiles.writeJson(s, dir);
        SummaryFiles.writeCsv(s, dir);
        if (merged.manifest().trace()) {
          TraceFiles.concatenate(merged.shards().stream()
              .map(sh -> sh.dir().resolve(s.variant()).resolve("customers.csv")).toList(), dir.resolve("customers.csv"));
        }
      }
      if (compare) {
        ComparisonFiles.write(comparison, folder.dir());
        for (Summary s : summaries) {
          Path page = merged.first().dir().resolve(AnimationPage.fileName(s.variant()));
          if (Files.isRegularFile(page)) {
            Files.copy(page, folder.dir().resolve(page.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
          }
        }
        Report.render(new Study(scenario, summaries, comparison), folder.dir());
      }
      folder.commit();
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IOException | UncheckedIOException e) {
      err.println("leansim merge: could not write results to " + target + ": " + e.getMessage());
      err.println("The previous results there, if any, are untouched.");
      return ExitCodes.IO_ERROR;
    }
    if (!quiet) {
      if (compare) {
        ComparisonTable.print(scenario, summaries, comparison, stdout);
      } else {
        HeadlineTable.print(scenario, summaries, stdout);
      }
      stdout.println();
      stdout.println("Merged " + shards.size() + (shards.size() == 1 ? " shard" : " shards") + ": replications 0.."
          + (merged.manifest().range().of() - 1) + " of " + merged.manifest().scenario() + ".");
    }
    stdout.println("Results: " + SimulateCommand.displayPath(target.toAbsolutePath().normalize()));
    return ExitCodes.OK;
  }
}
