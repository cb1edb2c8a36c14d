package dev.composefix.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Processes files on every core and hands the results back in the order the files were given, so
 * output never depends on which thread finished first. Only a few files run ahead of the one being
 * reported, which bounds the memory a large run holds.
 */
final class ParallelFiles<T, R> implements AutoCloseable {

  private final Iterator<T> pending;
  private final Function<T, R> work;
  private final ExecutorService executor;
  private final Deque<Future<R>> running = new ArrayDeque<>();
  private final int window;

  ParallelFiles(List<T> files, Function<T, R> work) {
    this.pending = files.iterator();
    this.work = work;
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), files.size());
    // One file needs no thread pool: starting threads would only cost start-up time.
    this.executor =
        threads > 1 ? Executors.newFixedThreadPool(threads, ParallelFiles::daemon) : null;
    this.window = Math.max(1, threads * 4);
  }

  /** The next file's result, in the order the files were given. */
  R next() {
    if (executor == null) {
      return work.apply(pending.next());
    }
    while (running.size() < window && pending.hasNext()) {
      T target = pending.next();
      running.add(executor.submit(() -> work.apply(target)));
    }
    try {
      return running.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while processing files", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("processing a file failed: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public void close() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "compose-fix-worker");
    thread.setDaemon(true);
    return thread;
  }
}
