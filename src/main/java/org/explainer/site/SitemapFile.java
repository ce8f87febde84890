package org.explainer.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.explainer.content.Library;
import org.explainer.content.SitePaths;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problem;

/** The sitemap: the absolute URL of every HTML page but the not-found page; only with a base URL. */
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
  public List<Problem> warnings(Library library, Path contentDir) {
    return library.site().baseUrl().isPresent() ? List.of() : List.of(Problem.warning(Location.of(contentDir.resolve("site.yaml")),
        "sitemap.xml was not written because no base_url is set", "add 'base_url: https://…/' to publish a sitemap and canonical links"));
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES, Input.ACTORS, Input.PAGES);
  }

  @Override
  public Output output(Library library, Site site) {
    String base = site.config().baseUrl().orElseThrow();
    List<String> urls = site.pages().stream().map(SitePage::path)
        .filter(p -> p.endsWith(".html") && !p.equals(NotFoundPage.PATH))
        .map(p -> base + SitePaths.cleanUrl(p)).toList();
    return new Output.Rendered("sitemap.ftlx",
        new Output.PageMeta(site.config().title(), site.config().description(), "website", "", List.of()), new View(urls));
  }
}
