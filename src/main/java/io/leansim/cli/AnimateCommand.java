package io.leansim.cli;

import io.leansim.experiment.Experiment;
import io.leansim.model.UnstableSystemException;
import io.leansim.report.AnimationPage;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import io.leansim.scenario.load.LoadResult;
import io.leansim.stats.Replay;
import io.leansim.stats.ReplayRecorder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leansim animate FILE}: one simulated day replayed, baseline and a variant side by side. */
@Command(
    name = "animate",
    header = "Replay one simulated day as an animation: the baseline and a lean variant side by side.",
    mixinStandardHelpOptions = true,
    description = {
      "Simulates one replication of the baseline and of a variant (the first of the file unless",
      "you name one) and writes a self-contained page that works offline, by default",
      "results/<name>/animation-<variant>.html. Open it in a browser: the hall is laid out from",
      "the process (each step its line and its servers), customers are dots coloured by type,",
      "servers show busy, idle, off shift or out of service, and live counters follow the clock.",
      "Because variants share random numbers, the same customers arrive in both panels: click",
      "one to follow that person through both worlds.",
      "",
      "Keys: Space play/pause, arrows previous/next event, + and - speed (1x to 600x), Home, End.",
      "",
      "Examples:",
      "  leansim animate scenarios/telecom-hall.yaml",
      "  leansim animate scenarios/telecom-hall.yaml --variant card-priority --replication 3",
      ""
    },
    footer = {"", ExitCodes.HELP})
final class AnimateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML).")
  Path file;

  @Option(names = "--variant", paramLabel = "NAME",
      description = "The variant beside the baseline (default: the file's first variant; 'baseline' alone: no second panel).")
  String variant;

  @Option(names = "--replication", paramLabel = "K",
      description = "Which replication to replay, from 1 (default: ${DEFAULT-VALUE}); customers.csv numbers it K-1.")
  int replication = 1;

  @Option(names = "--out", paramLabel = "FILE", description = "The page to write (default: results/<name>/animation-<variant>.html).")
  Path out;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (replication < 1) {
      err.println("leansim animate: --replication counts from 1, got " + replication);
      return ExitCodes.USAGE;
    }
    LoadResult loaded = Diagnostics.loadAndReport(file, err);
    if (!loaded.ok()) {
      return ExitCodes.INVALID_SCENARIO;
    }
    Scenario scenario = loaded.scenario();
    List<Experiment.Job> jobs = new ArrayList<>();
    jobs.add(SimulateCommand.baselineJob(scenario));
    String chosen = variant != null ? variant : scenario.variants().isEmpty() ? Variant.BASELINE
        : scenario.variants().get(0).name();
    if (!chosen.equals(Variant.BASELINE)) {
      var v = scenario.variant(chosen);
      if (v.isEmpty()) {
        err.println("leansim animate: " + SimulateCommand.unknownVariant(file, scenario, chosen));
        return ExitCodes.USAGE;
      }
      jobs.add(new Experiment.Job(chosen, v.get().title(), v.get().scenario()));
    }
    List<Replay> replays = new ArrayList<>();
    try {
      for (Experiment.Job job : jobs) {
        ReplayRecorder recorder = new ReplayRecorder(job.scenario(), job.variant(), replication - 1);
        Experiment.replay(job, replication - 1, recorder);
        if (recorder.overflowed()) {
          err.printf("leansim animate: %s has more than %,d customers in one replication; an animation replays a day,"
              + " not a steady state. Shorten run.horizon (e.g. in a copy of the file).%n", job.variant(),
              ReplayRecorder.MAX_CUSTOMERS);
          return ExitCodes.USAGE;
        }
        replays.add(recorder.result());
      }
    } catch (UnstableSystemException e) {
      err.println("leansim animate: " + e.getMessage());
      return ExitCodes.UNSTABLE;
    }
    Path page = out != null ? out : Path.of("results", scenario.name(), "animation-" + chosen + ".html");
    try {
      Path parent = page.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      AnimationPage.write(scenario.title(), replays, jobs.stream().map(Animations::panelTitle).toList(), page);
    } catch (IOException e) {
      err.println("leansim animate: could not write " + page + ": " + e.getMessage());
      return ExitCodes.IO_ERROR;
    }
    int customers = replays.get(0).customers().size();
    stdout.printf("Animation of %s (%,d customers, replication %d): %s%n", String.join(" vs ",
        jobs.stream().map(Experiment.Job::variant).toList()), customers, replication, page);
    stdout.println("Open it in a browser (works offline). Space plays; click a customer to follow it.");
    return ExitCodes.OK;
  }
}
