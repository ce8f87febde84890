package org.explainer.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.explainer.TestSites;
import org.explainer.build.BuildOptions;
import org.explainer.build.Pipeline;
import org.explainer.content.Actor;
import org.explainer.content.Article;
import org.explainer.content.ContentLoader;
import org.explainer.content.ContentValidator;
import org.explainer.content.FuzzyDate;
import org.explainer.content.GlossaryTerm;
import org.explainer.content.Library;
import org.explainer.content.TimelineEvent;
import org.explainer.diagnostic.Problems;
import org.explainer.markdown.MarkdownRenderer;
import org.explainer.concurrent.Workers;
import org.explainer.markdown.RenderedContent;
import org.explainer.site.PageTypes;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The house rules of this explainer's content (docs/editing rules, not general rules of the
 * generator): word ranges, key points, quotes, the actors, terms and events the explainer promises,
 * and no page clutter from the captured sources.
 */
class EditorialRulesTest {
  private static final Path SEEDS = TestSites.ROOT.resolve("../shared/seeds").normalize();
  @TempDir static Path tmp;
  private static Library library;
  private static RenderedContent rendered;
  private static Path site;

  @BeforeAll
  static void load() {
    Problems problems = new Problems();
    Library loaded = new ContentLoader().load(TestSites.CONTENT, problems).orElseThrow();
    library = ContentValidator.validate(loaded, false, problems);
    try (Workers workers = Workers.of(1)) {
      rendered = RenderedContent.of(library, new MarkdownRenderer(), PageTypes.linkTargets(library), problems, workers);
    }
    assertThat(problems.sorted()).filteredOn(org.explainer.diagnostic.Problem::isError).isEmpty();
    site = tmp.resolve("site");
    new Pipeline(new BuildOptions(TestSites.CONTENT, TestSites.TEMPLATES, site, false)).build();
  }

  @Test
  void thereIsOneEntryPerSourceArticle() {
    assertThat(library.articles()).hasSize(5);
    assertThat(library.articles()).noneMatch(Article::draft);
  }

  @Test
  void summariesAreBetween150And300Words() {
    for (Article a : library.articles()) {
      assertThat(rendered.articles().get(a.slug()).wordCount()).as(a.slug()).isBetween(150, 300);
    }
  }

  @Test
  void everyEntryHasThreeToFiveKeyPointsAndAtLeastOneAttributedQuote() {
    for (Article a : library.articles()) {
      assertThat(a.keyPoints()).as(a.slug()).hasSizeBetween(3, 5);
      assertThat(a.quotes()).as(a.slug()).isNotEmpty();
      a.quotes().forEach(q -> {
        assertThat(q.text()).isNotBlank();
        assertThat(q.occasion()).isNotBlank();
        assertThat(q.text()).as("a quote is stored without its quotation marks").doesNotStartWith("\"").doesNotStartWith("“");
      });
    }
  }

  @Test
  void datesThatAreNotStatedByDaySayHowTheyWereEstablished() {
    for (Article a : library.articles()) {
      if (a.published().precision() != FuzzyDate.Precision.DAY) {
        assertThat(a.published().note()).as(a.slug()).isPresent();
      }
      if (a.source().outlet().isEmpty()) {
        assertThat(a.source().note()).as(a.slug()).isPresent();
      }
    }
  }

  @Test
  void quotesAreVerbatimInTheirSourceCaptures() throws IOException {
    assumeThat(Files.isDirectory(SEEDS)).as("source captures in ../shared/seeds").isTrue();
    String all;
    try (Stream<Path> files = Files.list(SEEDS)) {
      all = files.sorted().map(f -> {
        try {
          return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).collect(Collectors.joining("\n"));
    }
    String haystack = normalise(all);
    List<String> missing = new ArrayList<>();
    for (Article a : library.articles()) {
      for (Article.Quote q : a.quotes()) {
        if (!haystack.contains(normalise(q.text()))) {
          missing.add(a.slug() + ": " + q.text());
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static String normalise(String text) {
    return text.replaceAll("[“”„\"]", "\"").replaceAll("[‘’']", "'").replaceAll("\\s+", " ");
  }

  @Test
  void theActorsThePromisedOnesWithTheirSpellingVariants() {
    Map<String, Actor> actors = library.actorsById();
    assertThat(actors).containsKeys("rasmussen", "yermak", "stoltenberg", "sybiha", "zelensky", "stefanishyna", "putin",
        "nato-allies", "united-states", "trump");
    assertThat(actors.get("sybiha").variants()).contains("Sybiga");
    assertThat(actors.get("zelensky").variants()).contains("Zelenskiy", "Zelenskyi");
  }

  @Test
  void theGlossaryCoversTheTermsANewcomerNeeds() {
    String terms = library.glossary().stream().map(GlossaryTerm::term).collect(Collectors.joining("|")).toLowerCase();
    assertThat(terms).contains("membership action plan", "article 5", "consensus", "washington summit", "vilnius summit",
        "irreversible", "victory plan", "umbrella");
  }

  @Test
  void theTimelineRunsFromBucharestToTheDecemberMinisterialAndMarksContext() {
    List<TimelineEvent> events = library.timeline();
    assertThat(events.get(0).date().start().getYear()).isEqualTo(2008);
    assertThat(events.stream().map(e -> e.date().iso())).contains("2022-02-24", "2024-01-30", "2024-10-16");
    assertThat(events.get(events.size() - 1).date().iso()).startsWith("2024-12");
    assertThat(events).anyMatch(TimelineEvent::isContext).anyMatch(e -> !e.isContext());
  }

  @Test
  void theBuildHasAPageOrAnchorForEveryEntryActorYearAndTerm() throws IOException {
    for (Article a : library.articles()) {
      assertThat(site.resolve("articles/" + a.slug() + "/index.html")).exists();
    }
    for (Actor a : library.actors()) {
      assertThat(site.resolve("actors/" + a.id() + "/index.html")).exists();
    }
    var timeline = Jsoup.parse(Files.readString(site.resolve("timeline/index.html")));
    library.timeline().forEach(e -> {
      assertThat(timeline.getElementById(e.id())).as(e.id()).isNotNull();
      assertThat(timeline.getElementById("y" + e.date().start().getYear())).isNotNull();
    });
    var glossary = Jsoup.parse(Files.readString(site.resolve("glossary/index.html")));
    library.glossary().forEach(t -> assertThat(glossary.getElementById(t.id())).as(t.id()).isNotNull());
  }

  @Test
  void noPageClutterFromTheCapturesReachesTheSite() {
    List<String> clutter = List.of("Read more", "Read also", "Read More", "Subscribe", "Filed under", "More from International News",
        "Photo: Flickr", "Black Friday", "Steadfast Defender", "Reading Mode", "Gaza", "National Security Agency", "assault rifles");
    TestSites.files(site).forEach((path, bytes) -> {
      String text = new String(bytes, StandardCharsets.UTF_8);
      clutter.forEach(c -> assertThat(text).as(path).doesNotContain(c));
    });
  }
}
