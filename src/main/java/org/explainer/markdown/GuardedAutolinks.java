package org.explainer.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PostProcessor;
import com.vladsch.flexmark.parser.PostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Map;
import java.util.Set;

/**
 * flexmark's own autolink extension, asked only about the text nodes that can hold a bare link.
 *
 * <p>The extension's post-processor runs a regular expression and a link scanner over every text node
 * (with the typographic and entity nodes right after it, which it reads as one text), and that was
 * half of all Markdown parsing in a 10,000-entry build. A bare link needs a {@code :} (a URL), an
 * {@code @} (an e-mail address) or {@code www} (a web address without a scheme), and an entity
 * ({@code &}) can stand for any of them: text without any of these is left as it is, which is what the
 * extension would have done with it. Everything else goes to the extension unchanged, so the links it
 * makes are its own. {@code MarkdownRendererTest} pins the output to the unguarded extension's.
 */
final class GuardedAutolinks implements Parser.ParserExtension {
  private GuardedAutolinks() {}

  /** The extension; use it in place of {@link AutolinkExtension#create()}. */
  static Parser.ParserExtension create() {
    return new GuardedAutolinks();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {
    AutolinkExtension.create().parserOptions(options);
  }

  @Override
  public void extend(Parser.Builder builder) {
    // the extension registers its post-processor on the builder it is given: take it from there
    AutolinkExtension.create().extend(new Parser.Builder() {
      @Override
      public Parser.Builder postProcessorFactory(PostProcessorFactory factory) {
        builder.postProcessorFactory(new Guarded(factory));
        return this;
      }
    });
  }

  /** The extension's post-processor factory, its processors asked only about text that can hold a link. */
  private record Guarded(PostProcessorFactory factory) implements PostProcessorFactory {
    @Override
    public Map<Class<?>, Set<Class<?>>> getNodeTypes() {
      return factory.getNodeTypes();
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return factory.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return factory.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
      return factory.affectsGlobalScope();
    }

    @Override
    public PostProcessor apply(Document document) {
      PostProcessor processor = factory.apply(document);
      return new PostProcessor() {
        @Override
        public Document processDocument(Document doc) {
          return processor.processDocument(doc);
        }

        @Override
        public void process(NodeTracker state, Node node) {
          if (mayHoldLink(node)) {
            processor.process(state, node);
          }
        }
      };
    }
  }

  /**
   * True unless {@code node}, and the typographic, entity and text nodes right after it (which the
   * extension reads with it), have none of {@code :}, {@code @}, {@code &} and {@code www} (in any case).
   */
  static boolean mayHoldLink(Node node) {
    int w = 0; // the 'w's in a row so far
    for (Node n = node; n == node || n instanceof Text || n instanceof TypographicText || n instanceof HtmlEntity; n = n.getNext()) {
      CharSequence chars = n.getChars();
      for (int i = 0; i < chars.length(); i++) {
        char c = chars.charAt(i);
        if (c == ':' || c == '@' || c == '&') {
          return true;
        }
        w = c == 'w' || c == 'W' ? w + 1 : 0;
        if (w == 3) {
          return true;
        }
      }
    }
    return false;
  }
}
