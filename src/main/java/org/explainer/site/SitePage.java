package org.explainer.site;

import java.util.Optional;
import java.util.Set;
import org.explainer.content.Article;
import org.explainer.content.Translations;

/**
 * One file of the site: its type, what it shows, the language it is in and where it goes. Made for
 * every subject of every type in every language by {@link Site#pages()}; its content is made only when
 * asked for, on the thread that renders it.
 *
 * @param type the page type
 * @param subject what the file shows
 * @param path its output path: the type's path for the subject, under the language's folder
 * @param site the site in the page's language
 * @param <T> the subject's kind
 */
public record SitePage<T>(PageType<T> type, T subject, String path, Site site) {

  /** The page for {@code subject} of {@code type} in the language of {@code site}. */
  static <T> SitePage<T> of(PageType<T> type, T subject, Site site) {
    return new SitePage<>(type, subject, site.edition().prefix() + type.pathOf(subject), site);
  }

  /** Its path inside its language's folder: the same in every language ({@code articles/<slug>/index.html}). */
  public String local() {
    return type.pathOf(subject);
  }

  /** The first page of the list that this page continues (see {@link PageType#first}), when it is a later page of one. */
  public Optional<SitePage<T>> first() {
    T first = type.first(subject);
    return first.equals(subject) ? Optional.empty() : Optional.of(of(type, first, site));
  }

  /** The record the page shows in full, whose translation it is in another language (see {@link PageType#translates}). */
  public Optional<Translations.Key> translates() {
    return type.translates(subject);
  }

  /** True in a translation when the record the page shows in full is not translated: the page then says so. */
  public boolean untranslated() {
    return translates().map(key -> !site.edition().hasText(key.part(), key.id())).orElse(false);
  }

  /** Makes the file's content: the type's, or the notice that it is not translated yet. */
  public Output output() {
    return untranslated() ? site.notTranslated(this) : type.output(subject, site);
  }

  /** Its title, as its layout shows it: the type's ({@link PageType#title}), or the notice's that it is not translated yet. */
  public String title() {
    if (!untranslated()) {
      return type.title(subject, site);
    }
    if (!(site.notTranslated(this) instanceof Output.Rendered notice)) {
      throw new IllegalStateException(path + ": the notice that a page is not translated is rendered from a template");
    }
    return notice.meta().title();
  }

  /** True when the page reads one of {@code changed}, or shows one of the {@code entries} whose summary changed. */
  public boolean reads(Set<Input> changed, Set<String> entries) {
    Set<Input> reads = type.reads();
    return reads.stream().anyMatch(changed::contains)
        || reads.contains(Input.ITS_SUMMARY) && subject instanceof Article a && entries.contains(a.slug());
  }
}
