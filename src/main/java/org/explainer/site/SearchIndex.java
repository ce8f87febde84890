package org.explainer.site;

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
   * @param bytes the size of the record in the script, in UTF-8 bytes (see {@link ScriptJson#stringBytes})
   */
  record Doc(String kind, String title, String href, String text, long bytes) {
    /** A record for {@code text} as written: its white space is collapsed and its size counted here (on any thread). */
    static Doc of(String kind, String title, String href, String text) {
      String collapsed = Whitespace.collapse(text);
      long bytes = RECORD_FRAME + ScriptJson.stringBytes(kind) + ScriptJson.stringBytes(title) + ScriptJson.stringBytes(href)
          + ScriptJson.stringBytes(collapsed);
      return new Doc(kind, title, href, collapsed, bytes);
    }
  }

  /** {@code {"k":}, {@code ,"t":}, {@code ,"u":}, {@code ,"x":} and the closing brace. */
  private static final int RECORD_FRAME = 21;

  private final List<Doc> docs = new ArrayList<>();
  private long bytes = START.length() + 2 + END.length(); // the script around the array and its brackets

  /** Adds a document: its kind ("Entry", "Actor", …), title, URL, and text to search. */
  void add(String kind, String title, String href, String text) {
    add(Doc.of(kind, title, href, text));
  }

  /** Adds a document made by {@link Doc#of}. */
  void add(Doc doc) {
    bytes += doc.bytes() + (docs.isEmpty() ? 0 : 1);
    docs.add(doc);
  }

  /** The size of {@link #script()} in bytes, counted as the documents were added. */
  long scriptBytes() {
    return bytes;
  }

  /**
   * The script, {@code window.EXPLAINER_SEARCH=[...];} and a line end, in UTF-8: the JSON is written
   * straight into the bytes, with {@code <}, {@code >} and {@code &} escaped (see {@link
   * ScriptJson#writeString}).
   */
  byte[] script() {
    // Sized exactly, so the bytes of a large site's search data are neither grown nor copied.
    Utf8Writer out = Utf8Writer.scriptSafe((int) Math.min(Integer.MAX_VALUE - 16, bytes));
    out.ascii(START);
    out.ascii("[");
    char[] scratch = new char[4096];
    for (int i = 0; i < docs.size(); i++) {
      Doc doc = docs.get(i);
      out.ascii(i == 0 ? "{\"k\":" : ",{\"k\":");
      ScriptJson.writeString(out, doc.kind(), scratch);
      out.ascii(",\"t\":");
      ScriptJson.writeString(out, doc.title(), scratch);
      out.ascii(",\"u\":");
      ScriptJson.writeString(out, doc.href(), scratch);
      out.ascii(",\"x\":");
      ScriptJson.writeString(out, doc.text(), scratch);
      out.ascii("}");
    }
    out.ascii("]");
    out.ascii(END);
    return out.toByteArray();
  }
}
