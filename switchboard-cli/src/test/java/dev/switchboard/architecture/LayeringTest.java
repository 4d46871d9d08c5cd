package dev.switchboard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of ARCHITECTURE.md, enforced over every production class of the reactor. */
class LayeringTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.switchboard");
  }

  @Test
  void translationIsPureNoVertxNoNetworkNoIo() {
    noClasses().that().resideInAPackage("dev.switchboard.translate..")
        .should().dependOnClassesThat().resideInAnyPackage("io.vertx..", "java.net..", "java.nio.file..",
            "java.nio.channels..", "dev.switchboard.engine..", "dev.switchboard.server..")
        .check(classes);
  }

  @Test
  void modulesDependOnlyDownwards() {
    noClasses().that().resideInAPackage("dev.switchboard.engine..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.switchboard.server..", "dev.switchboard.cli..",
            "dev.switchboard.relaysync..", "io.vertx.ext.web..")
        .check(classes);
    noClasses().that().resideInAPackage("dev.switchboard.relaysync..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.switchboard.server..", "dev.switchboard.cli..")
        .check(classes);
    noClasses().that().resideInAPackage("dev.switchboard.server..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.switchboard.cli..")
        .check(classes);
  }

  @Test
  void providersNeverImportEachOther() {
    slices().matching("dev.switchboard.engine.provider.(*)..")
        .should().notDependOnEachOther()
        .check(classes);
  }

  @Test
  void formatPackagesNeverImportEachOther() {
    slices().matching("dev.switchboard.translate.format.(*)..")
        .should().notDependOnEachOther()
        .check(classes);
  }

  @Test
  void httpNeverImportsAProvider() {
    noClasses().that().resideInAPackage("dev.switchboard.server.http..")
        .should().dependOnClassesThat().resideInAPackage("dev.switchboard.engine.provider..")
        .check(classes);
  }

  @Test
  void onlyTheAppWiringImportsTheSqlStore() {
    noClasses().that().resideOutsideOfPackages("dev.switchboard.server.app..", "dev.switchboard.engine.store.sql..")
        .should().dependOnClassesThat().resideInAPackage("dev.switchboard.engine.store.sql..")
        .allowEmptyShould(true)
        .check(classes);
  }
}
