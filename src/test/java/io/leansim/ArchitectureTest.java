package io.leansim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.leansim.scenario.Discipline;
import io.leansim.scenario.DistSpec;
import io.leansim.stats.Metric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, enforced: package by feature, arrows pointing down. */
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

  @Test
  void csvReaderImportsNothingOfOurs() {
    noClasses().that().resideInAPackage("io.leansim.csv..")
        .should().dependOnClassesThat().resideOutsideOfPackages("io.leansim.csv..", "java..", "tools.jackson..")
        .check(CLASSES);
  }

  @Test
  void scenarioLoadingReadsOnlyTheModelTheCsvReaderAndYaml() {
    noClasses().that().resideInAPackage("io.leansim.scenario.load..")
        .should().dependOnClassesThat().resideOutsideOfPackages("io.leansim.scenario..", "io.leansim.csv..",
            "org.snakeyaml..", "java..")
        .check(CLASSES);
  }

  /**
   * Code that treats each distribution differently implements {@code DistSpec.Cases}, which the
   * compiler checks for completeness; an {@code instanceof} chain it would not check.
   */
  @Test
  void distributionsAreMatchedNotTestedWithInstanceof() {
    noClasses().should(new ArchCondition<JavaClass>("test a distribution's type with instanceof") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        c.getCodeUnits().forEach(u -> u.getInstanceofChecks().forEach(check -> {
          if (check.getRawType().isAssignableTo(DistSpec.class)) {
            events.add(SimpleConditionEvent.satisfied(c, u.getFullName() + " tests instanceof "
                + check.getRawType().getSimpleName() + " (line " + check.getLineNumber() + "); implement DistSpec.Cases"));
          }
        }));
      }
    }).check(CLASSES);
  }

  /**
   * Commands are thin shells: they neither run simulations ({@code Experiment}) nor write results
   * folders (the staged folder, the report and the {@code *Files} writers); the application layer
   * does, and the commands print what it returns.
   */
  @Test
  void commandsDoNotOrchestrate() {
    DescribedPredicate<JavaClass> writers = JavaClass.Predicates.resideInAPackage("io.leansim.report..")
        .and(JavaClass.Predicates.simpleNameEndingWith("Files")
            .or(JavaClass.Predicates.simpleName("StagedFolder"))
            .or(JavaClass.Predicates.simpleName("Report"))
            .or(JavaClass.Predicates.simpleName("AnimationPage")))
        .as("results writers of io.leansim.report");
    noClasses().that().resideInAPackage("io.leansim.cli..")
        .should().dependOnClassesThat(JavaClass.Predicates.belongToAnyOf(io.leansim.experiment.Experiment.class)
            .or(writers))
        .check(CLASSES);
  }

  /** The application layer prints nothing and knows no command line: it sits below {@code cli}, above the rest. */
  @Test
  void applicationLayerKnowsNoCommandLine() {
    noClasses().that().resideInAPackage("io.leansim.app..")
        .should().dependOnClassesThat().resideInAnyPackage("io.leansim.cli..", "picocli..", "me.tongfei..")
        .check(CLASSES);
    noClasses().that().resideOutsideOfPackages("io.leansim.app..", "io.leansim.cli..")
        .should().dependOnClassesThat().resideInAPackage("io.leansim.app..")
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
  void onlyTheRegistryNamesFigures() throws IOException {
    Set<String> everydayWords = Set.of("arrived", "completed", "abandoned", "balked", "cost");
    Set<String> keys = new TreeSet<>();
    for (Metric m : Metric.values()) {
      keys.add(m.key());
    }
    keys.removeAll(everydayWords);
    Path root = Path.of("src/main/java/io/leansim");
    Pattern literal = Pattern.compile("\"([a-z0-9_]+)\"");
    List<String> found = new ArrayList<>();
    try (var files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        if (rel.startsWith("stats/Metric") || rel.startsWith("scenario/")) {
          continue;
        }
        String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "")
            .replaceAll("(?m)^\\s*//.*$", "");
        var m = literal.matcher(code);
        while (m.find()) {
          if (keys.contains(m.group(1))) {
            found.add(rel + ": \"" + m.group(1) + "\"");
          }
        }
      }
    }
    assertThat(found)
        .as("figure keys spelled out instead of named through Metric").isEmpty();
  }

  /**
   * Pages only through templates: only {@code report.Pages} and the templates compiled from {@code
   * src/main/jte} use jte, and no Java source spells out page markup
   * (a string with {@code <html}, {@code <head}, {@code <body}, {@code <style}, {@code <script},
   * {@code <table}, {@code <section} or a doctype): pages are laid out in templates, styled by
   * resource files.
   */
  @Test
  void pagesOnlyThroughTemplates() throws IOException {
    noClasses().that().doNotHaveSimpleName("Pages").and().haveSimpleNameNotStartingWith("Jte")
        .should().dependOnClassesThat().resideInAPackage("gg.jte..")
        .check(CLASSES);
    Pattern markup =
        Pattern.compile("\"[^\"\\n]*<(html|head|body|style|script|table|section|!DOCTYPE)\\b");
    List<String> found = new ArrayList<>();
    Path root = Path.of("src/main/java");
    try (var files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "");
        if (markup.matcher(code).find()) {
          found.add(root.relativize(file).toString());
        }
      }
    }
    assertThat(found).as("Java sources that write page markup").isEmpty();
  }

  /**
   * A queue discipline is one constant of {@link Discipline} that the run-time and the reports ask
   * (calling class, preemption, words), never a constant they name or switch on: adding one
   * touches {@code Discipline} only.
   */
  @Test
  void theRunTimeAndTheReportsAskADisciplineAndNeverNameOne() {
    noClasses().that().resideInAnyPackage(
            "io.leansim.model..", "io.leansim.stats..", "io.leansim.lean..", "io.leansim.experiment..",
            "io.leansim.report..")
        .should().getFieldWhere(JavaFieldAccess.Predicates.target(
            HasOwner.Predicates.With.owner(JavaClass.Predicates.equivalentTo(Discipline.class))))
        .orShould().callMethod(Discipline.class, "ordinal")
        .check(CLASSES);
  }

  @Test
  void dataFilesAreReadOnlyThroughTheOneCsvReader() {
    // report writes CSV files; every reader of a user's CSV (fit, calibrate, traces, empirical files) uses io.leansim.csv
    noClasses().that().resideOutsideOfPackages("io.leansim.csv..", "io.leansim.report..")
        .should().dependOnClassesThat().resideInAPackage("tools.jackson.dataformat.csv..")
        .check(CLASSES);
  }

  /**
   * The selection of the best variant is a pure procedure on numbers: {@code experiment.Selection}
   * runs nothing and reads no scenario; it knows only the figures' directions ({@code
   * stats.Metric}) and asks its {@code Source} for outputs, which the use case fills with
   * replications.
   */
  @Test
  void theSelectionOfTheBestIsPure() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
        .that().haveNameMatching("io\\.leansim\\.experiment\\.Selection(\\$.*)?")
        .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java..")
            .or(com.tngtech.archunit.base.DescribedPredicate.describe("Selection or Metric", (JavaClass c) ->
                c.getName().matches("\\[*L?io\\.leansim\\.(experiment\\.Selection|stats\\.Metric)\\b.*"))))
        .check(CLASSES);
  }

  /**
   * Where results go is decided in one place: outside {@code report}, only {@code app.Results}
   * (which stages a folder and moves it into place) and {@code app.Outputs} (the rules of {@code
   * --out}, which read the results marker) use {@link io.leansim.report.StagedFolder}; the
   * commands never do.
   */
  @Test
  void resultsFoldersAreStagedAndCheckedInOnePlace() {
    noClasses().that().resideOutsideOfPackage("io.leansim.report..")
        .and().doNotHaveFullyQualifiedName("io.leansim.app.Results")
        .and().doNotHaveFullyQualifiedName("io.leansim.app.Outputs")
        .should().dependOnClassesThat().haveFullyQualifiedName("io.leansim.report.StagedFolder")
        .check(CLASSES);
  }

  /**
   * Random streams are opened in one place, under the names {@link io.leansim.model.RandomStreams}
   * gives them, so that the common-random-numbers check ({@code experiment.CommonRandomNumbers})
   * sees every stream a run draws from.
   */
  @Test
  void randomStreamsAreOpenedOnlyUnderTheirNamesFromRandomStreams() {
    noClasses().that().doNotHaveFullyQualifiedName("io.leansim.model.ServiceSystem")
        .should().callMethod(io.leansim.engine.StreamPlan.class, "stream", int.class, String.class)
        .check(CLASSES);
  }

  /**
   * The self-test and the coverage check compute, the {@code selftest} command prints: {@code
   * selftest} reads no files, writes no results and knows no console.
   */
  @Test
  void selftestComputesWithoutFilesOrTheConsole() {
    noClasses().that().resideInAPackage("io.leansim.selftest..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.leansim.cli..", "io.leansim.app..", "io.leansim.report..", "io.leansim.scenario.load..",
            "picocli..", "tools.jackson..", "me.tongfei..", "java.io..", "java.nio.file..")
        .check(CLASSES);
  }

  /**
   * The workbook {@code results.xlsx} is written in one place, {@code report.ResultsWorkbook}: only
   * it knows the xlsx writer, so every command's workbook has the same sheets, names and formats.
   */
  @Test
  void onlyTheResultsWorkbookWritesXlsx() {
    noClasses().that().doNotHaveFullyQualifiedName("io.leansim.report.ResultsWorkbook")
        .and().doNotHaveFullyQualifiedName("io.leansim.report.ResultsWorkbook$Sheet")
        .and().doNotHaveFullyQualifiedName("io.leansim.report.ResultsWorkbook$Contents")
        .should().dependOnClassesThat().resideInAPackage("org.dhatim.fastexcel..")
        .check(CLASSES);
  }

  /** Substreams opened on demand (second visits, redos) follow the same rule as streams: only the system opens them. */
  @Test
  void substreamsAreOpenedOnlyWhereStreamsAre() {
    noClasses().that().doNotHaveFullyQualifiedName("io.leansim.model.ServiceSystem")
        .should().callMethod(io.leansim.engine.StreamPlan.class, "substreams", int.class, String.class)
        .check(CLASSES);
  }
}
