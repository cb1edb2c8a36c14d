package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stacks whose services extend one another in a chain or a loop of thousands, and files that
 * include one another thousands deep. An {@code extends} chain is followed link by link, never
 * recursively, so none runs out of stack (a chain of about 2,000 once did, with a stack trace and
 * no findings), and what it says is what a short chain says; includes are nested at most as deep as
 * {@code --max-depth}, past which the file that includes one more is a one-line error (3,000 once
 * ran out of stack).
 */
class LongChainsTest {

  private static final int LINKS = 5_000;

  /** What a chain of more than 200 files says: the 200th file's include is one too many. */
  private static final Cli.Result TOO_DEEP =
      new Cli.Result(
          2,
          "",
          "f199.yaml:2:5: includes nested deeper than 200 files (f199.yaml includes f200.yaml);"
              + " raise the limit with --max-depth if the project is genuine\n"
              + "No findings in 199 files; 1 file could not be processed\n");

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

  @Test
  void includesDeeperThanTheLimitAreAnErrorAtTheIncludeThatGoesTooDeep() throws Exception {
    includeChain(3_000);
    assertEquals(TOO_DEEP, checkOnASmallStack());
  }

  @Test
  void includesAsDeepAsTheLimitAreRead() throws Exception {
    includeChain(299);
    assertEquals(
        new Cli.Result(0, "", "No findings in 300 files\n"),
        checkOnASmallStack("--max-depth", "300"));
    assertEquals(TOO_DEEP, checkOnASmallStack());
  }

  /** compose.yaml includes f1.yaml, which includes f2.yaml, and so on to {@code f<last>.yaml}. */
  private void includeChain(int last) throws IOException {
    Files.writeString(dir.resolve("compose.yaml"), "include:\n  - f1.yaml\n");
    for (int i = 1; i < last; i++) {
      Files.writeString(dir.resolve("f" + i + ".yaml"), "include:\n  - f" + (i + 1) + ".yaml\n");
    }
    Files.writeString(dir.resolve("f" + last + ".yaml"), "services: {}\n");
  }

  /**
   * {@code --check compose.yaml}, after the options, on a thread of 512 kB of stack, half the JVM's
   * usual: how deep a recursion goes before the stack runs out depends on what the JIT has compiled
   * by then, so the test's own stack is kept small enough that a walk of one frame per link always
   * runs out.
   */
  private Cli.Result checkOnASmallStack(String... options) throws InterruptedException {
    List<String> args = new ArrayList<>(List.of(options));
    args.addAll(List.of("--check", "compose.yaml"));
    AtomicReference<Cli.Result> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                result.set(Cli.run(dir, args));
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
