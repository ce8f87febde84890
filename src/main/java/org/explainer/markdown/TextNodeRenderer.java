package org.explainer.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;

/**
 * Renders flexmark's text nodes, most of any document, to the same HTML as its core renderer: the
 * text with backslash escapes and entities resolved, line ends normalised and {@code & < > "}
 * escaped. The core renderer runs two regular expressions and copies the text one character at a time
 * for every node; here a node that is a plain range of the source and holds no backslash, ampersand or
 * carriage return (nearly all of them) is copied in bulk and escaped in one pass. Any other node goes
 * the core renderer's way.
 */
final class TextNodeRenderer implements NodeRenderer {
  private char[] scratch = new char[256];

  /** A new renderer for each document rendered, as flexmark asks; not shared between threads. */
  static final class Factory implements NodeRendererFactory {
    @Override
    public NodeRenderer apply(DataHolder options) {
      return new TextNodeRenderer();
    }
  }

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
  }

  private void render(Text node, NodeRendererContext context, HtmlWriter html) {
    BasedSequence chars = node.getChars();
    if (chars instanceof SubSequence && chars.getBase() instanceof String source) {
      String escaped = escaped(source, chars.getStartOffset(), chars.getEndOffset());
      if (escaped != null) {
        html.raw(escaped);
        return;
      }
    }
    html.text(Escaping.normalizeEOL(chars.unescape())); // as flexmark's CoreNodeRenderer does
  }

  /**
   * {@code source[start, end)} with {@code & < > "} escaped as {@code Escaping.escapeHtml} escapes
   * them, or null when that range holds a backslash, an ampersand or a carriage return (which the
   * core renderer's unescaping and line-end normalising would change).
   */
  String escaped(String source, int start, int end) {
    int length = end - start;
    if (scratch.length < length) {
      scratch = new char[Math.max(length, scratch.length * 2)];
    }
    char[] chars = scratch;
    source.getChars(start, end, chars, 0);
    int specials = 0;
    for (int i = 0; i < length; i++) {
      switch (chars[i]) {
        case '\\', '&', '\r' -> {
          return null;
        }
        case '<', '>', '"' -> specials++;
        default -> {}
      }
    }
    if (specials == 0) {
      return source.substring(start, end);
    }
    StringBuilder out = new StringBuilder(length + specials * 5);
    int from = 0;
    for (int i = 0; i < length; i++) {
      String escape = switch (chars[i]) {
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        default -> null;
      };
      if (escape != null) {
        out.append(chars, from, i - from).append(escape);
        from = i + 1;
      }
    }
    return out.append(chars, from, length - from).toString();
  }
}
