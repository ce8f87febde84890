package org.explainer.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.explainer.content.MarkdownSource;
import org.explainer.content.SitePaths;
import org.explainer.diagnostic.DidYouMean;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problems;
import org.explainer.yaml.WebAddress;

/**
 * Markdown to HTML with one flexmark parser and one renderer, built once and shared (both are
 * thread-safe): tables, footnotes, typographic quotes, heading anchors, autolinks and strikethrough.
 * Raw HTML in Markdown is escaped, so it shows as text. Internal links are checked and made relative to
 * the page the document is shown on.
 *
 * <p>Links may point at another entry or page by its Markdown file ({@code
 * 2024-11-30-sybiha-letter.md#anchor}), at any page of the site by its site path ({@code
 * /actors/sybiha/}, {@code /glossary/#article-5}), at an anchor of the same page ({@code #heading}), or
 * outside the site over http(s) or mailto.
 */
public final class MarkdownRenderer {
  /**
   * Deepest nesting of a document's syntax tree rendered (block quotes, lists and inline markup inside
   * each other): far beyond real text, far below what the renderer's recursion can take.
   */
  public static final int MAX_NESTING = 48;
  /**
   * What the id of every heading in Markdown starts with ({@code ## How we summarise} gets {@code
   * _how-we-summarise}): the templates' own ids ({@code main}, {@code summary-heading}) and the ids
   * that come from data (glossary terms, timeline events) never start with '_', so a heading called
   * "Main" or "Summary" cannot take an id the page already has. Links are written without it
   * ({@code [see](#how-we-summarise)}) and get it when they point at a heading.
   */
  public static final String HEADING_ID_PREFIX = "_";

  private static final DataKey<Map<String, String>> HREFS = new DataKey<>("EXPLAINER_HREFS", Map.of());

  private final Parser parser;
  private final HtmlRenderer renderer;

  /** Builds the parser and renderer. */
  public MarkdownRenderer() {
    DataHolder options = options(GuardedAutolinks.create());
    parser = Parser.builder(options).build();
    renderer = HtmlRenderer.builder(options)
        .nodeRendererFactory(rendererOptions -> GlossaryLinker.termLinks())
        .linkResolverFactory(new HrefResolverFactory())
        .attributeProviderFactory(new ExternalLinkAttributesFactory())
        .build();
    // first use of a parser and renderer loads most of their classes: do it here, where the pipeline
    // builds this renderer in the background while content loads
    renderer.render(parser.parse("# Warm-up\n\n*a* [b](https://example.org/) \"c\"\n\nSome more text.\n"));
  }

