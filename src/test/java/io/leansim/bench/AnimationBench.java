package io.leansim.bench;

import io.leansim.engine.StreamPlan;
import io.leansim.experiment.Replication;
import io.leansim.scenario.Scenario;
import io.leansim.stats.Replay;
import io.leansim.stats.ReplayRecorder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Frame cost of the animation page with a busy day (about 2,900 customers, side by side): plays it
 * at 600x for 8 s in headless Chromium (software rendering, no GPU: a pessimistic stand-in for a
 * laptop's browser) and reports frames per second and the time to draw one frame of both panels.
 * Run by {@link EndToEnd}; not a test.
 */
final class AnimationBench {
  static final String BUSY_DAY = """
      name: busy-day
      title: A busy day, about 2,900 customers
      time_unit: min
      clock_start: "08:00"
      run: {horizon: 8h, drain: true, replications: 1, seed: 3}
      customers:
        quick: {priority: 1, patience: exp(30)}
        normal: {priority: 2, patience: exp(40)}
        complex: {priority: 2}
      arrivals:
        door: {rate: 6, mix: {quick: 0.4, normal: 0.45, complex: 0.15}}
      resources:
        kiosk: {capacity: 3}
        counter: {capacity: 14}
      process:
        ticket: {resource: kiosk, time: "unif(0.1, 0.4)", walk: 0.3}
        serve:
          resource: counter
          discipline: priority
          walk: 0.5
          time: {quick: exp(1), normal: exp(2.5), complex: exp(5)}
          rework: {probability: 0.08}
      """;

  private AnimationBench() {}

  /** Markdown lines with the measurement. */
  static List<String> run(Path tmp) throws Exception {
    Scenario s = Scenarios.parse(BUSY_DAY);
    Replay a = record(s, "baseline");
    Replay b = record(s, "baseline");
    Path page = tmp.resolve("animation-bench.html");
    io.leansim.report.AnimationPage.write(s.title(), List.of(a, b), List.of(s, s), List.of("Left", "Right"), page);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(new File("/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1600,1100",
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("chrome-profile")));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      driver.get(page.toUri().toString());
      JavascriptExecutor js = driver;
      js.executeScript("const s = document.getElementById('speed'); s.value = '600'; s.dispatchEvent(new Event('change'));"
          + " window.leansimAnimation.setTime(60); document.getElementById('play').click();");
      Thread.sleep(8_000);
      @SuppressWarnings("unchecked")
      List<Number> draws = (List<Number>) js.executeScript("return window.leansimAnimation.drawTimes()");
      @SuppressWarnings("unchecked")
      List<Number> frames = (List<Number>) js.executeScript("return window.leansimAnimation.frameTimes()");
      double[] d = draws.stream().mapToDouble(Number::doubleValue).sorted().toArray();
      double span = (frames.get(frames.size() - 1).doubleValue() - frames.get(0).doubleValue()) / 1000;
      double fps = (frames.size() - 1) / span;
      return List.of(
          "| customers per panel | frames | frames per second | draw ms (mean) | draw ms (p95) | draw ms (max) |",
          "|---|---|---|---|---|---|",
          String.format(Locale.ROOT, "| %,d | %d | %.1f | %.2f | %.2f | %.2f |", a.customers().size(), frames.size(), fps,
              java.util.Arrays.stream(d).average().orElse(Double.NaN), d[(int) Math.floor(0.95 * (d.length - 1))],
              d[d.length - 1]));
    } finally {
      driver.quit();
    }
  }

  private static Replay record(Scenario s, String variant) {
    ReplayRecorder r = new ReplayRecorder(s, variant, 0);
    Replication.run(s, 0, new StreamPlan(s.run().seed()), List.of(r));
    return r.result();
  }
}
