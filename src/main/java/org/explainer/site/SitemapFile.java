package org.explainer.site;

import java.util.List;
import java.util.Set;
import org.explainer.content.Library;
import org.explainer.content.SitePaths;

/**
 * The sitemap of one language: the absolute URL of every HTML page in that language but the not-found
 * page (and, in a translation, but the notices of pages not translated yet). Only with a base URL
 * ({@code base_url:} in site.yaml), since a sitemap's addresses must be absolute; without one there is none.
 */
public final class SitemapFile extends SinglePage {
  static final String PATH = "sitemap.xml";

  /**
   * The sitemap.
   *
   * @param urls absolute URLs of every page
   */
  public record View(List<String> urls) {}

  SitemapFile() {
    super(PATH);
  }

  @Override
  public List<Library> subjects(Library library) {
    return library.site().baseUrl().isPresent() ? List.of(library) : List.of();
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES, Input.ACTORS, Input.PAGES);
  }

  @Override
  public Output output(Library library, Site site) {
    String base = site.config().baseUrl().orElseThrow();
    List<String> urls = site.pages().stream()
        .filter(p -> p.path().endsWith(".html") && !p.local().equals(NotFoundPage.PATH) && !p.untranslated())
        .map(p -> base + SitePaths.cleanUrl(p.path())).toList();
    return new Output.Rendered("sitemap.ftlx",
        new Output.PageMeta(site.config().title(), site.config().description(), "website", "", List.of()), new View(urls));
  }
}
