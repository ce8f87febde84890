package org.explainer.site;

import java.util.List;
import java.util.Set;
import org.explainer.content.Library;

/** The search page: a search box for the script, and without JavaScript the list of every entry. */
public final class SearchPage extends SinglePage {
  static final String PATH = "search/index.html";

  /**
   * The search page.
   *
   * @param entries every entry, newest first
   */
  public record View(List<Views.ArticleCard> entries) {}

  SearchPage() {
    super(PATH, "nav.search", 1000);
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES, Input.ASSETS);
  }

  @Override
  public Output output(Library library, Site site) {
    String title = site.messages().text("search.title");
    String description = site.messages().text("search.description");
    return new Output.Rendered("search.ftlh",
        new Output.PageMeta(title, description, "website", site.jsonLd().webPage(title, description, site.absolute(PATH)),
            List.of(SearchDataFile.PATH, site.asset(Assets.SEARCH_SCRIPT))),
        new View(library.articles().stream().map(a -> site.card(PATH, a)).toList()));
  }
}
