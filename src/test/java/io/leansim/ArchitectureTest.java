package io.leansim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.leansim.scenario.Discipline;
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
}
