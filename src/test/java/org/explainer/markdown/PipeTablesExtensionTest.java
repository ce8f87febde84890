package org.explainer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Making the table finder only for documents with a '|' parses exactly what the tables extension parses. */
class PipeTablesExtensionTest {
  private static final String[] PIECES = {"word", " ", "\n", "\n\n", "|", " | ", "a | b", "| a | b |\n", "|---|---|\n", "---|---\n",
      "| :-- | --: |\n", "| x | y |\n", "[caption]\n", "- item\n", "> quote | pipe\n", "`code | pipe`", "\\|", "[^1]\n\n[^1]: note | x\n",
      "    indented | code\n", "# Heading | pipe\n", "[ref]: https://example.org/\n", "[ref]", "*em*", "-", ":"};

  @Test
  void parsesAndRendersWhatTheTablesExtensionDoes() {
    Parser lazy = Parser.builder(options(PipeTablesExtension.create())).build();
    Parser eager = Parser.builder(options(TablesExtension.create())).build();
    HtmlRenderer html = HtmlRenderer.builder(options(TablesExtension.create())).build();
    int[] tables = {0};
    RandomDocuments.each(31, 5_000, PIECES, 30, markdown -> {
      String expected = html.render(eager.parse(markdown));
      assertThat(html.render(lazy.parse(markdown))).as("%s", markdown).isEqualTo(expected);
      tables[0] += expected.contains("<table") ? 1 : 0;
    });
    assertThat(tables[0]).as("documents with a table").isGreaterThan(200);
  }

  @Test
  void rendersTablesWithItsOwnRenderer() {
    MutableDataSet options = options(PipeTablesExtension.create());
    String html = HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse("| a | b |\n|---|---|\n| c | d |\n"));
    assertThat(html).contains("<table>").contains("<th>a</th>").contains("<td>d</td>");
  }

  private static MutableDataSet options(Extension tables) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(tables, FootnoteExtension.create(), TypographicExtension.create()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    return options;
  }
}
