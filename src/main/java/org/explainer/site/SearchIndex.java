package org.explainer.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The data the search page's script searches: one record per entry, actor, glossary term and timeline
 * event, with a URL relative to the search page. Published as a script that assigns a global, so it
 * loads under a strict Content-Security-Policy and from disk, where {@code fetch} of a JSON file is not
 * allowed.
 */
public final class SearchIndex {
  /**
   * One searchable record; the component names are the JSON keys the search script reads.
   *
   * @param k its kind ("Entry", "Actor", …)
   * @param t its title
   * @param u its URL, relative to the search page
   * @param x the text to search, white space collapsed to single spaces
   */
  public record Doc(String k, String t, String u, String x) {
    /** A record of {@code kind}, {@code title} and {@code href} whose text is {@code text} with its white space collapsed. */
    public static Doc of(String kind, String title, String href, String text) {
      return new Doc(kind, title, href, collapse(text).strip());
    }

    /** {@code text} with each run of white space ({@code \s} of a regular expression) made one space and none at the ends; one pass, for the whole text of every entry. */
    static String collapse(String text) {
      StringBuilder out = new StringBuilder(text.length());
      boolean space = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
          space = out.length() > 0;
        } else {
          if (space) {
            out.append(' ');
            space = false;
          }
          out.append(c);
        }
      }
      return out.toString();
    }
  }

  private final List<Doc> docs = new ArrayList<>();

  /** Adds a document: its kind ("Entry", "Actor", …), title, URL, and text to search. */
  void add(String kind, String title, String href, String text) {
    add(Doc.of(kind, title, href, text));
  }

  /** Adds a document made by {@link Doc#of}. */
  void add(Doc doc) {
    docs.add(doc);
  }

  /** The script, {@code window.EXPLAINER_SEARCH=[...];} and a line end, in UTF-8. */
  byte[] script() {
    return ("window.EXPLAINER_SEARCH=" + Json.script(docs) + ";\n").getBytes(StandardCharsets.UTF_8);
  }
}
