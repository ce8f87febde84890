package org.explainer.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.anchorlink.internal.AnchorLinkNodePostProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PostProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.ArrayList;
import java.util.List;

/**
 * flexmark's {@link AnchorLinkExtension} (each heading's text becomes a link to the heading), with its
 * post-processor run from a {@link GlobalPostProcessor} that finds the headings itself, so flexmark
 * does not classify every node of every document for the few headings. The headings get their links
 * from the extension's own post-processor, in document order, and the extension renders them, as
 * before.
 */
final class HeadingAnchorsExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  private final AnchorLinkExtension anchors = AnchorLinkExtension.create();

  private HeadingAnchorsExtension() {}

  /** The extension, for {@code Parser.EXTENSIONS} in place of {@code AnchorLinkExtension.create()}. */
  static HeadingAnchorsExtension create() {
    return new HeadingAnchorsExtension();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {
    anchors.parserOptions(options);
  }

  @Override
  public void extend(Parser.Builder parserBuilder) {
    parserBuilder.postProcessorFactory(new Factory());
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {
    anchors.rendererOptions(options);
  }

  @Override
  public void extend(HtmlRenderer.Builder htmlRendererBuilder, String rendererType) {
    anchors.extend(htmlRendererBuilder, rendererType);
  }

  private static final class Factory extends GlobalPostProcessor.Factory {
    @Override
    public PostProcessor apply(Document document) {
      return new Anchors();
    }
  }

  /** Gives each heading, in document order, its link, as the extension's node post-processor would. */
  private static final class Anchors extends GlobalPostProcessor {
    @Override
    public Document processDocument(Document document) {
      // the extension leaves out headings in block quotes only when asked to
      boolean noBlockQuote = AnchorLinkExtension.ANCHORLINKS_NO_BLOCK_QUOTE.get(document);
      List<Heading> headings = new ArrayList<>();
      for (Node node = document.getFirstChild(); node != null; node = next(node, document)) {
        if (node.getClass() == Heading.class && !(noBlockQuote && node.getAncestorOfType(BlockQuote.class) != null)) {
          headings.add((Heading) node);
        }
      }
      if (!headings.isEmpty()) {
        AnchorLinkNodePostProcessor links = new AnchorLinkNodePostProcessor(document);
        for (Heading heading : headings) {
          links.process(IGNORED, heading);
        }
      }
      return document;
    }
  }
}
