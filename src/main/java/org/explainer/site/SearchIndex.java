package org.explainer.site;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The data the search page's script searches: one record per entry, actor, glossary term and timeline
 * event, with a URL relative to the search page. Published as a script that assigns a global, so it
 * loads under a strict Content-Security-Policy and from disk, where {@code fetch} of a JSON file is not
 * allowed.
 */
final class SearchIndex {
  private static final String START = "window.EXPLAINER_SEARCH=";
  private static final String END = ";\n";

  /**
   * One searchable record, {@code {"k": kind, "t": title, "u": href, "x": text}}.
   *
   * @param kind "Entry", "Actor", "Glossary" or "Timeline"
   * @param title what the result shows
   * @param href the URL, relative to the search page
   * @param text the text searched, white space already collapsed
   */
  record Doc(String kind, String title, String href, String text) {
    /** A record for {@code text} as written: its white space is collapsed here (on any thread). */
    static Doc of(String kind, String title, String href, String text) {
      return new Doc(kind, title, href, Whitespace.collapse(text));
    }
  }

  private final List<Doc> docs = new ArrayList<>();
  private long chars;

  /** Adds a document: its kind ("Entry", "Actor", …), title, URL, and text to search. */
  void add(String kind, String title, String href, String text) {
    add(Doc.of(kind, title, href, text));
  }

  /** Adds a document made by {@link Doc#of}. */
  void add(Doc doc) {
    chars += length(doc.title()) + length(doc.href()) + doc.text().length() + 32;
    docs.add(doc);
  }

  private static int length(String text) {
    return text == null ? 0 : text.length();
  }

  /**
   * The script, {@code window.EXPLAINER_SEARCH=[...];} and a line end, in UTF-8: the JSON is streamed
   * into the bytes, with {@code <}, {@code >} and {@code &} escaped (see {@link ScriptJson}).
   */
  byte[] script() {
    // Most text is ASCII: the estimate is close, so the buffer grows at most once or twice.
    Utf8Writer out = Utf8Writer.scriptSafe((int) Math.min(Integer.MAX_VALUE - 16, chars + START.length() + 16));
    out.ascii(START);
    try (JsonGenerator json = ScriptJson.generator(out)) {
      json.writeStartArray();
      for (Doc doc : docs) {
        json.writeStartObject();
        json.writeStringField("k", doc.kind());
        json.writeStringField("t", doc.title());
        json.writeStringField("u", doc.href());
        json.writeStringField("x", doc.text());
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", e);
    }
    out.ascii(END);
    return out.toByteArray();
  }
}
