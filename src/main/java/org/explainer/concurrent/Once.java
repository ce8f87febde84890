package org.explainer.concurrent;

import java.util.function.Supplier;

/**
 * A value made the first time it is asked for, by whichever thread asks first, and then kept: threads
 * that ask meanwhile wait for it, under a lock of its own (so two such values, say a site's share-card
 * drawing and its search index, are made at the same time on two threads).
 *
 * @param <T> the value's type
 */
public final class Once<T> implements Supplier<T> {
  private final Supplier<T> make;
  private volatile T value;

  /** A value that {@code make} makes, when it is first asked for; {@code make} must not return null. */
  public Once(Supplier<T> make) {
    this.make = make;
  }

  @Override
  public T get() {
    T made = value;
    if (made == null) {
      synchronized (this) {
        made = value;
        if (made == null) {
          made = make.get();
          value = made;
        }
      }
    }
    return made;
  }
}
