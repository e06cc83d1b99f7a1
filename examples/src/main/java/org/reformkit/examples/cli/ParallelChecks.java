package org.reformkit.examples.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.reformkit.core.model.ProgressReport;

/**
 * Reads and checks reports on several threads and hands back the outcomes in the order of the
 * sources. At most twice as many reports as threads are read ahead, and a report is dropped once
 * checked, so that a directory of a few hundred large documents never sits in memory at once.
 */
final class ParallelChecks {
  /**
   * What became of one source: what the check made of it (its findings), or why it could not be
   * read.
   */
  record Outcome<T>(
      ReportSource source, Optional<T> result, Optional<UnreadableReportException> unreadable) {}

  private ParallelChecks() {}

  /**
   * Checks every source, calling {@code each} with the outcomes in the order of the sources, on the
   * calling thread.
   *
   * @param jobs how many reports are read and checked at once (1 for one at a time)
   */
  static <T> void run(
      List<ReportSource> sources,
      int jobs,
      Function<ProgressReport, T> check,
      Consumer<Outcome<T>> each) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            jobs,
            task -> {
              Thread thread = new Thread(task, "reform-check");
              thread.setDaemon(true);
              return thread;
            });
    try {
      Deque<Future<Outcome<T>>> ahead = new ArrayDeque<>();
      int next = 0;
      for (int i = 0; i < sources.size(); i++) {
        while (next < sources.size() && ahead.size() < 2 * jobs) {
          ReportSource source = sources.get(next++);
          ahead.add(pool.submit(() -> outcome(source, check)));
        }
        each.accept(await(ahead.remove()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> Outcome<T> outcome(ReportSource source, Function<ProgressReport, T> check) {
    ProgressReport report;
    try {
      report = source.read();
    } catch (UnreadableReportException e) {
      return new Outcome<>(source, Optional.empty(), Optional.of(e));
    }
    return new Outcome<>(source, Optional.of(check.apply(report)), Optional.empty());
  }

  private static <T> Outcome<T> await(Future<Outcome<T>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking reports", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
