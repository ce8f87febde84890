package org.explainer.content;

import org.explainer.diagnostic.Location;
import org.explainer.yaml.Fields;

/**
 * Markdown text and where it starts in its file, so that problems found while rendering it can name
 * their line.
 *
 * @param text the Markdown, with '\n' line ends
 * @param start the location of its first line
 */
public record MarkdownSource(String text, Location start) {

  /** The Markdown written as the value of {@code key} of {@code f} (a glossary definition, say); "" after recording a problem. */
  public static MarkdownSource read(Fields f, String key) {
    return new MarkdownSource(f.text(key), f.at(key));
  }

  /** The file location of character {@code offset} of the text. */
  public Location locate(int offset) {
    int end = Math.min(Math.max(offset, 0), text.length());
    int line = 0;
    int lineStart = 0;
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = end - lineStart + 1 + (line == 0 ? start.column() - 1 : 0);
    return new Location(start.file(), start.line() + line, column);
  }
}
