package io.leansim.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random edits of the bundled scenarios ({@link Mutations}) through {@code validate}, then {@code
 * run --all}: each mutant either is refused with positioned errors (exit 3, every error at a
 * FILE:LINE:COLUMN inside the file), or runs to the end within the per-case bound (exit 0, or 5 at
 * the documented safety bound). Never exit 70, never a stack trace, never a hang. A valid mutant
 * that asks for a huge run (a horizon of 1e308 minutes) is validated only ({@link Workload}).
 */
class BundledMutationsFuzzTest {
  @TempDir Path tmp;

  @Test
  void everyMutantIsRefusedWithPositionsOrRuns() throws IOException {
    Path scenarios = Path.of("scenarios");
    List<String> names = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(scenarios)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        names.add(f.getFileName().toString());
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    assertThat(names).hasSizeGreaterThanOrEqualTo(6);
    copyData(scenarios.resolve("data"), tmp.resolve("data"));
    AtomicInteger cases = new AtomicInteger();
    AtomicInteger ran = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger big = new AtomicInteger();
    Fuzz.theory(100).forAll(Mutations.of(names, texts)).checkAssert(m -> {
      Path file = tmp.resolve("m" + cases.incrementAndGet() + "-" + m.file());
      write(file, m.text());
      Cli.Outcome validated = Cli.leansim(Fuzz.BOUND, "validate", file.toString());
      Cli.assertNoInternalError(validated);
      if (validated.code() != 0) {
        Cli.assertPositionedErrors(validated, file.toString(), m.text().split("\n", -1).length);
        refused.incrementAndGet();
        return;
      }
      LoadResult loaded = ScenarioLoader.load(file);
      assertThat(loaded.ok()).as("validate passed but the loader refuses:\n%s", loaded.formatted()).isTrue();
      if (!(Workload.of(loaded.scenario()) <= Workload.LIMIT)) {
        big.incrementAndGet();
        return; // a big run on purpose, not a hang; validated above
      }
      Cli.Outcome run = Cli.leansim(Fuzz.BOUND, "run", file.toString(), "--all", "--replications", "1", "--threads",
          "1", "-q", "--out", tmp.resolve("out-" + cases.get()).toString());
      Cli.assertNoInternalError(run);
      assertThat(run.code()).as(run.describe()).isIn(Cli.RAN);
      ran.incrementAndGet();
    });
    System.out.printf("fuzz: %d mutants of the bundled scenarios: %d refused with positions, %d ran, %d valid but"
        + " too big to run here%n", cases.get(), refused.get(), ran.get(), big.get());
    // most edits break the file; some must leave it valid and run, or the suite tests only the loader
    assertThat(ran.get()).as("mutants run of %s", cases.get()).isPositive();
  }

  private static void copyData(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
