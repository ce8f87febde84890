package org.explainer.provenance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.explainer.cache.BuildCache;
import org.explainer.content.Article;
import org.explainer.content.MarkdownSource;
import org.explainer.diagnostic.Location;
import org.explainer.yaml.LocatedText;

/**
 * A quotation an entry prints, which must occur verbatim in its source's capture: each quote of its
 * front matter, and each passage of two or more words in quotation marks in its summary.
 *
 * @param where "metadata" or "summary"
 * @param speaker the quote's speaker (actor id), or null for a quotation in the summary
 * @param speakerAt where the speaker is named, or null for a quotation in the summary
 * @param text the words as the entry prints them
 * @param at where they are written
 */
public record Quotation(String where, String speaker, Location speakerAt, String text, Location at) {
  private static final Pattern QUOTATION = Pattern.compile("“([^”\\n]+)”|\"([^\"\\n]+)\"");

  /** The quotations of {@code a}, front matter first, then the summary's in order. */
  public static List<Quotation> of(Article a) {
    List<Quotation> out = new ArrayList<>();
    for (Article.Quote q : a.quotes()) {
      out.add(new Quotation("metadata", q.speaker().id(), q.speaker().at(), q.text(), q.textAt()));
    }
    MarkdownSource body = a.body();
    Matcher m = QUOTATION.matcher(body.text());
    while (m.find()) {
      int group = m.group(1) != null ? 1 : 2;
      String text = m.group(group).strip();
      if (text.split("\\s+").length >= 2) { // a single quoted word is a term, not a quotation
        out.add(new Quotation("summary", null, null, text, body.locate(m.start(group))));
      }
    }
    return out;
  }

  /** True when {@code q}, recorded as checked, is this quotation. */
  boolean is(Evidence.Quote q) {
    return where.equals(q.where()) && text.equals(q.text()) && (speaker == null ? q.speaker() == null : speaker.equals(q.speaker()));
  }

  /**
   * The SHA-256 of {@code a}'s own wording that is checked for copying from its capture: its dek, key
   * points, quotes' sentences and summary. A record of the check holds it, so a later change of the
   * wording is seen.
   */
  public static String wording(Article a) {
    StringBuilder text = new StringBuilder(a.dek()).append('\n');
    a.keyPoints().stream().map(LocatedText::text).forEach(point -> text.append(point).append('\n'));
    a.quotes().forEach(q -> q.sentence().ifPresent(sentence -> text.append(sentence).append('\n')));
    return sha256(text.append(a.body().text()).toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The SHA-256 of {@code bytes}, in lowercase hex. */
  static String sha256(byte[] bytes) {
    return BuildCache.hash(bytes);
  }
}
