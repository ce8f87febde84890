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

  /** The number of words in the text. */
  public int wordCount() {
    // the number of parts of text.strip().split("\\s+"), without the regular expression
    char[] chars = text.strip().toCharArray(); // an array, not charAt: faster under the quick JIT
    int words = 0;
    boolean inWord = false;
    for (char c : chars) {
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
