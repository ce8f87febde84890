package org.explainer.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.explainer.TestSites;
import org.explainer.build.BuildOptions;
import org.explainer.build.Pipeline;
import org.explainer.content.SitePaths;
import org.explainer.diagnostic.ContentException;
import org.explainer.output.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything that depends on the page set comes from the registry, so it cannot disagree with it. */
class PageTypesTest {
  @TempDir Path tmp;

  private static Sites siteOf(BuildOptions options) {
    return new Pipeline(options.withDrafts(true)).preview().state().site();
  }

  /**
   * Every document a page adds to search leads to that page (its URL is the page's, with a fragment or
   * without): a build after an edit of summaries finds by their URLs the documents of the pages it makes
   * again ({@link SearchIndex#patched}).
   */
  @Test
  void everySearchDocumentLeadsToThePageThatAddsIt() {
    Sites sites = siteOf(TestSites.translatedCopy(tmp));
    int docs = 0;
    for (Site site : sites.languages()) {
      for (SitePage<?> page : site.pages()) {
        for (SearchIndex.Doc doc : search(page, site)) {
          assertThat(doc.u().replaceFirst("#.*", "")).as("%s of %s", doc.t(), page.path()).isEqualTo(page.local());
          docs++;
        }
      }
    }
    assertThat(docs).isGreaterThan(10);
  }

  /**
   * A page's title as a share card takes it ({@link SitePage#title}) is the one its layout shows: a type
   * that gives its title apart from its output (an entry's, a list's) gives the same, in every language
   * and on a page that is not translated yet.
   */
  @Test
  void everyPagesTitleIsTheOneItsOutputShows() throws IOException {
    Sites sites = siteOf(withEveryType(TestSites.translatedCopy(tmp)));
    int entries = 0;
    int untranslated = 0;
    for (Site site : sites.languages()) {
      for (SitePage<?> page : site.pages()) {
        if (page.output() instanceof Output.Rendered rendered) {
          assertThat(page.title()).as(page.path()).isEqualTo(rendered.meta().title());
          entries += page.type() instanceof EntryPage ? 1 : 0;
          untranslated += page.untranslated() ? 1 : 0;
        }
      }
    }
    assertThat(entries).isGreaterThan(2);
    assertThat(untranslated).isPositive();
  }

  private static <T> List<SearchIndex.Doc> search(SitePage<T> page, Site site) {
    return page.type().search(page.subject(), site);
  }

  /**
   * The fixture site of {@code options} with {@value Outlets#LISTED_IN_FULL} entries more whose outlet is
   * not named, as board-reply.md's is not: one report more than the sources page lists in full, so that
   * the site has an outlet's own page ({@link OutletPage}) as well as a page of every other type.
   */
  private static BuildOptions withEveryType(BuildOptions options) throws IOException {
    TestSites.addEntries(options.content(), Outlets.LISTED_IN_FULL);
    return options;
  }

  @Test
  void theFixtureSiteHasAPageOfEveryRegisteredType() throws IOException {
    Sites site = siteOf(withEveryType(TestSites.minimalCopy(tmp)));
    Set<PageType<?>> made = new HashSet<>();
    site.pages().forEach(page -> made.add(page.type()));
    assertThat(made).containsExactlyInAnyOrderElementsOf(PageTypes.all());
  }

  /** What a type says of its files, templated or not, is what they are: a check after a summary edit renders only the templated. */
  @Test
  void everyTypeSaysWhetherItsFilesAreRenderedWithATemplate() throws IOException {
    Sites site = siteOf(withEveryType(TestSites.translatedCopy(tmp)));
    assertThat(site.pages()).allSatisfy(page -> assertThat(page.output() instanceof Output.Rendered).as(page.path())
        .isEqualTo(page.type().templated()));
    assertThat(PageTypes.all()).filteredOn(type -> !type.templated()).extracting(type -> type.getClass().getSimpleName())
        .containsExactlyInAnyOrder("ShareCardFile", "SearchDataFile", "SearchShardFile", "RobotsFile", "ProvenanceFile");
  }