  /** The extensions and options of the site's Markdown, with {@code autolinks} for bare links (see {@link GuardedAutolinks}). */
  static DataHolder options(Extension autolinks) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(
        TablesExtension.create(),
        FootnoteExtension.create(),
        TypographicExtension.create(),
        autolinks,
        AnchorLinkExtension.create(),
        StrikethroughExtension.create()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
    options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true);
    options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor");
    options.set(TablesExtension.CLASS_NAME, "table");
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    return options.toImmutable();
  }

  /** A parsed document, its headings known, ready to render. */
  public static final class Parsed {
    private final Document document;
    private final MarkdownSource source;
    /** The folder links to Markdown files are relative to. */
    private final Path linkBase;
    private final List<org.explainer.markdown.Heading> headings;
    /** Its images, links, autolinks and link references, in document order. */
    private final List<Node> links;
    /** Its plain text: the text nodes' text, a space for each block and line break. */
    private final String text;
    /** How deep its syntax tree nests, and the first node deeper than {@link #MAX_NESTING} (null if none). */
    private final Nesting nesting;

    private Parsed(Document document, MarkdownSource source, Path linkBase, List<org.explainer.markdown.Heading> headings, List<Node> links,
        String text, Nesting nesting) {
      this.document = document;
      this.source = source;
      this.linkBase = linkBase;
      this.headings = headings;
      this.links = links;
      this.text = text;
      this.nesting = nesting;
    }

    /** The document's headings, with the ids they will have. */
    public List<org.explainer.markdown.Heading> headings() {
      return headings;
    }

    /** Its syntax tree, which may be changed before it is rendered (see {@link GlossaryLinker}). */
    Document document() {
      return document;
    }
  }

  /**
   * Parses {@code source} and assigns heading ids. One walk over the syntax tree finds the headings,
   * the nodes that {@linkplain #render render} checks and the plain text (not flexmark's
   * TextCollectingVisitor, which fails an internal assertion on some tables; fuzzing found it, see
   * MarkdownFuzzTest).
   */
  public Parsed parse(MarkdownSource source) {
    return parse(source, source.start().file().getParent());
  }

  /**
   * As {@link #parse(MarkdownSource)}, for a text whose links to Markdown files are relative to the
   * folder {@code linkBase} rather than to its own file's: a text of a data file shown on a page made
   * from another file (a claim's argument, shown on the home page, links as from {@code pages/}).
   */
  public Parsed parse(MarkdownSource source, Path linkBase) {
    // flexmark's passes over the tree recurse once per level: so deep a text is refused unparsed
    Nesting lines = Nesting.ofLines(source);
    if (lines.tooDeep()) {
      return new Parsed(parser.parse(""), source, linkBase, List.of(), List.of(), "", lines);
    }
    Document document;
    try {
      document = parser.parse(source.text());
      new HeaderIdGenerator.Factory().create().generateIds(document);
    } catch (StackOverflowError e) {
      return new Parsed(parser.parse(""), source, linkBase, List.of(), List.of(), "", new Nesting(-1, lines.at()));
    }
    List<org.explainer.markdown.Heading> headings = new ArrayList<>();
    List<Node> links = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Node node : document.getDescendants()) {
      if (node instanceof Heading h) {
        h.setAnchorRefId(HEADING_ID_PREFIX + h.getAnchorRefId()); // the renderer keeps an id once set
        headings.add(new org.explainer.markdown.Heading(h.getLevel(), h.getAnchorRefId(), h.getText().toString()));
      } else if (node instanceof Image || node instanceof ImageRef || node instanceof Link || node instanceof AutoLink
          || node instanceof Reference) {
        links.add(node);
      }
      if (node instanceof Text) {
        text.append(node.getChars());
      } else if (node instanceof Block || node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        text.append(' ');
      }
    }
    return new Parsed(document, source, linkBase, List.copyOf(headings), links, text.toString(), Nesting.of(source, document));
  }

  /**
   * How deep a text nests.
   *
   * @param depth the deepest level (the document is 0, its blocks 1, …); -1 when too deep to know
   * @param at where the first level deeper than {@link #MAX_NESTING} starts, or the deepest line
   */
  private record Nesting(int depth, Location at) {
    /** True when the text may not be rendered. */
    boolean tooDeep() {
      return depth > MAX_NESTING || depth < 0;
    }

    /**
     * The most block quotes and list items any line opens at its start ({@code >>>>}, {@code - - -},
     * {@code 1. 1. 1.}),
     * found without parsing, so that the parser, which recurses once per level, never sees so deep a
     * text; at the marker past the limit, or at the start of the deepest line.
     */
    static Nesting ofLines(MarkdownSource source) {
      String text = source.text();
      int deepest = 0;
      int at = 0;
      int lineStart = 0;
      while (lineStart <= text.length()) {
        int lineEnd = text.indexOf('\n', lineStart);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int markers = 0;
        int quotes = 0;
        int past = -1;
        int i = lineStart;
        for (; i < lineEnd; i++) {
          char c = text.charAt(i);
          int numberEnd = i;
          while (numberEnd < lineEnd && numberEnd - i < 9 && Character.isDigit(text.charAt(numberEnd))) {
            numberEnd++;
          }
          if (numberEnd > i && numberEnd < lineEnd && (text.charAt(numberEnd) == '.' || text.charAt(numberEnd) == ')')) {
            i = numberEnd; // "1." and "1)" open an item of an ordered list
            c = '-';
          }
          boolean bullet = "-*+".indexOf(c) >= 0 && i + 1 < lineEnd && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t');
          if (c == '>' || bullet) {
            quotes += c == '>' ? 1 : 0;
            if (++markers == MAX_NESTING + 1) {
              past = i;
            }
          } else if (c != ' ' && c != '\t') {
            break;
          }
        }
        if (i == lineEnd && quotes == 0) {
          markers = 0; // "- - - -" alone is a horizontal rule
        }
        if (markers > deepest) {
          deepest = markers;
          at = past >= 0 ? past : lineStart;
        }
        lineStart = lineEnd + 1;
      }
      return new Nesting(deepest, source.locate(at));
    }

    /** Walks {@code document} with a stack of its own: the tree may be far deeper than the call stack. */
    static Nesting of(MarkdownSource source, Document document) {
      Deque<Node> nodes = new ArrayDeque<>();
      Deque<Integer> depths = new ArrayDeque<>();
      nodes.push(document);
      depths.push(0);
      int deepest = 0;
      Node first = null;
      while (!nodes.isEmpty()) {
        Node node = nodes.pop();
        int depth = depths.pop();
        deepest = Math.max(deepest, depth);
        if (depth > MAX_NESTING && (first == null || node.getStartOffset() < first.getStartOffset())) {
          first = node;
        }
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
          nodes.push(child);
          depths.push(depth + 1);
        }
      }
      return new Nesting(deepest, first == null ? source.start() : source.locate(first.getStartOffset()));
    }
  }

  /**
   * Renders {@code parsed} for the page at output path {@code page}: internal links are checked against
   * {@code targets} and the document's own headings (problems recorded at their line and column) and
   * written relative to {@code page}.
   */
  public RenderedMarkdown render(Parsed parsed, String page, LinkTargets targets, Problems problems) {
    List<AnchorLink> anchorLinks = new ArrayList<>();
    RenderedMarkdown out = render(parsed, page, targets, problems, anchorLinks);
    Set<String> headings = new HashSet<>();
    parsed.headings.forEach(h -> headings.add(h.id()));
    checkAnchors(anchorLinks, targets.withAnchors(Map.of(page, headings)), problems);
    return out;
  }

  /**
   * As {@link #render(Parsed, String, LinkTargets, Problems)}, but links to an anchor are not checked
   * yet: they are added to {@code anchorLinks}, for {@link #checkAnchors} once every document's
   * headings are known. So each document can be parsed and rendered in one go, and its syntax tree
   * dropped, instead of holding every tree until all are parsed.
   */
  public RenderedMarkdown render(Parsed parsed, String page, LinkTargets targets, Problems problems, List<AnchorLink> anchorLinks) {
    if (parsed.nesting.tooDeep()) {
      // rendering recurses once per level: a tree this deep would overflow the stack
      String depth = parsed.nesting.depth() > MAX_NESTING ? String.format(Locale.ROOT, "%,d levels", parsed.nesting.depth()) : "too many levels";
      problems.error(parsed.nesting.at(), "the Markdown nests " + depth + " deep here (quotes, lists or emphasis inside each other),"
          + " over the limit of " + MAX_NESTING, "flatten it: a summary needs a few levels at most");
      return new RenderedMarkdown("", parsed.headings, "");
    }
    Map<String, String> hrefs = new HashMap<>();
    for (Node node : parsed.links) {
      if (node instanceof Image || node instanceof ImageRef) {
        problems.error(locate(parsed, node), "images are not supported in entries",
            "describe what the image shows in words, or link to it with [text](https://…)");
      } else if (node instanceof Link link) {
        resolve(parsed, node, link.getUrl().unescape(), page, targets, hrefs, problems, anchorLinks);
      } else if (node instanceof AutoLink link) {
        resolve(parsed, node, link.getUrl().unescape(), page, targets, hrefs, problems, anchorLinks);
      } else if (node instanceof Reference ref) {
        resolve(parsed, node, ref.getUrl().unescape(), page, targets, hrefs, problems, anchorLinks);
      }
    }
    Document document = parsed.document;
    synchronized (document) {
      document.set(HREFS, Map.copyOf(hrefs));
      String html = renderer.render(document);
      return new RenderedMarkdown(html, parsed.headings, parsed.text);
    }
  }

  /**
   * A link to an anchor of a page, checked once every page's anchors are known.
   *
   * @param at where the link is
   * @param url the link as written
   * @param page the output path it points at
   * @param anchor the anchor as written
   * @param id the id it stands for on the page: the anchor itself for an anchor from data, with {@link
   *     #HEADING_ID_PREFIX} for a heading
   */
  public record AnchorLink(Location at, String url, String page, String anchor, String id) {}

  /** Records a problem for each of {@code links} whose anchor {@code targets} does not have. */
  public static void checkAnchors(List<AnchorLink> links, LinkTargets targets, Problems problems) {
    for (AnchorLink link : links) {
      if (targets.hasAnchor(link.page(), link.id()) || targets.isUnchecked(link.page(), link.anchor())) {
        continue;
      }
      // as editors write them: headings without their prefix
      List<String> known = targets.anchors().getOrDefault(link.page(), Set.of()).stream()
          .map(id -> id.startsWith(HEADING_ID_PREFIX) ? id.substring(HEADING_ID_PREFIX.length()) : id).sorted().toList();
      String hint = DidYouMean.hint(link.anchor(), known);
      problems.error(link.at(), "the anchor '#" + link.anchor() + "' in '" + link.url() + "' does not exist",
          hint + (known.isEmpty() ? "that page has no anchors; link to the page without '#…'"
              : "anchors there: " + String.join(", ", known.size() > 12 ? known.subList(0, 12) : known) + (known.size() > 12 ? ", …" : "")));
    }
  }

  /**
   * Checks the link to {@code url} (as flexmark renders it: escapes and entities decoded) and records
   * the address to write for it in {@code hrefs}: a relative one for a page of the site, none for an
   * address elsewhere (written as it is), and "#" for a link with a problem, so that a refused address
   * never reaches the HTML, even in a preview.
   */
  private void resolve(Parsed parsed, Node node, String url, String page, LinkTargets targets,
      Map<String, String> hrefs, Problems problems, List<AnchorLink> anchorLinks) {
    if (hrefs.containsKey(url)) {
      return;
    }
    // where the link is: found only for a problem or an anchor to check, since it means counting lines
    Supplier<Location> at = () -> locate(parsed, node);
    BiConsumer<String, String> refuse = (message, fix) -> {
      problems.error(at.get(), message, fix);
      hrefs.put(url, "#");
    };
    if (url.isEmpty()) {
      refuse.accept("a link has no address", "write the address between the parentheses: [text](address)");
      return;
    }
    if (url.startsWith("//")) {
      hrefs.put(url, "https:" + url);
      return;
    }
    if (WebAddress.scheme(url).isPresent()) {
      WebAddress.schemeProblem(url, true).ifPresent(problem ->
          refuse.accept("the link '" + url + "' " + problem, "link to an http(s) address or to a page of this site"));
      return;
    }
    int hash = url.indexOf('#');
    String path = hash < 0 ? url : url.substring(0, hash);
    String anchor = hash < 0 ? "" : url.substring(hash + 1);
    String target;
    if (path.isEmpty()) {
      target = page;
    } else if (path.startsWith("/")) {
      target = targets.local(SitePaths.fromSitePath(path));
      if (!targets.hasPage(target) && targets.isUnchecked(target)) {
        hrefs.put(url, "#"); // a page left out for errors of its own, reported where they are
        return;
      }
      if (!targets.hasPage(target)) {
        refuse.accept("the link '" + url + "' points at no page of this site",
            nearPage(target, anchor, targets) + "check the path; site paths look like /actors/<id>/, /glossary/#<id> or /timeline/#<id>");
        return;
      }
    } else if (path.endsWith(".md")) {
      Path file = parsed.linkBase.resolve(path).normalize();
      if (targets.isUnchecked(file)) {
        hrefs.put(url, "#"); // a file with errors of its own, reported where they are
        return;
      }
      var resolved = targets.pageOf(file);
      if (resolved.isEmpty() && targets.isDraft(file)) {
        // an entry file marked as a draft, without errors of its own, that makes no page: a draft left out
        refuse.accept("the link '" + url + "' points at a draft, which will not be published",
            "publish it (remove 'draft: true' from it), or remove the link");
        return;
      }
      if (resolved.isEmpty()) {
        refuse.accept("the link '" + url + "' points at no entry or page",
            nearFiles(path, anchor.isEmpty() ? "" : "#" + anchor, file, targets) + "link to an existing file in content/articles/ or content/pages/, relative to this file");
        return;
      }
      target = resolved.get();
    } else {
      refuse.accept("the link '" + url + "' is neither a Markdown file nor a site path",
          "link to an entry's .md file, or write a site path starting with '/', e.g. /actors/sybiha/");
      return;
    }
    // an anchor the page's data gives is itself; any other names a heading
    String id = anchor.isEmpty() || targets.hasAnchor(target, anchor) || anchor.startsWith(HEADING_ID_PREFIX) ? anchor : HEADING_ID_PREFIX + anchor;
    if (!anchor.isEmpty()) {
      anchorLinks.add(new AnchorLink(at.get(), url, target, anchor, id));
    }
    String href = target.equals(page) && !anchor.isEmpty() ? "" : SitePaths.relative(page, target);
    hrefs.put(url, anchor.isEmpty() ? href : href + "#" + id);
  }

  /**
   * "did you mean '/actors/x/'? " for a site path that makes no page ({@code target}, as an output path):
   * the page whose path is closest to it ({@link DidYouMean#closest}), as a site path, with its {@code
   * anchor}; empty when none is close.
   */
  private static String nearPage(String target, String anchor, LinkTargets targets) {
    return DidYouMean.closest(target, targets.anchors().keySet())
        .map(page -> "did you mean '/" + SitePaths.cleanUrl(page) + (anchor.isEmpty() ? "" : "#" + anchor) + "'? ").orElse("");
  }

  /**
   * "did you mean 'x.md'? " for a link to the Markdown file {@code file}, written {@code path}, that makes
   * no page: the files beside it that do and whose names are close to its name, or have its words
   * ({@link DidYouMean#byWords}, by file name), written as the link writes its folder, with its {@code anchor};
   * empty when none is, or when the file is there (a draft, say): the link names it rightly, and another
   * file's name would mislead.
   */
  private static String nearFiles(String path, String anchor, Path file, LinkTargets targets) {
    if (Files.exists(file)) {
      return "";
    }
    Path folder = file.toAbsolutePath().normalize().getParent();
    String written = path.substring(0, path.lastIndexOf('/') + 1);
    List<String> beside = targets.pageOfFile().keySet().stream()
        .filter(f -> f.getParent() != null && f.getParent().equals(folder))
        .map(f -> f.getFileName().toString()).toList();
    // compared by file name: the folder's words are every candidate's
    return DidYouMean.hintOf(DidYouMean.byWords(path.substring(written.length()), beside).stream().map(name -> written + name + anchor).toList());
  }

  private static Location locate(Parsed parsed, Node node) {
    return parsed.source.locate(node.getStartOffset());
  }

  /** Replaces each link's address by the relative one computed for the page being rendered. */
  private static final class HrefResolverFactory extends IndependentLinkResolverFactory {
    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
      Map<String, String> hrefs = HREFS.get(context.getDocument());
      return (Node node, LinkResolverBasicContext ctx, ResolvedLink link) -> {
        String href = hrefs.get(link.getUrl());
        if (href == null && WebAddress.schemeProblem(link.getUrl(), true).isPresent()) {
          href = "#"; // a link the checks did not see (none should be): its address is not let through either
        }
        return href == null ? link : link.withStatus(LinkStatus.VALID).withUrl(href);
      };
    }
  }

  /** Marks links that leave the site: {@code rel="noopener"} and a class for styling. */
  private static final class ExternalLinkAttributesFactory extends IndependentAttributeProviderFactory {
    @Override
    public AttributeProvider apply(LinkResolverContext context) {
      return (Node node, AttributablePart part, MutableAttributes attributes) -> {
        if ((node instanceof Link || node instanceof AutoLink) && part == AttributablePart.LINK) {
          String href = attributes.getValue("href");
          if (href != null && (href.startsWith("http://") || href.startsWith("https://"))) {
            attributes.replaceValue("rel", "noopener");
          }
        }
      };
    }
  }
}
