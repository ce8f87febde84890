package org.explainer.markdown;

import java.util.List;

/**
 * A Markdown document rendered to HTML for the page it appears on.
 *
 * @param html the HTML body, internal links made relative to the page
 * @param headings its headings, in order
 * @param text its plain text (for word counts and search)
 */
public record RenderedMarkdown(String html, List<Heading> headings, String text) {

  /** The number of words in the text: the parts of {@code text.strip().split("\\s+")}. */
  public int wordCount() {
    // strip()'s ends, found in place (no white space lies outside the Basic Multilingual Plane)
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    // counted over one byte per char (see Latin1): a char outside Latin-1 becomes '?', which is no more
    // white space than the char was
    byte[] bytes = Latin1.bytes(text);
    int words = 0;
    boolean inWord = false;
    for (int i = start; i < end; i++) {
      int c = bytes[i] & 0xff;
      // [ \t\n\x0B\f\r]: the space and U+0009 to U+000D, so one comparison settles most chars
      boolean space = c <= ' ' && (c == ' ' || c >= '\t' && c <= '\r');
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
