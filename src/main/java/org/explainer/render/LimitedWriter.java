package org.explainer.render;

import java.io.IOException;
import java.io.Writer;

/** A page being written, in memory, that refuses to grow past a number of characters. */
final class LimitedWriter extends Writer {
  private final StringBuilder text = new StringBuilder(32 * 1024);
  private final long limit;

  /** Thrown when a write would take the page past its limit. */
  static final class LimitReached extends IOException {
    private static final long serialVersionUID = 1L;

    LimitReached(long limit) {
      super("the page grew past " + limit + " characters");
    }
  }

  LimitedWriter(long limit) {
    this.limit = limit;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    if (text.length() + (long) length > limit) {
      throw new LimitReached(limit);
    }
    text.append(chars, offset, length);
  }

  @Override
  public void write(String string, int offset, int length) throws IOException {
    if (text.length() + (long) length > limit) {
      throw new LimitReached(limit);
    }
    text.append(string, offset, offset + length);
  }

  @Override
  public void flush() {
    // in memory
  }

  @Override
  public void close() {
    // in memory
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
