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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
 * a customer shows its timeline in both panels. At projector, laptop and classroom sizes both panels
 * stand side by side, the zones follow the route (the greeter before the counter, aligned across
 * panels), a priority line stands in calling order, the shortcuts work after the slider and the
 * speed menu, and a report copied alone plays its animation. Screenshots are kept under {@code
 * target/}.
 */
@Tag("browser")
class AnimationBrowserTest {
  @TempDir Path tmp;

  private static Replay replay(Scenario s, String variant) {
    ReplayRecorder recorder = new ReplayRecorder(s, variant, 0);
    Replication.run(s, 0, new StreamPlan(s.run().seed()), List.of(recorder));
    return recorder.result();
  }

  /** The replays of the baseline and {@code variant} of the telecom hall. */
  private static List<Replay> replays(Scenario hall, String variant) {
    return List.of(replay(hall.withoutVariants(), Variant.BASELINE),
        replay(hall.variant(variant).orElseThrow().scenario(), variant));
  }

  /** Writes the telecom hall's page of {@code variant} into {@code dir}. */
  private static Path page(Path dir, Scenario hall, String variant, List<Replay> replays) throws java.io.IOException {
    Path page = dir.resolve(AnimationPage.fileName(variant));
    AnimationPage.write(hall.title(), replays, List.of(hall.withoutVariants(), hall.variant(variant).orElseThrow().scenario()),
        List.of("Baseline", variant), page);
    return page;
  }

