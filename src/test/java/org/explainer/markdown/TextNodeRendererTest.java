package org.explainer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The text-node fast path writes exactly what flexmark's own text rendering writes. */
class TextNodeRendererTest {
  private static final String[] PIECES = {"word", " ", "  ", "\n", "\r\n", "\r", "<b>", "a > b", "\"quoted\"", "“curly”",
      "Kyiv — NATO", "&amp;", "&copy;", "& ", "\\*", "\\", "*em*", "**strong**", "`code <x>`", "[link](https://example.org/?a=1&b=2)",
      "https://example.org", "# Heading <h>\n", "- item \"one\"\n", "| a | b |\n|---|---|\n| <c> | d |\n", "[^1]\n\n[^1]: note & \"more\"\n",
      "'single'", "...", "--", "🇺🇦", "\uD800", "\t", "<!-- c -->", "&#x26;", "&#38;"};

  @Test
  void rendersEveryDocumentAsFlexmarkDoes() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(), TypographicExtension.create()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    Parser parser = Parser.builder(options).build();
    HtmlRenderer core = HtmlRenderer.builder(options).build();
    HtmlRenderer fast = HtmlRenderer.builder(options).nodeRendererFactory(new TextNodeRenderer.Factory()).build();
    RandomDocuments.each(42, 3_000, PIECES, 40, markdown ->
        assertThat(fast.render(parser.parse(markdown))).as("%s", markdown).isEqualTo(core.render(parser.parse(markdown))));
  }

  @Test
  void escapesLikeFlexmarkOrLeavesTheRangeToIt() {
    TextNodeRenderer renderer = new TextNodeRenderer();
    Random random = new Random(7);
    char[] alphabet = {'a', ' ', '<', '>', '"', '\'', '&', '\\', '\r', '\n', 'é', '—', '\uD83C', '\uDDFA'};
    for (int run = 0; run < 20_000; run++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(600);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String source = "xx" + text + "yy";
      String escaped = renderer.escaped(source, 2, 2 + text.length());
      String expected = Escaping.escapeHtml(Escaping.normalizeEOL(Escaping.unescapeString(text)), false);
      if (text.indexOf("\\") >= 0 || text.indexOf("&") >= 0 || text.indexOf("\r") >= 0) {
        assertThat(escaped).isNull();
      } else {
        assertThat(escaped).isEqualTo(expected);
      }
    }
  }
}
