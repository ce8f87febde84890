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
    String trimmed = text.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }
}
