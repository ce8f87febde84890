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
 * being made, and the first of them puts the parts together, in their order. So a value that
 * many pages need, such as a site's search index, is made on as many threads as ask for it, and a thread
 * never waits idle while there is a part to make. A part waits for nothing, so nothing can deadlock.
 *
 * <p>The value depends on the parts and their order alone, never on which thread made which part.
 * When a part, or putting them together, fails, every thread that asks gets that failure; nothing is
 * made again.
 *
 * @param <P> a part's type
 * @param <T> the value's type
 */
public final class SharedWork<P, T> implements Supplier<T> {
  private final IntFunction<P> part;
  private final Function<List<P>, T> whole;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicReferenceArray<P> parts;
  private final AtomicReferenceArray<Throwable> failures;
  private final CountDownLatch left;
  /** The value, once made. */
  private T value;
  /** What making the value from the parts threw, once it did: told to every thread that asks. */
  private Throwable failure;

  /**
   * A value made of {@code count} parts, part {@code i} made by {@code part.apply(i)} (never null), and
   * put together by {@code whole} from the parts in order. The parts are let go once the value is made.
   */
  public SharedWork(int count, IntFunction<P> part, Function<List<P>, T> whole) {
    if (count < 1) {
      throw new IllegalArgumentException("a value of " + count + " parts");
    }
    this.part = part;
    this.whole = whole;
    this.parts = new AtomicReferenceArray<>(count);
    this.failures = new AtomicReferenceArray<>(count);
    this.left = new CountDownLatch(count);
  }

  @Override
  public T get() {
    for (int i = next.getAndIncrement(); i < parts.length(); i = next.getAndIncrement()) {
      try {
        parts.set(i, part.apply(i));
      } catch (Throwable e) {
        failures.set(i, e);
      } finally {
        left.countDown();
      }
    }
    awaitParts();
    for (int i = 0; i < failures.length(); i++) {
      if (failures.get(i) != null) {
        throw rethrown(failures.get(i));
      }
    }
    return whole();
  }

  /** The value, put together by the first thread here; the parts are let go then, whether or not it could be. */
  private synchronized T whole() {
    if (value == null && failure == null) {
      List<P> all = new ArrayList<>(parts.length());
      for (int i = 0; i < parts.length(); i++) {
        all.add(parts.getAndSet(i, null));
      }
      try {
        value = whole.apply(all);
      } catch (Throwable e) {
        failure = e;
      }
    }
    if (failure != null) {
      throw rethrown(failure);
    }
    return value;
  }

  private static RuntimeException rethrown(Throwable failure) {
    if (failure instanceof RuntimeException e) {
      return e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    return new IllegalStateException("a part of a shared value failed", failure);
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
