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
   * One searchable record, {@code {"k": kind, "t": title, "u": href, "x": text}}, as the UTF-8 bytes of
   * its JSON in the script.
   *
   * @param json the record, written by {@link #of}
   */
  record Doc(byte[] json) {
    /**
     * The record of a document: its kind ("Entry", "Actor", …), title, URL relative to the search page,
     * and text to search, whose white space is collapsed here (see {@link Whitespace}). Written on the calling thread, so the
     * entries' records, most of the data, are written on every core.
     */
    static Doc of(String kind, String title, String href, String text) {
      int chars = text.length() + length(kind) + length(title) + length(href);
      // room for ASCII text and the frame; anything escaped or wider grows the array by half
      Utf8Writer out = Utf8Writer.scriptSafe(chars + chars / 16 + 32);
      char[] scratch = new char[Math.min(4096, Math.max(16, chars))];
      out.ascii("{\"k\":");
      ScriptJson.writeString(out, kind, scratch);
      out.ascii(",\"t\":");
      ScriptJson.writeString(out, title, scratch);
      out.ascii(",\"u\":");
      ScriptJson.writeString(out, href, scratch);
      out.ascii(",\"x\":");
      ScriptJson.writeCollapsedString(out, text);
      out.ascii("}");
      return new Doc(out.toByteArray());
    }

    private static int length(String value) {
      return value == null ? 4 : value.length();
    }
  }

  private final List<byte[]> docs = new ArrayList<>();

  /** Adds a document: its kind ("Entry", "Actor", …), title, URL, and text to search. */
  void add(String kind, String title, String href, String text) {
    add(Doc.of(kind, title, href, text));
  }

  /** Adds a document made by {@link Doc#of}. */
  void add(Doc doc) {
    docs.add(doc.json());
  }

  /** The size of {@link #script()} in bytes: the records, the commas between them and the script around them. */
  long scriptBytes() {
    long bytes = START.length() + 2 + END.length() + Math.max(0, docs.size() - 1);
    for (byte[] json : docs) {
      bytes += json.length;
    }
    return bytes;
  }

  /**
   * The script, {@code window.EXPLAINER_SEARCH=[...];} and a line end, in UTF-8: the records' JSON
   * (with {@code <}, {@code >} and {@code &} escaped, see {@link ScriptJson#writeString}) joined into
   * one array of exactly the size counted, so the bytes of a large site's search data are copied once.
   */
  byte[] script() {
    byte[] out = new byte[Math.toIntExact(scriptBytes())];
    int at = ascii(out, 0, START);
    out[at++] = '[';
    for (int i = 0; i < docs.size(); i++) {
      if (i > 0) {
        out[at++] = ',';
      }
      byte[] json = docs.get(i);
      System.arraycopy(json, 0, out, at, json.length);
      at += json.length;
    }
    out[at++] = ']';
    ascii(out, at, END);
    return out;
  }

  private static int ascii(byte[] out, int at, String text) {
    for (int i = 0; i < text.length(); i++) {
      out[at++] = (byte) text.charAt(i);
    }
    return at;
  }
}
