package io.leansim.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmark suite of issues 6 and 18, end to end: run by {@code mvn -B -q -DskipTests -Pbench package exec:exec} (which builds the jar,
 * {@code target/lib} and the test classes first). Every timed run is a fresh JVM, timed whole
 * (start-up included) from this process, with peak RSS from {@code /usr/bin/time -f %M}:
 *
 * <ul>
 *   <li>start-up: {@code validate} and a tiny {@code run} (median of 10, alternating; the tiny run's
 *       peak RSS is the JVM floor), and {@code compare} of the telecom hall (median of 5) with where
 *       its time goes ({@code --debug}'s lines);
 *   <li>W1-W3 through the real CLI path, the launcher users run ({@code ./leansim run
 *       scenarios/bench/wN.yaml -q --out TMP}, with its class-data archive and collector), the SSJ
 *       reference and the primitive engine, median of several repetitions;
 *   <li>W1 with 10,000,000 customers under {@code -Xmx128m};
 *   <li>8 replications of W1 with {@code --threads 1} and {@code --threads 2}, and whether the two
 *       summary.json files are byte-identical;
 *   <li>an overloaded steady-state run under {@code -Xmx128m} (safety bound);
 *   <li>JMH: W1-W3 in process with {@code -prof gc} (allocation per customer) and the
 *       microbenchmarks (event lists, lines and disciplines, sampling, statistics).
 * </ul>
 *
 * <p>Events: the model events the primitive engine executes for the same workload (arrival and
 * end of service per customer in W1/W2; in W3 also end of kiosk service, redo services and fired
 * patience timers, not cancelled ones), the same count for all three implementations.
 *
 * <p>Options: {@code --quick} (one repetition, short JMH, no 10M run; a smoke test, not a
 * measurement), {@code --targets-only} (only what the verdicts need), {@code --no-jmh}, {@code
 * --no-animation}, {@code --animation-only}. Writes the markdown to stdout, {@code
 * target/benchmarks.md} and the figures to {@code target/bench-figures.properties}; a full run also
 * rewrites the results part of {@code docs/benchmarks.md}, with the verdicts against {@code
 * before.properties} (the figures of this suite on {@code main} before issue 18's work).
 */
public final class EndToEnd {
  private static final Pattern RESULT = Pattern.compile("RESULT impl=(\\S+) workload=(\\S+) customers=(\\d+) events=(\\d+) mean_wait=(\\S+)");
  private static final Pattern WAIT_MEAN = Pattern.compile("\"wait_mean\"\\s*:\\s*\\{\\s*\"mean\"\\s*:\\s*([-0-9.eE]+|null)");
  private static final Pattern DONE = Pattern.compile("leansim: (.+) done at (\\d+) ms");
  private static final Pattern ARRIVED = Pattern.compile("\"arrived\"\\s*:\\s*\\{\\s*\"mean\"\\s*:\\s*([-0-9.eE]+)");

  private final boolean quick;
  /** {@code --targets-only}: only what the verdicts need (no animation, no JMH but the workloads). */
  private final boolean targetsOnly;
  private final int reps;
  private final Path tmp;
  private final String testCp = System.getProperty("java.class.path");
  private final String cliCp = "target/leansim.jar:target/lib/*";
  private final StringBuilder md = new StringBuilder();
  /** The figures the targets are judged on, by key (see {@link Targets}); written to {@code target/bench-figures.properties}. */
  private final Map<String, Double> figures = new LinkedHashMap<>();

  EndToEnd(boolean quick, boolean targetsOnly) throws IOException {
    this.quick = quick;
    this.targetsOnly = targetsOnly;
    this.reps = quick ? 1 : 3;
    this.tmp = Files.createTempDirectory("leansim-bench");
  }

  record Proc(double seconds, long rssKiB, int exit, String out, String err) {}

  /** Runs a command in a fresh process under /usr/bin/time; wall time measured here. */
  Proc run(List<String> cmd, long timeoutSeconds) throws Exception {
    return run(cmd, timeoutSeconds, "");
  }

  /** As {@link #run(List, long)}, with {@code LEANSIM_JAVA_OPTS} set to {@code javaOpts} for the launcher. */
  Proc run(List<String> cmd, long timeoutSeconds, String javaOpts) throws Exception {
    Path rss = tmp.resolve("rss.txt");
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M", "-o", rss.toString()));
    full.addAll(cmd);
    ProcessBuilder pb = new ProcessBuilder(full).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().put("LEANSIM_JAVA_OPTS", javaOpts);
    long t0 = System.nanoTime();
    Process p = pb.start();
    boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    double s = (System.nanoTime() - t0) / 1e9;
    if (!done) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly().waitFor();
      return new Proc(s, -1, -999, Files.readString(out), Files.readString(err));
    }
    long kib = -1;
    try {
      String[] lines = Files.readString(rss).trim().split("\n");
      kib = Long.parseLong(lines[lines.length - 1].trim());
    } catch (RuntimeException e) {
      // killed or no figure
    }
    return new Proc(s, kib, p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** The launcher, {@code ./leansim ARGS}: what users run. */
  static List<String> leansim(String... args) {
    List<String> c = new ArrayList<>(List.of("./leansim"));
    c.addAll(Arrays.asList(args));
    return c;
  }

  List<String> java(String cp, String... rest) {
    List<String> c = new ArrayList<>(List.of("java", "-Djava.awt.headless=true", "-cp", cp));
    c.addAll(Arrays.asList(rest));
    return c;
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  static String f(String fmt, Object... a) {
    return String.format(Locale.ROOT, fmt, a);
  }

  void line(String s) {
    md.append(s).append('\n');
    System.out.println(s);
  }

  record Row(String impl, double seconds, long rssKiB, double meanWait, long customers, long events) {}

  Row measure(String impl, Workload w) throws Exception {
    double[] secs = new double[reps];
    long rss = 0;
    double wait = Double.NaN;
    long customers = 0;
    long events = 0;
    String name = w.name().toLowerCase(Locale.ROOT);
    for (int r = 0; r < reps; r++) {
      Proc p;
      if (impl.equals("leansim")) {
        Path outDir = tmp.resolve("out-" + name + "-" + r);
        p = run(leansim("run", "scenarios/bench/" + name + ".yaml", "-q", "--out", outDir.toString()), 600);
        check(p, impl + " " + w);
        String json = Files.readString(outDir.resolve("baseline/summary.json"), StandardCharsets.UTF_8);
        Matcher m = WAIT_MEAN.matcher(json);
        wait = m.find() && !m.group(1).equals("null") ? Double.parseDouble(m.group(1)) : Double.NaN;
        Matcher a = ARRIVED.matcher(json);
        customers = a.find() ? (long) Double.parseDouble(a.group(1)) : 0;
      } else {
        String cls = impl.equals("ssj") ? "io.leansim.bench.SsjReference" : "io.leansim.bench.PrimitiveEngine";
        p = run(java(testCp, cls, name), 600);
        check(p, impl + " " + w);
        Matcher m = RESULT.matcher(p.out());
        if (!m.find()) {
          throw new IllegalStateException("no RESULT from " + impl + ": " + p.out());
        }
        customers = Long.parseLong(m.group(3));
        events = Long.parseLong(m.group(4));
        wait = Double.parseDouble(m.group(5));
      }
      secs[r] = p.seconds();
      rss = Math.max(rss, p.rssKiB());
    }
    return new Row(impl, median(secs), rss, wait, customers, events);
  }

  static void check(Proc p, String what) {
    if (p.exit() != 0) {
      throw new IllegalStateException(what + " failed (exit " + p.exit() + "): " + p.err());
    }
  }

  void endToEnd() throws Exception {
    line("## W1-W3, one replication of ~1,000,000 customers, whole process (fresh JVM each run)");
    line("");
    line(f("Median of %d run(s); peak RSS is the largest of them. Events = the model events of the workload as the primitive "
        + "engine executes them (same count for all three). Ratio = wall time / the reference's wall time.", reps));
    line("");
    line("| workload | implementation | wall s | customers/s | events/s | peak RSS MiB | mean wait (min) | vs SSJ ref | vs primitive |");
    line("|---|---|---|---|---|---|---|---|---|");
    for (Workload w : Workload.values()) {
      Map<String, Row> rows = new LinkedHashMap<>();
      for (String impl : List.of("leansim", "ssj", "primitive")) {
        rows.put(impl, measure(impl, w));
      }
      long events = rows.get("primitive").events();
      String key = w.name().toLowerCase(Locale.ROOT);
      rows.forEach((impl, r) -> figures.put(key + "." + impl + ".s", r.seconds()));
      figures.put(key + ".leansim.rss", rows.get("leansim").rssKiB() / 1024.0);
      for (Row r : rows.values()) {
        long cust = r.customers() > 0 ? r.customers() : rows.get("primitive").customers();
        line(f("| %s | %s | %.2f | %,.0f | %,.0f | %.0f | %.3f | %.2f | %.2f |", w, r.impl(), r.seconds(), cust / r.seconds(),
            events / r.seconds(), r.rssKiB() / 1024.0, r.meanWait(), r.seconds() / rows.get("ssj").seconds(),
            r.seconds() / rows.get("primitive").seconds()));
      }
    }
    line("");
  }

  void tenMillion() throws Exception {
    line("## W1 with 10,000,000 customers in a 128 MiB heap");
    line("");
    if (quick) {
      line("(skipped with --quick)");
      line("");
      return;
    }
    Path yaml = tmp.resolve("w1-10m.yaml");
    Files.writeString(yaml, Scenarios.workloadText(Workload.W1, 10_000_000).replace("name: bench-w1", "name: bench-w1-10m"));
    Proc p = run(leansim("run", yaml.toString(), "-q", "--out", tmp.resolve("out-10m").toString()), 900, "-Xmx128m");
    line("| heap | result | wall s | peak RSS MiB | customers/s |");
    line("|---|---|---|---|---|");
    figures.put("tenm.pass", p.exit() == 0 ? 1.0 : 0.0);
    figures.put("tenm.s", p.seconds());
    figures.put("tenm.rss", p.rssKiB() / 1024.0);
    line(f("| -Xmx128m | %s | %.1f | %.0f | %,.0f |", p.exit() == 0 ? "PASS" : "FAIL (exit " + p.exit() + ": " + firstLine(p.err()) + ")",
        p.seconds(), p.rssKiB() / 1024.0, 1e7 / p.seconds()));
    line("");
  }

  static String firstLine(String s) {
    String t = s.strip();
    int i = t.indexOf('\n');
    return (i < 0 ? t : t.substring(0, i)).replace('|', '/');
  }

  static String lastLine(String s) {
    String t = s.strip();
    return t.substring(t.lastIndexOf('\n') + 1).replace('|', '/');
  }

  void parallel() throws Exception {
    line("## 8 replications of W1: --threads 1 vs --threads 2");
    line("");
    int n = quick ? 2 : 8;
    Proc[] p = new Proc[3];
    for (int t = 1; t <= 2; t++) {
      p[t] = run(leansim("run", "scenarios/bench/w1.yaml", "-q", "--replications", String.valueOf(n),
          "--threads", String.valueOf(t), "--out", tmp.resolve("out-par" + t).toString()), 900);
      check(p[t], "parallel " + t);
    }
    byte[] a = Files.readAllBytes(tmp.resolve("out-par1/baseline/summary.json"));
    byte[] b = Files.readAllBytes(tmp.resolve("out-par2/baseline/summary.json"));
    figures.put("par.t1.s", p[1].seconds());
    figures.put("par.t2.s", p[2].seconds());
    figures.put("par.identical", Arrays.equals(a, b) ? 1.0 : 0.0);
    line("| replications | --threads 1 s | --threads 2 s | ratio | summary.json identical |");
    line("|---|---|---|---|---|");
    line(f("| %d | %.2f | %.2f | %.2f | %s |", n, p[1].seconds(), p[2].seconds(), p[2].seconds() / p[1].seconds(),
        Arrays.equals(a, b) ? "yes" : "NO"));
    line("");
  }

  /**
   * Start-up: {@code validate} and a tiny {@code run} (W1 for 10 minutes, about 36 customers) through
   * the launcher, the two alternating, median of 10 each; then the JVM floor: the peak RSS of the
   * tiny run, which {@link #memory} subtracts from the peak RSS of a million customers.
   */
  void startup() throws Exception {
    line("## Start-up: validate a small scenario, and a tiny run (whole process, median of 10, alternating)");
    line("");
    Path tiny = tmp.resolve("tiny-w1.yaml");
    Files.writeString(tiny, Files.readString(Path.of("scenarios/bench/w1.yaml"), StandardCharsets.UTF_8)
        .replaceFirst("horizon: \\d+", "horizon: 10").replace("name: bench-w1", "name: tiny-w1"));
    Map<String, List<String>> commands = new LinkedHashMap<>();
    commands.put("`./leansim validate scenarios/telecom-hall.yaml`", leansim("validate", "scenarios/telecom-hall.yaml"));
    commands.put("`./leansim run tiny-w1.yaml -q` (W1 for 10 minutes)",
        leansim("run", tiny.toString(), "-q", "--out", tmp.resolve("out-tiny").toString()));
    int n = quick ? 3 : 10;
    Map<String, double[]> secs = new LinkedHashMap<>();
    commands.keySet().forEach(k -> secs.put(k, new double[n]));
    long floor = 0;
    for (int i = 0; i < n; i++) {
      for (var e : commands.entrySet()) {
        Proc p = run(e.getValue(), 120);
        check(p, e.getKey());
        secs.get(e.getKey())[i] = p.seconds();
        if (e.getKey().contains("tiny")) {
          floor = Math.max(floor, p.rssKiB());
        }
      }
    }
    line("| command | median s | min s | peak RSS MiB |");
    line("|---|---|---|---|");
    for (var e : secs.entrySet()) {
      line(f("| %s | %.3f | %.3f | %s |", e.getKey(), median(e.getValue()), Arrays.stream(e.getValue()).min().orElse(Double.NaN),
          e.getKey().contains("tiny") ? f("%.0f", floor / 1024.0) : ""));
    }
    figures.put("validate.s", median(secs.get("`./leansim validate scenarios/telecom-hall.yaml`")));
    figures.put("tiny.s", median(secs.get("`./leansim run tiny-w1.yaml -q` (W1 for 10 minutes)")));
    figures.put("floor.rss", floor / 1024.0);
    line("");
  }

  /**
   * The everyday comparison: {@code ./leansim compare scenarios/telecom-hall.yaml} (6 variants x
   * 20 replications, charts, report, animations), median of 5, and where its time goes from the
   * lines {@code --debug} prints ("leansim: simulation done at 1234 ms", since the JVM started).
   */
  void compareLatency() throws Exception {
    line("## The everyday comparison: `./leansim compare scenarios/telecom-hall.yaml` (whole process)");
    line("");
    int n = quick ? 1 : 5;
    double[] secs = new double[n];
    Map<String, double[]> at = new LinkedHashMap<>();
    long rss = 0;
    for (int i = 0; i < n; i++) {
      Proc p = run(leansim("compare", "scenarios/telecom-hall.yaml", "-q", "--debug", "--out",
          tmp.resolve("out-compare").toString()), 300);
      check(p, "compare");
      secs[i] = p.seconds();
      rss = Math.max(rss, p.rssKiB());
      Matcher m = DONE.matcher(p.err());
      while (m.find()) {
        at.computeIfAbsent(m.group(1), k -> new double[n])[i] = Long.parseLong(m.group(2)) / 1000.0;
      }
    }
    figures.put("compare.s", median(secs));
    line(f("Median of %d run(s): **%.2f s** whole process, peak RSS %.0f MiB. Where the time goes (medians; the JVM's clock "
        + "starts after the launcher script has started it; the animation pages are written on another thread "
        + "while the summaries, the comparison and the report are, so their stretches overlap):", n, median(secs), rss / 1024.0));
    line("");
    if (at.isEmpty()) {
      line("(this build's `--debug` does not say when each part is done)");
      line("");
      return;
    }
    line("| stretch | from (s) | to (s) | seconds |");
    line("|---|---|---|---|");
    line(f("| JVM start, command line, reading the scenario | 0 | %.3f | %.3f |",
        median(at.getOrDefault("scenario read", new double[n])), median(at.getOrDefault("scenario read", new double[n]))));
    String[][] stretches = {{"scenario read", "simulation", "simulation (2 threads)"},
        {"simulation", "summaries", "summary.json and summary.csv of every variant"},
        {"summaries", "comparison", "paired comparison (statistics)"},
        {"comparison", "comparison files", "comparison.json, comparison.csv"},
        {"comparison files", "report", "charts (PNG and SVG), value stream maps, report.html"},
        {"simulation", "animations", "animation pages (beside the above, on another thread)"},
        {"report", "move into place", "results folder moved into place"}};
    for (String[] st : stretches) {
      if (at.containsKey(st[0]) && at.containsKey(st[1])) {
        double from = median(at.get(st[0]));
        double to = median(at.get(st[1]));
        line(f("| %s | %.3f | %.3f | %.3f |", st[2], from, to, to - from));
      }
    }
    double last = at.containsKey("move into place") ? median(at.get("move into place")) : Double.NaN;
    line(f("| JVM exit, and the launcher script before the JVM started | %.3f | %.3f | %.3f |", last, median(secs), median(secs) - last));
    line("");
  }

  void animation() throws Exception {
    line("## Animation: frame cost of a busy day in headless Chromium");
    line("");
    line("Two panels of the same day (`AnimationBench.BUSY_DAY`) played at 600x for 8 s; software rendering, no GPU.");
    line("");
    for (String l : AnimationBench.run(tmp)) {
      line(l);
    }
    line("");
  }

  void safety() throws Exception {
    line("## Safety bound: an overloaded steady-state run (load 10) under -Xmx128m");
    line("");
    Path yaml = tmp.resolve("overload.yaml");
    Files.writeString(yaml, "name: overload\ntime_unit: min\nrun: {horizon: 1000000, warmup: 100, drain: false, replications: 1, seed: 1}\n"
        + "arrivals: {walk_in: {rate: 10}}\nresources: {server: {capacity: 1}}\nprocess: {serve: {resource: server, time: exp(1)}}\n");
    Proc p = run(leansim("run", yaml.toString(), "-q", "--out", tmp.resolve("out-over").toString()), 300, "-Xmx128m");
    line("| exit | wall s | peak RSS MiB | message |");
    line("|---|---|---|---|");
    line(f("| %d | %.1f | %.0f | %s |", p.exit(), p.seconds(), p.rssKiB() / 1024.0, lastLine(p.err() + "\n" + p.out())));
    line("");
  }

  ChainedOptionsBuilder jmh(String include) {
    return new OptionsBuilder().include(include).forks(1)
        .warmupIterations(quick ? 1 : 2).warmupTime(TimeValue.milliseconds(quick ? 200 : 1000))
        .measurementIterations(quick ? 1 : 3).measurementTime(TimeValue.milliseconds(quick ? 200 : 1000))
        .jvmArgs("-Xmx1g", "-Djava.awt.headless=true").shouldFailOnError(true);
  }

  static String param(RunResult r, String name) {
    return r.getParams().getParam(name);
  }

  void microbenchmarks() throws Exception {
    Collection<RunResult> wl = new Runner(jmh(WorkloadBench.class.getName() + ".run").addProfiler(GCProfiler.class).build()).run();
    line("## In process (JMH, warm, -prof gc): 100,000 customers per operation");
    line("");
    line("| workload | implementation | ms/op | customers/s (warm) | allocated bytes/customer |");
    line("|---|---|---|---|---|");
    for (RunResult r : wl) {
      double ms = r.getPrimaryResult().getScore();
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      String key = "jmh." + param(r, "workload").toLowerCase(Locale.ROOT) + "." + param(r, "impl");
      figures.put(key + ".ms", ms);
      if (alloc != null) {
        figures.put(key + ".alloc", alloc.getScore() / WorkloadBench.CUSTOMERS);
      }
      line(f("| %s | %s | %.1f | %,.0f | %s |", param(r, "workload"), param(r, "impl"), ms, WorkloadBench.CUSTOMERS / (ms / 1000),
          alloc == null ? "n/a" : f("%.0f", alloc.getScore() / WorkloadBench.CUSTOMERS)));
    }
    line("");
    if (targetsOnly) {
      return;
    }

    Collection<RunResult> ev = new Runner(jmh(EventListBench.class.getName()).build()).run();
    line("## SSJ event lists: hold model (remove first, reschedule), ns per hold");
    line("");
    Map<String, Map<String, Double>> byList = new LinkedHashMap<>();
    List<String> sizes = new ArrayList<>();
    for (RunResult r : ev) {
      byList.computeIfAbsent(param(r, "list"), k -> new LinkedHashMap<>()).put(param(r, "pending"), r.getPrimaryResult().getScore());
      if (!sizes.contains(param(r, "pending"))) {
        sizes.add(param(r, "pending"));
      }
    }
    StringBuilder h = new StringBuilder("| event list |");
    StringBuilder sep = new StringBuilder("|---|");
    for (String s : sizes) {
      h.append(" N = ").append(s).append(" |");
      sep.append("---|");
    }
    line(h.toString());
    line(sep.toString());
    for (var e : byList.entrySet()) {
      StringBuilder row = new StringBuilder("| " + e.getKey() + " |");
      for (String s : sizes) {
        Double v = e.getValue().get(s);
        row.append(v == null ? " |" : f(" %.1f |", v));
      }
      line(row.toString());
    }
    line("");

    Collection<RunResult> sys = new Runner(jmh(SystemBench.class.getName()).build()).run();
    line("## Lines, disciplines and statistics: M/M/1 at load 0.95, ~20,000 customers per run (ms per run)");
    line("");
    line("| discipline | bare (engine only) | + ReplicationCollector | full (collector, day profile, checks) |");
    line("|---|---|---|---|");
    Map<String, Map<String, Double>> bySys = new LinkedHashMap<>();
    for (RunResult r : sys) {
      bySys.computeIfAbsent(param(r, "discipline"), k -> new LinkedHashMap<>()).put(param(r, "observers"), r.getPrimaryResult().getScore());
    }
    for (var e : bySys.entrySet()) {
      line(f("| %s | %.2f | %.2f | %.2f |", e.getKey(), e.getValue().getOrDefault("bare", Double.NaN),
          e.getValue().getOrDefault("collector", Double.NaN), e.getValue().getOrDefault("full", Double.NaN)));
    }
    line("");

    Collection<RunResult> smp = new Runner(jmh(SamplerBench.class.getName() + "|" + TimeAverageBench.class.getName()).build()).run();
    line("## Sampling by inversion (engine.Samplers) and TimeAverage.update, ns per call");
    line("");
    line("| benchmark | ns |");
    line("|---|---|");
    for (RunResult r : smp) {
      String d = param(r, "dist");
      line(f("| %s | %.1f |", d == null ? "TimeAverage.update" : "sample " + d, r.getPrimaryResult().getScore()));
    }
    line("");
  }

  void machine() throws Exception {
    line("## Machine");
    line("");
    line("- cores (nproc): " + Runtime.getRuntime().availableProcessors());
    String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
        .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
    line("- CPU: " + cpu);
    String mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal")).findFirst().orElse("?");
    line("- memory: " + mem.replaceAll("\\s+", " "));
    line("- java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    line("- run with: " + (quick ? "--quick (smoke test, not a measurement)" : "full"));
    String load = Files.readString(Path.of("/proc/loadavg")).trim();
    line("- load average at the start (1, 5, 15 min): " + String.join(", ", Arrays.asList(load.split("\\s+")).subList(0, 3))
        + " (other work on the machine slows every figure)");
    figures.put("loadavg.start", Double.parseDouble(load.split("\\s+")[0]));
    line("");
  }

  /** A target of issue 18 judged on this run: what it asks, the figure before this round and now, whether it is met. */
  record Verdict(String target, String before, String now, boolean met) {}

  /** The figure {@code key} of {@code m}, or NaN when the run did not measure it. */
  static double get(Map<String, Double> m, String key) {
    return m.getOrDefault(key, Double.NaN);
  }

  /** "W1 0.91, W2 0.95, W3 0.88" of {@code figure} per workload; null when any is missing. */
  static String perWorkload(Map<String, Double> m, java.util.function.ToDoubleBiFunction<Map<String, Double>, String> figure,
      String fmt) {
    List<String> parts = new ArrayList<>();
    for (Workload w : Workload.values()) {
      double v = figure.applyAsDouble(m, w.name().toLowerCase(Locale.ROOT));
      if (Double.isNaN(v)) {
        return null;
      }
      parts.add(w + " " + f(fmt, v));
    }
    return String.join(", ", parts);
  }

  static boolean allAtMost(Map<String, Double> m, java.util.function.ToDoubleBiFunction<Map<String, Double>, String> figure,
      double bound) {
    for (Workload w : Workload.values()) {
      double v = figure.applyAsDouble(m, w.name().toLowerCase(Locale.ROOT));
      if (!(v <= bound)) {
        return false;
      }
    }
    return true;
  }

  /** Every target of issue 18, judged on {@code now}, with the figures of {@code before} (empty: none recorded). */
  static List<Verdict> verdicts(Map<String, Double> now, Map<String, Double> before) {
    List<Verdict> out = new ArrayList<>();
    java.util.function.ToDoubleBiFunction<Map<String, Double>, String> vsSsj = (m, w) -> get(m, w + ".leansim.s") / get(m, w + ".ssj.s");
    out.add(new Verdict("W1-W3 whole process <= 1.0 x the SSJ reference (wall time ratio)", perWorkload(before, vsSsj, "%.2f"),
        perWorkload(now, vsSsj, "%.2f"), allAtMost(now, vsSsj, 1.0)));
    java.util.function.ToDoubleBiFunction<Map<String, Double>, String> vsPrim =
        (m, w) -> get(m, "jmh." + w + ".leansim.ms") / get(m, "jmh." + w + ".primitive.ms");
    out.add(new Verdict("warm, in process (JMH) <= 1.5 x the primitive engine", perWorkload(before, vsPrim, "%.2f"),
        perWorkload(now, vsPrim, "%.2f"), allAtMost(now, vsPrim, 1.5)));
    out.add(new Verdict("`./leansim validate scenarios/telecom-hall.yaml` <= 0.3 s whole process", seconds(before, "validate.s"),
        seconds(now, "validate.s"), get(now, "validate.s") <= 0.3));
    out.add(new Verdict("a tiny `run` (W1 for 10 minutes) <= 0.4 s whole process", seconds(before, "tiny.s"),
        seconds(now, "tiny.s"), get(now, "tiny.s") <= 0.4));
    out.add(new Verdict("1,000,000 customers (W1): peak RSS <= 128 MiB above the JVM floor (the tiny run's)",
        overhead(before), overhead(now), get(now, "w1.leansim.rss") - get(now, "floor.rss") <= 128));
    out.add(new Verdict("10,000,000 customers (W1) in `-Xmx128m`", tenMillion(before), tenMillion(now), get(now, "tenm.pass") == 1));
    java.util.function.ToDoubleBiFunction<Map<String, Double>, String> alloc = (m, w) -> get(m, "jmh." + w + ".leansim.alloc");
    java.util.function.ToDoubleBiFunction<Map<String, Double>, String> halved = (m, w) -> get(now, "jmh." + w + ".leansim.alloc")
        / get(before, "jmh." + w + ".leansim.alloc");
    String ratio = perWorkload(now, halved, "%.2f");
    String allocNow = bytes(perWorkload(now, alloc, "%.0f"));
    out.add(new Verdict("allocation per customer (JMH, -prof gc) halved: <= 0.5 x before", bytes(perWorkload(before, alloc, "%.0f")),
        allocNow == null ? null : allocNow + (ratio == null ? "" : " (x before: " + ratio + ")"),
        allAtMost(now, halved, 0.5)));
    out.add(new Verdict("8 replications of W1: `--threads 2` <= 0.55 x `--threads 1`, same bytes", parallel(before),
        parallel(now), get(now, "par.t2.s") / get(now, "par.t1.s") <= 0.55 && get(now, "par.identical") == 1));
    out.add(new Verdict("`./leansim compare scenarios/telecom-hall.yaml` (6 variants x 20 replications) < 1.5 s whole process",
        seconds(before, "compare.s"), seconds(now, "compare.s"), get(now, "compare.s") < 1.5));
    return out;
  }

  private static String seconds(Map<String, Double> m, String key) {
    return Double.isNaN(get(m, key)) ? null : f("%.3f s", get(m, key));
  }

  private static String overhead(Map<String, Double> m) {
    double rss = get(m, "w1.leansim.rss");
    double floor = get(m, "floor.rss");
    return Double.isNaN(rss) || Double.isNaN(floor) ? null : f("%.0f MiB (%.0f - %.0f)", rss - floor, rss, floor);
  }

  private static String tenMillion(Map<String, Double> m) {
    return Double.isNaN(get(m, "tenm.pass")) ? null
        : f("%s, %.1f s, %.0f MiB RSS", get(m, "tenm.pass") == 1 ? "PASS" : "FAIL", get(m, "tenm.s"), get(m, "tenm.rss"));
  }

  private static String parallel(Map<String, Double> m) {
    double r = get(m, "par.t2.s") / get(m, "par.t1.s");
    return Double.isNaN(r) ? null : f("%.2f (%.2f / %.2f s)%s", r, get(m, "par.t2.s"), get(m, "par.t1.s"),
        get(m, "par.identical") == 1 ? ", identical" : ", NOT identical");
  }

  private static String bytes(String perWorkload) {
    return perWorkload == null ? null : perWorkload.replaceAll("(\\d+)(,|$)", "$1 B$2");
  }

  /** The verdict table, markdown. */
  static List<String> verdictTable(List<Verdict> verdicts, boolean quick) {
    List<String> out = new ArrayList<>();
    out.add("| target (issue 18) | before this round | now | verdict |");
    out.add("|---|---|---|---|");
    for (Verdict v : verdicts) {
      out.add(f("| %s | %s | %s | %s |", v.target(), v.before() == null ? "-" : v.before(), v.now() == null ? "not measured" : v.now(),
          quick ? "(smoke test)" : v.now() == null ? "**NOT MEASURED**" : v.met() ? "**MET**" : "**NOT MET**"));
    }
    return out;
  }

  /** The figures of this round's starting point: {@code before.properties} beside this class (empty when absent). */
  static Map<String, Double> before() throws IOException {
    Map<String, Double> m = new LinkedHashMap<>();
    try (var in = EndToEnd.class.getResourceAsStream("before.properties")) {
      if (in == null) {
        return m;
      }
      java.util.Properties p = new java.util.Properties();
      p.load(in);
      p.stringPropertyNames().stream().sorted().forEach(k -> m.put(k, Double.parseDouble(p.getProperty(k).trim())));
    }
    return m;
  }

  /** Where the suite writes its results into {@code docs/benchmarks.md}: between these two lines. */
  static final String BEGIN = "<!-- results: written by mvn -B -q -DskipTests -Pbench package exec:exec; do not edit by hand -->";
  static final String END = "<!-- end of results -->";

  /** {@code doc} with the text between {@link #BEGIN} and {@link #END} replaced by {@code results}. */
  static String splice(String doc, String results) {
    int a = doc.indexOf(BEGIN);
    int b = doc.indexOf(END);
    if (a < 0 || b < a) {
      throw new IllegalStateException("docs/benchmarks.md has no results markers (" + BEGIN + " ... " + END + ")");
    }
    return doc.substring(0, a + BEGIN.length()) + "\n\n" + results.strip() + "\n\n" + doc.substring(b);
  }

  public static void main(String[] argv) throws Exception {
    String[] args = String.join(" ", argv).trim().split("\\s+"); // Maven passes -Dbench.args as one argument
    boolean quick = Arrays.asList(args).contains("--quick");
    EndToEnd b = new EndToEnd(quick, Arrays.asList(args).contains("--targets-only"));
    if (Arrays.asList(args).contains("--animation-only")) {
      b.animation(); // the animation's frame cost alone (to stdout)
      return;
    }
    long t0 = System.nanoTime();
    b.machine();
    check(b.run(leansim("validate", "scenarios/telecom-hall.yaml"), 600), "launcher"); // builds its class-data archive
    b.startup();
    b.compareLatency();
    b.endToEnd();
    b.tenMillion();
    b.parallel();
    b.safety();
    if (!Arrays.asList(args).contains("--no-animation") && !b.targetsOnly) {
      b.animation();
    }
    if (!Arrays.asList(args).contains("--no-jmh")) {
      b.microbenchmarks();
    }
    String load = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[1];
    b.figures.put("loadavg.end5", Double.parseDouble(load));
    b.line(f("Suite wall time: %.0f s; load average over the last 5 minutes at the end: %s.", (System.nanoTime() - t0) / 1e9, load));
    Map<String, Double> before = before();
    StringBuilder out = new StringBuilder();
    out.append(f("## Targets: one fresh run (%s)%n%n", quick ? "--quick: a smoke test, not a measurement"
        : java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
    for (String l : verdictTable(verdicts(b.figures, before), quick)) {
      out.append(l).append('\n');
      System.out.println(l);
    }
    out.append('\n').append(b.md);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/benchmarks.md"), out.toString(), StandardCharsets.UTF_8);
    StringBuilder props = new StringBuilder("# figures of one run of io.leansim.bench.EndToEnd (seconds, MiB, bytes, ms)\n");
    b.figures.forEach((k, v) -> props.append(k).append('=').append(f("%.6g", v)).append('\n'));
    Files.writeString(Path.of("target/bench-figures.properties"), props.toString(), StandardCharsets.UTF_8);
    if (!quick) {
      Path doc = Path.of("docs/benchmarks.md");
      Files.writeString(doc, splice(Files.readString(doc, StandardCharsets.UTF_8), out.toString()), StandardCharsets.UTF_8);
    }
    System.out.println("Written: target/benchmarks.md, target/bench-figures.properties" + (quick ? "" : ", docs/benchmarks.md")
        + " (JVM uptime " + ManagementFactory.getRuntimeMXBean().getUptime() / 1000 + " s)");
  }
}