  @Test
  void everyFileIsListedOnceAndBuilt() throws IOException {
    BuildOptions options = withEveryType(TestSites.minimalCopy(tmp));
    new Pipeline(options).build();
    Map<String, byte[]> built = TestSites.files(options.output());
    List<String> paths = siteOf(options).pages().stream().map(SitePage::path).toList();
    assertThat(paths).doesNotHaveDuplicates();
    assertThat(built.keySet()).containsAll(paths);
    assertThat(built.keySet().stream().filter(p -> !p.startsWith("assets/") && !p.equals(SiteWriter.MARKER)))
        .containsExactlyInAnyOrderElementsOf(paths);
    assertThat(built).as("the build's own marker").containsKey(SiteWriter.MARKER);
  }

  @Test
  void anEntryMayLinkEveryPageOfEveryTypeByItsSitePath() throws Exception {
    BuildOptions options = withEveryType(TestSites.minimalCopy(tmp));
    List<String> paths = siteOf(options).pages().stream().map(SitePage::path).toList();
    linkEveryPath(options, paths, "Every page", "");
  }

  /**
   * Builds the site of {@code options} with a link to each of {@code paths}, by its site path, at the end
   * of an entry (and the Markdown {@code more} after them); checks that each leads to its page, and
   * returns the entry's page.
   */
  private static String linkEveryPath(BuildOptions options, List<String> paths, String heading, String more) throws IOException {
    StringBuilder links = new StringBuilder("\n\n## " + heading + "\n\n");
    for (String path : paths) {
      links.append("- [").append(path).append("](/").append(SitePaths.cleanUrl(path)).append(")\n");
    }
    Path entry = options.content().resolve("articles/board-reply.md");
    Files.writeString(entry, Files.readString(entry) + links + more);
    new Pipeline(options).build();
    String page = Files.readString(options.output().resolve("articles/board-reply/index.html"), StandardCharsets.UTF_8);
    for (String path : paths) {
      assertThat(page).as(path).contains("href=\"" + SitePaths.relative("articles/board-reply/index.html", path) + "\">" + path + "</a>");
    }
    return page;
  }

  /**
   * The translation's pages are pages of the site too: an English entry links each of them by its site
   * path under the language's folder ({@code /uk/positions/}), and their anchors, a heading of a
   * translated text's included.
   */
  @Test
  void anEntryMayLinkEveryPageOfATranslationByItsSitePath() throws Exception {
    BuildOptions options = TestSites.translatedCopy(tmp);
    List<String> paths = siteOf(options).pages().stream().filter(p -> p.site().language().equals("uk")).map(SitePage::path).toList();
    assertThat(paths).contains("uk/index.html", "uk/positions/index.html", "uk/feed.xml", "uk/articles/first-note/index.html");
    String page = linkEveryPath(options, paths, "Every page in Ukrainian",
        "- [term](/uk/glossary/#note)\n- [heading](/uk/articles/first-note/#передісторія)\n");
    assertThat(page).contains("href=\"../../uk/glossary/index.html#note\">term</a>")
        .contains("href=\"../../uk/articles/first-note/index.html#_передісторія\">heading</a>");
    // an anchor the Ukrainian page does not have is still an error
    Path entry = options.content().resolve("articles/board-reply.md");
    Files.writeString(entry, Files.readString(entry) + "\n[nowhere](/uk/articles/first-note/#background)\n");
    assertThat(problems(() -> new Pipeline(options).build()))
        .containsExactly("the anchor '#background' in '/uk/articles/first-note/#background' does not exist");
  }

  /**
   * On a translation's pages, a link labelled with the English headline of an entry not translated yet
   * says that its text is English, wherever it is: in a card, and in the "reported in" credits of the
   * arguments, positions, the sources page and an actor's page, which lacked it (QA), so a screen reader
   * read the English headline with Ukrainian rules.
   */
  @Test
  void aLinkLabelledWithAnUntranslatedHeadlineSaysItsTextIsEnglish() {
    BuildOptions options = TestSites.translatedCopy(tmp);
    new Pipeline(options).build();
    Map<String, byte[]> site = TestSites.files(options.output());
    for (String page : List.of("uk/index.html", "uk/positions/index.html", "uk/sources/index.html", "uk/actors/ada/index.html")) {
      org.jsoup.select.Elements links = org.jsoup.Jsoup.parse(new String(site.get(page), StandardCharsets.UTF_8))
          .select("a[href$=articles/board-reply/index.html]:containsOwn(The board replies)");
      assertThat(links).as(page).isNotEmpty();
      links.forEach(a -> assertThat(a.attr("lang")).as(page + ": " + a.outerHtml()).isEqualTo("en"));
    }
    org.jsoup.select.Elements translated = org.jsoup.Jsoup.parse(new String(site.get("uk/index.html"), StandardCharsets.UTF_8))
        .select("a[href$=articles/first-note/index.html]:containsOwn(Перша нотатка Ади)");
    assertThat(translated).isNotEmpty();
    translated.forEach(a -> assertThat(a.hasAttr("lang")).as(a.outerHtml()).isFalse());
  }

