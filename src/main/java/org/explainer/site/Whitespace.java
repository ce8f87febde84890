package org.explainer.site;

/**
 * Collapses white space in search text, exactly as {@code text.replaceAll("\\s+", " ").strip()} does
 * but in one pass without a regular expression (the search data holds every entry's full text).
 *
 * <p>Two different sets of white space are involved, and both are kept: a run of the regular
 * expression's {@code \s} characters ({@code [ \t\n\x0B\f\r]}) inside the text becomes one space, while
 * the ends are trimmed of every character {@link Character#isWhitespace(int)} accepts (which also takes
 * U+2028, U+3000, U+001C…U+001F and others, but not the no-break space U+00A0). So
 * {@code "\u2028 a \u2028 b\u00A0"} gives {@code "a \u2028 b\u00A0"}.
 */
final class Whitespace {
  private Whitespace() {}

  /** {@code text} with each run of {@code [ \t\n\x0B\f\r]} made one space, then stripped. */
  static String collapse(String text) {
    int start = 0;
    int end = text.length();
    // Every \s character is also Character.isWhitespace, so trimming the original text first trims
    // exactly what strip() would trim after the runs are collapsed.
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    // An array, not charAt: several times quicker under the quick (C1) compiler the launcher uses.
    char[] chars = text.toCharArray();
    int i = start;
    // Skip the part that needs no change: no \s other than single spaces. The character at end - 1 is
    // not white space, so i + 1 < end whenever chars[i] is.
    while (i < end) {
      char c = chars[i];
      if (isRegexSpace(c) && (c != ' ' || isRegexSpace(chars[i + 1]))) {
        break;
      }
      i++;
    }
    if (i == end) {
      return text.substring(start, end);
    }
    int out = i; // collapsing never writes ahead of reading, so it works in place
    while (i < end) {
      char c = chars[i];
      if (isRegexSpace(c)) {
        chars[out++] = ' ';
        do {
          i++;
        } while (i < end && isRegexSpace(chars[i]));
      } else {
        chars[out++] = c;
        i++;
      }
    }
    return new String(chars, start, out - start);
  }

  /** The characters of {@code \s} without the UNICODE_CHARACTER_CLASS flag. */
  private static boolean isRegexSpace(char c) {
    // the space and U+0009 to U+000D, so one comparison settles most chars
    return c <= ' ' && (c == ' ' || c >= '\t' && c <= '\r');
  }
}
