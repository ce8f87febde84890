package org.explainer.markdown;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.explainer.concurrent.Once;

/**
 * The entries' rendered summaries, by slug, each made when a page first asks for it: a summary kept in
 * the build cache is read from it then, so a build that makes only some pages reads only their
 * summaries (see {@link SummaryCache}). Safe to ask from every rendering thread; each summary is made
 * once.
 */
public final class Summaries {
  private final Map<String, Once<RenderedMarkdown>> bySlug;

  private Summaries(Map<String, Once<RenderedMarkdown>> bySlug) {
    this.bySlug = Map.copyOf(bySlug);
  }

  /** The summaries that {@code made} makes, by slug. */
  static Summaries of(Map<String, Supplier<RenderedMarkdown>> made) {
    Map<String, Once<RenderedMarkdown>> bySlug = new HashMap<>();
    made.forEach((slug, summary) -> bySlug.put(slug, summary instanceof Once<RenderedMarkdown> once ? once : new Once<>(summary)));
    return new Summaries(bySlug);
  }

  /** The summary of the entry {@code slug}, or null when there is no such entry. */
  public RenderedMarkdown get(String slug) {
    Once<RenderedMarkdown> summary = bySlug.get(slug);
    return summary == null ? null : summary.get();
  }

  /** The slugs of the entries. */
  public Set<String> slugs() {
    return bySlug.keySet();
  }

  /** These summaries with the entry {@code slug}'s made as {@code summary}. */
  Summaries with(String slug, RenderedMarkdown summary) {
    Map<String, Once<RenderedMarkdown>> next = new HashMap<>(bySlug);
    next.put(slug, new Once<>(() -> summary));
    return new Summaries(next);
  }
}
