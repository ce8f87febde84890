package org.explainer.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.explainer.cache.BuildCache;
import org.explainer.cache.RecordCodec;
import org.explainer.concurrent.Once;
import org.explainer.content.Article;
import org.explainer.content.GlossaryTerm;
import org.explainer.diagnostic.Problem;

/**
 * Entry summaries rendered by earlier builds, kept in the {@link BuildCache}: an entry's rendered summary,
 * the problems found in it and its links to anchors (checked afterwards, against every page's headings)
 * depend on nothing but its Markdown (with where it starts in its file), the glossary and the site's
 * pages and their anchors. So they are kept under the fingerprint of those (for an original entry, whose
 * Markdown is all read from its file, the file's path and bytes stand for its Markdown), and a build
 * renders again only the summaries whose file or text changed, or all of them when the glossary or the
 * set of pages or of drafts did. A summary's HTML is kept apart from what the build needs of it before it makes any
 * page (its {@link Outline}), and read only when a page asks for it: a build that makes only some pages
 * reads only their summaries.
 */
final class SummaryCache {
  /** The kind of result summaries are in the build cache. */
  static final String KIND = "summaries";

  private final BuildCache cache;
  private final RecordCodec codec = new RecordCodec();
  private final String context;
  private final EntryHashes files;

  /**
   * A result: the summary, the problems found in it, and its links to anchors.
   *
   * @param html the rendered summary
   * @param problems what rendering it found, sorted
   * @param anchorLinks its links to anchors, for {@link MarkdownRenderer#checkAnchors}
   */
  record Result(RenderedMarkdown html, List<Problem> problems, List<MarkdownRenderer.AnchorLink> anchorLinks) {}

  /**
   * What a build needs of a summary before it makes any page (its headings, the problems found in it and
   * its links to anchors), and the summary itself, made when a page first asks for it.
   *
   * @param html the rendered summary: read from the cache, or rendered, when first asked for
   * @param headings its headings, the anchors other pages may link to
   * @param problems what rendering it found, sorted
   * @param anchorLinks its links to anchors, for {@link MarkdownRenderer#checkAnchors}
   */
  record Kept(Once<RenderedMarkdown> html, List<Heading> headings, List<Problem> problems, List<MarkdownRenderer.AnchorLink> anchorLinks) {}

  /**
   * What the cache keeps of a summary apart from its HTML, under the summary's key; the HTML is kept
   * beside it, under a key of its own ({@link #htmlKey}), and read only when a page asks for it.
   */
  record Outline(List<Heading> headings, List<Problem> problems, List<MarkdownRenderer.AnchorLink> anchorLinks) {}

  /**
   * Summaries rendered with {@code glossary} linked, against {@code targets}, kept in {@code cache}; an
   * entry whose file is in {@code files}, with the SHA-256 of its bytes, is all read from that file, so
   * its summary is kept under that hash rather than a hash of its text, and the summary kept under the
   * hash the file had before an edit is superseded.
   */
  SummaryCache(BuildCache cache, List<GlossaryTerm> glossary, LinkTargets targets, EntryHashes files) {
    this.cache = cache;
    this.context = cache.folder().isEmpty() ? "" : fingerprint(glossary, targets);
    this.files = files;
  }

  /**
   * The summary of {@code article}: its outline kept, its HTML read from the cache when a page first asks
   * for it (or, when the cache no longer holds it, made by {@code render} then); or made by {@code
   * render} now, and kept.
   */
  Kept get(Article article, Supplier<Result> render) {
    if (cache.folder().isEmpty()) {
      return kept(render.get());
    }
    String file = files.now().get(article.file());
    String key = file != null ? fileKey(article, file)
        : BuildCache.key(List.of("summary", context, article.file().toAbsolutePath().normalize().toString(), article.body().text(), article.body().start().toString()));
    String before = files.before().get(article.file());
    if (file != null && before != null && !before.equals(file)) {
      String superseded = fileKey(article, before);
      cache.supersede(KIND, superseded);
      cache.supersede(KIND, htmlKey(superseded));
    }
    Optional<Outline> outline = cache.read(KIND, key).flatMap(bytes -> codec.read(bytes, Outline.class));
    if (outline.isPresent()) {
      Once<RenderedMarkdown> html = new Once<>(() -> cache.read(KIND, htmlKey(key)).flatMap(bytes -> codec.read(bytes, RenderedMarkdown.class))
          .orElseGet(() -> {
            RenderedMarkdown again = render.get().html();
            keep(htmlKey(key), again);
            return again;
          }));
      return new Kept(html, outline.get().headings(), outline.get().problems(), outline.get().anchorLinks());
    }
    Result made = render.get();
    keep(htmlKey(key), made.html());
    keep(key, new Outline(made.html().headings(), made.problems(), made.anchorLinks()));
    return kept(made);
  }

  private static Kept kept(Result made) {
    return new Kept(new Once<>(made::html), made.html().headings(), made.problems(), made.anchorLinks());
  }

  /** The key of the summary of {@code article}, whose file's bytes have the SHA-256 {@code sha}. */
  private String fileKey(Article article, String sha) {
    return BuildCache.key(List.of("summary of a file", context, article.file().toString(), article.file().toAbsolutePath().normalize().toString(), sha));
  }

  /** The key of the HTML of the summary whose outline is kept under {@code key}. */
  private static String htmlKey(String key) {
    return BuildCache.key(List.of("the HTML of", key));
  }

  private void keep(String key, Record result) {
    try {
      cache.write(KIND, key, codec.bytes(result));
    } catch (IllegalArgumentException e) {
      // a result the cache's JSON cannot hold (a component of a type Jackson cannot write): rendered every time
    }
  }

  /**
   * Everything but its own text that a summary's rendering reads: the glossary, every page with its
   * anchors, what links are not checked against (only when the content has errors) and the drafts.
   */
  private static String fingerprint(List<GlossaryTerm> glossary, LinkTargets targets) {
    List<String> parts = new ArrayList<>();
    glossary.forEach(term -> parts.add(term.toString()));
    parts.add(targets.glossary());
    Map<String, String> files = new TreeMap<>();
    targets.pageOfFile().forEach((file, page) -> files.put(file.toString(), page));
    files.forEach((file, page) -> parts.add(file + "\n" + page));
    Map<String, Set<String>> anchors = new TreeMap<>();
    targets.anchors().forEach((page, ids) -> anchors.put(page, new TreeSet<>(ids)));
    anchors.forEach((page, ids) -> parts.add(page + "#" + String.join("#", ids)));
    if (!targets.uncheckedFiles().isEmpty() || !targets.uncheckedIds().isEmpty()) {
      parts.add("unchecked");
      targets.uncheckedFiles().stream().map(Path::toString).sorted().forEach(parts::add);
      targets.uncheckedIds().stream().sorted().forEach(parts::add);
    }
    if (!targets.draftFiles().isEmpty()) {
      parts.add("drafts");
      targets.draftFiles().stream().map(Path::toString).sorted().forEach(parts::add);
    }
    return BuildCache.key(parts);
  }
}
