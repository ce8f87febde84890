package org.explainer.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PostProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * flexmark's {@link AutolinkExtension} (bare URLs, www. addresses and e-mail addresses become links),
 * asked only about text that could hold one. The extension runs a regular expression over every text
 * node of every document, which cost a sixth of a 10,000-entry build; a bare link needs "://" after a
 * scheme, an '@' (an address) or "www.", and the extension decodes backslash escapes and entities
 * first, so text with none of '@', '&', "www." and a ':' followed by '/', '\\' or '&' is passed over
 * without asking it. The result is the same (BareLinkExtensionTest renders random documents both ways).
 * The guard is a {@link GlobalPostProcessor}, so flexmark does not classify every node for it.
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

  private static final class Factory extends GlobalPostProcessor.Factory {
    @Override
    public PostProcessor apply(Document document) {
      return new Guard();
    }
  }

  /**
   * Passes on to the extension, in document order, the text nodes whose source holds a trigger, as
   * flexmark would pass it every text node; a node that an earlier one took in is passed over, as
   * flexmark passes it over. A document without a trigger is not walked at all.
   */
  private static final class Guard extends GlobalPostProcessor {
    @Override
    public Document processDocument(Document document) {
      Object base = document.getChars().getBase();
      int[] triggers = triggers(base instanceof String source ? source : String.valueOf(base));
      if (triggers.length == 0) {
        return document;
      }
      List<Node> candidates = new ArrayList<>();
      for (Node node = document.getFirstChild(); node != null; node = next(node, document)) {
        if (node.getClass() == Text.class && mayHoldLink(node, triggers)) {
          candidates.add(node);
        }
      }
      if (!candidates.isEmpty()) {
        AutolinkNodePostProcessor autolinks = new AutolinkNodePostProcessor(document);
        for (Node node : candidates) {
          if (node.getParent() != null) {
            autolinks.process(IGNORED, node);
          }
        }
      }
      return document;
    }
  }

  /**
   * The offsets in {@code source} of each '@', '&', "www." (any case) and ':' followed by '/', '\\' or
   * '&' (a URL needs "://" once escapes and entities are decoded), in order.
   */
  static int[] triggers(String source) {
    // scanned over one byte per char (see Latin1): every trigger is ASCII
    byte[] bytes = Latin1.bytes(source);
    int[] out = new int[16];
    int count = 0;
    int n = bytes.length;
    for (int i = 0; i < n; i++) {
      int c = bytes[i];
      if (c == ':' && i + 1 < n && (bytes[i + 1] == '/' || bytes[i + 1] == '\\' || bytes[i + 1] == '&') || c == '@' || c == '&'
          || (c | 0x20) == 'w' && i + 3 < n && (bytes[i + 1] | 0x20) == 'w' && (bytes[i + 2] | 0x20) == 'w' && bytes[i + 3] == '.') {
        if (count == out.length) {
          out = Arrays.copyOf(out, count * 2);
        }
        out[count++] = i;
      }
    }
    return Arrays.copyOf(out, count);
  }

  /**
   * True when the source of {@code node}, or of the text, typographic and entity siblings that continue
   * it (the extension reads those together with it, and no other kind), holds one of the {@code
   * triggers} (offsets into the document's source). A link or an emphasis after the text is not read
   * with it, so a URL in a following link's address no longer sends the text to the extension.
   */
  static boolean mayHoldLink(Node node, int[] triggers) {
    if (triggers.length == 0) {
      return false;
    }
    Node last = node;
    for (Node next = node.getNext(); next != null && readWith(next) && next.getChars().isContinuationOf(last.getChars());
        next = next.getNext()) {
      last = next;
    }
    int found = Arrays.binarySearch(triggers, node.getStartOffset());
    int first = found >= 0 ? found : -found - 1;
    return first < triggers.length && triggers[first] < last.getEndOffset();
  }

  /** The kinds of node the extension absorbs into the text before it (see AutolinkNodePostProcessor). */
  private static boolean readWith(Node next) {
    return next instanceof Text || next instanceof TypographicText || next instanceof HtmlEntity;
  }
}
