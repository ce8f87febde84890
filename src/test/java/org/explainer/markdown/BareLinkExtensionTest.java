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

  /** What {@link BareLinkExtension#triggers} is defined to find, with charAt. */
  private static java.util.List<Integer> triggersByDefinition(String s) {
    java.util.List<Integer> out = new java.util.ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean url = c == ':' && i + 1 < s.length() && "/\\&".indexOf(s.charAt(i + 1)) >= 0;
      boolean www = i + 3 < s.length() && s.substring(i, i + 4).equalsIgnoreCase("www.");
      if (url || c == '@' || c == '&' || www) {
        out.add(i);
      }
    }
    return out;
  }

  @Test
  void findsEveryTriggerWhateverTheCharacters() {
    char[] alphabet = {'w', 'W', '.', ':', '/', '\\', '&', '@', 'a', ' ', '\u00E9', '\u00D7', '\u2019', '\uD83D', '\uDE00', '\u0177'};
    java.util.Random random = new java.util.Random(31);
    for (int run = 0; run < 20_000; run++) {
      char[] text = new char[random.nextInt(30)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(text);
      assertThat(java.util.Arrays.stream(BareLinkExtension.triggers(s)).boxed().toList()).as("%s", s)
          .isEqualTo(triggersByDefinition(s));
    }
  }
}
