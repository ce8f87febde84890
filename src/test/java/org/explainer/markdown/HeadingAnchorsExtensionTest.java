package org.explainer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The site's parser, whose autolinks and heading anchors are global post-processors, parses what a
 * parser with flexmark's own extensions parses (node post-processors, after flexmark's classification
 * of every node), with every other extension and option of the site the same.
 */
class HeadingAnchorsExtensionTest {
  private static final String[] PIECES = {"word", " ", "\n", "\n\n", "# ", "## ", "### Heading\n", "Setext\n---\n", "Title\n===\n",
      "> ", "> # quoted heading\n", "- ", "1. ", "    code\n", "```\nfenced https://e.org\n```\n", "*", "**", "_", "~~", "`x`",
      "https://e.org/a", "www.example.org", "x@y.org", "&amp;", "&#58;", "\\", "[a](https://e.org/)", "[a]: https://e.org/\n", "[a]",
      "<https://e.org>", "\"", "'", "...", "--", "[^1]", "[^1]: note https://e.org\n", "| a | b |\n|---|---|\n| c | https://e.org |\n",
      "# Heading https://e.org ", "## *em* and [link](https://e.org/)\n", ":", "/"};

  @Test
  void parsesWhatFlexmarksOwnExtensionsParse() {
    Parser site = Parser.builder(MarkdownRenderer.options()).build();
    DataHolder stockOptions = stock();
    Parser stock = Parser.builder(stockOptions).build();
    HtmlRenderer html = HtmlRenderer.builder(stockOptions).build();
    int[] seen = new int[2];
    RandomDocuments.each(7, 5_000, PIECES, 30, markdown -> {
      String expected = html.render(stock.parse(markdown));
      assertThat(html.render(site.parse(markdown))).as("%s", markdown).isEqualTo(expected);
      seen[0] += expected.contains("class=\"anchor\"") ? 1 : 0;
      seen[1] += expected.contains("<a href=\"https://e.org/a\"") || expected.contains("<a href=\"http://www.example.org\"") ? 1 : 0;
    });
    assertThat(seen[0]).as("documents with a heading anchor").isGreaterThan(1_000);
    assertThat(seen[1]).as("documents with a bare link").isGreaterThan(500);
  }

  /** The site's options with flexmark's own extensions. */
  private static DataHolder stock() {
    MutableDataSet options = new MutableDataSet(MarkdownRenderer.options());
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(), TypographicExtension.create(),
        AutolinkExtension.create(), AnchorLinkExtension.create(), StrikethroughExtension.create()));
    return options.toImmutable();
  }
}
