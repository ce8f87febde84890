package org.explainer.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.explainer.content.Edition;
import org.explainer.content.Library;
import org.explainer.content.Translations;

/**
 * One kind of output of the site, declared once: where its files go, what each shows, how it is made,
 * its place in the navigation, what it adds to search and which inputs it reads. {@link PageTypes}
 * lists every type; the page list, the site paths Markdown may link to, the navigation, the slugs a
 * free page may not take and what {@code serve} re-renders after an edit are all derived from it.
 *
 * <p>A type makes one file per subject: {@code EntryPage} one per entry, {@code TimelinePage} one for
 * the whole site (its one subject is the library). It does so in every language of the site, under the
 * language's folder ({@code uk/articles/<slug>/index.html}), unless it says otherwise ({@link
 * #inEveryLanguage}). Implementations hold no state.
 *
 * @param <T> what one file of the type shows
 */
public interface PageType<T> {
  /**
   * Where the files go, '/'-separated inside the output folder, with {@code {id}} standing for the
   * subject's {@linkplain #id id}: {@code "articles/{id}/index.html"}, or a fixed path such as {@code
   * "timeline/index.html"}. Pages are folders holding an {@code index.html}, so their URLs are clean.
   */
  String path();

  /** What each file shows, in page order; a single page's type gives {@code List.of(library)}. */
  List<T> subjects(Library library);

  /** The subject's id in {@link #path()}; types with a fixed path never need it. */
  default String id(T subject) {
    throw new IllegalStateException(getClass().getSimpleName() + " makes one file and has no ids");
  }

  /** The output path of the file of {@code subject}. */
  default String pathOf(T subject) {
    return path().contains("{id}") ? path().replace("{id}", id(subject)) : path();
  }

  /**
   * For a page of a list shown a page at a time ({@link ListPage}), the subject of the list's first
   * page, whose share card the later pages show (they have no navigation entry: the first page has the
   * list's); the subject itself (the default) for every other page.
   */
  default T first(T subject) {
    return subject;
  }

  /** The content file the page is made from, when Markdown may link to the page by that file. */
  default Optional<Path> file(T subject) {
    return Optional.empty();
  }

  /** The page's anchors that come from data (timeline events, glossary terms), for checking links. */
  default Set<String> anchors(T subject, Library library) {
    return Set.of();
  }

  /** The page's entry in the site navigation, if it has one. */
  default Optional<Nav> nav(T subject, Messages messages) {
    return Optional.empty();
  }

  /** The records the page adds to the search data; each record's URL is an output path. */
  default List<SearchIndex.Doc> search(T subject, Site site) {
    return List.of();
  }

  /**
   * True when the type has its files in every language of the site (the default); false when only the
   * original has them: files about the original alone (the record of its quotes' checks) or read by
   * hosts at the top of the site only ({@code robots.txt}).
   */
  default boolean inEveryLanguage() {
    return true;
  }

  /**
   * True when the type has a file for {@code subject} in the language of {@code edition} (the default).
   * A share card has none in a translation for a notice that a page is not translated yet: such a page
   * shows its language's home card.
   */
  default boolean madeIn(T subject, Edition edition) {
    return true;
  }

  /**
   * The one record the page of {@code subject} shows in full (an entry, a free page, an actor), whose
   * translation the page is in another language: where that record is not translated, the page says so
   * instead. Empty for pages made of many records, which show each in translation where it has one.
   */
  default Optional<Translations.Key> translates(T subject) {
    return Optional.empty();
  }

  /** The inputs the page reads besides the templates: when one changes, the page is made again. */
  Set<Input> reads();

  /**
   * True when the type's files are rendered with a template (the default); false for those made of
   * data alone ({@link Output.Bytes}: share cards, search data, robots.txt, provenance.json). A check
   * after an edit of summaries renders again only pages with a template, where an error can be.
   */
  default boolean templated() {
    return true;
  }

  /** The file of {@code subject}: a template with its view, or bytes made without a template. */
  Output output(T subject, Site site);

  /**
   * The title of the page of {@code subject}, as its layout shows it ({@link Output.PageMeta#title()}):
   * by default its {@link #output}'s. A type whose view costs much more to make than its title (an
   * entry's, made for each of thousands of share cards) gives its title here, and its output uses it.
   *
   * @throws IllegalStateException when the type's files are not rendered from a template
   */
  default String title(T subject, Site site) {
    if (!(output(subject, site) instanceof Output.Rendered rendered)) {
      throw new IllegalStateException(pathOf(subject) + " is not rendered from a template, so it has no title");
    }
    return rendered.meta().title();
  }

  /**
   * An entry in the site navigation.
   *
   * @param label the link's text
   * @param order where it goes: lower first
   */
  record Nav(String label, int order) {}
}
