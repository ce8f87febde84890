package org.explainer.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders flexmark's text nodes, most of any document, to the same HTML as its core renderer: the
 * text with backslash escapes and entities resolved, line ends normalised and {@code & < > "}
 * escaped. The core renderer runs two regular expressions and copies the text one character at a time
 * for every node; here a node that is a plain range of the source and holds no backslash, ampersand or
 * carriage return (nearly all of them) is copied in bulk and escaped in one pass. Any other node goes
 * the core renderer's way.
 *
 * <p>A document rendered through {@link #render(HtmlRenderer, Document)} also skips flexmark's line
 * bookkeeping for that text, which looks at every character it is given: the text goes into the HTML
 * as a short placeholder, and the placeholders are replaced by the text once the document is rendered.
 * Only text the bookkeeping would pass on unchanged is deferred (see {@code defer}).
 */
final class TextNodeRenderer implements NodeRenderer {
  /** Opens a placeholder: a private-use character, followed by the text's index in decimal digits. */
  static final char OPEN = '\uE000';
  /** Closes a placeholder. */
  static final char CLOSE = '\uE001';
  /** The texts of the document being rendered through {@link #render(HtmlRenderer, Document)}; null otherwise. */
  private static final NullableDataKey<List<String>> DEFERRED = new NullableDataKey<>("EXPLAINER_DEFERRED_TEXT");

  private char[] scratch = new char[256];
  /** Whether the range last {@linkplain #escaped escaped} holds no line end, tab or placeholder character. */
  private boolean oneLine;
  /** The deferred texts of the one document this renderer renders, once looked up. */
  private List<String> deferred;
  private boolean lookedUp;

  /**
   * {@code renderer.render(document)}, with the plain text of {@code document} deferred as described
   * above; the same HTML. A document whose source could put a placeholder character into the HTML of its
   * own (either character, or a numeric character reference, which may decode to one) is rendered
   * without deferring.
   */
  static String render(HtmlRenderer renderer, Document document) {
    List<String> texts = new ArrayList<>();
    String html = renderDeferred(renderer, document, texts);
    return texts.isEmpty() ? html : substitute(html, texts);
  }

  /**
   * {@code renderer.render(document)} with placeholders in the HTML for the texts added to {@code texts}
   * (none when the document is not eligible, see {@link #render(HtmlRenderer, Document)}).
   */
  static String renderDeferred(HtmlRenderer renderer, Document document, List<String> texts) {
    Object base = document.getChars().getBase();
    if (!(base instanceof String source) || source.indexOf(OPEN) >= 0 || source.indexOf(CLOSE) >= 0 || source.contains("&#")) {
      return renderer.render(document);
    }
    document.set(DEFERRED, texts);
    try {
      return renderer.render(document);
    } finally {
      document.remove(DEFERRED);
    }
  }

  /** {@code html} with each placeholder replaced by the text it stands for. */
  static String substitute(String html, List<String> texts) {
    int open = html.indexOf(OPEN);
    if (open < 0) {
      return html;
    }
    int room = html.length();
    for (String text : texts) {
      room += text.length();
    }
    StringBuilder out = new StringBuilder(room);
    int copied = 0;
    while (open >= 0) {
      int close = html.indexOf(CLOSE, open + 1);
      out.append(html, copied, open).append(texts.get(Integer.parseInt(html, open + 1, close, 10)));
      copied = close + 1;
      open = html.indexOf(OPEN, copied);
    }
    return out.append(html, copied, html.length()).toString();
  }

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
        if (!lookedUp) {
          deferred = DEFERRED.get(context.getDocument());
          lookedUp = true;
        }
        if (deferred == null || !oneLine || !defer(escaped, deferred, html)) {
          html.raw(escaped);
        }
        return;
      }
    }
    html.text(Escaping.normalizeEOL(chars.unescape())); // as flexmark's CoreNodeRenderer does
  }

  /**
   * Writes {@code escaped}, text on {@linkplain #oneLine one line}, as its leading spaces, a placeholder
   * for the part between them, and its trailing spaces; false (and nothing written) when that part is
   * too short to be worth it.
   *
   * <p>flexmark's line bookkeeping (with the renderer's format flags: leading white space of a line
   * trimmed, nothing else) passes such a part on exactly as it is, so a placeholder can stand in for it:
   * it starts and ends with a character other than a space, and holds no line end or tab. Its inner
   * spaces come after a character other than white space on the same line, so they are kept as they
   * are too.
   */
  private static boolean defer(String escaped, List<String> deferred, HtmlWriter html) {
    int start = 0;
    int end = escaped.length();
    while (start < end && escaped.charAt(start) == ' ') {
      start++;
    }
    while (end > start && escaped.charAt(end - 1) == ' ') {
      end--;
    }
    if (end - start < 8) {
      return false; // a few characters cost the line bookkeeping little
    }
    if (start > 0) {
      html.raw(escaped.substring(0, start));
    }
    html.raw(OPEN + Integer.toString(deferred.size()) + CLOSE);
    deferred.add(escaped.substring(start, end));
    if (end < escaped.length()) {
      html.raw(escaped.substring(end));
    }
    return true;
  }

  /**
   * {@code source[start, end)} with {@code & < > "} escaped as {@code Escaping.escapeHtml} escapes
   * them, or null when that range holds a backslash, an ampersand or a carriage return (which the
   * core renderer's unescaping and line-end normalising would change). Also finds, in the same pass,
   * whether the range is on {@linkplain #oneLine() one line}.
   */
  String escaped(String source, int start, int end) {
    int length = end - start;
    if (scratch.length < length) {
      scratch = new char[Math.max(length, scratch.length * 2)];
    }
    char[] chars = scratch;
    source.getChars(start, end, chars, 0);
    int specials = 0;
    boolean breaks = false;
    for (int i = 0; i < length; i++) {
      switch (chars[i]) {
        case '\\', '&', '\r' -> {
          return null;
        }
        case '<', '>', '"' -> specials++;
        case '\n', '\t', OPEN, CLOSE -> breaks = true;
        default -> {}
      }
    }
    oneLine = !breaks;
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

  /**
   * True when the range last {@linkplain #escaped escaped} (and not left to the core renderer) holds no
   * line end, no tab and neither placeholder character, so that it may be deferred.
   */
  boolean oneLine() {
    return oneLine;
  }
}
