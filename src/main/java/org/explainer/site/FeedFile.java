package org.explainer.site;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.explainer.config.SiteConfig;
import org.explainer.content.FuzzyDate;
import org.explainer.content.Library;
import org.explainer.content.SitePaths;
import org.explainer.content.Translations;

/** The Atom feed of the entries in one language, newest first: in a translation, the entries translated. */
public final class FeedFile extends SinglePage {
  static final String PATH = "feed.xml";

  /**
   * The Atom feed.
   *
   * @param title the site's title
   * @param subtitle the question
   * @param id permanent id of the feed
   * @param links the feed itself, the home page and the base URL
   * @param updated RFC 3339 timestamp of the newest entry
   * @param author who curates the site
   * @param entries the entries, newest first
   */
  public record View(String title, String subtitle, String id, Links links, String updated, String author, List<Entry> entries) {}

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
    List<Entry> entries = library.articles().stream().filter(a -> site.edition().hasText(Translations.Part.ENTRY, a.slug())).map(a -> {
      String path = EntryPage.at(a);
      String link = site.absolute(path).orElse(SitePaths.cleanUrl(path));
      return new Entry(id(site, "article:" + a.slug(), path), a.headline(), link, timestamp(a.published()), a.dek(), site.outletLine(a.source()));
    }).toList();
    View view = new View(config.title(), config.question(), id(site, "feed", HomePage.PATH),
        new Links(base.map(b -> b + prefix + PATH).orElse(PATH), base.map(b -> b + prefix).orElse("./"), base.orElse(null)),
        site.updated() == null ? "2000-01-01T00:00:00Z" : timestamp(site.updated()), site.editors(), entries);
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

  private static String timestamp(FuzzyDate d) {
    return d.start() + "T00:00:00Z";
  }
}
