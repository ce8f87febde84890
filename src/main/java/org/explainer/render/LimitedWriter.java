package org.explainer.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A page being written, in memory, that refuses to grow past a number of characters. It is encoded to
 * UTF-8 as it is written: no page-sized UTF-16 copy to grow, copy and encode afterwards.
 */
final class LimitedWriter extends Writer {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
  private final Writer text = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
  private final long limit;
  private long written;

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
    if (written + length > limit) {
      throw new LimitReached(limit);
    }
    written += length;
    text.write(chars, offset, length);
  }

  @Override
  public void write(String string, int offset, int length) throws IOException {
    if (written + length > limit) {
      throw new LimitReached(limit);
    }
    written += length;
    text.write(string, offset, length);
  }

  @Override
  public void flush() {
    // in memory
  }

  @Override
  public void close() {
    // in memory
  }

  /** The page so far, in UTF-8. */
  byte[] bytes() {
    try {
      text.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen in memory", e);
    }
    return bytes.toByteArray();
  }
}