  @Test
  void playsScrubsStepsAndFollowsACustomerThroughBothPanels() throws Exception {
    Browser.require();
    Scenario hall = Studies.telecom(1);
    List<Replay> replays = replays(hall, "card-priority");
    Path page = page(tmp, hall, "card-priority", replays);

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
      // at 600x a customer called from the line still travels to the counter over several frames
      js.executeScript("window.leansimAnimation.setTime(180)");
      driver.findElement(By.id("play")).click();
      Number travelling = (Number) js.executeAsyncScript("const done = arguments[arguments.length - 1]; let most = 0, n = 0;"
          + " function look() { for (const d of window.leansimAnimation.dots(0)) { if (d.mode === 'service'"
          + " && Math.hypot(d.x - d.tx, d.y - d.ty) > 2) most++; } if (++n < 60) requestAnimationFrame(look); else done(most); }"
          + " requestAnimationFrame(look);");
      driver.findElement(By.id("play")).click();
      assertThat(travelling.intValue()).as("frames with a customer on its way to a server").isGreaterThan(3);

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
      settle(js);

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

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"1920, 1080", "1366, 768", "1024, 768"})
  void bothPanelsStandSideBySideWithTheGreeterBeforeTheCounterAndReadFromTheBackAt1080p(int width, int height)
      throws Exception {
    Browser.require();
    Scenario hall = Studies.telecom(1);
    Path page = page(tmp, hall, "greeter", replays(hall, "greeter"));
    ChromeDriver driver = Browser.open(tmp, width, height);
    try {
      driver.get(page.toUri().toString());
      JavascriptExecutor js = driver;
      // the page's own area of width x height (a projector in full screen), whatever the window's frame takes
      long frameHeight = ((Number) js.executeScript("return window.outerHeight - window.innerHeight")).longValue();
      long frameWidth = ((Number) js.executeScript("return window.outerWidth - window.innerWidth")).longValue();
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(width + (int) frameWidth, height + (int) frameHeight));
      until(() -> Boolean.TRUE.equals(js.executeScript("return window.leansimAnimation !== undefined")));
      assertThat(((Number) js.executeScript("return window.innerHeight")).intValue()).isEqualTo(height);
      driver.findElement(By.id("go-peak")).click();
      until(() -> time(js) > 0);
      settle(js);
      // side by side, whole, inside the window
      @SuppressWarnings("unchecked")
      List<Map<String, Number>> boxes = (List<Map<String, Number>>) js.executeScript(
          "return Array.from(document.querySelectorAll('.panel canvas.hall')).map(c => { const r = c.getBoundingClientRect();"
              + " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width}; });");
      double viewWidth = ((Number) js.executeScript("return document.documentElement.clientWidth")).doubleValue();
      double viewHeight = ((Number) js.executeScript("return window.innerHeight")).doubleValue();
      assertThat(boxes).hasSize(2);
      Map<String, Number> left = boxes.get(0);
      Map<String, Number> right = boxes.get(1);
      assertThat(right.get("top").doubleValue()).as("same row").isCloseTo(left.get("top").doubleValue(), within(1.0));
      assertThat(right.get("left").doubleValue()).isGreaterThanOrEqualTo(left.get("right").doubleValue());
      assertThat(right.get("right").doubleValue()).as("the variant panel inside the window").isLessThanOrEqualTo(viewWidth);
      assertThat(left.get("bottom").doubleValue()).as("the hall inside the window").isLessThanOrEqualTo(viewHeight);
      assertThat(left.get("width").doubleValue()).isGreaterThan(width / 2.0 - 60);
      // the greeter's check where customers meet it: after the ticket, before the form and the counter
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> zones = (List<Map<String, Object>>) js.executeScript("return window.leansimAnimation.zones(1)");
      assertThat(zones.stream().sorted(java.util.Comparator.comparingDouble(z -> ((Number) z.get("x")).doubleValue()))
          .map(z -> z.get("name")).toList())
          .containsExactly("take_ticket", "pre_check", "fill_form", "serve", "complete_documents");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> baseZones = (List<Map<String, Object>>) js.executeScript("return window.leansimAnimation.zones(0)");
      for (Map<String, Object> z : baseZones) {
        Map<String, Object> same = zones.stream().filter(v -> v.get("name").equals(z.get("name"))).findFirst().orElseThrow();
        assertThat(((Number) z.get("x")).doubleValue()).as("%s aligned across the panels", z.get("name"))
            .isCloseTo(((Number) same.get("x")).doubleValue(), within(0.5));
      }
      if (height >= 1080) {
        @SuppressWarnings("unchecked")
        Map<String, Number> sizes = (Map<String, Number>) js.executeScript("return window.leansimAnimation.sizes()");
        assertThat(sizes.get("dot").doubleValue()).as("dots").isGreaterThanOrEqualTo(16);
        assertThat(sizes.get("text").doubleValue()).as("text in the hall").isGreaterThanOrEqualTo(16);
        assertThat(px(js, "document.body")).as("text").isGreaterThanOrEqualTo(16);
        assertThat(px(js, "document.getElementById('clock')")).as("clock").isGreaterThanOrEqualTo(40);
      }
      assertThat(Browser.problems(driver)).as("console errors and warnings").isEmpty();
      shoot(driver, "animation-" + width + "x" + height + "-peak.png");
    } finally {
      driver.quit();
    }
  }

  @Test
  void aPriorityLineStandsInCallingOrderUrgentCustomersAtTheFront() throws Exception {
    Browser.require();
    Scenario hall = Studies.telecom(1);
    List<Replay> replays = replays(hall, "card-priority");
    Replay variant = replays.get(1);
    Scenario scenario = hall.variant("card-priority").orElseThrow().scenario();
    int serve = indexOf(scenario, "serve");
    int[] ranks = AnimationPage.ranks(scenario.process().get(serve), scenario);
    // a moment when an urgent customer who joined later waits with others who joined before
    double t = Double.NaN;
    for (Replay.Person p : variant.customers()) {
      for (Replay.Segment s : p.segments()) {
        if (Double.isNaN(t) && s.kind() == Replay.Kind.QUEUE && s.step() == serve && ranks[p.type()] == 0
            && s.to() - s.from() > 0.01) {
          double at = AnimationPage.round(s.from()) + 0.005;
          if (waiting(variant, serve, at).stream().anyMatch(q -> ranks[(int) q[0]] > 0 && q[1] < s.from())) {
            t = at;
          }
        }
      }
    }
    assertThat(t).as("the day has an urgent customer joining a line").isNotNaN();
    double when = t;
    List<Long> expected = waiting(variant, serve, when).stream()
        .sorted(java.util.Comparator.<double[]>comparingDouble(q -> ranks[(int) q[0]]).thenComparingDouble(q -> q[1])
            .thenComparingDouble(q -> q[2]))
        .map(q -> (long) q[2]).toList();
    List<Long> joined = waiting(variant, serve, when).stream().map(q -> (long) q[2]).toList();
    assertThat(expected).as("calling order is not the order of joining").isNotEqualTo(joined);

    Path page = page(tmp, hall, "card-priority", replays);
    ChromeDriver driver = Browser.open(tmp, 1366, 768);
    try {
      driver.get(page.toUri().toString());
      JavascriptExecutor js = driver;
      until(() -> Boolean.TRUE.equals(js.executeScript("return window.leansimAnimation !== undefined")));
      js.executeScript("window.leansimAnimation.setTime(arguments[0])", when);
      settle(js);
      @SuppressWarnings("unchecked")
      List<Number> line = (List<Number>) js.executeScript("return window.leansimAnimation.line(1, arguments[0])", serve);
      assertThat(line.stream().map(Number::longValue).toList()).isEqualTo(expected);
      // the front of the line is drawn nearest the counters: the first of the line is the lowest dot of the line
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> dots = (List<Map<String, Object>>) js.executeScript("return window.leansimAnimation.dots(1)");
      double frontY = dots.stream().filter(d -> ((Number) d.get("id")).longValue() == expected.get(0)).mapToDouble(
          d -> ((Number) d.get("y")).doubleValue()).findFirst().orElseThrow();
      double lastY = dots.stream().filter(d -> ((Number) d.get("id")).longValue() == expected.get(expected.size() - 1))
          .mapToDouble(d -> ((Number) d.get("y")).doubleValue()).findFirst().orElseThrow();
      assertThat(frontY).isGreaterThan(lastY);
      shoot(driver, "animation-priority-line.png");
    } finally {
      driver.quit();
    }
  }

  @Test
  void theShortcutsWorkAfterTheSliderAndTheSpeedMenuAndSpaceAtTheEndStartsAgain() throws Exception {
    Browser.require();
    Scenario hall = Studies.telecom(1);
    List<Replay> replays = replays(hall, "card-priority");
    Path page = page(tmp, hall, "card-priority", replays);
    ChromeDriver driver = Browser.open(tmp, 1366, 768);
    try {
      driver.get(page.toUri().toString());
      JavascriptExecutor js = driver;
      until(() -> Boolean.TRUE.equals(js.executeScript("return window.leansimAnimation !== undefined")));
      WebElement slider = driver.findElement(By.id("scrub"));
      new Actions(driver).moveToElement(slider).click().perform();
      until(() -> time(js) > 0);
      assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("scrub");
      double t0 = time(js);
      double next = nextEvent(replays, t0);
      driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
      until(() -> time(js) != t0);
      assertThat(time(js)).as("→ on the slider goes to the next event").isCloseTo(next, within(1e-9));
      assertThat(slider.getAttribute("aria-valuetext")).matches("\\d\\d:\\d\\d(:\\d\\d)?");
      driver.switchTo().activeElement().sendKeys("+");
      assertThat(((Number) js.executeScript("return window.leansimAnimation.speed()")).intValue()).isEqualTo(120);
      driver.switchTo().activeElement().sendKeys("-");
      driver.switchTo().activeElement().sendKeys("-");
      assertThat(((Number) js.executeScript("return window.leansimAnimation.speed()")).intValue()).isEqualTo(30);
      // a customer chosen from the keyboard, then let go
      settle(js);
      driver.switchTo().activeElement().sendKeys("]");
      assertThat(js.executeScript("return window.leansimAnimation.selected()")).isNotNull();
      driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
      assertThat(js.executeScript("return window.leansimAnimation.selected()")).isNull();
      // the speed menu keeps its value; ← still steps back
      js.executeScript("document.getElementById('speed').focus()");
      double t1 = time(js);
      driver.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
      until(() -> time(js) < t1);
      assertThat(driver.findElement(By.id("speed")).getAttribute("value")).isEqualTo("30");
      // Space on a focused button plays and pauses, and does not press the button
      js.executeScript("document.getElementById('go-peak').focus()");
      double t2 = time(js);
      driver.switchTo().activeElement().sendKeys(" ");
      assertThat((Boolean) js.executeScript("return window.leansimAnimation.playing()")).isTrue();
      driver.switchTo().activeElement().sendKeys(" ");
      assertThat((Boolean) js.executeScript("return window.leansimAnimation.playing()")).isFalse();
      assertThat(time(js)).as("not sent to the peak").isLessThan(t2 + 5);
      // at the end, Space starts the day again
      driver.switchTo().activeElement().sendKeys(Keys.END);
      until(() -> time(js) == ((Number) js.executeScript("return window.leansimAnimation.end()")).doubleValue());
      driver.switchTo().activeElement().sendKeys(" ");
      assertThat((Boolean) js.executeScript("return window.leansimAnimation.playing()")).isTrue();
      assertThat(time(js)).isLessThan(5);
      assertThat(driver.findElement(By.id("live")).getAttribute("aria-live")).isEqualTo("polite");
      assertThat(Browser.problems(driver)).as("console errors and warnings").isEmpty();
    } finally {
      driver.quit();
    }
  }

  @Test
  void aReportCopiedAloneIntoAnEmptyFolderPlaysItsAnimation() throws Exception {
    Browser.require();
    Path results = Files.createDirectories(tmp.resolve("results"));
    Study study = Studies.run(Studies.parse(Studies.SMALL_HALL));
    Scenario small = study.scenario();
    Scenario variant = small.variant("urgent-first").orElseThrow().scenario();
    List<Replay> replays = List.of(replay(small.withoutVariants(), Variant.BASELINE), replay(variant, "urgent-first"));
    AnimationPage.write(small.title(), replays, List.of(small.withoutVariants(), variant), List.of("Baseline", "Urgent first"),
        results.resolve(AnimationPage.fileName("urgent-first")));
    Report.render(study, results);
    Path alone = Files.createDirectories(tmp.resolve("sent-by-mail"));
    Files.copy(results.resolve("report.html"), alone.resolve("report.html"));
    try (var files = Files.list(alone)) {
      assertThat(files.toList()).hasSize(1);
    }
    ChromeDriver driver = Browser.open(tmp, 1366, 900);
    try {
      driver.get(alone.resolve("report.html").toUri().toString());
      WebElement frame = driver.findElement(By.cssSelector("#animation iframe"));
      assertThat(frame.getAttribute("src")).isNullOrEmpty();
      js(driver).executeScript("arguments[0].scrollIntoView()", frame);
      driver.switchTo().frame(frame);
      JavascriptExecutor js = driver;
      until(() -> Boolean.TRUE.equals(js.executeScript("return window.leansimAnimation !== undefined")));
      assertThat(driver.findElements(By.cssSelector(".panel canvas.hall"))).hasSize(2);
      assertThat(driver.findElement(By.id("full")).isDisplayed()).as("full screen from inside the report").isTrue();
      driver.findElement(By.id("play")).click();
      until(() -> time(js) > 1);
      driver.switchTo().defaultContent();
      assertThat(Browser.problems(driver)).as("console errors and warnings").isEmpty();
      shoot(driver, "animation-in-report-alone.png");
    } finally {
      driver.quit();
    }
  }

  @Test
  void printedItShowsTheBusiestMomentWithoutControls() throws Exception {
    Browser.require();
    Scenario hall = Studies.telecom(1);
    Path page = page(tmp, hall, "greeter", replays(hall, "greeter"));
    ChromeDriver driver = Browser.open(tmp, 1366, 900);
    try {
      driver.get(page.toUri().toString());
      JavascriptExecutor js = driver;
      until(() -> Boolean.TRUE.equals(js.executeScript("return window.leansimAnimation !== undefined")));
      assertThat(time(js)).isZero();
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      until(() -> time(js) > 0);
      assertThat(time(js)).isEqualTo(((Number) js.executeScript("return window.leansimAnimation.peak()")).doubleValue());
      assertThat(driver.findElement(By.id("play")).isDisplayed()).as("no dead controls on paper").isFalse();
      assertThat(driver.findElement(By.id("scrub")).isDisplayed()).isFalse();
      settle(js);
      shoot(driver, "animation-print.png");
    } finally {
      driver.quit();
    }
  }

  private static JavascriptExecutor js(ChromeDriver driver) {
    return driver;
  }

  /** The customers waiting at {@code step} at {@code t}: {type, joined, id}, in order of joining. */
  private static List<double[]> waiting(Replay r, int step, double t) {
    List<double[]> out = new java.util.ArrayList<>();
    for (Replay.Person p : r.customers()) {
      for (Replay.Segment s : p.segments()) {
        if (s.kind() == Replay.Kind.QUEUE && s.step() == step && AnimationPage.round(s.from()) <= t
            && t < AnimationPage.round(s.to())) {
          out.add(new double[] {p.type(), AnimationPage.round(s.from()), p.id()});
        }
      }
    }
    out.sort(java.util.Comparator.<double[]>comparingDouble(q -> q[1]).thenComparingDouble(q -> q[2]));
    return out;
  }

  private static int indexOf(Scenario s, String step) {
    for (int i = 0; i < s.process().size(); i++) {
      if (s.process().get(i).name().equals(step)) {
        return i;
      }
    }
    throw new AssertionError(step);
  }

  /** The computed font size of an element, in CSS pixels. */
  private static double px(JavascriptExecutor js, String element) {
    return Double.parseDouble(((String) js.executeScript("return getComputedStyle(" + element + ").fontSize")).replace("px", ""));
  }

  /** Waits until the dots have reached their places (they ease there in a fraction of a second). */
  private static void settle(JavascriptExecutor js) throws InterruptedException {
    waitForFrame(js);
    Thread.sleep(700);
    waitForFrame(js);
  }

  private static void shoot(ChromeDriver driver, String name) throws java.io.IOException {
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, Files.createDirectories(Path.of("target")).resolve(name), StandardCopyOption.REPLACE_EXISTING);
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
