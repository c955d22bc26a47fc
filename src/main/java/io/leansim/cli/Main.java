package io.leansim.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code leansim}: the entry point. */
@Command(
    name = "leansim",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Simulates lean-service processes (service halls, bank branches, check-in, clinics)",
      "described in a YAML scenario file, with replications and 95%% confidence intervals.",
      "",
      "Start with:  leansim run scenarios/telecom-hall.yaml",
      "Check a file: leansim validate scenarios/my-hall.yaml",
      "Redraw the report of results on disk: leansim report results/telecom-hall",
      "Watch a day, baseline and variant side by side: leansim animate scenarios/telecom-hall.yaml",
      "Fit a distribution to observed durations: leansim fit times.csv --column service",
      "Draft a scenario from a ticket log: leansim calibrate scenarios/data/ticket-log.csv --out my-hall.yaml",
      "What if? leansim sweep scenarios/bank-branch.yaml --set resources.vip_window.capacity=1..4",
      "Staff each hour for a service level: leansim staff scenarios/telecom-hall.yaml --resource counter --service-level 0.8",
      "Check the engine against queueing theory: leansim selftest",
      "Split a long run over machines: leansim run FILE --replications 100 --rep-range 0..49 --out A",
      "  (and 50..99 --out B), then put it back together: leansim merge A B --out DIR",
      "",
      "Scenario format: docs/scenario-format.md; results (results/<name>/): docs/results-format.md;",
      "every command and option: docs/commands.md."
    },
    footer = {"", ExitCodes.HELP},
    synopsisSubcommandLabel = "COMMAND")
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and returns the exit code (does not exit). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(args, out, err, new Interruption());
  }

  /** Runs the command line, saying so through {@code interruption} when it is interrupted. */
  static int execute(String[] args, PrintWriter out, PrintWriter err, Interruption interruption) {
    boolean debug = Arrays.asList(args).contains("--debug");
    CommandLine cl = commandLine(args, System.getenv("LEANSIM_COLUMNS"));
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(ExitCodes.handler(debug, interruption));
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The command line for {@code args}, its help laid out for a terminal of {@code columns} (null: unknown). */
  static CommandLine commandLine(String[] args, String columns) {
    CommandLine cl = new CommandLine(new Main());
    addSubcommands(cl, args);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    HelpLayout.apply(cl, columns);
    return cl;
  }

  /**
   * Registers the subcommands. Picocli reads a command's annotations when it is registered, which
   * takes a good tenth of a second for all of them: when the first argument names a command, only
   * that one is registered (the rest cannot run anyway); otherwise (help, a mistake) all are.
   */
  private static void addSubcommands(CommandLine cl, String[] args) {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("run", RunCommand::new);
    all.put("compare", CompareCommand::new);
    all.put("report", ReportCommand::new);
    all.put("merge", MergeCommand::new);
    all.put("animate", AnimateCommand::new);
    all.put("fit", FitCommand::new);
    all.put("calibrate", CalibrateCommand::new);
    all.put("sweep", SweepCommand::new);
    all.put("staff", StaffCommand::new);
    all.put("validate", ValidateCommand::new);
    all.put("schema", SchemaCommand::new);
    all.put("selftest", SelftestCommand::new);
    Supplier<Object> only = args.length == 0 ? null : all.get(args[0]);
    if (only != null) {
      cl.addSubcommand(args[0], only.get());
      return;
    }
    all.forEach((name, command) -> cl.addSubcommand(name, command.get()));
    cl.addSubcommand("help", new CommandLine.HelpCommand());
  }

  /** The launcher's entry point. */
  public static void main(String[] args) {
    // UTF-8 whatever the locale: tables use ±, arrows and check marks
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
    Interruption interruption = new Interruption();
    Runtime.getRuntime().addShutdownHook(interruption.hook(err)); // Ctrl-C
    int code = execute(args, out, err, interruption);
    interruption.finished();
    System.exit(code);
  }

  /** Version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"leansim " + io.leansim.app.Version.ofJar().orElse("(development build)")};
    }
  }
}
