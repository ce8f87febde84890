package org.explainer.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.explainer.content.Article;
import org.explainer.content.Library;

/**
 * The search page: a search box for the script, which loads the search data ({@link SearchDataFile}, then
 * the {@link SearchShardFile shards} a query needs), and without JavaScript the list of the entries: its
 * first page, as {@link EntriesPage} shows it, with a link to the next.
 */
public final class SearchPage extends SinglePage {
  static final String PATH = "search/index.html";

  /**
   * The search page.
   *
   * @param entries the newest entries, the first page of {@link EntriesPage}: all of them when they fit on it
   * @param more the entries' second page, when they do not fit on one; else null
   * @param status what the script says of the results, as {@code data-} attributes of its status line
   */
  public record View(List<Views.ArticleCard> entries, Views.Link more, List<Status> status) {}

  /**
   * One way the script may report results: {@code none} when nothing is found, {@code failed} when the
   * search data cannot be loaded, else one text per plural category of the language ({@code one}, {@code
   * few}, {@code many}, {@code other}), chosen with the browser's {@code Intl.PluralRules}; {@code {count}}
   * and {@code {query}} stand for the number and the words searched.
   *
   * @param name the attribute's name after {@code data-}
   * @param text the text
   */
  public record Status(String name, String text) {}

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
    ListPage<Article> first = ListPage.of(library.articles()).get(0);
    Views.Link more = first.count() == 1 ? null
        : new Views.Link(site.messages().text("search.moreEntries"), site.href(PATH, ListPage.path(EntriesPage.PATH, 2)));
    return new Output.Rendered("search.ftlh",
        new Output.PageMeta(title, description, "website", site.jsonLd().webPage(title, description, site.absolute(PATH)),
            List.of(site.href(PATH, SearchDataFile.PATH), site.assetHref(PATH, Assets.SEARCH_SCRIPT))),
        new View(first.items().stream().map(a -> site.card(PATH, a)).toList(), more, status(site.messages())));
  }

  private static List<Status> status(Messages messages) {
    Map<String, Object> placeholders = Map.of("query", "{query}");
    List<Status> out = new ArrayList<>();
    out.add(new Status("none", messages.format("search.none", placeholders)));
    out.add(new Status("failed", messages.text("search.failed")));
    messages.pluralCases("search.found", "count", "{count}", placeholders).forEach((category, text) -> out.add(new Status(category, text)));
    return List.copyOf(out);
  }
}
