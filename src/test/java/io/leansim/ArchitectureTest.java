package io.leansim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of design.md, enforced: package by feature, arrows pointing down. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.leansim");

  private static final String[] KERNEL = {
    "io.leansim.engine..", "io.leansim.model..", "io.leansim.stats..", "io.leansim.experiment.."
  };

  @Test
  void packagesHaveNoCycles() {
    slices().matching("io.leansim.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void scenarioModelImportsNothingOfOurs() {
    noClasses().that().resideInAPackage("io.leansim.scenario")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.leansim.scenario.load..", "io.leansim.engine..", "io.leansim.model..", "io.leansim.stats..",
            "io.leansim.experiment..", "io.leansim.report..", "io.leansim.cli..")
        .check(CLASSES);
  }

  @Test
  void theoryImportsOnlyTheScenarioModel() {
    noClasses().that().resideInAPackage("io.leansim.theory..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.leansim.scenario.load..", "io.leansim.engine..", "io.leansim.model..", "io.leansim.stats..",
            "io.leansim.experiment..", "io.leansim.report..", "io.leansim.cli..", "io.leansim.selftest..",
            "io.leansim.staffing..")
        .check(CLASSES);
  }

  @Test
  void staffingSearchesWithoutFilesChartsOrTheConsole() {
    noClasses().that().resideInAPackage("io.leansim.staffing..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "tools.jackson..", "org.snakeyaml..", "picocli..", "org.jfree..", "me.tongfei..",
            "io.leansim.scenario.load..", "io.leansim.report..", "io.leansim.cli..", "io.leansim.engine..")
        .check(CLASSES);
  }

  @Test
  void kernelNeverTouchesFormatsChartsOrTheConsole() {
    noClasses().that().resideInAnyPackage(KERNEL)
        .should().dependOnClassesThat().resideInAnyPackage(
            "tools.jackson..", "org.snakeyaml..", "picocli..", "org.jfree..", "me.tongfei..",
            "io.leansim.scenario.load..", "io.leansim.report..", "io.leansim.cli..", "io.leansim.staffing..")
        .check(CLASSES);
  }

  @Test
  void onlyTheEngineTouchesSsjEventsAndRandomStreams() {
    noClasses().that().resideOutsideOfPackage("io.leansim.engine..")
        .should().dependOnClassesThat().resideInAnyPackage("umontreal.ssj.simevents..", "umontreal.ssj.rng..")
        .check(CLASSES);
  }

  @Test
  void onlyTheCliPrints() {
    noClasses().that().resideOutsideOfPackage("io.leansim.cli..")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .check(CLASSES);
  }

  @Test
  void noStaticMutableState() {
    fields().that().areStatic().should().beFinal().check(CLASSES);
  }

  @Test
  void layersPointDown() {
    noClasses().that().resideInAnyPackage("io.leansim.engine..")
        .should().dependOnClassesThat().resideInAnyPackage("io.leansim.model..", "io.leansim.stats..",
            "io.leansim.experiment..")
        .check(CLASSES);
    noClasses().that().resideInAnyPackage("io.leansim.model..")
        .should().dependOnClassesThat().resideInAnyPackage("io.leansim.stats..", "io.leansim.experiment..")
        .check(CLASSES);
    noClasses().that().resideInAnyPackage("io.leansim.stats..")
        .should().dependOnClassesThat().resideInAnyPackage("io.leansim.experiment..")
        .check(CLASSES);
    noClasses().that().resideInAnyPackage("io.leansim.report..")
        .should().dependOnClassesThat().resideInAnyPackage("io.leansim.model..", "io.leansim.engine..",
            "io.leansim.cli..")
        .check(CLASSES);
  }

  /**
   * Only the registry lists figures: outside {@code stats.Metric}, a figure is named through its
   * constant, never by a string literal of its key, so that adding or renaming a figure is one
   * registration. Keys that are also everyday words ({@code abandoned} as a visit's outcome, {@code
   * cost} as an axis unit) are left out, and so are the scenario packages, which sit below {@code
   * stats} and cannot see the registry ({@code report.PrecisionMetricsTest} keeps the loader's list of
   * precision metrics in step with it).
   */
  @Test
  void onlyTheRegistryNamesFigures() throws java.io.IOException {
    java.util.Set<String> everydayWords = java.util.Set.of("arrived", "completed", "abandoned", "balked", "cost");
    java.util.Set<String> keys = new java.util.TreeSet<>();
    for (io.leansim.stats.Metric m : io.leansim.stats.Metric.values()) {
      keys.add(m.key());
    }
    keys.removeAll(everydayWords);
    java.nio.file.Path root = java.nio.file.Path.of("src/main/java/io/leansim");
    java.util.regex.Pattern literal = java.util.regex.Pattern.compile("\"([a-z0-9_]+)\"");
    java.util.List<String> found = new java.util.ArrayList<>();
    try (var files = java.nio.file.Files.walk(root)) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        if (rel.startsWith("stats/Metric") || rel.startsWith("scenario/")) {
          continue;
        }
        String code = java.nio.file.Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "")
            .replaceAll("(?m)^\\s*//.*$", "");
        var m = literal.matcher(code);
        while (m.find()) {
          if (keys.contains(m.group(1))) {
            found.add(rel + ": \"" + m.group(1) + "\"");
          }
        }
      }
    }
    org.assertj.core.api.Assertions.assertThat(found)
        .as("figure keys spelled out instead of named through io.leansim.stats.Metric").isEmpty();
  }

  /**
   * Pages only through templates: only {@code report.Pages} and the templates compiled from {@code
   * src/main/jte} use jte, and no Java source spells out page markup
   * (a string with {@code <html}, {@code <head}, {@code <body}, {@code <style}, {@code <script},
   * {@code <table}, {@code <section} or a doctype): pages are laid out in templates, styled by
   * resource files.
   */
  @Test
  void pagesOnlyThroughTemplates() throws java.io.IOException {
    noClasses().that().doNotHaveSimpleName("Pages").and().haveSimpleNameNotStartingWith("Jte")
        .should().dependOnClassesThat().resideInAPackage("gg.jte..")
        .check(CLASSES);
    java.util.regex.Pattern markup =
        java.util.regex.Pattern.compile("\"[^\"\\n]*<(html|head|body|style|script|table|section|!DOCTYPE)\\b");
    java.util.List<String> found = new java.util.ArrayList<>();
    java.nio.file.Path root = java.nio.file.Path.of("src/main/java");
    try (var files = java.nio.file.Files.walk(root)) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String code = java.nio.file.Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "");
        if (markup.matcher(code).find()) {
          found.add(root.relativize(file).toString());
        }
      }
    }
    org.assertj.core.api.Assertions.assertThat(found).as("Java sources that write page markup").isEmpty();
  }
}
