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
}
