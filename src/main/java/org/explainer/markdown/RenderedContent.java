package org.explainer.markdown;

import java.util.ArrayList;
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
   * Renders all Markdown of {@code library}, checking its links: every page is known from the library,
   * so each text is parsed and rendered in one go; links to anchors are checked at the end, when every
   * heading is known.
   */
  public static RenderedContent of(Library library, MarkdownRenderer renderer, Problems problems) {
    try (org.explainer.concurrent.Workers sequential = org.explainer.concurrent.Workers.of(1)) {
      return of(library, renderer, problems, sequential);
    }
  }

  /** As {@link #of(Library, MarkdownRenderer, Problems)}, rendering entries on {@code workers}. */
  public static RenderedContent of(Library library, MarkdownRenderer renderer, Problems problems,
      org.explainer.concurrent.Workers workers) {
    LinkTargets pages = targets(library, Map.of(), Map.of());
    GlossaryLinker glossaryLinks = new GlossaryLinker(library.glossary());
    // entries are independent: render them on every core, each with its own problem list, merged in order
    record Result(RenderedMarkdown html, Problems problems, List<MarkdownRenderer.AnchorLink> anchorLinks) {}
    List<Result> results = workers.map(library.articles(), a -> {
      Problems own = new Problems();
      List<MarkdownRenderer.AnchorLink> anchorLinks = new ArrayList<>();
      return new Result(summary(renderer, renderer.parse(a.body()), a, pages, glossaryLinks, own, anchorLinks), own, anchorLinks);
    });
    List<MarkdownRenderer.AnchorLink> anchorLinks = new ArrayList<>();
    Map<String, RenderedMarkdown> renderedArticles = new HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      renderedArticles.put(library.articles().get(i).slug(), r.html());
      problems.addAll(r.problems().sorted());
      anchorLinks.addAll(r.anchorLinks());
    }
    Map<String, RenderedMarkdown> renderedPages = new HashMap<>();
    for (Page p : library.pages()) {
      renderedPages.put(p.slug(), renderer.render(renderer.parse(p.body()), Permalinks.page(p), pages, problems, anchorLinks));
    }
    Map<String, RenderedMarkdown> renderedTerms = new HashMap<>();
    for (GlossaryTerm t : library.glossary()) {
      renderedTerms.put(t.id(), renderer.render(renderer.parse(t.definition()), Permalinks.GLOSSARY, pages, problems, anchorLinks));
    }
    LinkTargets targets = targets(library, renderedArticles, renderedPages);
    MarkdownRenderer.checkAnchors(anchorLinks, targets, problems);
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
    List<MarkdownRenderer.AnchorLink> anchorLinks = new ArrayList<>();
    RenderedMarkdown summary = summary(renderer, parsed, article, targets, new GlossaryLinker(library.glossary()), problems, anchorLinks);
    MarkdownRenderer.checkAnchors(anchorLinks, targets, problems);
    Map<String, RenderedMarkdown> next = new HashMap<>(articles);
    next.put(article.slug(), summary);
    return java.util.Optional.of(new RenderedContent(Map.copyOf(next), pages, glossary, targets));
  }

  /**
   * An entry's summary rendered for its page, the first use of each glossary term linked; links to
   * anchors are added to {@code anchorLinks} for {@link MarkdownRenderer#checkAnchors}.
   */
  private static RenderedMarkdown summary(MarkdownRenderer renderer, MarkdownRenderer.Parsed parsed, Article article,
      LinkTargets targets, GlossaryLinker glossary, Problems problems, List<MarkdownRenderer.AnchorLink> anchorLinks) {
    String page = Permalinks.article(article.slug());
    glossary.link(parsed, Permalinks.relative(page, Permalinks.GLOSSARY));
    return renderer.render(parsed, page, targets, problems, anchorLinks);
  }

  /** The pages of {@code library}, with the anchors of the texts rendered so far (none when empty maps). */
  private static LinkTargets targets(
      Library library, Map<String, RenderedMarkdown> articles, Map<String, RenderedMarkdown> pages) {
    Map<String, Set<String>> anchors = new HashMap<>();
    Permalinks.all(library).forEach(path -> anchors.put(path, new HashSet<>()));
    Map<java.nio.file.Path, String> files = new HashMap<>();
    for (Article a : library.articles()) {
      String path = Permalinks.article(a.slug());
      files.put(a.file().toAbsolutePath().normalize(), path);
      RenderedMarkdown rendered = articles.get(a.slug());
      if (rendered != null) {
        rendered.headings().forEach(h -> anchors.get(path).add(h.id()));
      }
    }
    for (Page p : library.pages()) {
      String path = Permalinks.page(p);
      files.put(p.file().toAbsolutePath().normalize(), path);
      RenderedMarkdown rendered = pages.get(p.slug());
      if (rendered != null) {
        rendered.headings().forEach(h -> anchors.get(path).add(h.id()));
      }
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
