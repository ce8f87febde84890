package org.explainer.site;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.explainer.content.Article;
import org.explainer.content.Library;

/** The entries: every entry, newest first, with its date, outlet and dek, {@value ListPage#SIZE} to a page. */
public final class EntriesPage implements PageType<ListPage<Article>> {
  static final String PATH = "entries/index.html";

  /**
   * A page of the entries.
   *
   * @param entries the page's entries, newest first
   * @param pager the links to the pages beside it, or null when all entries fit on one
   */
  public record View(List<Views.ArticleCard> entries, Views.Pager pager) {}

  @Override
  public String path() {
    return "entries/{id}index.html";
  }

  @Override
  public List<ListPage<Article>> subjects(Library library) {
    return ListPage.of(library.articles());
  }

  /** "" for the first page, {@code page/<n>/} for page <i>n</i> after it. */
  @Override
  public String id(ListPage<Article> page) {
    return page.id(path(), PATH);
  }

  @Override
  public ListPage<Article> first(ListPage<Article> page) {
    return page.firstPage();
  }

  @Override
  public Optional<Nav> nav(ListPage<Article> page, Messages messages) {
    return page.first() ? Optional.of(new Nav(messages.text("nav.entries"), 5)) : Optional.empty();
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES);
  }

  @Override
  public String title(ListPage<Article> page, Site site) {
    return site.listTitle(site.messages().text("entries.title"), page);
  }

  @Override
  public Output output(ListPage<Article> page, Site site) {
    String path = page.path(PATH);
    Messages messages = site.messages();
    View view = new View(page.items().stream().map(a -> site.card(path, a)).toList(), site.pager(path, PATH, page));
    return site.page(path, "entries.ftlh", title(page, site), messages.text("entries.description"), view);
  }
}
