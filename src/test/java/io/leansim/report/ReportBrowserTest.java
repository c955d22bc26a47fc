package io.leansim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;

/**
 * The report.html of every bundled scenario in a real headless Chromium (Debian's chromium and chromium-driver): no console
 * error, every chart and value stream map rendered with a non-zero size, and a full-page
 * screenshot in {@code target/report-screenshot-<scenario>.png}. Skipped where Chromium is not installed,
 * except under CI (the environment variable {@code CI} set), where it fails instead.
 */
@Tag("browser")
class ReportBrowserTest {
  @TempDir Path tmp;

  static java.util.stream.Stream<Path> bundledScenarios() throws java.io.IOException {
    return Files.list(Path.of("scenarios")).filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundledScenarios")
  void reportRendersWithoutErrorsAndEveryPictureIsVisible(Path scenario) throws Exception {
    Browser.require();
    Study study = Studies.run(Studies.bundled(scenario, 3));
    Path results = Files.createDirectories(tmp.resolve("results"));
    Report.render(study, results); // the real charts, value stream maps and page, as compare writes them
    Path page = results.resolve("report.html");
    long charts;
    try (var files = Files.list(results.resolve("charts"))) {
      charts = files.filter(f -> f.toString().endsWith(".svg")).count();
    }
    int maps = study.runs().size();

    ChromeDriver driver = Browser.open(tmp, 1366, 900);
    try {
      driver.get(page.toUri().toString());
      JavascriptExecutor js = driver;
      // a large page (animations inside) may still be parsing on a busy machine: wait until it is whole
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (System.nanoTime() < deadline && !("complete".equals(js.executeScript("return document.readyState"))
          && ((Number) js.executeScript("return document.querySelectorAll('img, svg').length")).longValue()
              >= charts + maps)) {
        Thread.sleep(100);
      }
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> pictures = (List<Map<String, Object>>) js.executeScript(
          "return Array.from(document.querySelectorAll('img, svg')).map(e => {"
              + " const r = e.getBoundingClientRect();"
              + " return {name: e.getAttribute('alt') || e.tagName, width: r.width, height: r.height,"
              + "         decoded: e.tagName !== 'IMG' || (e.complete && e.naturalWidth > 0)}; });");
      assertThat(pictures).as("every chart and one value stream map per run").hasSize((int) charts + maps);
      for (Map<String, Object> p : pictures) {
        assertThat(((Number) p.get("width")).doubleValue()).as("width of %s", p.get("name")).isGreaterThan(100);
        assertThat(((Number) p.get("height")).doubleValue()).as("height of %s", p.get("name")).isGreaterThan(20);
        assertThat(p.get("decoded")).as("%s decoded", p.get("name")).isEqualTo(true);
      }
      List<LogEntry> errors = Browser.problems(driver);
      assertThat(errors).as("console errors and warnings").isEmpty();

      long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
      driver.manage().window().setSize(new Dimension(1366, (int) Math.min(height + 20, 16000)));
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      String name = scenario.getFileName().toString().replace(".yaml", "");
      Path target = Path.of("target", "report-screenshot-" + name + ".png");
      Files.createDirectories(target.getParent());
      Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
      Files.copy(page, Path.of("target", "report-screenshot-" + name + ".html"), StandardCopyOption.REPLACE_EXISTING);
      assertThat(Files.size(target)).isGreaterThan(10_000);
    } finally {
      driver.quit();
    }
  }

  /**
   * The telecom report at projector, laptop and classroom-projector sizes: the first screen shows the
   * key figures with each variant's verdict, not the trainer's script (folded away in Trainer notes);
   * nothing wider than the window; printed, no controls. Screenshots in {@code target/}; the value
   * stream maps and charts rendered by Chromium beside them.
   */
  @org.junit.jupiter.api.Test
  void theFirstScreenShowsVerdictsAndKeyFiguresAtEverySize() throws Exception {
    Browser.require();
    Study study = Studies.run(Studies.telecom(3));
    Path results = Files.createDirectories(tmp.resolve("results"));
    Report.render(study, results);
    Path page = results.resolve("report.html");
    for (int[] size : new int[][] {{1920, 1080}, {1366, 768}, {1024, 768}}) {
      ChromeDriver driver = Browser.open(tmp.resolve("p" + size[0]), size[0], size[1]);
      try {
        driver.get(page.toUri().toString());
        JavascriptExecutor js = driver;
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) js.executeScript(
            "const rows = document.querySelectorAll('#headline tbody tr');"
                + " const verdict = rows[1].querySelector('td.verdict').getBoundingClientRect();"
                + " const notes = document.querySelector('details.notes');"
                + " const script = notes.querySelector('p');"
                + " return {height: window.innerHeight, width: window.innerWidth,"
                + "  verdictBottom: verdict.bottom, verdictText: rows[1].querySelector('td.verdict').textContent,"
                + "  firstValue: rows[0].querySelector('td .v') ? rows[0].querySelector('td .v').getBoundingClientRect().bottom : 1e9,"
                + "  notesOpen: notes.open, scriptShown: script.checkVisibility(), summary: notes.querySelector('summary').textContent,"
                + "  pageWidth: document.documentElement.scrollWidth};");
        String at = size[0] + "x" + size[1];
        assertThat(((Number) first.get("verdictBottom")).doubleValue()).as("first variant's verdict on the first screen at " + at)
            .isLessThan(((Number) first.get("height")).doubleValue());
        assertThat(((Number) first.get("firstValue")).doubleValue()).as("baseline figures on the first screen at " + at)
            .isLessThan(((Number) first.get("height")).doubleValue());
        assertThat((String) first.get("verdictText")).isNotBlank();
        assertThat(first.get("notesOpen")).isEqualTo(false);
        assertThat(first.get("scriptShown")).as("the trainer's script is folded").isEqualTo(false);
        assertThat((String) first.get("summary")).startsWith("Trainer notes");
        assertThat(((Number) first.get("pageWidth")).longValue()).as("no page wider than the window at " + at)
            .isLessThanOrEqualTo(((Number) first.get("width")).longValue());
        assertThat(Browser.problems(driver)).isEmpty();
        Path shot = Path.of("target", "report-first-screen-" + at + ".png");
        Files.createDirectories(shot.getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);

        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        Object shownControls = js.executeScript("return Array.from(document.querySelectorAll('nav, details.notes, #animation,"
            + " button, input, select')).filter(e => e.getClientRects().length > 0).length");
        assertThat(((Number) shownControls).intValue()).as("controls shown in print at " + at).isZero();
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "report-print-" + at + ".png"),
            StandardCopyOption.REPLACE_EXISTING);
      } finally {
        driver.quit();
      }
    }
    ChromeDriver driver = Browser.open(tmp.resolve("maps"), 2000, 1400);
    try {
      for (String variant : List.of("baseline", "greeter", "card-desk", "self-service")) {
        driver.get(results.resolve(variant).resolve("vsm.svg").toUri().toString());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "vsm-telecom-" + variant + ".png"),
            StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      driver.quit();
    }
    Path charts = Files.createDirectories(Path.of("target", "report-charts-telecom"));
    try (var files = Files.list(results.resolve("charts"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".png")).toList()) {
        Files.copy(f, charts.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
