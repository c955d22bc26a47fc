package io.leansim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.leansim.scenario.DistSpec;
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
}
