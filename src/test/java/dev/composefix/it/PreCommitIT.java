package dev.composefix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.support.Processes;
import dev.composefix.support.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hooks under the real pre-commit program, installed in a temporary repository from this
 * project's committed state: a commit with a file that needs a fix is stopped and the file is
 * fixed; a commit of clean files passes.
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

  private Processes.Result run(Path repo, String... command) {
    Map<String, String> environment =
        Map.of(
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
    return Processes.run(repo, environment, 600, List.of(command));
  }

  @Test
  void theWriteHookStopsACommitAndFixesTheFile() throws Exception {
    Assumptions.assumeTrue(
        Processes.available("pre-commit"), "pre-commit is not installed; .ci/run installs it");
    Path project = Projects.root();
    String head = run(project, "git", "rev-parse", "HEAD").out().trim();
    Path repo = Files.createDirectories(dir.resolve("repo"));
    assertEquals(0, run(repo, "git", "init", "-q").exitCode());
    Files.writeString(
        repo.resolve(".pre-commit-config.yaml"),
        """
        repos:
          - repo: %s
            rev: %s
            hooks:
              - id: compose-fix
              - id: compose-fix-check
        """
            .formatted(project, head));
    assertEquals(0, run(repo, "pre-commit", "install").exitCode());
    Files.createDirectories(repo.resolve("deploy"));
    Files.writeString(repo.resolve("deploy/docker-compose.prod.yml"), NEEDS_FIX);
    Files.writeString(repo.resolve("notes.yml"), "not: compose\n");
    run(repo, "git", "add", "-A");

    Processes.Result stopped = run(repo, "git", "commit", "-q", "-m", "add a stack");
    assertNotEquals(
        0, stopped.exitCode(), "the commit is stopped:\n" + stopped.out() + stopped.err());
    String fixed = Files.readString(repo.resolve("deploy/docker-compose.prod.yml"));
    assertEquals(
        NEEDS_FIX.replace(
            "pg_isready -U postgres\"]\n", "pg_isready -U postgres\"]\n      start_period: 30s\n"),
        fixed);
    assertEquals(
        "not: compose\n", Files.readString(repo.resolve("notes.yml")), "other YAML is not touched");

    run(repo, "git", "add", "-A");
    Processes.Result passed = run(repo, "git", "commit", "-q", "-m", "add a stack, fixed");
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
    run(repo, "git", "add", "-A");
    Processes.Result clean = run(repo, "git", "commit", "-q", "-m", "a clean file");
    assertEquals(0, clean.exitCode(), "a clean file commits:\n" + clean.out() + clean.err());
    assertTrue(
        run(repo, "git", "log", "--oneline").out().lines().count() == 2, "two commits landed");
  }
}
