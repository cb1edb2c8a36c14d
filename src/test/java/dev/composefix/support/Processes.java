package dev.composefix.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs real programs for the integration tests, with a time limit and captured output. */
public final class Processes {

  /** What a program printed and how it exited. */
  public record Result(int exitCode, String out, String err) {}

  private Processes() {}

  public static Result run(
      Path dir, Map<String, String> environment, int timeoutSeconds, List<String> command) {
    return run(dir, environment, Set.of(), timeoutSeconds, command);
  }

  /**
   * Runs with these variables set and those in {@code unset} removed from the inherited
   * environment.
   */
  public static Result run(
      Path dir,
      Map<String, String> environment,
      Set<String> unset,
      int timeoutSeconds,
      List<String> command) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
      builder.environment().keySet().removeAll(unset);
      builder.environment().putAll(environment);
      Process process = builder.start();
      process.getOutputStream().close();
      CompletableFuture<String> out =
          CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
      CompletableFuture<String> err =
          CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(command + " did not finish within " + timeoutSeconds + " s");
      }
      return new Result(process.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  public static boolean available(String program) {
    try {
      Process process = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String read(InputStream stream) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      stream.transferTo(bytes);
      return bytes.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
