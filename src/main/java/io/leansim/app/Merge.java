package io.leansim.app;

import io.leansim.experiment.Comparison;
import io.leansim.experiment.Experiment;
import io.leansim.experiment.RunResult;
import io.leansim.experiment.Summary;
import io.leansim.report.AnimationPage;
import io.leansim.report.ComparisonFiles;
import io.leansim.report.Report;
import io.leansim.report.ResultsWorkbook;
import io.leansim.report.ShardFiles;
import io.leansim.report.Study;
import io.leansim.report.SummaryFiles;
import io.leansim.report.TraceFiles;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code merge}: the shards of a run ({@code --rep-range}) checked and put back together into the
 * results of the whole run, byte for byte what one run of all replications writes.
 */
public final class Merge {
  private Merge() {}

  /**
   * @param out the results folder, or null for {@code results/<name>}
   * @param force replace {@code out} even when it is a non-empty folder of other files ({@link Outputs})
   */
  public record Request(List<Path> shards, Path out, boolean force) {
    public Request {
      shards = List.copyOf(shards);
    }
  }

  /**
   * The whole run put back together.
   *
   * @param comparison the comparison when the shards ran {@code compare}, else null
   * @param replications the replications of the whole run
   */
  public record Outcome(Scenario scenario, List<Summary> summaries, Comparison comparison, String name,
      int replications, Path folder) {
    public Outcome {
      summaries = List.copyOf(summaries);
    }
  }

  /** Checks the shards, merges them and writes the whole run's folder. */
  public static Outcome run(Request r) throws InterruptedException {
    ShardFiles.Merged merged;
    try {
      merged = ShardFiles.merge(r.shards());
    } catch (ShardFiles.ShardException e) {
      throw new Failure(Failure.Kind.INVALID_INPUT, e.problems(), List.of("Nothing was written."));
    } catch (IOException | UncheckedIOException e) {
      throw new Failure(Failure.Kind.IO, List.of("could not read the shards: " + e.getMessage()), List.of());
    }
    Path out = r.out();
    for (Path shard : out == null || out.toString().isBlank() ? List.<Path>of() : r.shards()) {
      Path absolute = shard.toAbsolutePath().normalize();
      if (absolute.equals(out.toAbsolutePath().normalize())) {
        throw Failure.usage("--out " + out + " is one of the shards; write the merged results elsewhere");
      }
      if (absolute.startsWith(out.toAbsolutePath().normalize())) {
        throw Failure.usage("--out " + out + " holds the shard " + shard
            + ", and the merged results would replace it; write them elsewhere");
      }
    }
    Path target = Outputs.folder(out, Path.of("results", merged.manifest().scenario()), r.force(),
        r.shards().stream().map(s -> new Outputs.Input("the shard", s)).toList());
    Scenario scenario = merged.scenario();
    List<Experiment.Job> jobs = new ArrayList<>();
    for (String name : merged.manifest().variants()) {
      if (!name.equals(Variant.BASELINE) && scenario.variant(name).isEmpty()) {
        throw new Failure(Failure.Kind.INVALID_INPUT, List.of(merged.first().dir() + "/scenario.yaml has no variant '"
            + name + "', though the shard ran it: run the shard again"), List.of());
      }
      jobs.add(Jobs.named(merged.first().dir(), scenario, name));
    }
    List<RunResult> results = new ArrayList<>();
    for (Experiment.Job job : jobs) {
      results.add(Experiment.result(job, merged.replications().get(job.variant())));
    }
    List<Summary> summaries = results.stream().map(RunResult::summary).toList();
    boolean compare = merged.manifest().command().equals("compare");
    Comparison comparison = compare ? Comparison.of(jobs, results) : null;
    try {
      Results.write(target, dir -> {
        Files.write(dir.resolve("scenario.yaml"), merged.scenarioYaml());
        ScenarioData.copyKept(scenario, merged.first().dir(), dir);
        for (Summary s : summaries) {
          Path variantDir = Files.createDirectories(dir.resolve(s.variant()));
          SummaryFiles.writeJson(s, variantDir);
          SummaryFiles.writeCsv(s, variantDir);
          if (merged.manifest().trace()) {
            TraceFiles.concatenate(merged.shards().stream()
                .map(sh -> sh.dir().resolve(s.variant()).resolve("customers.csv")).toList(),
                variantDir.resolve("customers.csv"));
          }
        }
        if (compare) {
          ComparisonFiles.write(comparison, dir);
          for (Summary s : summaries) {
            Path page = merged.first().dir().resolve(AnimationPage.fileName(s.variant()));
            if (Files.isRegularFile(page)) {
              Files.copy(page, dir.resolve(page.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
          }
          Report.render(new Study(scenario, summaries, comparison), dir);
        } else {
          ResultsWorkbook.write(new Study(scenario, summaries, null), dir);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      throw Results.notWritten(target, e);
    }
    return new Outcome(scenario, summaries, comparison, merged.manifest().scenario(),
        merged.manifest().range().of(), target.toAbsolutePath().normalize());
  }
}
