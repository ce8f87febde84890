package org.explainer.build;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(site.keySet().stream().filter(p -> p.matches("assets/style\\.[0-9a-f]{8}\\.css"))).hasSize(1);
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
