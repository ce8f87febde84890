package org.explainer.content;

import java.nio.file.Path;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;

/**
 * Splits a Markdown file into its YAML front matter (between two {@code ---} lines at the top) and its
 * body.
 *
 * @param yaml the front matter text, without the fences
 * @param yamlFirstLine the file line the front matter starts on (2)
 * @param body the Markdown after the closing fence
 * @param bodyFirstLine the file line the body starts on
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {
  private static final String FENCE = "---";

  /**
   * Splits {@code text} (LF line ends, no byte-order mark) read from {@code file}.
   *
   * @throws ContentException when the file is empty, has no front matter, or never closes it
   */
  public static FrontMatter split(String text, Path file) {
    if (text.isBlank()) {
      throw ContentException.of(
          new Location(file, 1, 1), "the file is empty", "start it with front matter between two '---' lines, then the text");
    }
    int firstEnd = text.indexOf('\n');
    String firstLine = (firstEnd < 0 ? text : text.substring(0, firstEnd)).stripTrailing();
    if (!firstLine.equals(FENCE)) {
      throw ContentException.of(
          new Location(file, 1, 1),
          "no front matter: the first line is not '---'",
          "did you forget to add '---' on the first line? Front matter goes between two '---' lines at the top");
    }
    int lineNo = 2;
    int pos = firstEnd + 1;
    while (firstEnd >= 0 && pos <= text.length()) {
      int end = text.indexOf('\n', pos);
      if (isFence(text, pos, end < 0 ? text.length() : end)) {
        String yaml = text.substring(firstEnd + 1, pos);
        String body = end < 0 ? "" : text.substring(end + 1);
        return new FrontMatter(yaml, 2, body, lineNo + 1);
      }
      if (end < 0) {
        break;
      }
      pos = end + 1;
      lineNo++;
    }
    throw ContentException.of(
        new Location(file, 1, 1),
        "the front matter that starts on line 1 is never closed",
        "add a line '---' after the last front-matter field");
  }

  private static boolean isFence(String text, int from, int to) {
    return text.substring(from, to).stripTrailing().equals(FENCE);
  }
}
