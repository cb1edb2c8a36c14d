package dev.composefix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.support.Dist;
import dev.composefix.support.Processes;
import dev.composefix.support.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two npm packages from target/dist/npm, installed the three ways users install them (a dev
 * dependency run with npx, a global install, npx without an install), offline and with no java on
 * PATH: each runs compose-fix on the platform package's runtime and prints exactly what java -jar
 * prints. Skipped when they were not built (mvn package -Pdist) or npm is missing.
 */
class NpmIT {

  private static final List<List<String>> RUNS =
      List.of(List.of("--dry-run", "example.yml"), List.of("--check", "--format", "json", "."));

  /** The npm platform package's limit, as npm publishes it: the tarball. */
  private static final long MAX_PLATFORM_PACKAGE_BYTES = 45L * 1000 * 1000;

  @TempDir Path dir;

  private Path project;

  @BeforeEach
  void needsThePackages() throws Exception {
    Dist.built(Dist.npmPackage());
    Dist.built(Dist.npmPlatformPackage());
    Assumptions.assumeTrue(Processes.available("npm"), "npm is not installed; .ci/run installs it");
    project = Files.createDirectory(dir.resolve("project"));
    Files.copy(Projects.root().resolve("fixtures/example.yml"), project.resolve("example.yml"));
    Files.writeString(dir.resolve("npmrc"), "");
  }

  @Test
  void aDevDependencyRunsWithNpxAsTheJarDoes() throws Exception {
    try (Dist.NoJavaPath path = new Dist.NoJavaPath(dir)) {
      Files.writeString(
          project.resolve("package.json"),
          "{\"name\": \"stack\", \"version\": \"1.0.0\", \"private\": true}\n");
      npm(
          path,
          project,
          "install",
          "--save-dev",
          Dist.npmPackage().toString(),
          Dist.npmPlatformPackage().toString());
      assertTrue(
          Files.readString(project.resolve("package.json")).contains("\"devDependencies\""),
          "saved as a dev dependency");
      for (List<String> args : RUNS) {
        List<String> npx = new ArrayList<>(List.of("npx", "--offline", "compose-fix"));
        npx.addAll(args);
        assertEquals(Dist.javaJar(project, args), run(path, project, npx), "npx " + args);
      }
    }
  }

  @Test
  void aGlobalInstallPutsItOnPath() throws Exception {
    try (Dist.NoJavaPath path = new Dist.NoJavaPath(dir)) {
      Path prefix = dir.resolve("global");
      npm(
          path,
          project,
          "install",
          "--global",
          "--prefix",
          prefix.toString(),
          Dist.npmPackage().toString(),
          Dist.npmPlatformPackage().toString());
      Path bin = prefix.resolve("bin/compose-fix");
      for (List<String> args : RUNS) {
        List<String> command = new ArrayList<>(List.of(bin.toString()));
        command.addAll(args);
        assertEquals(Dist.javaJar(project, args), run(path, project, command), "global " + args);
      }
    }
  }

  @Test
  void npxRunsTheTarballsWithoutAnInstall() throws Exception {
    try (Dist.NoJavaPath path = new Dist.NoJavaPath(dir)) {
      List<String> args = RUNS.get(0);
      List<String> npx =
          new ArrayList<>(
              List.of(
                  "npx",
                  "--yes",
                  "--offline",
                  "--package=" + Dist.npmPackage(),
                  "--package=" + Dist.npmPlatformPackage(),
                  "--",
                  "compose-fix"));
      npx.addAll(args);
      assertEquals(Dist.javaJar(project, args), run(path, project, npx));
    }
  }

  /** npm leaves optional dependencies out when asked to, or when it cannot fetch them. */
  @Test
  void withoutThePlatformPackageItSaysWhatIsMissing() throws Exception {
    try (Dist.NoJavaPath path = new Dist.NoJavaPath(dir)) {
      Files.writeString(
          project.resolve("package.json"),
          "{\"name\": \"stack\", \"version\": \"1.0.0\", \"private\": true}\n");
      npm(path, project, "install", "--omit=optional", Dist.npmPackage().toString());
      assertEquals(
          new Processes.Result(
              2,
              "",
              "compose-fix: the package compose-fix-linux-x64, which holds compose-fix for"
                  + " linux-x64, is not installed. npm installs it with compose-fix unless optional"
                  + " dependencies are left out (--omit=optional, --no-optional): install"
                  + " compose-fix again without that option.\n"),
          run(path, project, List.of("npx", "--offline", "compose-fix", "--version")));
    }
  }

  @Test
  void onAPlatformWithNoBuildItSaysWhichHaveOne() throws Exception {
    String version = System.getProperty("project.version");
    Path shim = Projects.root().resolve("bin/compose-fix.js");
    Processes.Result result =
        Processes.run(
            project,
            Map.of(),
            Dist.TIMEOUT_SECONDS,
            List.of(
                "node",
                "-e",
                "Object.defineProperty(process, 'arch', {value: 'riscv64'});"
                    + " require(process.argv[1]);",
                shim.toString()));
    assertEquals(
        new Processes.Result(
            2,
            "",
            "compose-fix: there is no build for linux-riscv64; builds exist for linux-x64,"
                + " linux-arm64, darwin-x64, darwin-arm64, win32-x64. With Java 17 or later"
                + " installed, run the jar instead: java -jar compose-fix-"
                + version
                + ".jar (from the GitHub release or Maven Central).\n"),
        result);
  }

  @Test
  void thePlatformPackageIsUnder45Mb() throws Exception {
    long size = Files.size(Dist.npmPlatformPackage());
    assertTrue(size < MAX_PLATFORM_PACKAGE_BYTES, size + " bytes");
  }

  /** npm offline, with its own cache and an empty user configuration. */
  private Map<String, String> npmEnvironment(Dist.NoJavaPath path) {
    Map<String, String> environment = new HashMap<>();
    environment.put("PATH", path.path().toString());
    environment.put("npm_config_offline", "true");
    environment.put("npm_config_cache", dir.resolve("npm-cache").toString());
    environment.put("npm_config_userconfig", dir.resolve("npmrc").toString());
    environment.put("npm_config_audit", "false");
    environment.put("npm_config_fund", "false");
    environment.put("npm_config_update_notifier", "false");
    return environment;
  }

  private void npm(Dist.NoJavaPath path, Path in, String... args) {
    List<String> command = new ArrayList<>(List.of("npm"));
    command.addAll(List.of(args));
    Processes.Result result =
        Processes.run(in, npmEnvironment(path), Dist.UNSET, Dist.TIMEOUT_SECONDS, command);
    assertEquals(0, result.exitCode(), command + ":\n" + result.out() + result.err());
  }

  private Processes.Result run(Dist.NoJavaPath path, Path in, List<String> command) {
    return Processes.run(in, npmEnvironment(path), Dist.UNSET, Dist.TIMEOUT_SECONDS, command);
  }
}
