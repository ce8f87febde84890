package org.explainer.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes what it is given as UTF-8 straight into a growing byte array: a page
 * goes from the template engine to the bytes written to disk without a {@code StringWriter}'s
 * synchronised buffer and a second, whole-page encoding pass. Not thread-safe (one per page).
 * Unpaired surrogates become '?', as with {@code String.getBytes(UTF_8)}.
 */
final class Utf8Writer extends Writer {
  private byte[] bytes;
  private int size;
  private char pendingHigh; // a high surrogate whose low half has not been written yet
  private final char[] scratch = new char[2048];

  Utf8Writer(int capacity) {
    bytes = new byte[Math.max(capacity, 16)];
  }

  @Override
  public void write(int c) {
    write((char) c);
  }

  @Override
  public void write(char[] chars, int off, int len) {
    ensure(len);
    for (int i = off; i < off + len; i++) {
      char c = chars[i];
      if (c < 0x80 && pendingHigh == 0) {
        bytes[size++] = (byte) c;
      } else {
        write(c);
      }
    }
  }

  @Override
  public void write(String text, int off, int len) {
    // copy the chars out in bulk, then encode from the array: much cheaper than charAt per char
    for (int at = off; at < off + len; at += scratch.length) {
      int n = Math.min(scratch.length, off + len - at);
      text.getChars(at, at + n, scratch, 0);
      write(scratch, 0, n);
    }
  }

  @Override
  public void write(String text) {
    write(text, 0, text.length());
  }

  private void write(char c) {
    ensure(4);
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(high, c);
        bytes[size++] = (byte) (0xF0 | cp >> 18);
        bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
        bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
        bytes[size++] = (byte) (0x80 | cp & 0x3F);
        return;
      }
      bytes[size++] = '?';
    }
    if (c < 0x80) {
      bytes[size++] = (byte) c;
    } else if (c < 0x800) {
      bytes[size++] = (byte) (0xC0 | c >> 6);
      bytes[size++] = (byte) (0x80 | c & 0x3F);
    } else if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else if (Character.isLowSurrogate(c)) {
      bytes[size++] = '?';
    } else {
      bytes[size++] = (byte) (0xE0 | c >> 12);
      bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
      bytes[size++] = (byte) (0x80 | c & 0x3F);
    }
  }

  private void ensure(int more) {
    // at most 3 bytes per char, plus a pending surrogate's '?'
    long needed = size + 3L * more + 1;
    if (needed > bytes.length) {
      bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, bytes.length * 2L)));
    }
  }

  /** The UTF-8 bytes written so far (a lone high surrogate at the very end becomes '?'). */
  byte[] toByteArray() {
    if (pendingHigh != 0) {
      ensure(1);
      bytes[size++] = '?';
      pendingHigh = 0;
    }
    return Arrays.copyOf(bytes, size);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
