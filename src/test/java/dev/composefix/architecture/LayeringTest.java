package dev.composefix.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The package ladder of the README's package map: a package uses only packages above it, rule
 * families never use one another, and no packages depend on each other in a cycle.
 */
class LayeringTest {

  /** Lowest first; each may use the ones before it. */
  static final List<String> LADDER =
      List.of(
          "text",
          "yaml",
          "shell",
          "config",
          "compose",
          "secrets",
          "images",
          "project",
          "lint",
          "rules",
          "fix",
          "diff",
          "report",
          "stats",
          "pipeline",
          "cli");

  static final List<String> FAMILIES =
      List.of("gpu", "healthcheck", "images", "nats", "schema", "secrets", "suppressions");

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.composefix");

  private static String pkg(String name) {
    return "dev.composefix." + name + "..";
  }

  @Test
  void everyPackageIsOnTheLadder() {
    List<String> stray = new ArrayList<>();
    CLASSES.forEach(
        javaClass -> {
          String name = javaClass.getPackageName().substring("dev.composefix".length());
          String top = name.isEmpty() ? "" : name.substring(1).split("\\.")[0];
          if (!LADDER.contains(top)) {
            stray.add(javaClass.getName());
          }
        });
    org.junit.jupiter.api.Assertions.assertEquals(List.of(), stray);
  }

  @Test
  void aPackageUsesOnlyThePackagesAboveIt() {
    for (int i = 0; i < LADDER.size() - 1; i++) {
      String[] higher =
          LADDER.subList(i + 1, LADDER.size()).stream()
              .map(LayeringTest::pkg)
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage(pkg(LADDER.get(i)))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(higher)
          .because("the package ladder runs one way: " + String.join(" < ", LADDER))
          .check(CLASSES);
    }
  }

  @Test
  void ruleFamiliesNeverUseOneAnother() {
    for (String family : FAMILIES) {
      String[] others =
          FAMILIES.stream()
              .filter(other -> !other.equals(family))
              .map(other -> "dev.composefix.rules." + other + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage("dev.composefix.rules." + family + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others)
          .because("rules read facts, never each other's helpers")
          .check(CLASSES);
    }
  }

  @Test
  void noPackageCycles() {
    slices().matching("dev.composefix.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void onlyTheCommandLineWritesFiles() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.composefix.cli..")
        .should()
        .callMethodWhere(
            JavaCall.Predicates.target(HasOwner.Predicates.With.owner(type(Files.class)))
                .and(
                    JavaCall.Predicates.target(
                        HasName.Predicates.nameMatching(
                            "write.*|move|copy|delete.*|createTemp.*|newOutputStream|newBufferedWriter"
                                + "|setPosixFilePermissions|setOwner|setAttribute"))))
        .because("rules return data and only the command line writes files")
        .check(CLASSES);
  }

  @Test
  void onlyTheCommandLineStartsProcesses() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.composefix.cli..")
        .should()
        .dependOnClassesThat(
            type(ProcessBuilder.class)
                .or(
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                        Process.class)))
        .because("what to run and how to read it is logic; running it is the command line's job")
        .check(CLASSES);
  }

  @Test
  void onlyTheCommandLineUsesPicocli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.composefix.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(CLASSES);
  }
}