  /**
   * On a translation's pages, a quote card of an entry not translated yet shows the original's words, in
   * the original's language, and says so: its words and occasion are marked English, and it is not
   * offered as our translation of itself with the same words under "the original" (QA).
   */
  @Test
  void aQuoteOfAnUntranslatedEntryIsMarkedAsTheOriginalsWords() {
    BuildOptions options = TestSites.translatedCopy(tmp);
    new Pipeline(options).build();
    Map<String, byte[]> site = TestSites.files(options.output());
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(new String(site.get("uk/actors/board/index.html"), StandardCharsets.UTF_8));
    org.jsoup.select.Elements quotes = page.select("figure.quote:has(a[href$=articles/board-reply/index.html])");
    assertThat(quotes).isNotEmpty();
    for (org.jsoup.nodes.Element quote : quotes) {
      assertThat(quote.select("blockquote[lang=en], p.quote-sentence[lang=en]")).as(quote.outerHtml()).hasSize(1);
      assertThat(quote.select("figcaption span[lang=en]")).as(quote.outerHtml()).hasSize(1);
      assertThat(quote.select("details.quote-original, .translated")).as(quote.outerHtml()).isEmpty();
    }
    org.jsoup.select.Elements translated = org.jsoup.Jsoup.parse(new String(site.get("uk/index.html"), StandardCharsets.UTF_8))
        .select("figure.quote:has(a[href$=articles/first-note/index.html])");
    translated.forEach(q -> assertThat(q.select("[lang]:not(details [lang])")).as(q.outerHtml()).isEmpty());
  }

  @Test
  void theNavigationListsTheTypesThatDeclareAnEntryInTheirOrder() {
    Sites site = siteOf(TestSites.minimalCopy(tmp));
    List<String> labels = site.chrome(site.pages().get(0), new Output.PageMeta("t", "d", "website", "", List.of())).nav().stream()
        .map(Chrome.NavLink::label).toList();
    assertThat(labels).containsExactly("Overview", "Entries", "Timeline", "Who’s who", "Positions", "Map", "Glossary", "Sources", "About", "Search");
  }

  /** The language dimension of the registry: each type's pages in every language, under the language's folder, the same ids. */
  @Test
  void everyTypeMakesItsPagesInEveryLanguageUnderTheLanguagesFolder() {
    Sites site = siteOf(TestSites.translatedCopy(tmp));
    assertThat(site.languages()).extracting(Site::language).containsExactly("en", "uk");
    Set<String> english = new HashSet<>();
    Set<String> ukrainian = new HashSet<>();
    for (SitePage<?> page : site.pages()) {
      assertThat(page.path()).isEqualTo(page.site().edition().prefix() + page.local());
      if (page.site().language().equals("uk")) {
        ukrainian.add(page.local());
      } else {
        english.add(page.local());
      }
    }
    Set<String> originalOnly = new HashSet<>();
    site.original().pages().stream().filter(p -> !p.type().inEveryLanguage()).forEach(p -> originalOnly.add(p.local()));
    assertThat(originalOnly).containsExactlyInAnyOrder("robots.txt", "provenance.json");
    english.removeAll(originalOnly);
    // a notice that a page is not translated yet has no card of its own: it shows the home page's
    english.remove("articles/board-reply/share.png");
    assertThat(ukrainian).isEqualTo(english);
    assertThat(site.pages().stream().filter(SitePage::untranslated).map(SitePage::path)).containsExactly("uk/articles/board-reply/index.html");
  }

