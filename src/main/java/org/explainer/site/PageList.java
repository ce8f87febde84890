package org.explainer.site;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Function;
import org.explainer.content.Article;

/**
 * The pages of the site, in order. The entry pages, nearly all of a large site, are built each time
 * they are asked for and not kept: the render step asks for each once, on the thread that renders it,
 * so their views are made on every core and the views of all entries are never held at once. Every
 * other page is built up front. Immutable.
 */
public final class PageList extends AbstractList<PageSpec> {
  private final List<Object> pages; // a PageSpec, or the Article whose page is built on demand
  private final List<String> paths;
  private final Function<Article, PageSpec> entryPage;

  PageList(List<Object> pages, List<String> paths, Function<Article, PageSpec> entryPage) {
    if (pages.size() != paths.size()) {
      throw new IllegalArgumentException("one path per page");
    }
    this.pages = List.copyOf(pages);
    this.paths = List.copyOf(paths);
    this.entryPage = entryPage;
  }

  /** Page {@code index}; an entry page is built anew on each call. */
  @Override
  public PageSpec get(int index) {
    Object page = pages.get(index);
    return page instanceof PageSpec spec ? spec : entryPage.apply((Article) page);
  }

  @Override
  public int size() {
    return pages.size();
  }

  /** Every page's output path, in order, without building any page. */
  public List<String> paths() {
    return paths;
  }
}
