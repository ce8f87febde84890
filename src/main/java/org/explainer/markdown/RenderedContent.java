package org.explainer.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.explainer.cache.BuildCache;
import org.explainer.concurrent.Workers;
import org.explainer.content.Article;
import org.explainer.content.Claim;
import org.explainer.content.GlossaryTerm;
import org.explainer.content.Library;
import org.explainer.content.Page;
import org.explainer.content.SitePaths;
import org.explainer.diagnostic.Problems;

/**
 * Every Markdown text of the library rendered for the page it appears on. In entry summaries the first
 * use of each glossary term links to its definition.
 *
 * @param articles entry summaries by slug, each made (read from the build cache, or rendered) when a page
 *     first asks for it
 * @param pages free pages by slug
 * @param glossary glossary definitions by term id
 * @param claims the arguments of the case for and against, by claim id, rendered for the home page
 * @param targets the pages and anchors internal links were checked against
 */
public record RenderedContent(
    Summaries articles, Map<String, RenderedMarkdown> pages, Map<String, RenderedMarkdown> glossary,
    Map<String, RenderedMarkdown> claims, LinkTargets targets) {

  /** The kind of result entry summaries are in the build cache. */
  public static final String CACHE = SummaryCache.KIND;

  /**
   * Renders all Markdown of {@code library}, checking its links against {@code pages} (every file of
   * the site, see {@code PageTypes.linkTargets}): each text is parsed and rendered in one go; links to
   * anchors are checked at the end, when every heading is known. Entries are rendered on {@code workers}.
   */
  public static RenderedContent of(Library library, MarkdownRenderer renderer, LinkTargets pages, Problems problems, Workers workers) {
    return of(library, renderer, pages, problems, workers, BuildCache.none(), EntryHashes.NONE);
  }

  /**
   * As {@link #of(Library, MarkdownRenderer, LinkTargets, Problems, Workers)}, taking from {@code cache}
   * each entry's summary as an earlier build rendered it when its text, the glossary and the site's pages
   * are the same (see {@link SummaryCache}). {@code files} gives the SHA-256 of entry files whose entry,
   * summary included, is all read from that file (an original's, not a translation's), by the file, now
   * and before an edit.
   */
  public static RenderedContent of(Library library, MarkdownRenderer renderer, LinkTargets pages, Problems problems, Workers workers,
      BuildCache cache, EntryHashes files) {
    GlossaryLinker glossaryLinks = new GlossaryLinker(library.glossary(), pages.glossary());
    SummaryCache kept = new SummaryCache(cache, library.glossary(), pages, files);
    // entries are independent: render them on every core, each with its own problem list, merged in order
    // (a text whose own page cannot be known, for errors of its own, is not rendered: see LinkTargets)
    List<Article> articles = library.articles().stream().filter(a -> !pages.isUnchecked(a.file())).toList();
    List<SummaryCache.Kept> results = workers.map(articles, a -> kept.get(a, () -> {
      Problems own = new Problems();
      List<MarkdownRenderer.AnchorLink> anchorLinks = new ArrayList<>();
      RenderedMarkdown html = summary(renderer, renderer.parse(a.body()), a, pages, glossaryLinks, own, anchorLinks);
      return new SummaryCache.Result(html, own.sorted(), List.copyOf(anchorLinks));
    }));
    List<MarkdownRenderer.AnchorLink> anchorLinks = new ArrayList<>();
    Map<String, Supplier<RenderedMarkdown>> renderedArticles = new HashMap<>();
    Map<String, Set<String>> headings = new HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      SummaryCache.Kept r = results.get(i);
      Article a = articles.get(i);
      renderedArticles.put(a.slug(), r.html());
      headings.put(pageOf(pages, a.file()), ids(r.headings()));
      problems.addAll(r.problems());
      anchorLinks.addAll(r.anchorLinks());
    }
    Map<String, RenderedMarkdown> renderedPages = new HashMap<>();
    for (Page p : library.pages()) {
      if (pages.isUnchecked(p.file())) {
        continue;
      }
      String path = pageOf(pages, p.file());
      RenderedMarkdown html = renderer.render(renderer.parse(p.body()), path, pages, problems, anchorLinks);
      renderedPages.put(p.slug(), html);
      headings.put(path, ids(html.headings()));
    }
    Map<String, RenderedMarkdown> renderedTerms = new HashMap<>();
    for (GlossaryTerm t : library.glossary()) {
      renderedTerms.put(t.id(), renderer.render(renderer.parse(t.definition()), pages.glossary(), pages, problems, anchorLinks));
    }
    Map<String, RenderedMarkdown> renderedClaims = new HashMap<>();
    if (!library.claims().isEmpty()) {
      // shown on the home page, so their links to Markdown files are as from the home page's file
      Path home = library.home().file();
      String homePage = pageOf(pages, home);
      for (Claim c : library.claims()) {
        renderedClaims.put(c.id(), renderer.render(renderer.parse(c.argument(), home.getParent()), homePage, pages, problems, anchorLinks));
      }
    }
    LinkTargets targets = pages.withAnchors(headings);
    MarkdownRenderer.checkAnchors(anchorLinks, targets, problems);
    return new RenderedContent(Summaries.of(renderedArticles), Map.copyOf(renderedPages), Map.copyOf(renderedTerms), Map.copyOf(renderedClaims), targets);
  }

  /**
   * Renders the summaries of {@code drafts}, entries a build leaves out, for their problems alone, as if
   * they were published: their links checked against {@code targets} (every page of the site with the
   * drafts in it, with the anchors of the texts already rendered), links to their own headings
   * included, so that a broken link waits for no one to delete {@code draft: true}.
   */
  public static void checkDrafts(List<Article> drafts, List<GlossaryTerm> glossary, MarkdownRenderer renderer, LinkTargets targets,
      Problems problems) {
    GlossaryLinker glossaryLinks = new GlossaryLinker(glossary, targets.glossary());
    List<MarkdownRenderer.AnchorLink> anchorLinks = new ArrayList<>();
    Map<String, Set<String>> headings = new HashMap<>();
    for (Article draft : drafts) {
      RenderedMarkdown html = summary(renderer, renderer.parse(draft.body()), draft, targets, glossaryLinks, problems, anchorLinks);
      // (two drafts of one slug share a page: the slug is reported, and each keeps its headings)
      headings.computeIfAbsent(pageOf(targets, draft.file()), page -> new HashSet<>()).addAll(ids(html.headings()));
    }
    MarkdownRenderer.checkAnchors(anchorLinks, targets.withAnchors(headings), problems);
  }

  private static String pageOf(LinkTargets pages, Path file) {
    return pages.pageOf(file).orElseThrow(() -> new IllegalStateException("no page is made from " + file));
  }

  private static Set<String> ids(List<Heading> headings) {
    Set<String> ids = new HashSet<>();
    headings.forEach(h -> ids.add(h.id()));
    return ids;
  }

  /**
   * This content with one entry's summary rendered again (its body changed, nothing else); empty when
   * its headings changed, since other pages may link to them and everything must be checked again.
   */
  public Optional<RenderedContent> withArticle(Library library, Article article, MarkdownRenderer renderer, Problems problems) {
    MarkdownRenderer.Parsed parsed = renderer.parse(article.body());
    RenderedMarkdown before = articles.get(article.slug());
    if (before == null || !parsed.headings().equals(before.headings())) {
      return Optional.empty();
    }
    List<MarkdownRenderer.AnchorLink> anchorLinks = new ArrayList<>();
    RenderedMarkdown summary = summary(renderer, parsed, article, targets, new GlossaryLinker(library.glossary(), targets.glossary()), problems, anchorLinks);
    MarkdownRenderer.checkAnchors(anchorLinks, targets, problems);
    return Optional.of(new RenderedContent(articles.with(article.slug(), summary), pages, glossary, claims, targets));
  }

  /**
   * An entry's summary rendered for its page, the first use of each glossary term linked; links to
   * anchors are added to {@code anchorLinks} for {@link MarkdownRenderer#checkAnchors}.
   */
  private static RenderedMarkdown summary(MarkdownRenderer renderer, MarkdownRenderer.Parsed parsed, Article article,
      LinkTargets targets, GlossaryLinker glossary, Problems problems, List<MarkdownRenderer.AnchorLink> anchorLinks) {
    String page = pageOf(targets, article.file());
    glossary.link(parsed, SitePaths.relative(page, targets.glossary()));
    return renderer.render(parsed, page, targets, problems, anchorLinks);
  }

}
