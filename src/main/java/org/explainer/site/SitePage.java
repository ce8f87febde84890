package org.explainer.site;

import java.util.Set;
import org.explainer.content.Article;

/**
 * One file of the site: its type, what it shows and where it goes. Made for every subject of every
 * type by {@link Site#pages()}; its content is made only when asked for, on the thread that renders it.
 *
 * @param type the page type
 * @param subject what the file shows
 * @param path its output path
 * @param <T> the subject's kind
 */
public record SitePage<T>(PageType<T> type, T subject, String path) {

  /** The page for {@code subject} of {@code type}. */
  static <T> SitePage<T> of(PageType<T> type, T subject) {
    return new SitePage<>(type, subject, type.pathOf(subject));
  }

  /** Makes the file's content. */
  public Output output(Site site) {
    return type.output(subject, site);
  }

  /** True when the page reads one of {@code changed}, or shows one of the {@code entries} whose summary changed. */
  public boolean reads(Set<Input> changed, Set<String> entries) {
    Set<Input> reads = type.reads();
    return reads.stream().anyMatch(changed::contains)
        || reads.contains(Input.ITS_SUMMARY) && subject instanceof Article a && entries.contains(a.slug());
  }
}
