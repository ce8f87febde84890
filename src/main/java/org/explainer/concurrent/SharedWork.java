package org.explainer.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A value made once, on first use, from a fixed number of parts that every thread asking for it helps
 * make: each takes the next part nobody has taken, until none is left; then all wait for the parts still
 * being made, and one of them puts the parts together, in their order ({@link Once}). So a value that
 * many pages need, such as a site's search index, is made on as many threads as ask for it, and a thread
 * never waits idle while there is a part to make. A part waits for nothing, so nothing can deadlock.
 *
 * <p>The value depends on the parts and their order alone, never on which thread made which part.
 * When a part fails, every thread that asks gets its failure.
 *
 * @param <P> a part's type
 * @param <T> the value's type
 */
public final class SharedWork<P, T> implements Supplier<T> {
  private final IntFunction<P> part;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicReferenceArray<P> parts;
  private final AtomicReferenceArray<Throwable> failures;
  private final CountDownLatch left;
  private final Once<T> whole;

  /**
   * A value made of {@code count} parts, part {@code i} made by {@code part.apply(i)} (never null), and
   * put together by {@code whole} from the parts in order.
   */
  public SharedWork(int count, IntFunction<P> part, Function<List<P>, T> whole) {
    if (count < 1) {
      throw new IllegalArgumentException("a value of " + count + " parts");
    }
    this.part = part;
    this.parts = new AtomicReferenceArray<>(count);
    this.failures = new AtomicReferenceArray<>(count);
    this.left = new CountDownLatch(count);
    this.whole = new Once<>(() -> {
      List<P> all = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        all.add(parts.get(i));
      }
      return whole.apply(all);
    });
  }

  @Override
  public T get() {
    for (int i = next.getAndIncrement(); i < parts.length(); i = next.getAndIncrement()) {
      try {
        parts.set(i, part.apply(i));
      } catch (RuntimeException | Error e) {
        failures.set(i, e);
      } finally {
        left.countDown();
      }
    }
    awaitParts();
    for (int i = 0; i < failures.length(); i++) {
      if (failures.get(i) instanceof RuntimeException e) {
        throw e;
      }
      if (failures.get(i) instanceof Error e) {
        throw e;
      }
    }
    return whole.get();
  }

  /** Waits for the parts other threads are making, telling a pool this thread works for that it waits. */
  private void awaitParts() {
    try {
      ForkJoinPool.managedBlock(new ForkJoinPool.ManagedBlocker() {
        @Override
        public boolean block() throws InterruptedException {
          left.await();
          return true;
        }

        @Override
        public boolean isReleasable() {
          return left.getCount() == 0;
        }
      });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for parts of a value other threads make", e);
    }
  }
}
