package org.explainer.site;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.explainer.config.SiteConfig;
import org.explainer.content.Article;
import org.explainer.content.FuzzyDate;
import org.explainer.content.Library;
import org.explainer.content.SitePaths;
import org.explainer.content.Translations;

/**
 * The Atom feed of the entries in one language (in a translation, the entries translated): the {@code
 * feed_entries} of site.yaml (50 unless set) added last, newest first. An entry counts as added on its
 * {@code added:} day, else on its source's publication, so that an entry added today about an older
 * article still reaches feed readers.
 */
public final class FeedFile extends SinglePage {
  static final String PATH = "feed.xml";

  /**
   * The Atom feed.
   *
   * @param lang the language of its text, for {@code xml:lang}
   * @param title the site's title
   * @param subtitle the question
   * @param id permanent id of the feed
   * @param links the feed itself, the home page and the base URL
   * @param updated RFC 3339 timestamp of the newest entry
   * @param author who curates the site
   * @param entries the entries, newest first
   */
  public record View(String lang, String title, String subtitle, String id, Links links, String updated, String author, List<Entry> entries) {}

  /**
   * Where the feed points.
   *
   * @param self link to the feed itself
   * @param alternate link to the home page
   * @param base the base URL, or null
   */
  public record Links(String self, String alternate, String base) {}

  /**
   * One entry of the feed.
   *
   * @param id permanent id (an IRI)
   * @param title our headline
   * @param href link to the entry, absolute with a base URL, else relative to the feed
   * @param updated RFC 3339 timestamp
   * @param summary the dek
   * @param source the outlet line
   */
  public record Entry(String id, String title, String href, String updated, String summary, String source) {}

  /** The entry added last first; of two added the same day, the one whose source is newer, then by slug. */
  static final Comparator<Article> ADDED_LAST_FIRST = Comparator.comparing(Article::addedOrPublished).reversed().thenComparing(Library.NEWEST_FIRST);

  FeedFile() {
    super(PATH);
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES, Input.TIMELINE);
  }

  @Override
  public Output output(Library library, Site site) {
    SiteConfig config = site.config();
    Optional<String> base = config.baseUrl();
    String prefix = site.edition().prefix();
    List<Article> newest = library.articles().stream().filter(a -> site.edition().hasText(Translations.Part.ENTRY, a.slug()))
        .sorted(ADDED_LAST_FIRST).limit(config.feedEntries()).toList();
    List<Entry> entries = newest.stream().map(a -> {
      String path = EntryPage.at(a);
      String link = site.absolute(path).orElse(SitePaths.cleanUrl(path));
      return new Entry(id(site, "article:" + a.slug(), path), a.headline(), link, timestamp(a.addedOrPublished()), a.dek(), site.outletLine(a.source()));
    }).toList();
    // the feed is as new as its newest entry, or as the content it speaks for
    LocalDate updated = Stream.concat(newest.stream().map(Article::addedOrPublished), Stream.ofNullable(site.updated()).map(FuzzyDate::start))
        .max(Comparator.naturalOrder()).orElse(LocalDate.of(2000, 1, 1));
    View view = new View(config.language(), config.title(), config.question(), id(site, "feed", HomePage.PATH),
        new Links(base.map(b -> b + prefix + PATH).orElse(PATH), base.map(b -> b + prefix).orElse("./"), base.orElse(null)),
        timestamp(updated), site.editors(), entries);
    return new Output.Rendered("feed.ftlx", new Output.PageMeta(config.title(), config.description(), "website", "", List.of()), view);
  }

  /** A permanent id: the page's URL with a base URL, else a name-based UUID (stable across builds). */
  private static String id(Site site, String name, String path) {
    Optional<String> url = site.absolute(path);
    if (url.isPresent()) {
      return url.get();
    }
    return "urn:uuid:" + UUID.nameUUIDFromBytes((site.config().title() + "\n" + name).getBytes(StandardCharsets.UTF_8));
  }

  private static String timestamp(LocalDate day) {
    return day + "T00:00:00Z";
  }
}
