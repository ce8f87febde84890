package org.explainer.site;

/**
 * Collapses white space in search text, exactly as {@code text.replaceAll("\\s+", " ").strip()} does
 * but without a regular expression, and piece by piece (the search data holds every entry's full text,
 * collapsed as it is written).
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

  /**
   * Collapses the runs of {@code [ \t\n\x0B\f\r]} of a text handed over in pieces, in place: fed the
   * pieces of {@code text[start(text), end(text, start))} in order, it leaves exactly
   * {@code text.replaceAll("\\s+", " ").strip()}, without making a string of it. One per text; not
   * thread-safe.
   */
  static final class Collapser {
    private boolean inRun; // the last char kept was the space a run became

    /** Collapses {@code chars[0, n)}, the next piece; returns how many chars it keeps at the start of the array. */
    int collapse(char[] chars, int n) {
      int out = 0;
      boolean run = inRun;
      for (int i = 0; i < n; i++) {
        char c = chars[i];
        if (isRegexSpace(c)) {
          if (!run) {
            chars[out++] = ' ';
            run = true;
          }
        } else {
          chars[out++] = c;
          run = false;
        }
      }
      inRun = run;
      return out;
    }
  }

  /** The characters of {@code \s} without the UNICODE_CHARACTER_CLASS flag. */
  private static boolean isRegexSpace(char c) {
    // the space and U+0009 to U+000D, so one comparison settles most chars
    return c <= ' ' && (c == ' ' || c >= '\t' && c <= '\r');
  }
}
