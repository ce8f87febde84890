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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists shown a page at a time ({@link ListPage}): the entries, each topic's entries, and the list the
 * search page shows without JavaScript, on a site with more entries than a page holds, in both languages.
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

  @Test
  void aSiteOfFewEntriesHasNoPager() throws IOException {
    Path small = tmp.resolve("small");
    BuildOptions options = TestSites.minimalCopy(small);
    new Pipeline(options).build();
    for (String path : List.of("entries/index.html", "search/index.html", "tags/alpha/index.html")) {
      assertThat(Files.readString(options.output().resolve(path))).as(path).doesNotContain("class=\"pager\"");
    }
    assertThat(TestSites.files(options.output())).doesNotContainKey("entries/page/2/index.html");
  }
}
