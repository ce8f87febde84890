package org.explainer.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.explainer.diagnostic.Location;
import org.explainer.yaml.Ref;

/**
 * One curated source article: our headline, dek and summary, and what the source says and who it
 * quotes.
 *
 * @param slug id and URL slug
 * @param slugAt where the slug comes from: the 'slug:' line, or the file
 * @param file the Markdown file it was read from
 * @param headline our headline
 * @param dek one sentence of our own under the headline
 * @param source where the article comes from
 * @param published when the source was published, with precision
 * @param actors each actor involved and its stance in this article
 * @param quotes verbatim quotes
 * @param keyPoints the main points, in our words
 * @param tags tag references
 * @param related other entries worth reading next
 * @param draft true to keep it out of the published site
 * @param body the summary in Markdown
 */
public record Article(
    String slug,
    Location slugAt,
    Path file,
    String headline,
    String dek,
    Source source,
    FuzzyDate published,
    List<Position> actors,
    List<Quote> quotes,
    List<org.explainer.yaml.LocatedText> keyPoints,
    List<Ref> tags,
    List<Ref> related,
    boolean draft,
    MarkdownSource body) {

  /** This entry with another summary (same front matter). */
  public Article withBody(MarkdownSource newBody) {
    return new Article(slug, slugAt, file, headline, dek, source, published, actors, quotes, keyPoints, tags, related, draft, newBody);
  }

  /**
   * Where an article comes from, as far as its text supports.
   *
   * @param outlet the publishing outlet, when named
   * @param relays the agency or outlet it cites or relays
   * @param headline the original headline, verbatim
   * @param url the original address, when known
   * @param language the language of the original, if not the site's
   * @param note how the source was attributed
   * @param capture the archived capture of the source: a file name in the sources folder
   * @param at where 'source:' is written
   */
  public record Source(
      Optional<String> outlet,
      Optional<String> relays,
      Optional<String> headline,
      Optional<String> url,
      Optional<String> language,
      Optional<String> note,
      Optional<String> capture,
      Location at) {}

  /**
   * An actor's position in one article.
   *
   * @param actor the actor
   * @param stance the stance, an id from site.yaml
   * @param note what the actor holds here, in a short sentence
   */
  public record Position(Ref actor, Ref stance, String note) {}

  /**
   * A verbatim quote.
   *
   * @param speaker the actor quoted
   * @param text the words, exactly as in the source
   * @param context when and where they were said
   * @param at where the quote's text is written in the entry
   */
  public record Quote(Ref speaker, String text, String context, Location at) {}
}
