package org.explainer.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.explainer.TestSites;
import org.explainer.build.BuildOptions;
import org.explainer.build.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists shown a page at a time ({@link ListPage}): the entries, each topic's entries, an actor's quotes,
 * the reports of an outlet with more than the sources page lists, and the list the search page shows
 * without JavaScript, on a site with more entries than a page holds, in both languages.
 */
class ListPagesTest {
  /** Entries added to the fixture's two: 122 in all, so the entries take three pages (50, 50, 22). */
  private static final int ADDED = 120;
  private static final int ENTRIES = ADDED + 2;
  /** The fixture's base URL. */
  private static final String BASE = "https://example.org/explainer/";

  @TempDir static Path tmp;
  private static Path out;
  private static Map<String, byte[]> built;
  /** The site of {@link #outletsSite()}, built by the first test that asks for it. */
  private static Map<String, byte[]> outletsSite;

  @BeforeAll
  static void build() throws IOException {
    BuildOptions options = TestSites.translatedCopy(tmp);
    TestSites.addEntries(options.content(), ADDED);
    new Pipeline(options).build();
    out = options.output();
    built = TestSites.files(out);
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
  }

  private static List<String> headlines(Document page) {
    return page.select("main .cards .card-title").eachText();
  }

  @Test
  void theFeedHoldsTheFiftyEntriesAddedLastUnlessSiteYamlSaysOtherwise() throws IOException {
    Document feed = Jsoup.parse(Files.readString(out.resolve("feed.xml")), "", Parser.xmlParser());
    List<String> titles = feed.select("feed > entry > title").eachText();
    assertThat(titles).hasSize(50);
    assertThat(titles.subList(0, 3)).containsExactly("Added entry " + ADDED, "Added entry " + (ADDED - 1), "Added entry " + (ADDED - 2));
    assertThat(titles.get(49)).isEqualTo("Added entry " + (ADDED - 49));
  }

