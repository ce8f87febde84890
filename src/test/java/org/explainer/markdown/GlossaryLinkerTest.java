package org.explainer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.explainer.content.GlossaryTerm;
import org.explainer.content.MarkdownSource;
import org.explainer.diagnostic.Location;
import org.junit.jupiter.api.Test;

class GlossaryLinkerTest {
  private static GlossaryTerm term(String id, String term, String... variants) {
    Location at = new Location(Path.of("glossary.yaml"), 1, 1);
    return new GlossaryTerm(id, term, List.of(variants), new MarkdownSource("", at), List.of(), List.of(), List.of(), at);
  }

  private final GlossaryLinker linker = new GlossaryLinker(List.of(
      term("article-5", "Article 5"), term("washington-summit", "Washington summit"), term("summit", "summit"),
      term("map", "Membership Action Plan", "MAP")));

  @Test
  void linksTheFirstUseOfATermOnly() {
    assertThat(linker.link("<p>Article 5 matters. Article 5 again.</p>", "../../glossary/index.html"))
        .isEqualTo("<p><a href=\"../../glossary/index.html#article-5\" class=\"term\">Article 5</a> matters. Article 5 again.</p>");
  }

  @Test
  void prefersTheLongestFormAndMatchesVariantsCaseInsensitively() {
    assertThat(linker.link("<p>At the Washington Summit the map was dropped.</p>", "g.html"))
        .contains("<a href=\"g.html#washington-summit\" class=\"term\">Washington Summit</a>")
        .contains("<a href=\"g.html#map\" class=\"term\">map</a>")
        .doesNotContain("#summit\"");
  }

  @Test
  void leavesLinksHeadingsQuotationsAndPartialWordsAlone() {
    String html = "<h2>Article 5</h2><p><a href=\"x\">Article 5</a> “<q>Article 5</q>” summitry</p><blockquote><p>Article 5</p></blockquote>";
    assertThat(linker.link(html, "g.html")).isEqualTo(html);
  }

  @Test
  void skipsTermsTheTextAlreadyLinksTo() {
    String html = "<p><a href=\"g.html#article-5\">the clause</a> and Article 5.</p>";
    assertThat(linker.link(html, "g.html")).isEqualTo(html);
  }

  @Test
  void keepsTheRestOfTheHtmlByteForByte() {
    String html = "<p>&ldquo;Article&nbsp;5 &amp; more&rdquo; &mdash; see <em>the</em> <a href=\"https://x.org/?a=1&amp;b=2\" rel=\"noopener\">text</a>.</p>\n";
    assertThat(linker.link(html, "g.html")).isEqualTo(html);
    String plain = "<p>&ldquo;The Article 5 clause&rdquo; &mdash; <em>done</em>.</p>\n";
    assertThat(linker.link(plain, "g.html"))
        .isEqualTo("<p>&ldquo;The <a href=\"g.html#article-5\" class=\"term\">Article 5</a> clause&rdquo; &mdash; <em>done</em>.</p>\n");
  }

  @Test
  void matchesTermsWrittenWithEntitiesAndNeverAcrossElements() {
    assertThat(linker.link("<p>Washington&#32;summit</p>", "g.html"))
        .isEqualTo("<p><a href=\"g.html#washington-summit\" class=\"term\">Washington&#32;summit</a></p>");
    assertThat(linker.link("<p>Washington <em>summit</em> talks</p>", "g.html"))
        .isEqualTo("<p>Washington <em><a href=\"g.html#summit\" class=\"term\">summit</a></em> talks</p>");
  }

  @Test
  void aShorterFormIsLinkedOutsideTheLongerOnesLink() {
    assertThat(linker.link("<p>The Washington summit was a summit.</p>", "g.html"))
        .isEqualTo("<p>The <a href=\"g.html#washington-summit\" class=\"term\">Washington summit</a> was a "
            + "<a href=\"g.html#summit\" class=\"term\">summit</a>.</p>");
  }

  @Test
  void aTermInsideALongerWordIsNotLinked() {
    String html = "<p>Washington summitsummit, 5Article 5x</p>";
    assertThat(linker.link(html, "g.html")).isSameAs(html);
  }

  @Test
  void leavesTextWithoutTermsAlone() {
    String html = "<p>Nothing to see; MAPS and summitry are other words. <code>Article 5</code></p>";
    assertThat(linker.link(html, "g.html")).isSameAs(html);
  }

  @Test
  void findsEachOfManyTermsByItsFirstWord() {
    // enough terms that first words share first letters, lengths and hash slots
    java.util.Random random = new java.util.Random(9);
    List<GlossaryTerm> terms = new java.util.ArrayList<>();
    List<String> words = new java.util.ArrayList<>();
    for (int k = 0; k < 300; k++) {
      StringBuilder word = new StringBuilder();
      for (int i = 0, n = 3 + random.nextInt(4); i < n; i++) {
        word.append((char) ('a' + random.nextInt(6)));
      }
      if (!words.contains(word.toString())) {
        words.add(word.toString());
        terms.add(term("t" + k, word + (k % 3 == 0 ? " pact" : "")));
      }
    }
    GlossaryLinker many = new GlossaryLinker(terms);
    for (int round = 0; round < 50; round++) {
      StringBuilder text = new StringBuilder("<p>");
      java.util.Set<String> expected = new java.util.TreeSet<>();
      for (int i = 0; i < 20; i++) {
        int k = random.nextInt(terms.size());
        GlossaryTerm t = terms.get(k);
        text.append(i % 2 == 0 ? t.term().toUpperCase(java.util.Locale.ROOT) : t.term()).append(" and ");
        expected.add(t.id());
      }
      text.append("zzz.</p>");
      String html = many.link(text.toString(), "g.html");
      java.util.Set<String> linked = new java.util.TreeSet<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"g\\.html#([^\"]+)\"").matcher(html);
      while (m.find()) {
        assertThat(linked.add(m.group(1))).as("linked once: %s", m.group(1)).isTrue();
      }
      assertThat(linked).as(html).isEqualTo(expected);
    }
  }

  @Test
  void generalPunctuationHasNoCase() {
    for (char c = '\u2000'; c <= '\u206F'; c++) {
      assertThat(GlossaryLinker.lowerCase(c)).isEqualTo(Character.toLowerCase(c));
    }
    assertThat(GlossaryLinker.lowerCase('\u0130')).isEqualTo(Character.toLowerCase('\u0130'));
    assertThat(GlossaryLinker.lowerCase('Ї')).isEqualTo('ї');
  }
}
