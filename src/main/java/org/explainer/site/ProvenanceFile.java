package org.explainer.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.explainer.content.Article;
import org.explainer.content.Library;
import org.explainer.content.SitePaths;
import org.explainer.provenance.Evidence;
import org.explainer.provenance.ProvenanceReport;

/**
 * {@code provenance.json}: per entry, each quotation checked against its source capture, where it is in
 * the capture as a W3C Web Annotation target (the capture named by its SHA-256 as an RFC 6920 {@code
 * ni:} URI, the passage by a {@code TextQuoteSelector} with its exact words), and the result.
 */
public final class ProvenanceFile extends SinglePage {
  static final String PATH = "provenance.json";
  private static final String METHOD = "Each quote in an entry's metadata and each quotation in its summary is looked up in the archived"
      + " capture of the entry's source, verbatim except for white space and straight or typographic quotation marks;"
      + " an ellipsis may join fragments that occur in order. The captures themselves are not published; each is named here"
      + " by its SHA-256, and each passage by a W3C Web Annotation TextQuoteSelector.";

  ProvenanceFile() {
    super(PATH);
  }

  /** The quotes checked are the original's: the file is at the top of the site only. */
  @Override
  public boolean inEveryLanguage() {
    return false;
  }

  @Override
  public boolean templated() {
    return false;
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
    doc.put("checked", library.articles().stream().allMatch(a -> provenance.entries().containsKey(a.slug())
        && provenance.entries().get(a.slug()).complete()));
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
      entry.put("status", checked != null && checked.complete() ? "checked" : "not checked");
      if (checked != null && checked.capture().sha256() != null) {
        entry.put("captureSha256", checked.capture().sha256());
        entry.put("checkedAsOf", checked.checked());
      }
      entry.put("quotes", checked == null ? List.of() : quotes(checked));
      entries.add(entry);
    }
    doc.put("entries", entries);
    return new Output.Bytes(Json.indented(doc).concat("\n").getBytes(StandardCharsets.UTF_8));
  }

  private static List<Object> quotes(ProvenanceReport.Entry checked) {
    List<Object> quotes = new ArrayList<>();
    for (ProvenanceReport.Quote q : checked.quotes()) {
      Map<String, Object> quote = new LinkedHashMap<>();
      quote.put("where", q.quotation().where());
      if (q.quotation().speaker() != null) {
        quote.put("speaker", q.quotation().speaker());
      }
      quote.put("text", q.quotation().text());
      Evidence.Quote record = q.record();
      quote.put("status", record == null ? "not checked" : record.result());
      if (record != null) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("source", ni(checked.capture().sha256()));
        // the passage itself; the words around it in the capture stay in the unpublished record
        Map<String, Object> selector = new LinkedHashMap<>();
        selector.put("type", record.selector().type());
        selector.put("exact", record.selector().exact());
        target.put("selector", selector);
        quote.put("target", target);
        if (record.speakerNamedNearby() != null) {
          quote.put("speakerNamedNearby", record.speakerNamedNearby());
        }
      }
      quotes.add(quote);
    }
    return quotes;
  }

  /** The RFC 6920 name of content with the SHA-256 {@code hex}: {@code ni:///sha-256;<base64url>}. */
  private static String ni(String hex) {
    return "ni:///sha-256;" + Base64.getUrlEncoder().withoutPadding().encodeToString(HexFormat.of().parseHex(hex));
  }
}
