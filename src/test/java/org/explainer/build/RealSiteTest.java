package org.explainer.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.explainer.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Integration test: builds the real {@code content/} with the real templates into a temporary folder
 * and checks the page set, every link and anchor, and that two builds give identical bytes.
 */
class RealSiteTest {
  @TempDir static Path tmp;
  private static Map<String, byte[]> site;
  private static Map<String, Document> html;

  @BeforeAll
  static void build() {
    BuildOptions options = new BuildOptions(TestSites.CONTENT, TestSites.TEMPLATES, tmp.resolve("site"), false);
    new Pipeline(options).build();
    site = TestSites.files(options.output());
    html = new HashMap<>();
    site.forEach((path, bytes) -> {
      if (path.endsWith(".html")) {
        html.put(path, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)));
      }
    });
  }

  @Test
  void hasTheExpectedPageSet() {
    assertThat(site.keySet()).contains("index.html", "404.html", "actors/index.html", "timeline/index.html",
        "glossary/index.html", "tags/index.html", "about/index.html");
    assertThat(site.keySet().stream().filter(p -> p.matches("articles/[^/]+/index.html"))).hasSize(5);
    assertThat(site.keySet().stream().filter(p -> p.matches("uk/articles/[^/]+/index.html"))).hasSize(5);
    assertThat(site.keySet()).contains("uk/index.html", "uk/feed.xml", "uk/search/index.js", "uk/404.html", "provenance.json", "robots.txt")
        .doesNotContain("uk/provenance.json", "uk/robots.txt");
    assertThat(site.keySet().stream().filter(p -> p.matches("assets/style\\.[0-9a-f]{8}\\.css"))).hasSize(1);
  }

  @Test
  void whosWhoListsPeopleBySurnameInEachLanguage() {
    assertThat(html.get("actors/index.html").select(".card-title").eachText()).startsWith(
        "Joe Biden", "Vladimir Putin", "Anders Fogh Rasmussen", "Mark Rutte", "Olga Stefanishyna", "Jens Stoltenberg",
        "Andrii Sybiha", "Donald Trump", "Andriy Yermak", "Volodymyr Zelensky", "NATO");
    List<String> uk = html.get("uk/actors/index.html").select(".card-title").eachText();
    List<String> surnames = uk.subList(0, 10).stream().map(n -> n.substring(n.lastIndexOf(' ') + 1)).toList();
    assertThat(surnames).as("the Ukrainian edition's people, by surname in Ukrainian order").isSortedAccordingTo(
        Collator.getInstance(new ULocale("uk")));
  }

  @Test
  void everyInternalLinkAndAnchorResolves() {
    List<String> broken = new ArrayList<>();
    html.forEach((page, doc) -> {
      for (Element el : doc.select("a[href], link[href]")) {
        String href = el.attr("href");
        if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:")) {
          continue;
        }
        assertThat(href).as("relative link on %s", page).doesNotStartWith("/");
        URI target = URI.create(page).resolve(href);
        String path = target.getPath().isEmpty() ? page : target.getPath();
        if (!site.containsKey(path)) {
          broken.add(page + " -> " + href);
          continue;
        }
        String fragment = target.getFragment();
        if (fragment != null && !fragment.isEmpty() && html.get(path).getElementById(fragment) == null) {
          broken.add(page + " -> " + href + " (no anchor)");
        }
      }
    });
    assertThat(broken).isEmpty();
  }

  @Test
  void everyPageHasOneH1ATitleALanguageAndNoDuplicateIds() {
    html.forEach((page, doc) -> {
      assertThat(doc.select("h1")).as(page).hasSize(1);
      assertThat(doc.title()).as(page).isNotBlank();
      assertThat(doc.select("html").attr("lang")).as(page).isEqualTo(page.startsWith("uk/") ? "uk" : "en");
      Set<String> ids = new HashSet<>();
      doc.select("[id]").forEach(el -> assertThat(ids.add(el.id())).as(page + " #" + el.id()).isTrue());
    });
  }

  /**
   * A sentence ends with one full stop, in either language, also when it ends with a date: a Ukrainian
   * date ends with «р.», so a message that put a full stop after its date printed «4 грудня 2024 р..» on
   * the home page and under every entry (QA). An ellipsis is not a doubled full stop.
   */
  @Test
  void noSentenceEndsWithTwoFullStops() {
    java.util.regex.Pattern doubled = java.util.regex.Pattern.compile("(?<!\\.)\\.\\s*\\.(?!\\.)");
    Map<String, List<String>> found = new java.util.TreeMap<>();
    html.forEach((page, doc) -> {
      String text = doc.text();
      doubled.matcher(text).results().forEach(m -> found.computeIfAbsent(page, p -> new ArrayList<>())
          .add(text.substring(Math.max(0, m.start() - 40), m.end())));
    });
    assertThat(found).isEmpty();
  }

  /**
   * An entry's "Cite this page" names a report whose outlet is not named in a sentence, in each language:
   * it read "Summary of a report by Outlet not named, crediting AFP" (QA).
   */
  @Test
  void theCitationOfAReportWhoseOutletIsNotNamedReadsAsASentence() {
    assertThat(html.get("articles/sybiha-letter-lack-of-consensus/index.html").select(".citation").text())
        .contains("Summary of a report whose outlet is not named, crediting AFP, published around 29 November 2024.");
    assertThat(html.get("articles/sybiha-letter-nato-umbrella/index.html").select(".citation").text())
        .contains("Summary of a report whose outlet is not named, published 30 November 2024.");
    assertThat(html.get("articles/sybiha-letter-putin-goals/index.html").select(".citation").text())
        .contains("Summary of a report by NewsX, published around 30 November 2024.");
    assertThat(html.get("uk/articles/sybiha-letter-lack-of-consensus/index.html").select(".citation").text())
        .contains("Стислий виклад публікації, видання якої не назване, джерело — AFP; дата публікації — близько 29 листопада 2024 р.");
    assertThat(html.get("uk/articles/sybiha-letter-nato-umbrella/index.html").select(".citation").text())
        .contains("Стислий виклад публікації, видання якої не назване; дата публікації — 30 листопада 2024 р.");
    html.forEach((page, doc) -> assertThat(doc.select(".citation").text()).as(page)
        .doesNotContain("by Outlet not named").doesNotContain("публікації: Видання не назване"));
  }

  /**
   * A summit or ministerial of several days is dated as the text dates it ("3–4 December 2024"), each day
   * machine-readable, not "3 December 2024 – 4 December 2024" (QA).
   */
  @Test
  void anEventOfSeveralDaysIsWrittenAsOneRangeInEachLanguage() {
    assertThat(html.get("timeline/index.html").select("#vilnius-summit .event-date").text()).startsWith("11–12 July 2023 ·");
    assertThat(html.get("timeline/index.html").select("#brussels-ministerial .event-date").text()).startsWith("3–4 December 2024 ·");
    assertThat(html.get("uk/timeline/index.html").select("#vilnius-summit .event-date").text()).startsWith("11–12 липня 2023 р. ·");
    assertThat(html.get("timeline/index.html").select("#vilnius-summit .event-date time").eachAttr("datetime"))
        .containsExactly("2023-07-11", "2023-07-12");
  }

  /**
   * The positions table has a column, and the chart's legend a key, for each stance some position takes
   * and for no other: once no position was 'Not stated', its column was empty from top to bottom (QA).
   * The list of what each stance means still gives them all.
   */
  @Test
  void thePositionsTableAndLegendShowTheStancesTakenAndNoEmptyColumn() {
    for (String page : List.of("positions/index.html", "uk/positions/index.html")) {
      Document doc = html.get(page);
      List<String> taken = doc.select("li.position .stance").stream().map(e -> e.className().replace("stance ", "")).distinct().sorted().toList();
      assertThat(doc.select("ul.legend > li").eachAttr("class").stream().sorted().toList()).as(page).isEqualTo(taken);
      int columns = doc.select(".matrix thead th").size() - 1;
      assertThat(columns).as(page).isEqualTo(taken.size());
      for (int column = 0; column < columns; column++) {
        int index = column;
        assertThat(doc.select(".matrix tbody tr").stream().map(tr -> tr.select("td").get(index)))
            .as("%s column %d", page, column).anyMatch(td -> td.hasClass("held"));
      }
      assertThat(doc.select("dl.stances dt")).as(page).hasSize(7);
    }
  }

  /**
   * An entry's key points come before its source box in the page itself, so a screen reader and the Tab key
   * meet them in the order a phone shows them (a stylesheet put them first on a phone only, after the box
   * in the page: QA).
   */
  @Test
  void anEntrysKeyPointsComeBeforeItsSourceBoxInThePage() {
    html.forEach((page, doc) -> {
      if (doc.selectFirst("aside.source-box") != null) {
        assertThat(doc.select("#points-heading, #source-heading").eachAttr("id")).as(page).containsExactly("points-heading", "source-heading");
      }
    });
  }

  /**
   * How an event's or a position's date was found (a note shown before only as a tooltip, which a phone or a
   * keyboard never shows) is written out under it, in each language (QA).
   */
  @Test
  void theNoteOfAnEventsOrAPositionsDateIsReadableWithoutATooltip() {
    int notes = 0;
    for (String page : List.of("timeline/index.html", "positions/index.html", "uk/timeline/index.html", "uk/positions/index.html")) {
      for (Element item : html.get(page).select("li.event, li.position")) {
        for (Element dated : item.select("[title]")) {
          assertThat(item.select("p.meta").text()).as(page + " #" + item.id()).contains(dated.attr("title"));
          notes++;
        }
      }
    }
    assertThat(notes).isGreaterThan(10);
  }

  /** The drawing's summary runs to the last day of the latest event, not to the day it began: the December 2024 ministerial ended on the 4th. */
  @Test
  void theTimelineDrawingRunsToTheLastDayOfTheLatestEvent() {
    assertThat(html.get("timeline/index.html").select("p:contains(Drawn to scale)").text()).contains("from 3 April 2008 to 4 December 2024,");
    assertThat(html.get("uk/timeline/index.html").text()).contains("(3 квітня 2008 р. – 4 грудня 2024 р.)");
  }

  /**
   * A dated link to a timeline event (the box "at a glance", an actor's "On the timeline", the home page's
   * list) or to a position (the home page's "Positions at a glance") marks it as context exactly when the
   * timeline or the positions page does: the December 2024 ministerial beside every page, Biden's interview,
   * Putin's terms and Rutte's events on their pages, and four of the home page's positions were unmarked (QA).
   */
  @Test
  void aDatedLinkToAnEventOrAPositionMarksItAsContextAsItsOwnPageDoes() {
    List<String> wrong = new ArrayList<>();
    html.forEach((page, doc) -> doc.select("a[href*=timeline/index.html#]").forEach(link -> {
      if (link.closest("svg") != null || link.parent().selectFirst("time") == null || page.endsWith("timeline/index.html")) {
        return;
      }
      String id = link.attr("href").substring(link.attr("href").indexOf('#') + 1);
      Element event = html.get((page.startsWith("uk/") ? "uk/" : "") + "timeline/index.html").getElementById(id);
      boolean context = event.hasClass("event-context");
      boolean marked = link.parent().selectFirst(".badge-context") != null;
      if (context != marked) {
        wrong.add(page + ": #" + id + (context ? " rests on context, unmarked" : " is marked as context"));
      }
    }));
    html.forEach((page, doc) -> doc.select("a[href*=positions/index.html#position-]").forEach(link -> {
      if (link.parent().selectFirst("time") == null || page.endsWith("positions/index.html")) {
        return;
      }
      String id = link.attr("href").substring(link.attr("href").indexOf('#') + 1);
      Element position = html.get((page.startsWith("uk/") ? "uk/" : "") + "positions/index.html").getElementById(id);
      boolean context = position.hasClass("position-context");
      boolean marked = link.closest("li").selectFirst(".badge-context") != null;
      if (context != marked) {
        wrong.add(page + ": #" + id + (context ? " rests on context, unmarked" : " is marked as context"));
      }
    }));
    assertThat(wrong).isEmpty();
    assertThat(html.get("index.html").select(".glance-box .badge-context")).hasSize(1);
    assertThat(html.get("actors/biden/index.html").select("#events-heading + ul .badge-context")).hasSize(1);
  }

  /**
   * The map's text alternative says what its hatching means, as its legend does: which group, its members
   * and what was reported of them, not "members named together in the debate" (QA).
   */
  @Test
  void theMapsTextAlternativeSaysWhatTheHatchingMeans() {
    assertThat(html.get("map/index.html").select("#map-desc").text()).contains(
        "Hatched: The seven hesitant allies, 7 members: Belgium, Germany, Hungary, Slovakia, Slovenia, Spain and United States. "
            + "The allies reported in October 2024 as resisting an immediate invitation to Ukraine.");
    assertThat(html.get("uk/map/index.html").select("#map-desc").text()).contains("«Сім союзників, що вагаються», 7 країн:",
        "опираються негайному запрошенню України.");
  }

  /** Each edition's feed says its language, as its pages do, so that a feed reader shows the Ukrainian one as Ukrainian (QA). */
  @Test
  void eachFeedSaysItsLanguage() {
    for (String feed : List.of("feed.xml", "uk/feed.xml")) {
      Document doc = Jsoup.parse(new String(site.get(feed), StandardCharsets.UTF_8), "", org.jsoup.parser.Parser.xmlParser());
      String expected = feed.startsWith("uk/") ? "uk" : "en";
      assertThat(doc.selectFirst("feed").attr("xml:lang")).as(feed).isEqualTo(expected);
    }
  }

  /** The English pages and their Ukrainian counterparts under uk/: every page has one, translated or a notice that it is not yet. */
  @Test
  void everyPageHasItsCounterpartInTheOtherLanguage() {
    Set<String> english = new HashSet<>();
    Set<String> ukrainian = new HashSet<>();
    html.keySet().forEach(page -> (page.startsWith("uk/") ? ukrainian : english).add(page.replaceFirst("^uk/", "")));
    assertThat(ukrainian).isEqualTo(english).isNotEmpty();
    html.forEach((page, doc) -> {
      if (page.startsWith("uk/")) {
        boolean notice = doc.select("h1").text().equals("Ще не перекладено");
        assertThat(notice || !doc.select("link[rel=alternate][hreflang]").isEmpty()).as(page + ": translated, or a notice").isTrue();
      }
    });
  }

  /** Each page names itself and its counterpart as alternates, and each counterpart names it back; x-default is the English page. */
  @Test
  void hreflangAlternatesAreReciprocal() {
    List<String> broken = new ArrayList<>();
    html.forEach((page, doc) -> {
      Map<String, String> alternates = alternates(page, doc);
      if (alternates.isEmpty()) {
        return;
      }
      String lang = doc.select("html").attr("lang");
      if (!page.equals(alternates.get(lang))) {
        broken.add(page + " does not name itself as its '" + lang + "' alternate: " + alternates);
      }
      if (!page.replaceFirst("^uk/", "").equals(alternates.get("x-default"))) {
        broken.add(page + ": x-default is " + alternates.get("x-default"));
      }
      alternates.forEach((other, target) -> {
        Document there = html.get(target);
        if (there == null) {
          broken.add(page + " -> " + target + " (" + other + "): no such page");
        } else if (!other.equals("x-default") && !page.equals(alternates(target, there).get(lang))) {
          broken.add(page + " -> " + target + " (" + other + "), which does not name it back as '" + lang + "'");
        } else if (!other.equals("x-default") && !there.select("html").attr("lang").equals(other)) {
          broken.add(page + " -> " + target + " is not in '" + other + "'");
        }
      });
    });
    assertThat(broken).isEmpty();
    assertThat(alternates("index.html", html.get("index.html"))).containsOnlyKeys("en", "uk", "x-default");
  }

  /** The language switcher of every page leads to the same page in the other language. */
  @Test
  void everyLanguageSwitcherLinkLeadsToTheSamePageInTheOtherLanguage() {
    List<String> broken = new ArrayList<>();
    html.forEach((page, doc) -> {
      var links = doc.select("nav.languages a[href]");
      if (links.isEmpty() && doc.select("nav.languages").isEmpty()) {
        broken.add(page + ": no language switcher");
      }
      for (Element a : links) {
        String target = resolve(page, a.attr("href"));
        String expected = page.startsWith("uk/") ? page.substring(3) : "uk/" + page;
        if (!expected.equals(target) || !html.containsKey(target)) {
          broken.add(page + " -> " + a.attr("href") + " (" + target + "), not " + expected);
        } else if (!html.get(target).select("html").attr("lang").equals(a.attr("hreflang"))) {
          broken.add(page + " -> " + target + ": hreflang " + a.attr("hreflang"));
        }
      }
    });
    assertThat(broken).isEmpty();
  }

  private static Map<String, String> alternates(String page, Document doc) {
    Map<String, String> out = new HashMap<>();
    doc.select("link[rel=alternate][hreflang]").forEach(l -> out.put(l.attr("hreflang"), resolve(page, l.attr("href"))));
    return out;
  }

  private static String resolve(String page, String href) {
    String path = URI.create(page).resolve(href).getPath();
    return path.isEmpty() ? page : path;
  }

  @Test
  void buildsAreDeterministic() {
    BuildOptions again = new BuildOptions(TestSites.CONTENT, TestSites.TEMPLATES, tmp.resolve("again"), false);
    new Pipeline(again).build();
    Map<String, byte[]> second = TestSites.files(again.output());
    assertThat(second.keySet()).isEqualTo(site.keySet());
    site.forEach((path, bytes) -> assertThat(Arrays.equals(bytes, second.get(path))).as(path).isTrue());
  }

  @Test
  void aSequentialBuildGivesTheSameBytesAsAParallelOne() {
    BuildOptions sequential = new BuildOptions(TestSites.CONTENT, TestSites.TEMPLATES, tmp.resolve("sequential"), false);
    new Pipeline(sequential, 1).build();
    BuildOptions wide = new BuildOptions(TestSites.CONTENT, TestSites.TEMPLATES, tmp.resolve("wide"), false);
    new Pipeline(wide, 8).build();
    Map<String, byte[]> one = TestSites.files(sequential.output());
    Map<String, byte[]> eight = TestSites.files(wide.output());
    assertThat(eight.keySet()).isEqualTo(one.keySet()).isEqualTo(site.keySet());
    one.forEach((path, bytes) -> assertThat(Arrays.equals(bytes, eight.get(path))).as(path).isTrue());
    one.forEach((path, bytes) -> assertThat(Arrays.equals(bytes, site.get(path))).as(path).isTrue());
  }

  @Test
  void theCommittedSiteEqualsAFreshBuild() {
    Map<String, byte[]> committed = TestSites.files(TestSites.ROOT.resolve("site"));
    assertThat(committed.keySet()).as("run ./explainer build and commit site/").isEqualTo(site.keySet());
    site.forEach((path, bytes) ->
        assertThat(Arrays.equals(bytes, committed.get(path))).as("site/%s is stale: run ./explainer build", path).isTrue());
  }
}
