package org.explainer.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A value made of parts by every thread that asks for it. */
class SharedWorkTest {
  @Test
  void everyPartIsMadeOnceAndTheWholeOnceFromThePartsInOrder() {
    AtomicInteger wholes = new AtomicInteger();
    List<Integer> made = Collections.synchronizedList(new ArrayList<>());
    SharedWork<Integer, List<Integer>> value = new SharedWork<>(50, i -> {
      made.add(i);
      return i * i;
    }, parts -> {
      wholes.incrementAndGet();
      return List.copyOf(parts);
    });
    try (Workers workers = Workers.of(4)) {
      List<List<Integer>> seen = workers.map(IntStream.range(0, 200).boxed().toList(), i -> value.get());
      assertThat(seen).allMatch(v -> v == seen.get(0));
    }
    assertThat(value.get()).isEqualTo(IntStream.range(0, 50).map(i -> i * i).boxed().toList());
    assertThat(made).hasSize(50).doesNotHaveDuplicates();
    assertThat(wholes).hasValue(1);
  }

  /** Two threads that ask at once both make parts: neither waits while a part is left. */
  @Test
  void theThreadsThatAskShareTheParts() throws InterruptedException {
    Set<Thread> makers = ConcurrentHashMap.newKeySet();
    CountDownLatch bothStarted = new CountDownLatch(2);
    SharedWork<Integer, Integer> value = new SharedWork<>(2, i -> {
      makers.add(Thread.currentThread());
      bothStarted.countDown();
      try {
        // each part waits until both threads are making one: with one thread alone this would time out
        assertThat(bothStarted.await(10, TimeUnit.SECONDS)).isTrue();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return i;
    }, parts -> parts.get(0) + parts.get(1));
    Thread other = new Thread(value::get);
    other.start();
    assertThat(value.get()).isEqualTo(1);
    other.join();
    assertThat(makers).hasSize(2);
  }

  @Test
  void aFailedPartFailsEveryThreadThatAsks() {
    SharedWork<Integer, Integer> value = new SharedWork<>(3, i -> {
      if (i == 1) {
        throw new IllegalArgumentException("part 1 failed");
      }
      return i;
    }, parts -> 0);
    assertThatThrownBy(value::get).isInstanceOf(IllegalArgumentException.class).hasMessage("part 1 failed");
    assertThatThrownBy(value::get).isInstanceOf(IllegalArgumentException.class).hasMessage("part 1 failed");
    assertThatThrownBy(() -> new SharedWork<>(0, i -> i, parts -> 0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Putting the parts together is tried once: its failure is told again, never a second try on parts it may have changed. */
  @Test
  void aFailedWholeIsToldAgainAndNotMadeAgain() {
    AtomicInteger tries = new AtomicInteger();
    SharedWork<Integer, Integer> value = new SharedWork<>(3, i -> i, parts -> {
      tries.incrementAndGet();
      throw new IllegalStateException("cannot put them together");
    });
    assertThatThrownBy(value::get).hasMessage("cannot put them together");
    assertThatThrownBy(value::get).hasMessage("cannot put them together");
    assertThat(tries).hasValue(1);
  }
}
