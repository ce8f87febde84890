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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.explainer.content.MarkdownSource;
import org.explainer.content.SitePaths;
import org.explainer.diagnostic.DidYouMean;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problems;

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
  private static final DataKey<Map<String, String>> HREFS = new DataKey<>("EXPLAINER_HREFS", Map.of());
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

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

    private Parsed(Document document, MarkdownSource source, Path linkBase, List<org.explainer.markdown.Heading> headings, List<Node> links,
        String text) {
      this.document = document;
      this.source = source;
      this.linkBase = linkBase;
      this.headings = headings;
      this.links = links;
      this.text = text;
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
    Document document = parser.parse(source.text());
    new HeaderIdGenerator.Factory().create().generateIds(document);
    List<org.explainer.markdown.Heading> headings = new ArrayList<>();
    List<Node> links = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Node node : document.getDescendants()) {
      if (node instanceof Heading h) {
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
    return new Parsed(document, source, linkBase, List.copyOf(headings), links, text.toString());
  }

  /**
   * Renders {@code parsed} for the page at output path {@code page}: internal links are checked against
   * {@code targets} (problems recorded at their line and column) and written relative to {@code page}.
   */
  public RenderedMarkdown render(Parsed parsed, String page, LinkTargets targets, Problems problems) {
    List<AnchorLink> anchorLinks = new ArrayList<>();
    RenderedMarkdown out = render(parsed, page, targets, problems, anchorLinks);
    checkAnchors(anchorLinks, targets, problems);
    return out;
  }

  /**
   * As {@link #render(Parsed, String, LinkTargets, Problems)}, but links to an anchor are not checked
   * yet: they are added to {@code anchorLinks}, for {@link #checkAnchors} once every document's
   * headings are known. So each document can be parsed and rendered in one go, and its syntax tree
   * dropped, instead of holding every tree until all are parsed.
   */
  public RenderedMarkdown render(Parsed parsed, String page, LinkTargets targets, Problems problems, List<AnchorLink> anchorLinks) {
    Map<String, String> hrefs = new HashMap<>();
    for (Node node : parsed.links) {
      if (node instanceof Image || node instanceof ImageRef) {
        problems.error(locate(parsed, node), "images are not supported in entries",
            "describe what the image shows in words, or link to it with [text](https://…)");
      } else if (node instanceof Link link) {
        resolve(parsed, node, link.getUrl().toString(), page, targets, hrefs, problems, anchorLinks);
      } else if (node instanceof AutoLink link) {
        resolve(parsed, node, link.getUrl().toString(), page, targets, hrefs, problems, anchorLinks);
      } else if (node instanceof Reference ref) {
        resolve(parsed, node, ref.getUrl().toString(), page, targets, hrefs, problems, anchorLinks);
      }
    }
    Document document = parsed.document;
    synchronized (document) {
      document.set(HREFS, Map.copyOf(hrefs));
      String html = renderer.render(document);
      return new RenderedMarkdown(html, parsed.headings, parsed.text);
    }
  }

  /** A link to an anchor of a page, checked once every page's anchors are known. */
  public record AnchorLink(Location at, String url, String page, String anchor) {}

  /** Records a problem for each of {@code links} whose anchor {@code targets} does not have. */
  public static void checkAnchors(List<AnchorLink> links, LinkTargets targets, Problems problems) {
    for (AnchorLink link : links) {
      if (targets.hasAnchor(link.page(), link.anchor())) {
        continue;
      }
      List<String> known = targets.anchors().getOrDefault(link.page(), Set.of()).stream().sorted().toList();
      String hint = DidYouMean.hint(link.anchor(), known);
      problems.error(link.at(), "the anchor '#" + link.anchor() + "' in '" + link.url() + "' does not exist",
          hint + (known.isEmpty() ? "that page has no anchors; link to the page without '#…'"
              : "anchors there: " + String.join(", ", known.size() > 12 ? known.subList(0, 12) : known) + (known.size() > 12 ? ", …" : "")));
    }
  }

  private void resolve(Parsed parsed, Node node, String url, String page, LinkTargets targets,
      Map<String, String> hrefs, Problems problems, List<AnchorLink> anchorLinks) {
    if (hrefs.containsKey(url)) {
      return;
    }
    // where the link is: found only for a problem or an anchor to check, since it means counting lines
    Supplier<Location> at = () -> locate(parsed, node);
    if (url.isEmpty()) {
      problems.error(at.get(), "a link has no address", "write the address between the parentheses: [text](address)");
      return;
    }
    if (url.startsWith("//")) {
      hrefs.put(url, "https:" + url);
      return;
    }
    var scheme = SCHEME.matcher(url);
    if (scheme.find()) {
      String name = scheme.group().replace(":", "").toLowerCase(Locale.ROOT);
      if (!SAFE_SCHEMES.contains(name)) {
        problems.error(at.get(), "the link '" + url + "' uses the '" + name + ":' scheme, which is not allowed",
            "link to an http(s) address or to a page of this site");
        hrefs.put(url, "#"); // never let the address itself into the HTML, even in a preview
      }
      return;
    }
    int hash = url.indexOf('#');
    String path = hash < 0 ? url : url.substring(0, hash);
    String anchor = hash < 0 ? "" : url.substring(hash + 1);
    String target;
    if (path.isEmpty()) {
      target = page;
    } else if (path.startsWith("/")) {
      target = SitePaths.fromSitePath(path);
      if (!targets.hasPage(target)) {
        problems.error(at.get(), "the link '" + url + "' points at no page of this site",
            "check the path; site paths look like /actors/<id>/, /glossary/#<id> or /timeline/#<id>");
        return;
      }
    } else if (path.endsWith(".md")) {
      Path file = parsed.linkBase.resolve(path).normalize();
      var resolved = targets.pageOf(file);
      if (resolved.isEmpty()) {
        problems.error(at.get(), "the link '" + url + "' points at no entry or page",
            "link to an existing file in content/articles/ or content/pages/, relative to this file");
        return;
      }
      target = resolved.get();
    } else {
      problems.error(at.get(), "the link '" + url + "' is neither a Markdown file nor a site path",
          "link to an entry's .md file, or write a site path starting with '/', e.g. /actors/sybiha/");
      return;
    }
    if (!anchor.isEmpty()) {
      anchorLinks.add(new AnchorLink(at.get(), url, target, anchor));
    }
    String href = target.equals(page) && !anchor.isEmpty() ? "" : SitePaths.relative(page, target);
    hrefs.put(url, anchor.isEmpty() ? href : href + "#" + anchor);
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
