package org.explainer.site;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The pages of the site, in order. Each page is built each time it is asked for and not kept: the render
 * step asks for each once, on the thread that renders it, so views are made on every core and the views
 * of all pages are never held at once. Immutable; safe to read from any thread.
 */
public final class PageList extends AbstractList<PageSpec> {
  private final List<Supplier<PageSpec>> pages;
  private final List<String> paths;

  PageList(List<Supplier<PageSpec>> pages, List<String> paths) {
    if (pages.size() != paths.size()) {
      throw new IllegalArgumentException("one path per page");
    }
    this.pages = List.copyOf(pages);
    this.paths = List.copyOf(paths);
  }

  /** Page {@code index}, built anew on each call. */
  @Override
  public PageSpec get(int index) {
    return pages.get(index).get();
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
