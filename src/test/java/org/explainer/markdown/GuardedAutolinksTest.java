package org.explainer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The guard in front of flexmark's autolink extension changes nothing flexmark would write. */
class GuardedAutolinksTest {
  /** Pieces of text around bare links: schemes, addresses, entities, escapes, quotes and dashes. */
  private static final List<String> PIECES = List.of("see ", "the ", "www", "WWW", "Www", "w", "ww", ".", "example", ".org", "/path",
      "https", "http", "ftp", ":", "://", "//", "@", "mail", "nato.int", "&", "&amp;", "&#64;", "&#58;", "&colon;", "&commat;", "\\", "\\:",
      "\\@", "\"", "'", "“", "—", "--", "...", "<", ">", "(", ")", "[", "](", "`", "*", "_", " ", " ", " ", "\n", "\n\n", "- ", "# ",
      "| a | b |\n|---|---|\n", "1.", "é", "日本");

  @Test
  void linksAreWhatTheUnguardedExtensionMakes() {
    Renderer plain = new Renderer(MarkdownRenderer.options(AutolinkExtension.create()));
    Renderer guarded = new Renderer(MarkdownRenderer.options(GuardedAutolinks.create()));
    Random random = new Random(20241205);
    int withLinks = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 1 + random.nextInt(24); i > 0; i--) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String expected = plain.html(text.toString());
      assertThat(guarded.html(text.toString())).as("%s", text).isEqualTo(expected);
      withLinks += expected.contains("<a href") ? 1 : 0;
    }
    assertThat(withLinks).as("texts that got a link").isGreaterThan(1_000);
  }

  @Test
  void textWithoutATriggerIsNotAskedAbout() {
    Parser parser = Parser.builder(MarkdownRenderer.options(AutolinkExtension.create())).build();
    assertThat(GuardedAutolinks.mayHoldLink(parser.parse("Plain words, with a full stop.").getFirstChild().getFirstChild())).isFalse();
    for (String text : List.of("see https://nato.int", "write to a@b.org", "go to www.nato.int", "WWW.NATO.INT", "a&#64;b.org")) {
      assertThat(GuardedAutolinks.mayHoldLink(parser.parse(text).getFirstChild().getFirstChild())).as(text).isTrue();
    }
  }

  private record Renderer(Parser parser, HtmlRenderer html) {
    Renderer(DataHolder options) {
      this(Parser.builder(options).build(), HtmlRenderer.builder(options).build());
    }

    String html(String text) {
      return html.render(parser.parse(text));
    }
  }
}
