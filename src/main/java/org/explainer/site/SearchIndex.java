package org.explainer.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data the search page's script searches: one record per entry, actor, glossary term and timeline
 * event, with a URL relative to the search page. Published as a script that assigns a global, so it
 * loads under a strict Content-Security-Policy and from disk, where {@code fetch} of a JSON file is not
 * allowed.
 */
final class SearchIndex {
  private final List<Map<String, String>> docs = new ArrayList<>();

  /** Adds a document: its kind ("Entry", "Actor", …), title, URL, and text to search. */
  void add(String kind, String title, String href, String text) {
    Map<String, String> doc = new LinkedHashMap<>();
    doc.put("k", kind);
    doc.put("t", title);
    doc.put("u", href);
    doc.put("x", text.replaceAll("\\s+", " ").strip());
    docs.add(doc);
  }

  /** The script: {@code window.EXPLAINER_SEARCH = [...];}. */
  byte[] script() {
    return ("window.EXPLAINER_SEARCH=" + StructuredData.write(docs) + ";\n").getBytes(StandardCharsets.UTF_8);
  }
}
