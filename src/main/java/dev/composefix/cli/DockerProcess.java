package dev.composefix.cli;

import dev.composefix.images.verify.Docker;
import dev.composefix.images.verify.DockerAnswer;
import dev.composefix.images.verify.DockerCall;
import dev.composefix.images.verify.DockerCalls;
import dev.composefix.images.verify.DockerUnavailableException;
import dev.composefix.pipeline.IoMessages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code docker} as a child process: the one class of compose-fix that starts a program. Each
 * call is bounded: past the timeout the client and anything it started are killed, and a probe
 * container, which outlives a killed client, is removed by name.
 *
 * @param executable the {@code docker} client
 * @param timeoutSeconds how long one call may take
 */
record DockerProcess(Path executable, int timeoutSeconds) implements Docker {

  /** A probe prints a line a program; more than this is noise, drained but not kept. */
  private static final int MAX_KEPT_BYTES = 1 << 20;

  /** How long to wait for the output of a process that has ended, or was killed. */
  private static final long DRAIN_MILLIS = 2_000;

  @Override
  public DockerAnswer run(DockerCall call) throws DockerUnavailableException {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(call.arguments());
    Process process;
    try {
      process = new ProcessBuilder(command).start();
      process.getOutputStream().close();
    } catch (IOException e) {
      throw new DockerUnavailableException(
          "cannot run " + executable + ": " + IoMessages.describe(e));
    }
    Drain out = Drain.start(process.getInputStream(), "docker-out");
    Drain err = Drain.start(process.getErrorStream(), "docker-err");
    try {
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        kill(process);
        process.waitFor(DRAIN_MILLIS, TimeUnit.MILLISECONDS);
        if (call.container().isPresent()) {
          run(DockerCalls.remove(call.container().get()));
        }
        return DockerAnswer.timeout(out.text(), err.text());
      }
      return new DockerAnswer(process.exitValue(), out.text(), err.text(), false);
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      throw new DockerUnavailableException("interrupted while " + call.command() + " ran");
    }
  }

  /** Kills the client and what it started, which would otherwise hold its output open. */
  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  /** Reads one stream on its own thread, keeping at most {@link #MAX_KEPT_BYTES}. */
  private static final class Drain implements Runnable {

    private final InputStream stream;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final Thread thread;

    private Drain(InputStream stream, String name) {
      this.stream = stream;
      this.thread = new Thread(this, name);
      thread.setDaemon(true);
    }

    static Drain start(InputStream stream, String name) {
      Drain drain = new Drain(stream, name);
      drain.thread.start();
      return drain;
    }

    @Override
    public void run() {
      byte[] buffer = new byte[8192];
      try (stream) {
        for (int read = stream.read(buffer); read >= 0; read = stream.read(buffer)) {
          synchronized (kept) {
            kept.write(buffer, 0, Math.max(0, Math.min(read, MAX_KEPT_BYTES - kept.size())));
          }
        }
      } catch (IOException e) {
        // The stream closes under the reader when the process is killed; what was read stays.
      }
    }

    /** What was read, once the stream ended or the wait for it did. */
    String text() throws InterruptedException {
      thread.join(DRAIN_MILLIS);
      synchronized (kept) {
        return kept.toString(StandardCharsets.UTF_8);
      }
    }
  }
}
