package org.explainer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.explainer.content.GlossaryTerm;
import org.explainer.content.MarkdownSource;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problems;
import org.junit.jupiter.api.Test;

class GlossaryLinkerTest {
  private static final String PAGE = "articles/a/index.html";
  private static final String GLOSSARY = "../../glossary/index.html";
  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
  private static final LinkTargets TARGETS = new LinkTargets(Map.of(),
      Map.of(PAGE, Set.of(), "glossary/index.html", Set.of("article-5", "washington-summit", "summit", "map")), "glossary/index.html");

  private static GlossaryTerm term(String id, String term, String... variants) {
    Location at = new Location(Path.of("glossary.yaml"), 1, 1);
    return new GlossaryTerm(id, term, List.of(variants), new MarkdownSource("", at), List.of(), List.of(), List.of(), at);
  }

  private final GlossaryLinker linker = new GlossaryLinker(List.of(
      term("article-5", "Article 5"), term("washington-summit", "Washington summit"), term("summit", "summit"),
      term("map", "Membership Action Plan", "MAP")), "glossary/index.html");

  /** {@code markdown} rendered for an entry's page, with the glossary terms of {@code glossary} linked (none when null). */
  private static String html(String markdown, GlossaryLinker glossary) {
    MarkdownRenderer.Parsed parsed = RENDERER.parse(new MarkdownSource(markdown, new Location(Path.of("/site/content/articles/a.md"), 1, 1)));
    if (glossary != null) {
      glossary.link(parsed, GLOSSARY);
    }
    Problems problems = new Problems();
    String html = RENDERER.render(parsed, PAGE, TARGETS, problems).html();
    assertThat(problems.sorted()).isEmpty();
    return html;
  }

  private String linked(String markdown) {
    return html(markdown, linker);
  }

  private static String termLink(String id, String text) {
    return "<a href=\"" + GLOSSARY + "#" + id + "\" class=\"term\">" + text + "</a>";
  }

  @Test
  void linksTheFirstUseOfATermOnly() {
    assertThat(linked("Article 5 matters. Article 5 again."))
        .isEqualTo("<p>" + termLink("article-5", "Article 5") + " matters. Article 5 again.</p>\n");
  }

  @Test
  void prefersTheLongestFormAndMatchesVariantsCaseInsensitively() {
    assertThat(linked("At the Washington Summit the map was dropped."))
        .contains(termLink("washington-summit", "Washington Summit"))
        .contains(termLink("map", "map"))
        .doesNotContain("#summit\"");
  }

  @Test
  void leavesLinksHeadingsAndCodeAlone() {
    String markdown = "## Article 5\n\n[Article 5](https://example.org/) `Article 5` <https://example.org/summit>\n\n"
        + "    Article 5\n\n```\nsummit\n```\n";
    assertThat(linked(markdown)).isEqualTo(html(markdown, null));
  }

  /** A quotation is someone's own words: a link added inside it would change what they said. */
  @Test
  void neverLinksInsideAQuotation() {
    String markdown = "He wanted \"the Article 5 guarantee\" and 'a summit', said <<MAP>>.\n\n> Article 5 and the summit, quoted.\n";
    assertThat(linked(markdown)).isEqualTo(html(markdown, null));
    assertThat(linked("He said \"the summit\": the summit is in July."))
        .isEqualTo("<p>He said &ldquo;the summit&rdquo;: the " + termLink("summit", "summit") + " is in July.</p>\n");
  }

  @Test
  void skipsTermsTheTextAlreadyLinksTo() {
    for (String markdown : List.of("[the clause](/glossary/#article-5) and Article 5.",
        "Article 5 and [the clause][c].\n\n[c]: /glossary/index.html#article-5\n")) {
      assertThat(linked(markdown)).isEqualTo(html(markdown, null));
    }
  }

  @Test
  void keepsTheRestOfTheHtmlAsItIs() {
    String markdown = "\"Quoted\" -- see *the* [text](https://x.org/?a=1&b=2) on the Article 5 clause & more...\n";
    assertThat(linked(markdown)).isEqualTo(html(markdown, null).replace("Article 5", termLink("article-5", "Article 5")));
  }

  @Test
  void linksInsideEmphasisButNeverAcrossIt() {
    assertThat(linked("Washington *summit* talks"))
        .isEqualTo("<p>Washington <em>" + termLink("summit", "summit") + "</em> talks</p>\n");
  }

  @Test
  void linksTextInBracketsThatLinkNowhere() {
    assertThat(linked("The [Article 5] clause.")).isEqualTo("<p>The [" + termLink("article-5", "Article 5") + "] clause.</p>\n");
  }

  @Test
  void aShorterFormIsLinkedOutsideTheLongerOnesLink() {
    assertThat(linked("The Washington summit was a summit."))
        .isEqualTo("<p>The " + termLink("washington-summit", "Washington summit") + " was a " + termLink("summit", "summit") + ".</p>\n");
  }

  @Test
  void aTermInsideALongerWordIsNotLinked() {
    String markdown = "Washington summitsummit, 5Article 5x, MAPS and summitry";
    assertThat(linked(markdown)).isEqualTo(html(markdown, null));
  }

  @Test
  void linksEachOfManyTermsOnce() {
    Random random = new Random(9);
    List<GlossaryTerm> terms = new ArrayList<>();
    List<String> words = new ArrayList<>();
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
    GlossaryLinker many = new GlossaryLinker(terms, "glossary/index.html");
    for (int round = 0; round < 50; round++) {
      StringBuilder text = new StringBuilder();
      Set<String> expected = new TreeSet<>();
      for (int i = 0; i < 20; i++) {
        GlossaryTerm t = terms.get(random.nextInt(terms.size()));
        text.append(i % 2 == 0 ? t.term().toUpperCase(Locale.ROOT) : t.term()).append(" and ");
        expected.add(t.id());
      }
      String html = html(text.append("zzz.").toString(), many);
      Set<String> linked = new TreeSet<>();
      Matcher m = Pattern.compile("href=\"" + Pattern.quote(GLOSSARY) + "#([^\"]+)\"").matcher(html);
      while (m.find()) {
        assertThat(linked.add(m.group(1))).as("linked once: %s", m.group(1)).isTrue();
      }
      assertThat(linked).as(html).isEqualTo(expected);
    }
  }
}
