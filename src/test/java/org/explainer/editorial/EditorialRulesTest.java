package org.explainer.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  // ---------------------------------------------------------------------------------------------
  // Issue 21: both sides, every claim credited to what says it (see EditorialRules). Each rule is
  // applied to the real content, and shown to catch a breach in a copy of the content broken on purpose.

  @Test
  void contextIsNeverCreditedToAnEntry() {
    assertThat(EditorialRules.contextCreditedToEntries(library)).isEmpty();
    assertThat(EditorialRules.unmarkedContextLinks(site)).isEmpty();
  }

  @Test
  void everyPositionIsAnEventWithAnEntryOrAContextSource() throws IOException {
    assertThat(EditorialRules.positionsWithoutAnEvent(library)).isEmpty();
    assertThat(library.positions()).isNotEmpty().allSatisfy(p -> assertThat(p.articles().size() + p.context().size()).isPositive());
    var positions = Jsoup.parse(Files.readString(site.resolve("positions/index.html")));
    library.positions().forEach(p -> assertThat(positions.select("[id=position-" + p.id() + "]")).as(p.id()).hasSize(1));
  }

  /**
   * The side that holds back on inviting Ukraine now is shown with a stance of its own, as the side that
   * asks for an invitation now is: in the positions, in the box "at a glance" and on the home page.
   */
  @Test
  void theSideThatHoldsBackIsNotShownAsNotStated() throws IOException {
    assertThat(EditorialRules.holdingBackNotStated(library)).isEmpty();
    var home = Jsoup.parse(Files.readString(site.resolve("index.html")));
    var glance = home.select(".glance-stances li");
    assertThat(glance.select(".stance-undeclared")).isEmpty();
    assertThat(glance.select("li.stance-not-now").text()).contains("Not now", "Joe Biden", "The seven hesitant allies");
    var ukGlance = Jsoup.parse(Files.readString(site.resolve("uk/index.html"))).select(".glance-stances li.stance-not-now");
    assertThat(ukGlance.select("strong").text()).isEqualTo("Не зараз");
  }

  /**
   * The About page says of the seven allies shown as "Not now" what their context fact reports, resisting
   * an immediate invitation, and not that they oppose inviting Ukraine for as long as the war goes on,
   * which no source reports (it said so of them and of Biden, whose fact speaks of admission in the war).
   */
  @Test
  void theAboutPageSaysOfTheSevenAlliesOnlyWhatTheirContextFactReports() throws IOException {
    String english = Jsoup.parse(Files.readString(site.resolve("about/index.html"))).select("p:contains(Not now)").text();
    assertThat(english).contains("the seven as resisting an immediate invitation").doesNotContain("inviting (the seven) Ukraine while the war goes on");
    String ukrainian = Jsoup.parse(Files.readString(site.resolve("uk/about/index.html"))).select("p:contains(Не зараз)").text();
    assertThat(ukrainian).contains("семеро союзників опираються негайному запрошенню").doesNotContain("запрошувати (семеро союзників) Україну, поки триває війна");
  }

  @Test
  void noQuoteCardIsABareFragment() {
    assertThat(EditorialRules.bareFragments(library)).isEmpty();
    // the card itself; in a translation the source's words one step away are the source's alone, however short
    EditorialRules.pages(site).forEach((page, doc) -> doc.select("figure.quote > blockquote").forEach(q ->
        assertThat(q.text().split("\\s+")).as(page + ": " + q.text()).hasSizeGreaterThanOrEqualTo(6)));
  }

  /** In a translation, a quote's original, one step away, is the source's words alone, never a sentence of ours around them. */
  @Test
  void aTranslatedQuotesOriginalIsTheSourcesWordsAlone() throws IOException {
    Set<String> verbatim = new HashSet<>();
    library.articles().forEach(a -> a.quotes().forEach(q -> verbatim.add(q.text())));
    List<String> originals = new ArrayList<>();
    try (Stream<Path> files = Files.walk(site.resolve("uk"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Jsoup.parse(Files.readString(file)).select("details.quote-original [lang=en]").forEach(e -> originals.add(e.text()));
      }
    }
    assertThat(originals).isNotEmpty().allSatisfy(text -> assertThat(verbatim).as("the source's words").contains(text));
  }

  @Test
  void theCaseForAndTheReasonsForHoldingBackCarryComparableWeight() {
    EditorialRules.Balance balance = EditorialRules.balance(library, rendered);
    System.out.println("EditorialRulesTest: " + balance);
    assertThat(balance.forPoints()).isPositive();
    assertThat(balance.againstPoints()).isPositive();
    assertThat(balance.breaches()).as(balance.toString()).isEmpty();
  }

  @Test
  void noPageMixesStraightAndTypographicQuotationMarks() {
    assertThat(EditorialRules.mixedTypography(EditorialRules.pages(site))).isEmpty();
  }

  @Test
  void noTagIsCarriedByEveryEntry() {
    assertThat(EditorialRules.tagsOnEveryEntry(library)).isEmpty();
  }

  @Test
  void theHomePageAsksTheQuestionOnceWithOneAsOfDate() throws IOException {
    var home = Jsoup.parse(Files.readString(site.resolve("index.html")));
    String question = library.site().question();
    assertThat(home.select("h1").text()).isEqualTo(question);
    assertThat(home.body().text().split(java.util.regex.Pattern.quote(question), -1)).as("the question appears once").hasSize(2);
    var asOf = java.util.regex.Pattern.compile("(?i)\\bas of (?:early |late )?((?:\\d{1,2} )?[A-Z][a-z]+ \\d{4})").matcher(home.text());
    java.util.Set<String> dates = new java.util.TreeSet<>();
    while (asOf.find()) {
      dates.add(asOf.group(1));
    }
    assertThat(dates).as("the “as of” dates of the home page").hasSize(1);
  }

  @Test
  void theSourcesPageHeadsEachColumnDistinctlyAndListsEachContextSourceOnce() throws IOException {
    var sources = Jsoup.parse(Files.readString(site.resolve("sources/index.html")));
    List<String> headings = sources.select("table.coverage thead th").eachText();
    assertThat(headings).doesNotHaveDuplicates();
    // the entries whose outlet is not named share one column, where each link tells its report apart
    assertThat(headings).containsOnlyOnce("Outlet not named");
    sources.select("table.coverage td").forEach(cell -> assertThat(cell.select("a").eachText()).as(cell.parent().id()).doesNotHaveDuplicates());
    library.context().forEach(c -> assertThat(sources.select("[id=context-" + c.id() + "]")).as(c.id()).hasSize(1));
    assertThat(sources.select(".context-sources > li")).hasSize(library.context().size());
  }

  @Test
  void eachRuleCatchesWhatItGuardsAgainst() {
    Library broken = brokenCopy(Map.of(
        "context.yaml", t -> t.replace("reported_in: \"Common knowledge\"", "reported_in: \"newsx\""),
        "timeline.yaml", t -> t.replaceFirst("  context:\n    - bucharest-declaration", "  articles:\n    - bucharest-declaration"),
        "positions.yaml", t -> t.replace("  articles: []\n  context: [bucharest-declaration]\n", "")
            .replace("  actor: hesitant-allies\n  stance: not-now\n", "  actor: hesitant-allies\n  stance: undeclared\n")
            .replace("  articles: [sybiha-letter-putin-goals]\n  context: []\n", "  articles: [sybiha-letter-putin-goals]\n  context: []\n"
                + "- id: stefanishyna-again\n  actor: stefanishyna\n  stance: invite-now\n  date: \"2024-11-30\"\n  precision: approximate\n"
                + "  note: \"Again.\"\n  occasion: \"Again\"\n  summary: \"Again.\"\n  articles: [sybiha-letter-nato-umbrella]\n"),
        "claims.yaml", t -> t.replace("side: against", "side: for").replaceFirst("side: for", "side: against"),
        "articles/2024-11-30-sybiha-letter-putin-goals.md", t -> t.replace("tags:\n", "tags:\n  - ceasefire\n"),
        "articles/2024-01-30-rasmussen-invitation-at-washington.md", t -> t.replace("  - ceasefire\n", "").replace("tags:\n", "tags:\n  - ceasefire\n"),
        "articles/2024-11-29-sybiha-letter-lack-of-consensus.md", t -> t.replaceFirst("    sentence: .*\n", "").replace("tags:\n", "tags:\n  - ceasefire\n"),
        "articles/2024-11-30-sybiha-letter-nato-umbrella.md", t -> t.replace("  - ceasefire\n", "").replace("tags:\n", "tags:\n  - ceasefire\n"),
        "articles/2024-04-03-stoltenberg-invitation-equals-membership.md", t -> t.replace("  - ceasefire\n", "").replace("tags:\n", "tags:\n  - ceasefire\n")));
    assertThat(EditorialRules.contextCreditedToEntries(broken))
        .contains("event bucharest-summit cites 'bucharest-declaration' as an entry", "context source full-scale-invasion is reported in NewsX, which is an entry's");
    assertThat(EditorialRules.positionsWithoutAnEvent(broken))
        .contains("position allies-bucharest-promise cites no entry and no context source", "position stefanishyna-again repeats a stance its actor took on 2024-11-30");
    assertThat(EditorialRules.bareFragments(broken)).contains("sybiha-letter-lack-of-consensus: “irreversible”");
    assertThat(EditorialRules.holdingBackNotStated(broken)).containsExactly(
        "position hesitant-allies-resist rests on politico-seven-allies, which reports its actor holding back, but is shown as not stated");
    assertThat(EditorialRules.tagsOnEveryEntry(broken)).containsExactly("ceasefire");
    Problems problems = new Problems();
    RenderedContent brokenRendered;
    try (Workers workers = Workers.of(1)) {
      brokenRendered = RenderedContent.of(broken, new MarkdownRenderer(), PageTypes.linkTargets(broken), problems, workers);
    }
    assertThat(EditorialRules.balance(broken, brokenRendered).breaches()).isNotEmpty();

    String mixed = "<title>Who's who</title><p>Rasmussen’s call</p><blockquote>it's verbatim</blockquote>";
    String verbatimOnly = "<title>Who’s who</title><p>Rasmussen’s call</p><blockquote>it's verbatim</blockquote><p><q>Allies' agree</q></p>";
    assertThat(EditorialRules.mixedTypography(Map.of("mixed.html", Jsoup.parse(mixed)))).hasSize(1);
    assertThat(EditorialRules.mixedTypography(Map.of("verbatim.html", Jsoup.parse(verbatimOnly)))).isEmpty();
    Path unmarked = tmp.resolve("unmarked");
    try {
      Files.createDirectories(unmarked);
      Files.writeString(unmarked.resolve("index.html"), "<html lang=\"en\"><p>As reported (<a href=\"sources/index.html#context-x\">NATO</a>).</p>"
          + "<p>As context, see <a href=\"sources/index.html#context-y\">NATO</a>.</p></html>");
      Files.createDirectories(unmarked.resolve("uk"));
      Files.writeString(unmarked.resolve("uk/index.html"), "<html lang=\"uk\"><p>Як повідомлялося (<a href=\"sources/index.html#context-x\">НАТО</a>).</p>"
          + "<p>Для контексту див. <a href=\"sources/index.html#context-y\">НАТО</a>.</p></html>");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(EditorialRules.unmarkedContextLinks(unmarked)).hasSize(2).anyMatch(l -> l.startsWith("index.html")).anyMatch(l -> l.startsWith("uk/index.html"));
  }

  /** The real content, copied and changed by {@code edits} (file under content/ → change), loaded but not validated. */
  private static Library brokenCopy(Map<String, java.util.function.UnaryOperator<String>> edits) {
    Path content = tmp.resolve("broken-content");
    TestSites.copyTree(TestSites.CONTENT, content);
    edits.forEach((file, edit) -> {
      try {
        Path path = content.resolve(file);
        String before = Files.readString(path, StandardCharsets.UTF_8);
        String after = edit.apply(before);
        assertThat(after).as("the edit of %s changes it", file).isNotEqualTo(before);
        Files.writeString(path, after, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    return new ContentLoader().load(content, new Problems()).orElseThrow();
  }
}
