package org.explainer.markdown;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.explainer.content.Article;
import org.explainer.content.GlossaryTerm;
import org.explainer.content.Library;
import org.explainer.content.Page;
import org.explainer.content.Permalinks;
import org.explainer.content.TimelineEvent;
import org.explainer.diagnostic.Problems;

/**
 * Every Markdown text of the library rendered for the page it appears on. In entry summaries the first
 * use of each glossary term links to its definition.
 *
 * @param articles entry summaries by slug
 * @param pages free pages by slug
 * @param glossary glossary definitions by term id
 * @param targets the pages and anchors internal links were checked against
 */
public record RenderedContent(
    Map<String, RenderedMarkdown> articles, Map<String, RenderedMarkdown> pages, Map<String, RenderedMarkdown> glossary,
    LinkTargets targets) {

  /**
   * Renders all Markdown of {@code library}: parses everything first so that every heading anchor is
   * known, then renders each text for its page, checking its links.
   */
  public static RenderedContent of(Library library, MarkdownRenderer renderer, Problems problems) {
    try (org.explainer.concurrent.Workers sequential = org.explainer.concurrent.Workers.of(1)) {
      return of(library, renderer, problems, sequential);
    }
  }

  /** As {@link #of(Library, MarkdownRenderer, Problems)}, rendering entries on {@code workers}. */
  public static RenderedContent of(Library library, MarkdownRenderer renderer, Problems problems,
      org.explainer.concurrent.Workers workers) {
    Map<String, MarkdownRenderer.Parsed> articles = new HashMap<>();
    Map<String, MarkdownRenderer.Parsed> pages = new HashMap<>();
    Map<String, MarkdownRenderer.Parsed> glossary = new HashMap<>();
    List<MarkdownRenderer.Parsed> parsed = workers.map(library.articles(), a -> renderer.parse(a.body()));
    for (int i = 0; i < parsed.size(); i++) {
      articles.put(library.articles().get(i).slug(), parsed.get(i));
    }
    library.pages().forEach(p -> pages.put(p.slug(), renderer.parse(p.body())));
    library.glossary().forEach(t -> glossary.put(t.id(), renderer.parse(t.definition())));

    LinkTargets targets = targets(library, articles, pages);
    GlossaryLinker glossaryLinks = new GlossaryLinker(library.glossary());
    // entries are independent: render them on every core, each with its own problem list, merged in order
    record Result(String slug, RenderedMarkdown html, Problems problems) {}
    List<Result> results = workers.map(library.articles(), a -> {
      Problems own = new Problems();
      String page = Permalinks.article(a.slug());
      RenderedMarkdown summary = renderer.render(articles.get(a.slug()), page, targets, own);
      String linked = glossaryLinks.link(summary.html(), Permalinks.relative(page, Permalinks.GLOSSARY));
      return new Result(a.slug(), new RenderedMarkdown(linked, summary.headings(), summary.text()), own);
    });
    Map<String, RenderedMarkdown> renderedArticles = new HashMap<>();
    for (Result r : results) {
      renderedArticles.put(r.slug(), r.html());
      problems.addAll(r.problems().sorted());
    }
    Map<String, RenderedMarkdown> renderedPages = new HashMap<>();
    for (Page p : library.pages()) {
      renderedPages.put(p.slug(), renderer.render(pages.get(p.slug()), Permalinks.page(p), targets, problems));
    }
    Map<String, RenderedMarkdown> renderedTerms = new HashMap<>();
    for (GlossaryTerm t : library.glossary()) {
      renderedTerms.put(t.id(), renderer.render(glossary.get(t.id()), Permalinks.GLOSSARY, targets, problems));
    }
    return new RenderedContent(Map.copyOf(renderedArticles), Map.copyOf(renderedPages), Map.copyOf(renderedTerms), targets);
  }

  /**
   * This content with one entry's summary rendered again (its body changed, nothing else); empty when
   * its headings changed, since other pages may link to them and everything must be checked again.
   */
  public java.util.Optional<RenderedContent> withArticle(Library library, Article article, MarkdownRenderer renderer, Problems problems) {
    MarkdownRenderer.Parsed parsed = renderer.parse(article.body());
    RenderedMarkdown before = articles.get(article.slug());
    if (before == null || !parsed.headings().equals(before.headings())) {
      return java.util.Optional.empty();
    }
    String page = Permalinks.article(article.slug());
    RenderedMarkdown summary = renderer.render(parsed, page, targets, problems);
    String linked = new GlossaryLinker(library.glossary()).link(summary.html(), Permalinks.relative(page, Permalinks.GLOSSARY));
    Map<String, RenderedMarkdown> next = new HashMap<>(articles);
    next.put(article.slug(), new RenderedMarkdown(linked, summary.headings(), summary.text()));
    return java.util.Optional.of(new RenderedContent(Map.copyOf(next), pages, glossary, targets));
  }

  private static LinkTargets targets(
      Library library, Map<String, MarkdownRenderer.Parsed> articles, Map<String, MarkdownRenderer.Parsed> pages) {
    Map<String, Set<String>> anchors = new HashMap<>();
    Permalinks.all(library).forEach(path -> anchors.put(path, new HashSet<>()));
    Map<java.nio.file.Path, String> files = new HashMap<>();
    for (Article a : library.articles()) {
      String path = Permalinks.article(a.slug());
      files.put(a.file().toAbsolutePath().normalize(), path);
      articles.get(a.slug()).headings().forEach(h -> anchors.get(path).add(h.id()));
    }
    for (Page p : library.pages()) {
      String path = Permalinks.page(p);
      files.put(p.file().toAbsolutePath().normalize(), path);
      pages.get(p.slug()).headings().forEach(h -> anchors.get(path).add(h.id()));
    }
    for (TimelineEvent e : library.timeline()) {
      anchors.get(Permalinks.TIMELINE).add(e.id());
      anchors.get(Permalinks.TIMELINE).add(Permalinks.yearAnchor(e.date().start().getYear()));
    }
    library.glossary().forEach(t -> anchors.get(Permalinks.GLOSSARY).add(t.id()));
    Map<String, Set<String>> frozen = new HashMap<>();
    anchors.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return new LinkTargets(Map.copyOf(files), Map.copyOf(frozen));
  }
}
