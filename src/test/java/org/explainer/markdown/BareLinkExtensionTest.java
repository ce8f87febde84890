package org.explainer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Asking the autolink extension only about text with a trigger links exactly what asking it everywhere does. */
class BareLinkExtensionTest {
  private static final String[] PIECES = {"word", " ", "\n", "Note: ", "10:30", "http", "https", "://", ":", "//", "/", "\\:", "\\/",
      "&#58;", "&colon;", "&#47;", "&sol;", "&amp;", "&", "example.org", "www.", "WWW.", "wWw.", "@", "editor", "mailto:", "x@y.org",
      "*", "_", "[a](https://e.org/)", "<https://e.org>", "\"", "'", "...", "--", "`code://x`", "ftp", "1abc", "(", ")", ".", ",",
      "https:\\/\\/e.org", "http&#58;//e.org", "https:&#47;&#47;e.org", "http\\://e.org", "http://e.org/?a=1&amp;b=2"};

  @Test
  void linksWhatTheExtensionLinksEverywhere() {
    Parser guarded = parser(BareLinkExtension.create());
    Parser everywhere = parser(AutolinkExtension.create());
    HtmlRenderer html = HtmlRenderer.builder(options(null)).build();
    RandomDocuments.each(2024, 5_000, PIECES, 30, markdown ->
        assertThat(html.render(guarded.parse(markdown))).as("%s", markdown).isEqualTo(html.render(everywhere.parse(markdown))));
  }

  private static Parser parser(Parser.ParserExtension autolinks) {
    return Parser.builder(options(autolinks)).build();
  }

  private static MutableDataSet options(Parser.ParserExtension autolinks) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, autolinks == null ? List.of(TypographicExtension.create())
        : List.of(TypographicExtension.create(), autolinks));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    return options;
  }
}
