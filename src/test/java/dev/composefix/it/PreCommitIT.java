package dev.composefix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.support.Dist;
import dev.composefix.support.Processes;
import dev.composefix.support.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hooks under the real pre-commit program, installed in a temporary repository from this
 * project's committed state: a commit with a file that needs a fix is stopped and the file is
 * fixed; a commit of clean files passes. Both forms: the script hooks, which build the jar, and the
 * node hooks, which run the npm package with no Java installed.
 */
class PreCommitIT {

  private static final String NEEDS_FIX =
      """
      services:
        db:
          image: postgres:15-alpine
          healthcheck:
            test: ["CMD-SHELL", "pg_isready -U postgres"]
      """;

  @TempDir Path dir;

  /** Who commits, and where pre-commit keeps its environments. */
  private Map<String, String> identity() {
    return Map.of(
        "PRE_COMMIT_HOME",
        dir.resolve("pre-commit-home").toString(),
        "GIT_AUTHOR_NAME",
        "Test",
        "GIT_AUTHOR_EMAIL",
        "test@example.com",
        "GIT_COMMITTER_NAME",
        "Test",
        "GIT_COMMITTER_EMAIL",
        "test@example.com");
  }

  private Processes.Result run(Map<String, String> environment, Path repo, String... command) {
    return Processes.run(repo, environment, Dist.UNSET, 600, List.of(command));
  }

  /**
   * The node hooks install the npm package with npm, offline here: pre-commit packs this
   * repository's package.json (the launcher package) and installs the platform package from
   * target/dist/npm, given as an additional dependency. No java is on PATH.
   */
  @Test
  void theNodeHooksNeedNoJava() throws Exception {
    Assumptions.assumeTrue(
        Processes.available("pre-commit"), "pre-commit is not installed; .ci/run installs it");
    Dist.built(Dist.npmPlatformPackage());
    try (Dist.NoJavaPath path = new Dist.NoJavaPath(dir)) {
      Map<String, String> environment = new HashMap<>(identity());
      environment.put("PATH", path.path().toString());
      environment.put("npm_config_offline", "true");
      environment.put("npm_config_cache", dir.resolve("npm-cache").toString());
      environment.put("npm_config_audit", "false");
      environment.put("npm_config_fund", "false");
      environment.put("npm_config_update_notifier", "false");
      commitsStopAndPass(
          environment,
          """
              hooks:
                - id: compose-fix-node
                  additional_dependencies: [%s]
                - id: compose-fix-check-node
                  additional_dependencies: [%s]
          """
              .formatted(Dist.npmPlatformPackage(), Dist.npmPlatformPackage()));
    }
  }

  @Test
  void theWriteHookStopsACommitAndFixesTheFile() throws Exception {
    Assumptions.assumeTrue(
        Processes.available("pre-commit"), "pre-commit is not installed; .ci/run installs it");
    commitsStopAndPass(
        identity(),
        """
            hooks:
              - id: compose-fix
              - id: compose-fix-check
        """);
  }

  /**
   * In a new repository with these hooks of this project's committed state: a commit with a file
   * that needs a fix is stopped and the file fixed; then it commits, and so does a clean file.
   */
  private void commitsStopAndPass(Map<String, String> environment, String hooks) throws Exception {
    Path project = Projects.root();
    String head = run(environment, project, "git", "rev-parse", "HEAD").out().trim();
    Path repo = Files.createDirectories(dir.resolve("repo"));
    assertEquals(0, run(environment, repo, "git", "init", "-q").exitCode());
    Files.writeString(
        repo.resolve(".pre-commit-config.yaml"),
        """
        repos:
          - repo: %s
            rev: %s
        """
                .formatted(project, head)
            + hooks);
    assertEquals(0, run(environment, repo, "pre-commit", "install").exitCode());
    Files.createDirectories(repo.resolve("deploy"));
    Files.writeString(repo.resolve("deploy/docker-compose.prod.yml"), NEEDS_FIX);
    Files.writeString(repo.resolve("notes.yml"), "not: compose\n");
    run(environment, repo, "git", "add", "-A");

    Processes.Result stopped = run(environment, repo, "git", "commit", "-q", "-m", "add a stack");
    assertNotEquals(
        0, stopped.exitCode(), "the commit is stopped:\n" + stopped.out() + stopped.err());
    String fixed = Files.readString(repo.resolve("deploy/docker-compose.prod.yml"));
    assertEquals(
        NEEDS_FIX.replace(
            "pg_isready -U postgres\"]\n", "pg_isready -U postgres\"]\n      start_period: 30s\n"),
        fixed);
    assertEquals(
        "not: compose\n", Files.readString(repo.resolve("notes.yml")), "other YAML is not touched");

    run(environment, repo, "git", "add", "-A");
    Processes.Result passed =
        run(environment, repo, "git", "commit", "-q", "-m", "add a stack, fixed");
    assertEquals(0, passed.exitCode(), "the fixed file commits:\n" + passed.out() + passed.err());

    Files.writeString(
        repo.resolve("compose.yaml"),
        """
        services:
          web:
            image: nginx:1.27-alpine
            healthcheck:
              test: ["CMD", "wget", "-q", "--spider", "http://localhost/"]
              start_period: 10s
        """);
    run(environment, repo, "git", "add", "-A");
    Processes.Result clean = run(environment, repo, "git", "commit", "-q", "-m", "a clean file");
    assertEquals(0, clean.exitCode(), "a clean file commits:\n" + clean.out() + clean.err());
    assertTrue(
        run(environment, repo, "git", "log", "--oneline").out().lines().count() == 2,
        "two commits landed");
  }
}