  @Test
  void aTranslationsMarkdownLinksLeadToItsOwnPages() throws Exception {
    BuildOptions options = TestSites.translatedCopy(tmp);
    new Pipeline(options).build();
    String overview = Files.readString(options.output().resolve("uk/index.html"), StandardCharsets.UTF_8);
    assertThat(overview).contains("<a href=\"articles/board-reply/index.html\">відповідь</a>").contains("<a href=\"about/index.html\">про сайт</a>");
    String note = Files.readString(options.output().resolve("uk/articles/first-note/index.html"), StandardCharsets.UTF_8);
    assertThat(note).contains("<a href=\"../../glossary/index.html#note\">глосарій</a>").contains("<a href=\"../../actors/board/index.html\">раду</a>");
  }

  /** A translation's text may write its own pages' site paths in full, under its folder, as an English text links them. */
  @Test
  void aTranslationMayLinkItsOwnPagesUnderItsFolder() throws Exception {
    BuildOptions options = TestSites.translatedCopy(tmp);
    Path note = options.content().resolve("uk/articles/2021-03-04-first-note.md");
    Files.writeString(note, Files.readString(note) + "\nТакож [глосарій](/uk/glossary/#note), [раду](/uk/actors/board/) і [головну](/uk/).\n");
    new Pipeline(options).build();
    String page = Files.readString(options.output().resolve("uk/articles/first-note/index.html"), StandardCharsets.UTF_8);
    assertThat(page).contains("<a href=\"../../glossary/index.html#note\">глосарій</a>").contains("<a href=\"../../actors/board/index.html\">раду</a>")
        .contains("<a href=\"../../index.html\">головну</a>");
  }

  @Test
  void aFreePageMayNotTakeTheNameOfAGeneratedPageOrOfATranslation() throws Exception {
    BuildOptions options = TestSites.translatedCopy(tmp.resolve("uk"));
    Path about = options.content().resolve("pages/about.md");
    Files.writeString(about, Files.readString(about).replaceFirst("---\n", "---\nslug: uk\n"));
    ContentException e = org.junit.jupiter.api.Assertions.assertThrows(ContentException.class, () -> new Pipeline(options).check());
    assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).isEqualTo("the slug 'uk' is reserved for the generator's own pages"));
  }

  @Test
  void aFreePageMayNotTakeTheNameOfAGeneratedPage() throws Exception {
    assertThat(PageTypes.reservedSlugs()).contains("articles", "entries", "actors", "positions", "map", "timeline", "glossary", "sources", "tags", "search",
        "assets", "404", "index");
    for (String slug : List.of("search", "positions", "sources")) {
      BuildOptions options = TestSites.minimalCopy(tmp.resolve(slug));
      Path about = options.content().resolve("pages/about.md");
      Files.writeString(about, Files.readString(about).replaceFirst("---\n", "---\nslug: " + slug + "\n"));
      ContentException e = org.junit.jupiter.api.Assertions.assertThrows(ContentException.class, () -> new Pipeline(options).check());
      assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).isEqualTo("the slug '" + slug + "' is reserved for the generator's own pages"));
    }
  }

  /**
   * Issue 23: check accepted page slugs that build refused (a page and a generated file at one path
   * was found only when both were written). Both read the reserved slugs from the registry now; this
   * holds them together for every reserved slug and for slugs that only look like a generated file.
   */
  @Test
  void checkAndBuildAgreeOnEverySlugAFreePageMayTakeOrNot() throws Exception {
    List<String> slugs = new java.util.ArrayList<>(PageTypes.reservedSlugs());
    slugs.addAll(List.of("feed", "sitemap", "robots", "provenance", "about-us"));
    for (String slug : slugs) {
      BuildOptions options = TestSites.minimalCopy(tmp.resolve("slug-" + slug));
      Path about = options.content().resolve("pages/about.md");
      Files.writeString(about, Files.readString(about).replaceFirst("---\n", "---\nslug: " + slug + "\n"));
      List<String> check = problems(() -> new Pipeline(options).check());
      List<String> build = problems(() -> new Pipeline(options).build());
      assertThat(build).as("build and check on the slug '%s'", slug).isEqualTo(check);
      boolean allowed = org.explainer.yaml.Fields.ID.matcher(slug).matches() && !PageTypes.reservedSlugs().contains(slug);
      assertThat(check.isEmpty()).as("'%s' is accepted", slug).isEqualTo(allowed);
    }
  }

  private static List<String> problems(Runnable run) {
    try {
      run.run();
      return List.of();
    } catch (ContentException e) {
      return e.problems().stream().filter(org.explainer.diagnostic.Problem::isError).map(p -> p.message()).toList();
    }
  }
}
