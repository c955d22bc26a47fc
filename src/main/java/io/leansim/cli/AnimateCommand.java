package io.leansim.cli;

import io.leansim.app.Animate;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Option(names = "--out", paramLabel = "FILE", description = {"The page to write (default:"
      + " results/<name>/animation-<variant>.html); an existing file is replaced only when it is an animation page."})
  Path out;

  @Mixin DebugOption debug;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    Animate.Outcome o;
    try (ConsoleWatcher watcher = new ConsoleWatcher(true, stdout, spec.commandLine().getErr())) {
      o = Animate.run(new Animate.Request(file, variant, replication, out), watcher);
    }
    stdout.printf("Animation of %s (%,d customers, replication %d): %s%n", String.join(" vs ", o.variants()),
        o.customers(), o.replication(), o.page());
    stdout.println("Open it in a browser (works offline). Space plays; click a customer to follow it.");
    return ExitCodes.OK;
  }
}
