package org.explainer.markdown;

import java.nio.charset.StandardCharsets;

/**
 * Text as one byte per char, for scans that look for ASCII characters only: the first-tier JIT loops
 * over a byte array faster than over a String's chars or an inflated char array, and for text stored a
 * byte per char (Latin-1) the array is a plain copy.
 */
final class Latin1 {
  private Latin1() {}

  /**
   * One byte per char of {@code text}, at the same offsets: a Latin-1 char as it is, any other as '?'
   * (which, like it, is neither an ASCII letter nor white space nor punctuation a scan looks for).
   */
  static byte[] bytes(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    if (bytes.length == text.length()) {
      return bytes;
    }
    // a surrogate pair became one '?': map char by char so that the offsets stay the same
    bytes = new byte[text.length()];
    for (int i = 0; i < bytes.length; i++) {
      char c = text.charAt(i);
      bytes[i] = c <= 0xFF ? (byte) c : (byte) '?';
    }
    return bytes;
  }
}
