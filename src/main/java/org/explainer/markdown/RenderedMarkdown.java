package org.explainer.markdown;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A Markdown document rendered to HTML for the page it appears on.
 *
 * @param html the HTML body, internal links made relative to the page
 * @param headings its headings, in order
 * @param text its plain text (for word counts and search)
 */
public record RenderedMarkdown(String html, List<Heading> headings, String text) {
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /** The number of words in the text: the parts of {@code text.strip().split("\\s+")}. */
  public int wordCount() {
    String words = text.strip();
    return words.isEmpty() ? 0 : WHITE_SPACE.split(words).length;
  }
}
