package dev.composefix.images.routes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The build-context reader sits below the image knowledge base: it uses only text, yaml, shell and
 * compose, the routes package uses the dockerfile package and never the other way round.
 */
class BuildReaderLayeringTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.composefix");

  private static final String[] ALLOWED = {
    "java..",
    "dev.composefix.text..",
    "dev.composefix.yaml..",
    "dev.composefix.shell..",
    "dev.composefix.compose..",
    "dev.composefix.images.dockerfile..",
    "dev.composefix.images.routes.."
  };

  @Test
  void usesOnlyTheLowerRungs() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.composefix.images.dockerfile..", "dev.composefix.images.routes..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(ALLOWED)
        .check(CLASSES);
  }

  @Test
  void theDockerfilePackageNeverUsesTheRoutesPackage() {
    noClasses()
        .that()
        .resideInAPackage("dev.composefix.images.dockerfile..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.composefix.images.routes..")
        .check(CLASSES);
  }
}
