package org.explainer.concurrent;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The threads a build may use. With one thread everything runs in the caller, in order; with more,
 * independent work (entries, pages, engine set-up) runs on a pool of its own. Results always come back
 * in input order, so output never depends on the number of threads.
 */
public final class Workers implements AutoCloseable {
  private final ForkJoinPool pool;

  private Workers(ForkJoinPool pool) {
    this.pool = pool;
  }

  /** {@code threads} workers; 1 or less means sequential. */
  public static Workers of(int threads) {
    return new Workers(threads <= 1 ? null : new ForkJoinPool(threads));
  }


  /** True when work runs in the caller, in order. */
  public boolean sequential() {
    return pool == null;
  }

  /** {@code fn} applied to every item, possibly in parallel; the results in the items' order. */
  public <T, R> List<R> map(List<T> items, Function<T, R> fn) {
    if (pool == null || items.size() < 2) {
      return items.stream().map(fn).toList();
    }
    return pool.submit(() -> items.parallelStream().map(fn).toList()).join();
  }

  /** Starts {@code task} on another thread, or runs it now when sequential. */
  public <T> CompletableFuture<T> start(Supplier<T> task) {
    if (pool == null) {
      try {
        return CompletableFuture.completedFuture(task.get());
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }
    return CompletableFuture.supplyAsync(task, pool);
  }

  /**
   * The result of {@code future}, waiting for it; a failure comes out as the exception or error the task
   * threw, not wrapped.
   */
  public static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown();
    }
  }
}
