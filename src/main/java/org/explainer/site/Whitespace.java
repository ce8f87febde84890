package org.explainer.site;

/**
 * White space in search text, collapsed exactly as {@code text.replaceAll("\\s+", " ").strip()} does
 * but without a regular expression: the ends are found here, and {@link Utf8Writer#jsonCollapsed}
 * collapses the runs as it writes the text (the search data holds every entry's full text).
 *
 * <p>Two different sets of white space are involved, and both are kept: a run of the regular
 * expression's {@code \s} characters ({@code [ \t\n\x0B\f\r]}) inside the text becomes one space, while
 * the ends are trimmed of every character {@link Character#isWhitespace(int)} accepts (which also takes
 * U+2028, U+3000, U+001C…U+001F and others, but not the no-break space U+00A0). So
 * {@code "\u2028 a \u2028 b\u00A0"} gives {@code "a \u2028 b\u00A0"}.
 */
final class Whitespace {
  private Whitespace() {}

  /**
   * Where the collapsed text starts: after every {@link Character#isWhitespace} character at the start.
   * Every {@code \s} character is also one of those, so trimming the text first trims exactly what
   * {@code strip()} would trim after the runs are collapsed.
   */
  static int start(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return start;
  }

  /** Where the collapsed text ends: before every {@link Character#isWhitespace} character at the end, not before {@code start}. */
  static int end(String text, int start) {
    int end = text.length();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** The characters of {@code \s} without the UNICODE_CHARACTER_CLASS flag. */
  static boolean isRegexSpace(char c) {
    // the space and U+0009 to U+000D, so one comparison settles most chars
    return c <= ' ' && (c == ' ' || c >= '\t' && c <= '\r');
  }
}
