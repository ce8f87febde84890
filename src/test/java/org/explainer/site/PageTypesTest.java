package org.explainer.site;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything that depends on the page set comes from the registry, so it cannot disagree with it. */
class PageTypesTest {
  @TempDir Path tmp;

  private static Sites siteOf(BuildOptions options) {
    return new Pipeline(options.withDrafts(true)).preview().state().site();
  }

  @Test
  void theFixtureSiteHasAPageOfEveryRegisteredType() {
    Sites site = siteOf(TestSites.minimalCopy(tmp));
    Set<PageType<?>> made = new HashSet<>();
    site.pages().forEach(page -> made.add(page.type()));
    assertThat(made).containsExactlyInAnyOrderElementsOf(PageTypes.all());
  }

  @Test
  void everyFileIsListedOnceAndBuilt() {
    BuildOptions options = TestSites.minimalCopy(tmp);
    new Pipeline(options).build();
    Map<String, byte[]> built = TestSites.files(options.output());
    List<String> paths = siteOf(options).pages().stream().map(SitePage::path).toList();
    assertThat(paths).doesNotHaveDuplicates();
    assertThat(built.keySet()).containsAll(paths);
    assertThat(built.keySet().stream().filter(p -> !p.startsWith("assets/"))).containsExactlyInAnyOrderElementsOf(paths);
  }

  @Test
  void anEntryMayLinkEveryPageOfEveryTypeByItsSitePath() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    List<String> paths = siteOf(options).pages().stream().map(SitePage::path).toList();
    StringBuilder links = new StringBuilder("\n\n## Every page\n\n");
    for (String path : paths) {
      String sitePath = "/" + SitePaths.cleanUrl(path);
      links.append("- [").append(path).append("](").append(sitePath).append(")\n");
    }
    Path entry = options.content().resolve("articles/board-reply.md");
    Files.writeString(entry, Files.readString(entry) + links);
    new Pipeline(options).build();
    String page = Files.readString(options.output().resolve("articles/board-reply/index.html"), StandardCharsets.UTF_8);
    for (String path : paths) {
      assertThat(page).as(path).contains("href=\"" + SitePaths.relative("articles/board-reply/index.html", path) + "\">" + path + "</a>");
    }
  }

  @Test
  void theNavigationListsTheTypesThatDeclareAnEntryInTheirOrder() {
    Sites site = siteOf(TestSites.minimalCopy(tmp));
    List<String> labels = site.chrome(site.pages().get(0), new Output.PageMeta("t", "d", "website", "", List.of())).nav().stream()
        .map(Chrome.NavLink::label).toList();
    assertThat(labels).containsExactly("Overview", "Entries", "Timeline", "Who’s who", "Positions", "Glossary", "Sources", "About", "Search");
  }

  @Test
  void aFreePageMayNotTakeTheNameOfAGeneratedPage() throws Exception {
    assertThat(PageTypes.reservedSlugs()).contains("articles", "entries", "actors", "positions", "timeline", "glossary", "sources", "tags", "search",
        "assets", "404", "index");
    for (String slug : List.of("search", "positions", "sources")) {
      BuildOptions options = TestSites.minimalCopy(tmp.resolve(slug));
      Path about = options.content().resolve("pages/about.md");
      Files.writeString(about, Files.readString(about).replaceFirst("---\n", "---\nslug: " + slug + "\n"));
      ContentException e = org.junit.jupiter.api.Assertions.assertThrows(ContentException.class, () -> new Pipeline(options).check());
      assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).isEqualTo("the slug '" + slug + "' is reserved for the generator's own pages"));
    }
  }
}
