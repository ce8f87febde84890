package org.explainer.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.explainer.diagnostic.Location;
import org.explainer.yaml.Fields;
import org.explainer.yaml.LocatedText;
import org.explainer.yaml.Ref;
import org.explainer.yaml.Yaml;

/**
 * One curated source article: our headline, dek and summary, and what the source says and who it
 * quotes. Read from an entry's front matter by {@link org.explainer.yaml.RecordReader}, component by
 * component: a new front-matter field is a new component here, and templates read it as
 * {@code page.entry.<name>}.
 *
 * @param slug id and URL slug: {@code slug:}, else the file name without its date
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
    @Yaml(required = true) List<Position> actors,
    List<Quote> quotes,
    @Yaml(required = true) List<LocatedText> keyPoints,
    @Yaml(required = true) List<Ref> tags,
    List<Ref> related,
    boolean draft,
    MarkdownSource body) {

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
  @Yaml.What("the source")
  public record Source(
      Optional<String> outlet,
      Optional<String> relays,
      Optional<String> headline,
      Optional<String> url,
      Optional<String> language,
      Optional<String> note,
      Optional<String> capture,
      Location at) implements Yaml.Checked {

    @Override
    public boolean check(Fields f) {
      capture.ifPresent(name -> {
        if (!name.matches("[A-Za-z0-9._-]+") || name.startsWith(".")) {
          f.error("capture", "the capture '" + name + "' is not a plain file name", "give the name of a file in the sources folder, e.g. '000_a8b63c6d12fffda7.txt'");
        }
      });
      url.ifPresent(address -> {
        if (!address.startsWith("https://") && !address.startsWith("http://")) {
          f.error("url", "the source url '" + address + "' is not an http(s) address", "write the full address starting with https://");
        }
      });
      if (outlet.isEmpty() && note.isEmpty()) {
        f.error("outlet", "the source names no outlet and has no note", "add 'outlet:', or a 'note:' saying why the outlet is unknown");
      }
      return true;
    }
  }

  /**
   * An actor's position in one article.
   *
   * @param actor the actor
   * @param stance the stance, an id from site.yaml
   * @param note what the actor holds here, in a short sentence
   */
  @Yaml.What("an actor's position")
  public record Position(@Yaml(key = "id") Ref actor, Ref stance, String note) {}

  /**
   * A verbatim quote.
   *
   * @param speaker the actor quoted
   * @param text the words, exactly as in the source
   * @param context when and where they were said
   * @param textAt where the quote's text is written in the entry
   */
  @Yaml.What("a quote")
  public record Quote(Ref speaker, String text, String context, Location textAt) implements Yaml.Checked {
    @Override
    public boolean check(Fields f) {
      return !text.isEmpty();
    }
  }
}
