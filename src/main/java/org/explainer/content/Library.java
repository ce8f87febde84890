package org.explainer.content;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.explainer.config.SiteConfig;

/**
 * Everything loaded from {@code content/}, validated and immutable. Articles are ordered newest first,
 * the timeline oldest first, everything else as written.
 *
 * @param site the site configuration
 * @param articles the published entries (drafts only when the build includes them)
 * @param actors the actors
 * @param timeline the events, oldest first
 * @param glossary the glossary terms, alphabetically
 * @param pages the free pages, in navigation order
 * @param claims the main claims of the debate, as written
 */
public record Library(
    SiteConfig site,
    List<Article> articles,
    List<Actor> actors,
    List<TimelineEvent> timeline,
    List<GlossaryTerm> glossary,
    List<Page> pages,
    List<Claim> claims) {

  /** Newest first, then by slug. */
  public static final Comparator<Article> NEWEST_FIRST =
      Comparator.comparing(Article::published).reversed().thenComparing(Article::slug);

  /** The article with {@code slug}. */
  public Optional<Article> article(String slug) {
    return articles.stream().filter(a -> a.slug().equals(slug)).findFirst();
  }

  /** The actor with {@code id}. */
  public Optional<Actor> actor(String id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** Actors by id. */
  public Map<String, Actor> actorsById() {
    return byId(actors, Actor::id);
  }

  /** Articles by slug. */
  public Map<String, Article> articlesBySlug() {
    return byId(articles, Article::slug);
  }

  /** This library with {@code changed} in place of the entry with the same slug. */
  public Library withArticle(Article changed) {
    List<Article> next = articles.stream().map(a -> a.slug().equals(changed.slug()) ? changed : a).toList();
    return new Library(site, next, actors, timeline, glossary, pages, claims);
  }

  /** This library with {@code only} as its entries: for checking a few entries again. */
  public Library with(List<Article> only) {
    return new Library(site, only, actors, timeline, glossary, pages, claims);
  }

  /** The date of the content: the newest entry's publication date, else the newest timeline event's. */
  public Optional<FuzzyDate> updated() {
    return articles.stream().map(Article::published).max(Comparator.naturalOrder())
        .or(() -> timeline.stream().map(TimelineEvent::date).max(Comparator.naturalOrder()));
  }

  /** The page shown as the home page. */
  public Page home() {
    return pages.stream().filter(Page::home).findFirst().orElseThrow();
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity(), (a, b) -> a));
  }
}
