package org.explainer.site;

import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes what it is given as UTF-8 straight into a growing byte array, as {@code
 * String.getBytes(UTF_8)} encodes it: an unpaired surrogate (even one whose other half would come in a
 * later write) becomes '?'. Used for the rendered pages, which go from the template engine to the bytes
 * written to disk without an intermediate string, and, {@linkplain #scriptSafe script-safe}, for the
 * search data. Not thread-safe (one per file).
 */
public final class Utf8Writer extends Writer {
  private final boolean scriptSafe;
  private byte[] bytes;
  private int size;
  private char pendingHigh; // a high surrogate whose low half has not been written yet
  private final char[] scratch = new char[2048];

  /** A writer whose array starts with room for {@code capacity} bytes. */
  public Utf8Writer(int capacity) {
    this(capacity, false);
  }

  private Utf8Writer(int capacity, boolean scriptSafe) {
    this.bytes = new byte[Math.max(capacity, 16)];
    this.scriptSafe = scriptSafe;
  }

  /**
   * A writer that also writes {@code <}, {@code >} and {@code &} as the JSON escapes {@link
   * ScriptJson#escape} gives, for JSON inside a {@code <script>} element.
   */
  static Utf8Writer scriptSafe(int capacity) {
    return new Utf8Writer(capacity, true);
  }

  /** Appends ASCII text as it is, never escaped (the script around script-safe JSON). */
  void ascii(String text) {
    settlePending();
    ensure(text.length());
    for (int i = 0; i < text.length(); i++) {
      bytes[size++] = (byte) text.charAt(i);
    }
  }

  @Override
  public void write(int c) {
    write((char) c);
  }

  @Override
  public void write(char[] chars, int off, int len) {
    int end = off + len;
    int i = off;
    while (i < end) {
      if (pendingHigh == 0) {
        ensure(end - i); // one byte for each ASCII char; any other char makes its own room
        // runs of ASCII copied with the array and its size in locals, which the quick JIT keeps in registers
        byte[] out = bytes;
        int at = size;
        if (scriptSafe) {
          for (char c; i < end && (c = chars[i]) < 0x80 && c != '<' && c != '>' && c != '&'; i++) {
            out[at++] = (byte) c;
          }
        } else {
          for (char c; i < end && (c = chars[i]) < 0x80; i++) {
            out[at++] = (byte) c;
          }
        }
        size = at;
      }
      if (i < end) {
        write(chars[i++]);
      }
    }
  }

  @Override
  public void write(String text, int off, int len) {
    if (!scriptSafe && pendingHigh == 0 && len >= 32 && !Character.isHighSurrogate(text.charAt(off + len - 1))) {
      // String's own encoder: for ASCII text stored a byte per char, a check and an array copy
      String part = off == 0 && len == text.length() ? text : text.substring(off, off + len);
      byte[] encoded = part.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      ensure(encoded.length);
      System.arraycopy(encoded, 0, bytes, size, encoded.length);
      size += encoded.length;
      return;
    }
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

  /**
   * Writes {@code text[start, end)} as the inside of a JSON string whose runs of {@code [
   * \t\n\x0B\f\r]} are collapsed to one space (see {@link Whitespace}), with the escapes of {@link
   * ScriptJson#writeString}: collapsed, escaped and encoded in one pass over the chars. The search
   * data's text, the most text the build writes, goes through here.
   */
  void jsonCollapsed(String text, int start, int end) {
    boolean run = false; // the last char kept was the space a run became
    for (int at = start; at < end; at += scratch.length) {
      int n = Math.min(scratch.length, end - at);
      text.getChars(at, at + n, scratch, 0);
      ensure(n); // one byte for each ASCII char kept; anything longer makes its own room
      byte[] out = bytes;
      int put = size;
      for (int i = 0; i < n; i++) {
        char c = scratch[i];
        if (Whitespace.isRegexSpace(c)) {
          if (!run && pendingHigh == 0) {
            out[put++] = ' ';
            run = true;
          } else if (!run) {
            size = put;
            write(' ');
            out = bytes;
            put = size;
            run = true;
          }
          continue;
        }
        run = false;
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' && pendingHigh == 0) {
          out[put++] = (byte) c;
          continue;
        }
        size = put;
        if (c < 0x20 || c == '"' || c == '\\') {
          ascii(ScriptJson.escapeOf(c));
        } else {
          write(c);
        }
        ensure(n - i);
        out = bytes;
        put = size;
      }
      size = put;
    }
  }

  /** Encodes one char, making room for exactly the bytes it adds. */
  private void write(char c) {
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(high, c);
        ensure(4);
        bytes[size++] = (byte) (0xF0 | cp >> 18);
        bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
        bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
        bytes[size++] = (byte) (0x80 | cp & 0x3F);
        return;
      }
      ensure(1);
      bytes[size++] = '?';
    }
    if (c < 0x80) {
      String escape = scriptSafe ? ScriptJson.escape(c) : null;
      if (escape != null) {
        ensure(escape.length());
        for (int k = 0; k < escape.length(); k++) {
          bytes[size++] = (byte) escape.charAt(k);
        }
      } else {
        ensure(1);
        bytes[size++] = (byte) c;
      }
    } else if (c < 0x800) {
      ensure(2);
      bytes[size++] = (byte) (0xC0 | c >> 6);
      bytes[size++] = (byte) (0x80 | c & 0x3F);
    } else if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else if (Character.isLowSurrogate(c)) {
      ensure(1);
      bytes[size++] = '?';
    } else {
      ensure(3);
      bytes[size++] = (byte) (0xE0 | c >> 12);
      bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
      bytes[size++] = (byte) (0x80 | c & 0x3F);
    }
  }

  /**
   * Room for {@code more} bytes. The array grows by half (or to what is needed), not by doubling: a
   * writer usually starts with room for about all it will be given (a page, a search record).
   */
  private void ensure(int more) {
    long needed = (long) size + more;
    if (needed > bytes.length) {
      bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, bytes.length + (bytes.length >> 1))));
    }
  }

  private void settlePending() {
    if (pendingHigh != 0) {
      ensure(1);
      bytes[size++] = '?';
      pendingHigh = 0;
    }
  }

  /**
   * The UTF-8 bytes written so far (a lone high surrogate at the very end becomes '?'). When they fill
   * the array exactly, that array itself is returned, without a copy: bytes once written never change,
   * and a later write would first move them to a larger array.
   */
  public byte[] toByteArray() {
    settlePending();
    return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
