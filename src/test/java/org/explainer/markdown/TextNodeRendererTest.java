package org.explainer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
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

  /** Pieces for the deferred text: every block and inline construct the site's Markdown allows, and spaces around them. */
  private static final String[] DEFERRED_PIECES = {"Some words here", " ", "   ", "\n", "\n\n", "  \n", "\\\n", "\t", "a > b \"q\" ",
      "*em text*", "**strong text**", "~~struck text~~", "`code span <x>`", "[link text](https://example.org/ \"A title\")",
      "[^n]", "\n\n[^n]: the note text here\n", "# A heading with words\n", "## Second level *em*\n", "- list item text\n",
      "  - nested item text\n", "1. numbered item text\n", "> quoted block text\n", "| cell one | cell two |\n|---|---|\n| data text | more text |\n",
      "    indented code\n", "```\nfenced code\n```\n", "<b>raw html</b>", "<div>\nblock html\n</div>\n", "'single' and \"double\"",
      "Kyiv — NATO's summit...", "https://example.org/bare", "www.example.org", "editor@example.org", "&amp; &copy; &#38;",
      "&#xE000;12&#xE001;", "\uE000", "\uE0017\uE001", "🇺🇦 flag text", "\r\n", "***", "---\n", "Setext heading\n===\n"};

  @Test
  void deferredTextGivesTheSameHtmlWithTheSitesExtensionsAndOptions() {
    DataHolder options = MarkdownRenderer.options();
    Parser parser = Parser.builder(options).build();
    HtmlRenderer core = HtmlRenderer.builder(options).build();
    HtmlRenderer fast = HtmlRenderer.builder(options).nodeRendererFactory(new TextNodeRenderer.Factory()).build();
    int[] deferredDocuments = {0};
    RandomDocuments.each(77, 4_000, DEFERRED_PIECES, 40, markdown -> {
      String expected = core.render(parser.parse(markdown));
      assertThat(TextNodeRenderer.render(fast, parser.parse(markdown))).as("%s", markdown).isEqualTo(expected);
      List<String> texts = new java.util.ArrayList<>();
      TextNodeRenderer.renderDeferred(fast, parser.parse(markdown), texts);
      deferredDocuments[0] += texts.isEmpty() ? 0 : 1;
    });
    assertThat(deferredDocuments[0]).as("documents with deferred text").isGreaterThan(500);
  }

  @Test
  void placeholdersAreReplacedWhereverAndHowEverOftenTheyAppear() {
    List<String> texts = List.of("zero", "one &amp; more", "two");
    assertThat(TextNodeRenderer.substitute("<p>\uE0001\uE001 and \uE0001\uE001</p>\uE0000\uE001", texts))
        .isEqualTo("<p>one &amp; more and one &amp; more</p>zero");
    assertThat(TextNodeRenderer.substitute("<p>none</p>", texts)).isEqualTo("<p>none</p>");
  }

  @Test
  void onlyTextOnOneLineIsDeferred() {
    TextNodeRenderer renderer = new TextNodeRenderer();
    String[] oneLine = {"plain words, inner  spaces", " leading and trailing ", "a < b", "é — 🇺🇦", ""};
    for (String text : oneLine) {
      assertThat(renderer.escaped("x" + text + "y", 1, 1 + text.length())).as(text).isNotNull();
      assertThat(renderer.oneLine()).as(text).isTrue();
    }
    for (String text : new String[] {"a\nb", "a\tb", "a\uE000b", "a\uE001", "\n"}) {
      assertThat(renderer.escaped("x" + text + "y", 1, 1 + text.length())).as(text).isNotNull();
      assertThat(renderer.oneLine()).as(text).isFalse();
    }
  }

  @Test
  void escapesLikeFlexmarkOrLeavesTheRangeToIt() {
    TextNodeRenderer renderer = new TextNodeRenderer();
    Random random = new Random(7);
    char[] alphabet = {'a', ' ', '<', '>', '"', '\'', '&', '\\', '\r', '\n', 'é', '—', '\uD83C', '\uDDFA', '\t', TextNodeRenderer.OPEN,
        TextNodeRenderer.CLOSE};
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
        assertThat(renderer.oneLine()).isEqualTo(escaped.chars().noneMatch(c -> c == '\n' || c == '\t' || c == TextNodeRenderer.OPEN
            || c == TextNodeRenderer.CLOSE));
      }
    }
  }
}