  @Test
  void aListIsCutIntoPagesOfFiftyAndAnEmptyListIsOnePage() {
    assertThat(ListPage.of(List.of())).singleElement().satisfies(p -> {
      assertThat(p.items()).isEmpty();
      assertThat(p.count()).isEqualTo(1);
    });
    List<Integer> hundredOne = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      hundredOne.add(i);
    }
    List<ListPage<Integer>> pages = ListPage.of(hundredOne);
    assertThat(pages).extracting(p -> p.items().size()).containsExactly(50, 50, 1);
    assertThat(pages).extracting(ListPage::number).containsExactly(1, 2, 3);
    assertThat(pages.get(2).items()).containsExactly(100);
    assertThat(pages.get(2).firstPage()).isEqualTo(pages.get(0));
    assertThat(ListPage.of(hundredOne.subList(0, 50))).hasSize(1);
    assertThat(ListPage.path("entries/index.html", 1)).isEqualTo("entries/index.html");
    assertThat(ListPage.path("tags/alpha/index.html", 3)).isEqualTo("tags/alpha/page/3/index.html");
    assertThat(pages.get(0).id("entries/{id}index.html", "entries/index.html")).isEmpty();
    assertThat(pages.get(1).id("entries/{id}index.html", "entries/index.html")).isEqualTo("page/2/");
    assertThat(pages.get(2).id("tags/{id}/index.html", "tags/alpha/index.html")).isEqualTo("alpha/page/3");
  }

  @Test
  void theEntriesArePagedNewestFirstEachOnce() throws IOException {
    assertThat(built).containsKeys("entries/index.html", "entries/page/2/index.html", "entries/page/3/index.html");
    assertThat(built).doesNotContainKeys("entries/page/1/index.html", "entries/page/4/index.html");
    List<String> all = new ArrayList<>();
    for (String path : List.of("entries/index.html", "entries/page/2/index.html", "entries/page/3/index.html")) {
      all.addAll(headlines(page(path)));
    }
    List<String> expected = new ArrayList<>();
    for (int i = ADDED; i >= 1; i--) {
      expected.add("Added entry " + i);
    }
    expected.addAll(List.of("The board replies", "Ada's first note"));
    assertThat(all).containsExactlyElementsOf(expected);
    assertThat(headlines(page("entries/page/3/index.html"))).hasSize(ENTRIES - 2 * ListPage.SIZE);
  }

  @Test
  void eachPageLinksThePagesBesideItAndSaysWhereItStands() throws IOException {
    Document first = page("entries/index.html");
    Document second = page("entries/page/2/index.html");
    Document last = page("entries/page/3/index.html");
    assertThat(first.select(".pager a[rel=prev]")).isEmpty();
    assertThat(first.selectFirst(".pager a[rel=next]").attr("href")).isEqualTo("page/2/index.html");
    assertThat(first.selectFirst(".pager").text()).isEqualTo("Page 1 of 3 Next page Last page");
    assertThat(first.selectFirst(".pager a:contains(Last page)").attr("href")).isEqualTo("page/3/index.html");
    assertThat(second.selectFirst(".pager").text()).isEqualTo("Previous page Page 2 of 3 Next page");
    assertThat(last.selectFirst(".pager").text()).isEqualTo("First page Previous page Page 3 of 3");
    assertThat(last.selectFirst(".pager a:contains(First page)").attr("href")).isEqualTo("../../index.html");
    assertThat(second.selectFirst(".pager a[rel=prev]").attr("href")).isEqualTo("../../index.html");
    assertThat(second.selectFirst(".pager a[rel=next]").attr("href")).isEqualTo("../3/index.html");
    assertThat(last.select(".pager a[rel=next]")).isEmpty();
    assertThat(second.title()).startsWith("Entries, page 2 of 3 · ");
    assertThat(second.selectFirst("h1").text()).isEqualTo("Entries, page 2 of 3");
    assertThat(first.selectFirst("h1").text()).isEqualTo("Entries");
    // every link of the pagers leads to a page that was built
    for (String path : List.of("entries/index.html", "entries/page/2/index.html", "entries/page/3/index.html", "tags/alpha/page/2/index.html")) {
      for (Element link : page(path).select(".pager a")) {
        assertThat(built).as(path + " → " + link.attr("href")).containsKey(Path.of(path).resolveSibling(link.attr("href")).normalize().toString());
      }
    }
  }

  @Test
  void aLaterPageSharesTheFirstPagesCardAndIsNotInTheNavigation() throws IOException {
    assertThat(built).containsKey("entries/share.png").doesNotContainKeys("entries/page/2/share.png", "tags/alpha/page/2/share.png");
    Document second = page("entries/page/2/index.html");
    assertThat(second.selectFirst("meta[property=og:image]").attr("content")).endsWith("/entries/share.png");
    assertThat(second.selectFirst("meta[property=og:image:alt]").attr("content"))
        .isEqualTo(page("entries/index.html").selectFirst("meta[property=og:image:alt]").attr("content"));
    assertThat(second.select("nav a[aria-current]")).isEmpty();
    assertThat(page("entries/index.html").select("nav a[aria-current]").eachText()).containsExactly("Entries");
  }

  @Test
  void aTopicIsPagedAndATopicThatFitsOnOnePageHasNoPager() throws IOException {
    // alpha: every entry (122, three pages); beta: board-reply and the even added ones (61, two pages)
    assertThat(built).containsKeys("tags/alpha/page/3/index.html", "tags/beta/page/2/index.html").doesNotContainKey("tags/beta/page/3/index.html");
    assertThat(headlines(page("tags/beta/page/2/index.html"))).hasSize(61 - ListPage.SIZE);
    assertThat(page("tags/alpha/page/2/index.html").selectFirst("h1").text()).isEqualTo("Alpha, page 2 of 3");
    assertThat(page("tags/index.html").text()).contains("122");
  }

  @Test
  void theSearchPageListsTheNewestEntriesAndLinksTheRest() throws IOException {
    Document search = page("search/index.html");
    assertThat(headlines(search)).hasSize(ListPage.SIZE).startsWith("Added entry " + ADDED);
    assertThat(search.selectFirst("#search-all h2").text()).isEqualTo("Newest entries");
    assertThat(search.select("#search-all .pager")).isEmpty();
    Element more = search.selectFirst("#search-all a:contains(More entries)");
    assertThat(more.attr("href")).isEqualTo("../entries/page/2/index.html");
  }

  @Test
  void aLaterPageHasItsCounterpartInTheOtherLanguageItsOwnAddressAndASitemapLine() throws IOException {
    Document english = page("entries/page/2/index.html");
    assertThat(english.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/explainer/entries/page/2/");
    assertThat(english.selectFirst("link[rel=alternate][hreflang=uk]").attr("href")).isEqualTo("https://example.org/explainer/uk/entries/page/2/");
    Document ukrainian = page("uk/entries/page/2/index.html");
    assertThat(ukrainian.selectFirst("link[rel=alternate][hreflang=en]").attr("href")).isEqualTo("https://example.org/explainer/entries/page/2/");
    assertThat(ukrainian.selectFirst(".languages a[hreflang=en]").attr("href")).isEqualTo("../../../../entries/page/2/index.html");
    String sitemap = new String(built.get("sitemap.xml"), StandardCharsets.UTF_8);
    assertThat(sitemap).contains("<loc>https://example.org/explainer/entries/page/3/</loc>", "<loc>https://example.org/explainer/tags/alpha/page/2/</loc>");
  }

  @Test
  void anActorsQuotesArePagedOldestFirstWithTheProfileOnEveryPage() throws IOException {
    // the board speaks in board-reply.md and in every added entry: 121 quotes, three pages (50, 50, 21)
    assertThat(built).containsKeys("actors/board/page/2/index.html", "actors/board/page/3/index.html", "uk/actors/board/page/3/index.html")
        .doesNotContainKeys("actors/board/page/4/index.html", "actors/board/page/2/share.png", "actors/ada/page/2/index.html");
    List<String> entries = new ArrayList<>();
    for (String path : List.of("actors/board/index.html", "actors/board/page/2/index.html", "actors/board/page/3/index.html")) {
      Document page = page(path);
      assertThat(page.select("#positions-heading")).as(path).hasSize(1);
      entries.addAll(page.select("figure.quote figcaption a[href*=articles]").eachText());
    }
    List<String> expected = new ArrayList<>(List.of("The board replies"));
    for (int i = 1; i <= ADDED; i++) {
      expected.add("Added entry " + i);
    }
    assertThat(entries).containsExactlyElementsOf(expected);
    Document last = page("actors/board/page/3/index.html");
    assertThat(last.selectFirst("h1").text()).isEqualTo("The Board, page 3 of 3");
    assertThat(last.selectFirst(".pager a[rel=prev]").attr("href")).isEqualTo("../2/index.html");
    assertThat(last.selectFirst("meta[property=og:image]").attr("content")).endsWith("/actors/board/share.png");
    assertThat(page("actors/board/index.html").selectFirst("h1").text()).isEqualTo("The Board");
  }

  @Test
  void theTranslationIsPagedInItsOwnWords() throws IOException {
    assertThat(built).containsKeys("uk/entries/page/3/index.html", "uk/tags/alpha/page/3/index.html");
    Document second = page("uk/entries/page/2/index.html");
    assertThat(second.selectFirst(".pager").text()).isEqualTo("Попередня сторінка Сторінка 2 з 3 Наступна сторінка");
    assertThat(second.selectFirst("meta[property=og:image]").attr("content")).endsWith("/uk/entries/share.png");
  }

  @Test
  void everyPagesShareCardIsAFileOfTheSite() {
    everyShareCardIsAFileOf(built);
  }

  /** An actor not translated yet: each of its pages in the translation is a notice, which shows the language's home card. */
  @Test
  void aLaterPageOfAnActorNotTranslatedShowsTheHomeCardOfItsLanguage() throws IOException {
    BuildOptions options = TestSites.translatedCopy(tmp.resolve("untranslated"));
    TestSites.addEntries(options.content(), 60);
    Path actors = options.content().resolve("uk/actors.yaml");
    String yaml = Files.readString(actors);
    Files.writeString(actors, yaml.substring(0, yaml.indexOf("- id: board\n")));
    new Pipeline(options).build();
    Map<String, byte[]> files = TestSites.files(options.output());
    assertThat(files).containsKey("uk/actors/board/page/2/index.html").doesNotContainKey("uk/actors/board/share.png");
    Document later = Jsoup.parse(new String(files.get("uk/actors/board/page/2/index.html"), StandardCharsets.UTF_8));
    assertThat(later.selectFirst("meta[property=og:image]").attr("content")).isEqualTo(BASE + "uk/share.png");
    everyShareCardIsAFileOf(files);
  }

  /** Every HTML page but the not-found page names a share card that the build made: its own, its list's, or its language's home card. */
  private static void everyShareCardIsAFileOf(Map<String, byte[]> files) {
    int pages = 0;
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      if (!file.getKey().endsWith(".html") || file.getKey().endsWith("404.html")) {
        continue;
      }
      String card = Jsoup.parse(new String(file.getValue(), StandardCharsets.UTF_8)).selectFirst("meta[property=og:image]").attr("content");
      assertThat(card).as(file.getKey()).startsWith(BASE);
      assertThat(files).as(file.getKey() + " → " + card).containsKey(card.substring(BASE.length()));
      pages++;
    }
    assertThat(pages).isGreaterThan(100);
  }

  /** The reports of the outlet-not-named group (board-reply.md and the 120 added entries, all without an outlet), in the order of the sources page. */
  private static List<String> unnamedReports() {
    List<String> expected = new ArrayList<>(List.of("The board replies"));
    for (int i = 1; i <= ADDED; i++) {
      expected.add("Added entry " + i);
    }
    return expected;
  }

  /** The headlines of the reports listed on an outlet's page, in order. */
  private static List<String> reports(Document page) {
    return page.select("main li > a[href*=articles/]").eachText();
  }

  /** The sources page's part about one outlet: its heading and what follows it up to the next outlet's. */
  private static List<Element> outletPart(Document sources, String anchor) {
    Element heading = sources.getElementById(anchor);
    assertThat(heading).as(anchor).isNotNull();
    List<Element> part = new ArrayList<>(List.of(heading));
    for (Element next = heading.nextElementSibling(); next != null && !next.tagName().equals("h3"); next = next.nextElementSibling()) {
      part.add(next);
    }
    return part;
  }

  private static String text(List<Element> part) {
    return String.join(" ", part.stream().map(Element::text).toList());
  }

  @Test
  void theSourcesPageLinksTheOwnPageOfAnOutletWithManyReportsAndSaysHowManyItHas() throws IOException {
    Document sources = page("sources/index.html");
    List<Element> unnamed = outletPart(sources, "outlet-unnamed");
    assertThat(text(unnamed)).contains("Outlet not named", "121 reports");
    List<String> links = unnamed.stream().flatMap(e -> e.select("a").stream()).map(a -> a.attr("href")).toList();
    assertThat(links).containsExactly("unnamed/index.html");
    assertThat(sources.select("a[href*=articles/added-]")).as("no report of the outlet is listed on the sources page").isEmpty();
    // the other outlets, with one report each, are listed as before
    assertThat(text(outletPart(sources, "outlet-the-gazette"))).contains("Lovelace publishes note");
  }

  @Test
  void anOutletsPagesHoldEveryReportOnceInOrderFiftyToAPageWithAPager() throws IOException {
    List<String> pages = List.of("sources/unnamed/index.html", "sources/unnamed/page/2/index.html", "sources/unnamed/page/3/index.html");
    assertThat(built.keySet()).contains(pages.toArray(String[]::new)).contains("sources/unnamed/share.png")
        .doesNotContain("sources/unnamed/page/1/index.html", "sources/unnamed/page/4/index.html", "sources/unnamed/page/2/share.png");
    List<String> all = new ArrayList<>();
    for (String path : pages) {
      all.addAll(reports(page(path)));
    }
    assertThat(all).containsExactlyElementsOf(unnamedReports());
    assertThat(reports(page(pages.get(0)))).hasSize(ListPage.SIZE);
    assertThat(reports(page(pages.get(2)))).hasSize(unnamedReports().size() - 2 * ListPage.SIZE);
    // each report as the sources page shows it: date, role, headline
    assertThat(page(pages.get(0)).selectFirst("main li:has(a[href*=articles/])").text()).isEqualTo("April 2021 · Outlet not named: The board replies");

    Document first = page(pages.get(0));
    Document second = page(pages.get(1));
    assertThat(first.selectFirst("h1").text()).isEqualTo("Reports whose outlet is not named");
    assertThat(second.selectFirst("h1").text()).isEqualTo("Reports whose outlet is not named, page 2 of 3");
    assertThat(second.title()).startsWith("Reports whose outlet is not named, page 2 of 3 · ");
    assertThat(first.selectFirst("meta[name=description]").attr("content")).isNotBlank();
    assertThat(first.selectFirst(".pager").text()).isEqualTo("Page 1 of 3 Next page Last page");
    assertThat(second.selectFirst(".pager a[rel=prev]").attr("href")).isEqualTo("../../index.html");
    assertThat(second.selectFirst(".pager a[rel=next]").attr("href")).isEqualTo("../3/index.html");
    for (String path : pages) {
      for (Element link : page(path).select(".pager a")) {
        assertThat(built).as(path + " → " + link.attr("href")).containsKey(Path.of(path).resolveSibling(link.attr("href")).normalize().toString());
      }
    }
    // back to the group on the sources page
    assertThat(second.select("main a[href$=#outlet-unnamed]").eachAttr("href")).singleElement()
        .satisfies(href -> assertThat(Path.of(pages.get(1)).resolveSibling(href).normalize().toString()).isEqualTo("sources/index.html#outlet-unnamed"));
    // the first page's card, address, counterpart and sitemap line, as every list's later pages have
    assertThat(second.selectFirst("meta[property=og:image]").attr("content")).isEqualTo(BASE + "sources/unnamed/share.png");
    assertThat(second.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "sources/unnamed/page/2/");
    assertThat(second.selectFirst("link[rel=alternate][hreflang=uk]").attr("href")).isEqualTo(BASE + "uk/sources/unnamed/page/2/");
    assertThat(new String(built.get("sitemap.xml"), StandardCharsets.UTF_8))
        .contains("<loc>" + BASE + "sources/unnamed/</loc>", "<loc>" + BASE + "sources/unnamed/page/3/</loc>");
    assertThat(second.select("nav a[aria-current]")).isEmpty();
  }

  @Test
  void theTranslationLinksAndPagesAnOutletsReportsInItsOwnWords() throws IOException {
    Document sources = page("uk/sources/index.html");
    List<Element> unnamed = outletPart(sources, "outlet-unnamed");
    assertThat(text(unnamed)).contains("Видання не назване", "121 публікація");
    assertThat(unnamed.stream().flatMap(e -> e.select("a").stream()).map(a -> a.attr("href")).toList()).containsExactly("unnamed/index.html");
    assertThat(sources.select("a[href*=articles/added-]")).isEmpty();
    List<String> all = new ArrayList<>();
    for (String path : List.of("uk/sources/unnamed/index.html", "uk/sources/unnamed/page/2/index.html", "uk/sources/unnamed/page/3/index.html")) {
      all.addAll(page(path).select("main li > a[href*=articles/]").stream().map(a -> a.attr("href").replaceFirst(".*articles/", "")).toList());
    }
    List<String> expected = new ArrayList<>(List.of("board-reply/index.html"));
    for (int i = 1; i <= ADDED; i++) {
      expected.add("added-" + i + "/index.html");
    }
    assertThat(all).containsExactlyElementsOf(expected);
    Document first = page("uk/sources/unnamed/index.html");
    Document second = page("uk/sources/unnamed/page/2/index.html");
    assertThat(first.selectFirst("html").attr("lang")).isEqualTo("uk");
    assertThat(first.selectFirst("h1").text()).isEqualTo("Публікації, у яких видання не назване");
    assertThat(second.selectFirst("h1").text()).isEqualTo("Публікації, у яких видання не назване, сторінка 2 з 3");
    assertThat(second.selectFirst(".pager").text()).isEqualTo("Попередня сторінка Сторінка 2 з 3 Наступна сторінка");
    assertThat(second.selectFirst("meta[property=og:image]").attr("content")).isEqualTo(BASE + "uk/sources/unnamed/share.png");
    assertThat(built.keySet()).contains("uk/sources/unnamed/share.png");
    assertThat(second.selectFirst("link[rel=alternate][hreflang=en]").attr("href")).isEqualTo(BASE + "sources/unnamed/page/2/");
  }

  /**
   * A copy of the fixture whose 105 added entries name outlets: 60 "Metro Chronicle" (two pages), 12
   * "Metro-Chronicle" (whose name gives the same slug), 12 "Unnamed" (the slug of the group of entries
   * whose outlet is not named, which board-reply.md still is), 10 "Harbour Times" (as many as the
   * sources page lists in full) and 11 "Valley Tribune" (one more).
   */
  private static Map<String, byte[]> outletsSite() throws IOException {
    if (outletsSite != null) {
      return outletsSite;
    }
    BuildOptions options = TestSites.minimalCopy(tmp.resolve("outlets"));
    TestSites.addEntries(options.content(), 105);
    for (int i = 1; i <= 105; i++) {
      String outlet = i <= 60 ? "Metro Chronicle" : i <= 72 ? "Metro-Chronicle" : i <= 84 ? "Unnamed" : i <= 94 ? "Harbour Times" : "Valley Tribune";
      Path entry = options.content().resolve("articles/added-" + i + ".md");
      Files.writeString(entry, Files.readString(entry).replace("  note: \"The text does not name its outlet.\"\n", "  outlet: \"" + outlet + "\"\n"));
    }
    new Pipeline(options).build();
    outletsSite = TestSites.files(options.output());
    return outletsSite;
  }

  @Test
  void anOutletWithAsManyReportsAsTheSourcesPageListsIsListedInFullAndHasNoPageOfItsOwn() throws IOException {
    Map<String, byte[]> files = outletsSite();
    Document sources = Jsoup.parse(new String(files.get("sources/index.html"), StandardCharsets.UTF_8));
    List<Element> harbour = outletPart(sources, "outlet-harbour-times");
    assertThat(harbour.stream().flatMap(e -> e.select("li > a[href*=articles/]").stream()).map(Element::text).toList())
        .containsExactly("Added entry 85", "Added entry 86", "Added entry 87", "Added entry 88", "Added entry 89", "Added entry 90", "Added entry 91",
            "Added entry 92", "Added entry 93", "Added entry 94")
        .hasSize(Outlets.LISTED_IN_FULL);
    assertThat(files.keySet()).noneMatch(path -> path.startsWith("sources/outlets/harbour-times"));
    // one report more, and the outlet has a page of its own
    List<Element> valley = outletPart(sources, "outlet-valley-tribune");
    assertThat(valley.stream().flatMap(e -> e.select("a").stream()).map(a -> a.attr("href")).toList()).containsExactly("outlets/valley-tribune/index.html");
    assertThat(text(valley)).contains("11 reports");
    Document page = Jsoup.parse(new String(files.get("sources/outlets/valley-tribune/index.html"), StandardCharsets.UTF_8));
    assertThat(page.selectFirst("h1").text()).isEqualTo("Reports from Valley Tribune");
    assertThat(reports(page)).hasSize(Outlets.LISTED_IN_FULL + 1);
    assertThat(page.select(".pager")).isEmpty();
    // the group of entries whose outlet is not named, one report here, is listed in full too
    assertThat(text(outletPart(sources, "outlet-unnamed"))).contains("The board replies");
    assertThat(files.keySet()).noneMatch(path -> path.startsWith("sources/unnamed/"));
  }

  @Test
  void outletsWhoseNamesSlugifyAlikeGetAnchorsAndPagesOfTheirOwn() throws IOException {
    Map<String, byte[]> files = outletsSite();
    Document sources = Jsoup.parse(new String(files.get("sources/index.html"), StandardCharsets.UTF_8));
    List<String> anchors = sources.select("#outlets-heading ~ h3").eachAttr("id");
    assertThat(anchors).hasSize(8).doesNotHaveDuplicates();
    assertThat(sources.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    // each outlet's heading, the count under it and the page it links lead to that outlet's reports alone
    Map<String, Integer> counts = Map.of("Metro Chronicle", 60, "Metro-Chronicle", 12, "Unnamed", 12, "Valley Tribune", 11);
    List<String> pages = new ArrayList<>();
    for (Element heading : sources.select("#outlets-heading ~ h3")) {
      String name = heading.text();
      if (!counts.containsKey(name)) {
        continue;
      }
      List<Element> part = outletPart(sources, heading.id());
      assertThat(text(part)).as(name).contains(counts.get(name) + " reports");
      List<String> links = part.stream().flatMap(e -> e.select("a").stream()).map(a -> a.attr("href")).toList();
      assertThat(links).as(name).hasSize(1);
      String first = "sources/" + links.get(0);
      pages.add(first);
      Document page = Jsoup.parse(new String(files.get(first), StandardCharsets.UTF_8));
      assertThat(page.selectFirst("h1").text()).as(first).isEqualTo("Reports from " + name);
      // the page links back to the outlet's own heading
      assertThat(page.select("main a[href$=#" + heading.id() + "]").eachAttr("href")).as(first).singleElement()
          .satisfies(href -> assertThat(Path.of(first).resolveSibling(href).normalize().toString()).isEqualTo("sources/index.html#" + heading.id()));
      List<String> listed = new ArrayList<>(reports(page));
      if (page.selectFirst(".pager a[rel=next]") != null) {
        String second = Path.of(first).resolveSibling(page.selectFirst(".pager a[rel=next]").attr("href")).normalize().toString();
        Document later = Jsoup.parse(new String(files.get(second), StandardCharsets.UTF_8));
        assertThat(later.selectFirst("h1").text()).isEqualTo("Reports from " + name + ", page 2 of 2");
        listed.addAll(reports(later));
      }
      assertThat(listed).as(first).hasSize(counts.get(name));
    }
    assertThat(pages).hasSize(4).doesNotHaveDuplicates();
    assertThat(pages).noneMatch(p -> p.startsWith("sources/unnamed/"));
    assertThat(files.keySet()).contains("sources/outlets/metro-chronicle/page/2/index.html");
    assertThat(reports(Jsoup.parse(new String(files.get("sources/outlets/metro-chronicle/index.html"), StandardCharsets.UTF_8))))
        .startsWith("Added entry 1", "Added entry 2").hasSize(ListPage.SIZE);
  }

  @Test
  void aSiteOfFewEntriesHasNoPager() throws IOException {
    Path small = tmp.resolve("small");
    BuildOptions options = TestSites.minimalCopy(small);
    new Pipeline(options).build();
    for (String path : List.of("entries/index.html", "search/index.html", "tags/alpha/index.html")) {
      assertThat(Files.readString(options.output().resolve(path))).as(path).doesNotContain("class=\"pager\"");
    }
    assertThat(TestSites.files(options.output())).doesNotContainKey("entries/page/2/index.html");
    assertThat(TestSites.files(options.output()).keySet()).filteredOn(path -> path.startsWith("sources/")).containsExactlyInAnyOrder("sources/index.html", "sources/share.png");
  }
}
