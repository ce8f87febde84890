package org.explainer.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark's {@link AutolinkExtension} (bare URLs, www. addresses and e-mail addresses become links),
 * asked only about text that could hold one. The extension runs a regular expression over every text
 * node of every document, which cost a sixth of a 10,000-entry build; a bare link needs a ':' (a
 * scheme), an '@' (an address) or "www.", and the extension also decodes entities first, so text with
 * none of ':', '@', '&' and "www." is passed over without asking it. The result is the same.
 */
final class BareLinkExtension implements Parser.ParserExtension {
  private BareLinkExtension() {}

  /** The extension, for {@code Parser.EXTENSIONS} in place of {@code AutolinkExtension.create()}. */
  static BareLinkExtension create() {
    return new BareLinkExtension();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder parserBuilder) {
    parserBuilder.postProcessorFactory(new Factory());
  }

  private static final class Factory extends NodePostProcessorFactory {
    Factory() {
      super(false);
      addNodes(Text.class);
    }

    @Override
    public NodePostProcessor apply(Document document) {
      return new Guard(new AutolinkNodePostProcessor(document));
    }
  }

  private static final class Guard extends NodePostProcessor {
    private final AutolinkNodePostProcessor autolinks;

    Guard(AutolinkNodePostProcessor autolinks) {
      this.autolinks = autolinks;
    }

    @Override
    public void process(NodeTracker state, Node node) {
      if (mayHoldLink(node)) {
        autolinks.process(state, node);
      }
    }
  }

  /**
   * True when the text of {@code node}, or of a sibling that continues it (which the extension reads
   * together with it), could hold a bare link.
   */
  static boolean mayHoldLink(Node node) {
    Node current = node;
    while (true) {
      if (mayHoldLink(current.getChars())) {
        return true;
      }
      Node next = current.getNext();
      if (next == null || !next.getChars().isContinuationOf(current.getChars())) {
        return false;
      }
      current = next;
    }
  }

  static boolean mayHoldLink(CharSequence text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ':' || c == '@' || c == '&') {
        return true;
      }
      if ((c == 'w' || c == 'W') && i + 3 < n && (text.charAt(i + 1) | 0x20) == 'w' && (text.charAt(i + 2) | 0x20) == 'w'
          && text.charAt(i + 3) == '.') {
        return true;
      }
    }
    return false;
  }
}
