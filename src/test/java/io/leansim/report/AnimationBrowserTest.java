package io.leansim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.leansim.engine.StreamPlan;
import io.leansim.experiment.Replication;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.TimeOfDay;
import io.leansim.scenario.Variant;
import io.leansim.stats.Replay;
import io.leansim.stats.ReplayRecorder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The animation page in a real headless Chromium: it loads without console errors, playing
 * advances the clock and moves customers, the scrubber jumps to a time where the counters are those
 * of the trace ({@link Replay#countersAt}), the next-event key lands on the next event, and clicking
 * a customer shows its timeline in both panels. A screenshot is kept in {@code
 * target/animation-screenshot.png}.
 */
@Tag("browser")
class AnimationBrowserTest {
  @TempDir Path tmp;

  private static Replay replay(Scenario s, String variant) {
    ReplayRecorder recorder = new ReplayRecorder(s, variant, 0);
    Replication.run(s, 0, new StreamPlan(s.run().seed()), List.of(recorder));
    return recorder.result();
  }

  @Test
  void playsScrubsStepsAndFollowsACustomerThroughBothPanels() throws Exception {
    Browser.require();
    Scenario hall = Studies.telecom(1);
    Scenario variant = hall.variant("card-priority").orElseThrow().scenario();
    List<Replay> replays = List.of(replay(hall.withoutVariants(), Variant.BASELINE), replay(variant, "card-priority"));
    Path page = tmp.resolve("animation-card-priority.html");
    AnimationPage.write(hall.title(), replays, List.of(hall.withoutVariants(), variant), List.of("Baseline", "Card priority"),
        page);

    ChromeDriver driver = Browser.open(tmp, 1500, 1100);
    try {
      driver.get(page.toUri().toString());
      JavascriptExecutor js = driver;
      until(() -> Boolean.TRUE.equals(js.executeScript("return window.leansimAnimation !== undefined")));
      assertThat(driver.findElements(By.cssSelector(".panel canvas"))).hasSize(2)
          .allSatisfy(c -> assertThat(c.getSize().getWidth()).isGreaterThan(300));

      // play at 600x: the clock advances and customers move
      js.executeScript("const s = document.getElementById('speed'); s.value = '600'; s.dispatchEvent(new Event('change'));");
      js.executeScript("window.leansimAnimation.setTime(60)");
      Object before = js.executeScript("return window.leansimAnimation.dots(0)");
      driver.findElement(By.id("play")).click();
      until(() -> time(js) > 61);
      driver.findElement(By.id("play")).click();
      assertThat((Boolean) js.executeScript("return window.leansimAnimation.playing()")).isFalse();
      Object after = js.executeScript("return window.leansimAnimation.dots(0)");
      assertThat(after).as("customers moved").isNotEqualTo(before);

      // scrub to the lunch peak: clock and counters as the trace says
      double t = quietMoment(replays, 200);
      js.executeScript("const s = document.getElementById('scrub'); s.value = arguments[0];"
          + " s.dispatchEvent(new Event('input'));", String.valueOf(t));
      until(() -> Math.abs(time(js) - t) < 1e-9);
      waitForFrame(js);
      assertThat(driver.findElement(By.id("clock")).getText())
          .isEqualTo(TimeOfDay.format(Math.round((hall.clockStart() + t) * 60)));
      List<WebElement> panels = driver.findElements(By.cssSelector(".panel"));
      for (int i = 0; i < 2; i++) {
        Replay.Counters expected = replays.get(i).countersAt(t);
        WebElement p = panels.get(i);
        assertThat(counter(p, "inQueue")).isEqualTo(expected.inQueue());
        assertThat(counter(p, "served")).isEqualTo(expected.served());
        assertThat(counter(p, "abandoned")).isEqualTo(expected.abandoned());
        // times are written to 1e-4: each of a customer's ledger figures is off by at most 5e-5, each
        // segment's length by at most 1e-4
        long segments = replays.get(i).customers().stream().mapToLong(c -> c.segments().size()).sum();
        assertThat(counter(p, "meanWait")).isCloseTo(expected.meanWait(), within(5e-5));
        assertThat(counter(p, "waiting")).isCloseTo(expected.waiting(), within(1e-4 * segments));
        assertThat(counter(p, "motion")).isCloseTo(expected.motion(), within(1e-4 * segments));
        assertThat(counter(p, "defects")).isCloseTo(expected.defects(), within(1e-4 * segments));
      }
      assertThat(counter(panels.get(0), "inQueue")).as("the peak has a line").isPositive();

      // step to the next event with the arrow key
      double next = nextEvent(replays, t);
      driver.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
      until(() -> time(js) > t);
      assertThat(time(js)).isCloseTo(next, within(1e-9));

      // click a waiting customer in the baseline: its timeline shows in both panels
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> dots = (List<Map<String, Object>>) js.executeScript("return window.leansimAnimation.dots(0)");
      Map<String, Object> dot = dots.stream().filter(d -> "queue".equals(d.get("mode"))).findFirst().orElseThrow();
      long id = ((Number) dot.get("id")).longValue();
      WebElement canvas = panels.get(0).findElement(By.tagName("canvas"));
      int dx = (int) Math.round(((Number) dot.get("x")).doubleValue() - canvas.getSize().getWidth() / 2.0);
      int dy = (int) Math.round(((Number) dot.get("y")).doubleValue() - canvas.getSize().getHeight() / 2.0);
      new Actions(driver).moveToElement(canvas, dx, dy).click().perform();
      until(() -> js.executeScript("return window.leansimAnimation.selected()") != null);
      assertThat(((Number) js.executeScript("return window.leansimAnimation.selected()")).longValue()).isEqualTo(id);
      for (WebElement p : panels) {
        WebElement h = p.findElement(By.cssSelector(".person h3"));
        assertThat(h.getAttribute("data-customer")).isEqualTo(String.valueOf(id));
        assertThat(p.findElements(By.cssSelector(".person .timeline tr"))).isNotEmpty();
      }
      Replay.Person person = replays.get(1).customers().get((int) id);
      assertThat(panels.get(1).findElement(By.cssSelector(".person h3")).getText())
          .contains(hall.customers().get(person.type()).name().replace('_', ' '));

      // Space toggles playing
      driver.findElement(By.tagName("body")).sendKeys(" ");
      assertThat((Boolean) js.executeScript("return window.leansimAnimation.playing()")).isTrue();
      driver.findElement(By.tagName("body")).sendKeys(" ");

      assertThat(Browser.problems(driver)).as("console errors and warnings").isEmpty();
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, Files.createDirectories(Path.of("target")).resolve("animation-screenshot.png"),
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      driver.quit();
    }
  }

  /** Waits up to 10 s for {@code condition}. */
  private static void until(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting in the browser");
      }
      Thread.sleep(20);
    }
  }

  private static double time(JavascriptExecutor js) {
    return ((Number) js.executeScript("return window.leansimAnimation.time()")).doubleValue();
  }

  private static void waitForFrame(JavascriptExecutor js) {
    js.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + " requestAnimationFrame(() => requestAnimationFrame(() => done()));");
  }

  private static double counter(WebElement panel, String name) {
    return Double.parseDouble(panel.findElement(By.cssSelector("[data-counter='" + name + "']")).getAttribute("data-value"));
  }

  /** Every event time of the replays, as the page has them (rounded to 1e-4). */
  private static double[] events(List<Replay> replays) {
    return replays.stream().flatMap(r -> r.customers().stream()).flatMapToDouble(c -> java.util.stream.DoubleStream.concat(
            java.util.stream.DoubleStream.of(c.arrived(), c.left()),
            c.segments().stream().flatMapToDouble(s -> java.util.stream.DoubleStream.of(s.from(), s.to()))))
        .filter(Double::isFinite).map(AnimationPage::round).sorted().distinct().toArray();
  }

  /** The first time from {@code t} on that is at least 1e-3 away from every event: counters there do not hinge on rounding. */
  private static double quietMoment(List<Replay> replays, double t) {
    double[] ev = events(replays);
    double x = t;
    while (true) {
      double y = x;
      if (java.util.Arrays.stream(ev).noneMatch(e -> Math.abs(e - y) < 1e-3)) {
        return x;
      }
      x += 1e-3;
    }
  }

  private static double nextEvent(List<Replay> replays, double t) {
    double next = Double.POSITIVE_INFINITY;
    for (double e : events(replays)) {
      if (e > t + 1e-9 && e < next) {
        next = e;
      }
    }
    for (Replay r : replays) {
      for (Replay.PoolChange c : r.poolChanges()) {
        double e = AnimationPage.round(c.time());
        if (e > t + 1e-9 && e < next) {
          next = e;
        }
      }
    }
    return next;
  }
}
