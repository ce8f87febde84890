package org.explainer.site;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list shown {@value #SIZE} items at a time: the entries, a topic's entries, an actor's
 * quotes. The first page has the list's own path ({@code entries/index.html}); page <i>n</i> after it
 * goes to {@code page/<n>/} under the first page's folder ({@code entries/page/2/index.html}), as in Hugo
 * and Zola. A list of {@value #SIZE} items or fewer is one page, with no links to other pages.
 *
 * <p>At 10,000 entries the list of every entry on one page weighed 4.4 MB; a page of {@value #SIZE}
 * weighs about 25 KB, so that the search page, which shows the first page without JavaScript, stays
 * within a first query's budget (see docs/performance.md, "Search").
 *
 * @param number which page, from 1
 * @param all every item of the list, in order
 * @param <T> what the list holds
 */
public record ListPage<T>(int number, List<T> all) {
  /** Items on a page. */
  public static final int SIZE = 50;
  private static final String INDEX = "index.html";

  /** A page of {@code all}: {@code number} from 1 to the list's {@link #count()}. */
  public ListPage {
    all = List.copyOf(all);
    if (number < 1 || number > pages(all.size())) {
      throw new IllegalArgumentException("a list of " + all.size() + " items has no page " + number);
    }
  }

  /** The pages of {@code all}, {@value #SIZE} items to a page, in order; one empty page for an empty list. */
  public static <T> List<ListPage<T>> of(List<T> all) {
    List<T> items = List.copyOf(all);
    List<ListPage<T>> pages = new ArrayList<>();
    for (int number = 1; number <= pages(items.size()); number++) {
      pages.add(new ListPage<>(number, items));
    }
    return List.copyOf(pages);
  }

  /** How many pages the list has, at least 1. */
  public int count() {
    return pages(all.size());
  }

  /** How many pages a list of {@code items} takes: at least 1. */
  private static int pages(int items) {
    return Math.max(1, (items + SIZE - 1) / SIZE);
  }

  /** The page's items, in the list's order. */
  public List<T> items() {
    return all.subList((number - 1) * SIZE, Math.min(all.size(), number * SIZE));
  }

  /** The list's first page. */
  public ListPage<T> firstPage() {
    return number == 1 ? this : new ListPage<>(1, all);
  }

  /** From the page's number and how many items the list has: every page of a list holds the same list. */
  @Override
  public int hashCode() {
    return 31 * number + all.size();
  }

  /** True for the first page, which has the list's own path. */
  public boolean first() {
    return number == 1;
  }

  /**
   * Where page {@code number} of the list whose first page is at {@code first} ({@code
   * entries/index.html}) goes: {@code first} itself for page 1, else {@code entries/page/<number>/index.html}.
   */
  public static String path(String first, int number) {
    if (!first.endsWith(INDEX)) {
      throw new IllegalArgumentException(first + " is not a page (…/index.html), so it cannot be shown a page at a time");
    }
    return number == 1 ? first : first.substring(0, first.length() - INDEX.length()) + "page/" + number + "/" + INDEX;
  }

  /**
   * The id that gives this page's path, for the list whose first page is at {@code first}, in a type
   * whose files go to {@code pattern} (see {@link PageType#path()}): what the path has where the pattern
   * has {@code {id}} ({@code "page/2/"} in {@code "entries/{id}index.html"}, {@code "alpha/page/2"} in
   * {@code "tags/{id}/index.html"}).
   */
  public String id(String pattern, String first) {
    int at = pattern.indexOf("{id}");
    String path = path(first);
    return path.substring(at, path.length() - (pattern.length() - at - "{id}".length()));
  }

  /** Where this page goes, for the list whose first page is at {@code first}. */
  public String path(String first) {
    return path(first, number);
  }
}
