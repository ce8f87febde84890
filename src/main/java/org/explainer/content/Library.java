package org.explainer.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.explainer.config.SiteConfig;
import org.explainer.yaml.Ref;

/**
 * Everything loaded from {@code content/}, validated and immutable. Articles are ordered newest first,
 * the timeline oldest first, everything else as written.
 *
 * @param site the site configuration
 * @param articles the published entries (drafts only when the build includes them)
 * @param pages the free pages, in navigation order
 * @param data the data files
 */
public record Library(SiteConfig site, List<Article> articles, List<Page> pages, DataFiles data) {

  /**
   * What the data files hold.
   *
   * @param actors the actors
   * @param timeline the events, oldest first
   * @param glossary the glossary terms, alphabetically
   * @param claims the case for and against, as written
   * @param context the context sources, as written
   * @param positions the positions, as written
   */
  public record DataFiles(
      List<Actor> actors, List<TimelineEvent> timeline, List<GlossaryTerm> glossary, List<Claim> claims, List<ContextSource> context,
      List<Position> positions) {}

  /** Newest first, then by slug. */
  public static final Comparator<Article> NEWEST_FIRST =
      Comparator.comparing(Article::published).reversed().thenComparing(Article::slug);

  /** The actors. */
  public List<Actor> actors() {
    return data.actors();
  }

  /** The timeline events, oldest first. */
  public List<TimelineEvent> timeline() {
    return data.timeline();
  }

  /** The glossary terms, alphabetically. */
  public List<GlossaryTerm> glossary() {
    return data.glossary();
  }

  /** The case for and against, as written. */
  public List<Claim> claims() {
    return data.claims();
  }

  /** The context sources, as written. */
  public List<ContextSource> context() {
    return data.context();
  }

  /** The positions, as written. */
  public List<Position> positions() {
    return data.positions();
  }

  /** The article with {@code slug}. */
  public Optional<Article> article(String slug) {
    return articles.stream().filter(a -> a.slug().equals(slug)).findFirst();
  }

  /** The actor with {@code id}. */
  public Optional<Actor> actor(String id) {
    return actors().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** Actors by id. */
  public Map<String, Actor> actorsById() {
    return byId(actors(), Actor::id);
  }

  /** Articles by slug. */
  public Map<String, Article> articlesBySlug() {
    return byId(articles, Article::slug);
  }

  /** The entries that carry each tag, by the tag's id, in the library's order (newest first); an entry once per tag. */
  public Map<String, List<Article>> articlesByTag() {
    Map<String, List<Article>> tagged = new HashMap<>();
    for (Article a : articles) {
      a.tags().stream().map(Ref::id).distinct().forEach(id -> tagged.computeIfAbsent(id, k -> new ArrayList<>()).add(a));
    }
    return tagged.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  /** Context sources by id. */
  public Map<String, ContextSource> contextById() {
    return byId(context(), ContextSource::id);
  }

  /** This library with {@code changed} in place of the entry with the same slug. */
  public Library withArticle(Article changed) {
    return with(articles.stream().map(a -> a.slug().equals(changed.slug()) ? changed : a).toList());
  }

  /** This library with {@code only} as its entries: for checking a few entries again. */
  public Library with(List<Article> only) {
    return new Library(site, only, pages, data);
  }

  /**
   * The latest date the content reaches: of the entries, the events (their last day), the positions and
   * the context sources. The site is "as of" this date.
   */
  public Optional<FuzzyDate> updated() {
    Stream<FuzzyDate> dates = Stream.of(
        articles.stream().map(Article::published),
        timeline().stream().map(e -> e.end().map(end -> FuzzyDate.day(end, e.at())).orElse(e.date())),
        positions().stream().map(Position::date),
        context().stream().map(ContextSource::date)).flatMap(d -> d);
    return dates.max(Comparator.naturalOrder());
  }

  /** The page shown as the home page. */
  public Page home() {
    return pages.stream().filter(Page::home).findFirst().orElseThrow();
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity(), (a, b) -> a));
  }
}
