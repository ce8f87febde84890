package org.explainer.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.explainer.content.Article;
import org.explainer.content.Library;
import org.explainer.content.SitePaths;
import org.explainer.provenance.ProvenanceReport;

/** {@code provenance.json}: per entry, each quote checked against its source capture, and the result. */
public final class ProvenanceFile extends SinglePage {
  static final String PATH = "provenance.json";
  private static final String METHOD = "Each quote in an entry's metadata and each quotation in its summary is looked up in the archived"
      + " capture of the entry's source, verbatim except for white space and straight or typographic quotation marks;"
      + " an ellipsis may join fragments that occur in order. The captures themselves are not published.";

  ProvenanceFile() {
    super(PATH);
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES, Input.SUMMARIES, Input.TIMELINE);
  }

  @Override
  public Output output(Library library, Site site) {
    ProvenanceReport provenance = site.provenance();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("site", library.site().title());
    doc.put("checked", provenance.checked());
    doc.put("asOf", site.updated() == null ? null : site.updated().iso());
    doc.put("method", METHOD);
    List<Object> entries = new ArrayList<>();
    for (Article a : library.articles()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("entry", a.slug());
      entry.put("url", SitePaths.cleanUrl(EntryPage.at(a)));
      entry.put("source", site.outletLine(a.source()));
      entry.put("capture", a.source().capture().orElse(null));
      ProvenanceReport.Entry checked = provenance.entries().get(a.slug());
      entry.put("status", checked == null ? "not checked" : "checked");
      entry.put("quotes", checked == null ? unchecked(a) : checked(checked));
      entries.add(entry);
    }
    doc.put("entries", entries);
    return new Output.Bytes(Json.indented(doc).concat("\n").getBytes(StandardCharsets.UTF_8));
  }

  private static List<Object> checked(ProvenanceReport.Entry checked) {
    List<Object> quotes = new ArrayList<>();
    for (ProvenanceReport.Quote q : checked.quotes()) {
      Map<String, Object> quote = new LinkedHashMap<>();
      quote.put("where", q.where());
      if (q.speaker() != null) {
        quote.put("speaker", q.speaker());
      }
      quote.put("text", q.text());
      quote.put("status", q.verbatim() ? "verbatim" : "not found");
      if (q.speakerNearby() != null) {
        quote.put("speakerNamedNearby", q.speakerNearby());
      }
      quotes.add(quote);
    }
    return quotes;
  }

  private static List<Object> unchecked(Article a) {
    List<Object> quotes = new ArrayList<>();
    for (Article.Quote q : a.quotes()) {
      Map<String, Object> quote = new LinkedHashMap<>();
      quote.put("where", "metadata");
      quote.put("speaker", q.speaker().id());
      quote.put("text", q.text());
      quote.put("status", "not checked");
      quotes.add(quote);
    }
    return quotes;
  }
}
