package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stacks whose services extend one another in a chain or a loop of thousands: each is followed link
 * by link, never recursively, so none runs out of stack (a chain of about 2,000 once did, with a
 * stack trace and no findings), and what it says is what a short chain says.
 */
class ExtendsChainTest {

  private static final int LINKS = 5_000;

  @TempDir Path dir;

  @Test
  void aChainOfThousandsIsCheckedAsAShortOneIs() throws Exception {
    StringBuilder yaml =
        new StringBuilder(
            "services:\n  s0:\n    image: postgres:16\n    healthcheck:\n"
                + "      test: [\"CMD-SHELL\", \"pg_isready\"]\n");
    for (int i = 1; i <= LINKS; i++) {
      yaml.append("  s").append(i).append(":\n    extends: s").append(i - 1).append('\n');
    }
    Files.writeString(dir.resolve("compose.yaml"), yaml);
    assertEquals(
        new Cli.Result(
            1,
            "",
            "compose.yaml:4:5: healthcheck-start-period [*] service 's0': healthcheck has no"
                + " start_period, so probes that fail while it starts count toward retries; add"
                + " start_period: 30s\n"
                + "1 finding, 1 fixable\n"),
        checkOnASmallStack());
  }

  /** Compose refuses a loop; read as the chain from each service round to it, as before. */
  @Test
  void aLoopOfThousandsIsReadAroundOnce() throws Exception {
    StringBuilder yaml = new StringBuilder("services:\n");
    for (int i = 0; i < LINKS; i++) {
      yaml.append("  s").append(i).append(":\n    extends: s").append((i + 1) % LINKS).append('\n');
      if (i == 2) {
        yaml.append("    image: postgres:16\n    healthcheck:\n")
            .append("      test: [\"CMD-SHELL\", \"pg_isready\"]\n      start_period: 30s\n");
      }
    }
    Files.writeString(dir.resolve("compose.yaml"), yaml);
    assertEquals(new Cli.Result(0, "", "No findings in 1 file\n"), checkOnASmallStack());
  }

  /**
   * {@code --check compose.yaml} on a thread of 512 kB of stack, half the JVM's usual: how deep a
   * recursion goes before the stack runs out depends on what the JIT has compiled by then, so the
   * test's own stack is kept small enough that a walk of one frame per link always runs out.
   */
  private Cli.Result checkOnASmallStack() throws InterruptedException {
    AtomicReference<Cli.Result> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                result.set(Cli.run(dir, "--check", "compose.yaml"));
              } catch (Throwable e) {
                failure.set(e);
              }
            },
            "small-stack",
            512 * 1024);
    thread.start();
    thread.join();
    if (failure.get() != null) {
      throw new AssertionError("the check failed: " + failure.get(), failure.get());
    }
    return result.get();
  }
}
