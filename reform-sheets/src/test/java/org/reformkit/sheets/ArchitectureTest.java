package org.reformkit.sheets;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** reform-sheets depends on reform-core and its spreadsheet libraries only, never on JSON code. */
class ArchitectureTest {
  private static final JavaClasses SHEETS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.reformkit.sheets");

  @Test
  void dependsOnTheCoreAndTheSpreadsheetLibrariesOnly() {
    classes()
        .that()
        .resideInAPackage("org.reformkit.sheets")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "org.reformkit.sheets..",
            "org.reformkit.core..",
            "org.dhatim.fastexcel..",
            "org.apache.commons.csv..",
            "org.apache.commons.compress..",
            "com.google.common..",
            "org.jspecify..",
            "java..")
        .check(SHEETS);
  }

  @Test
  void usesNoJsonCode() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.reformkit.json..", "tools.jackson..", "com.fasterxml.jackson..")
        .check(SHEETS);
  }
}
