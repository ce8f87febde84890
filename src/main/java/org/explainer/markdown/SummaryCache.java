package org.explainer.markdown;

import static org.explainer.cache.Stored.count;
import static org.explainer.cache.Stored.location;
import static org.explainer.cache.Stored.problem;
import static org.explainer.cache.Stored.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.explainer.cache.BuildCache;
import org.explainer.content.Article;
import org.explainer.content.GlossaryTerm;
import org.explainer.diagnostic.Problem;

/**
 * Entry summaries rendered by earlier builds, kept in the {@link BuildCache}: an entry's rendered summary,
 * the problems found in it and its links to anchors (checked afterwards, against every page's headings)
 * depend on nothing but its Markdown (with where it starts in its file), the glossary and the site's
 * pages and their anchors. So they are kept under the fingerprint of those, and a build renders again
 * only the summaries whose text changed, or all of them when the glossary or the set of pages did.
 */
final class SummaryCache {
  /** The kind of result summaries are in the build cache. */
  static final String KIND = "summaries";
  private static final int FORMAT = 0x534d5202;

  private final BuildCache cache;
  private final String context;

  /**
   * A result: the summary, the problems found in it, and its links to anchors.
   *
   * @param html the rendered summary
   * @param problems what rendering it found, sorted
   * @param anchorLinks its links to anchors, for {@link MarkdownRenderer#checkAnchors}
   */
  record Result(RenderedMarkdown html, List<Problem> problems, List<MarkdownRenderer.AnchorLink> anchorLinks) {}

  /** Summaries rendered with {@code glossary} linked, against {@code targets}, kept in {@code cache}. */
  SummaryCache(BuildCache cache, List<GlossaryTerm> glossary, LinkTargets targets) {
    this.cache = cache;
    this.context = cache.folder().isEmpty() ? "" : fingerprint(glossary, targets);
  }

  /** The summary of {@code article}: kept, or made by {@code render} and then kept. */
  Result get(Article article, Supplier<Result> render) {
    if (cache.folder().isEmpty()) {
      return render.get();
    }
    String key = BuildCache.key(List.of("summary", context, article.file().toAbsolutePath().normalize().toString(), article.body().toString()));
    Optional<Result> kept = cache.read(KIND, key).flatMap(SummaryCache::parse);
    if (kept.isPresent()) {
      return kept.get();
    }
    Result made = render.get();
    cache.write(KIND, key, bytes(made));
    return made;
  }

  /** Everything but its own text that a summary's rendering reads: the glossary and every page with its anchors. */
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
    return BuildCache.key(parts);
  }

  static byte[] bytes(Result result) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      text(out, result.html().html());
      text(out, result.html().text());
      out.writeInt(result.html().headings().size());
      for (Heading h : result.html().headings()) {
        out.writeInt(h.level());
        text(out, h.id());
        text(out, h.text());
      }
      out.writeInt(result.problems().size());
      for (Problem p : result.problems()) {
        problem(out, p);
      }
      out.writeInt(result.anchorLinks().size());
      for (MarkdownRenderer.AnchorLink link : result.anchorLinks()) {
        location(out, link.at());
        text(out, link.url());
        text(out, link.page());
        text(out, link.anchor());
        text(out, link.id());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory", e);
    }
    return bytes.toByteArray();
  }

  /** The result in {@code bytes}, or empty when they are not one of this format. */
  static Optional<Result> parse(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != FORMAT) {
        return Optional.empty();
      }
      String html = text(in);
      String plain = text(in);
      List<Heading> headings = new ArrayList<>();
      for (int i = count(in); i > 0; i--) {
        headings.add(new Heading(in.readInt(), text(in), text(in)));
      }
      List<Problem> problems = new ArrayList<>();
      for (int i = count(in); i > 0; i--) {
        problems.add(problem(in));
      }
      List<MarkdownRenderer.AnchorLink> links = new ArrayList<>();
      for (int i = count(in); i > 0; i--) {
        links.add(new MarkdownRenderer.AnchorLink(location(in), text(in), text(in), text(in), text(in)));
      }
      if (in.available() != 0) {
        return Optional.empty();
      }
      return Optional.of(new Result(new RenderedMarkdown(html, List.copyOf(headings), plain), List.copyOf(problems), List.copyOf(links)));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
