package org.explainer.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.explainer.TestSites;
import org.explainer.content.ContentLoader;
import org.explainer.content.ContentValidator;
import org.explainer.content.Library;
import org.explainer.diagnostic.Problems;
import org.explainer.markdown.MarkdownRenderer;
import org.explainer.markdown.RenderedContent;
import org.explainer.provenance.ProvenanceReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page list of the real content: paths decided up front, pages built when asked for. */
class PageListTest {
  private static PageList pages;

  @BeforeAll
  static void assemble() {
    Problems problems = new Problems();
    ContentLoader loader = new ContentLoader();
    Library loaded = loader.load(TestSites.CONTENT, problems).orElseThrow();
    Library library = ContentValidator.validate(loaded, false, loader.gaps(), problems);
    RenderedContent rendered = RenderedContent.of(library, new MarkdownRenderer(), problems);
    problems.throwIfErrors();
    Assets assets = Assets.load(TestSites.TEMPLATES.resolve("assets"));
    pages = new SiteAssembler(library, rendered, assets.paths(), TestSites.CONTENT.resolve("site.yaml"), ProvenanceReport.unchecked())
        .pages();
  }

  @Test
  void eachPageIsBuiltForThePathListedForIt() {
    // the sitemap and the render step read paths(); a page built for another path would be written
    // where the list says and linked where it does not
    assertThat(pages).hasSameSizeAs(pages.paths());
    for (int i = 0; i < pages.size(); i++) {
      assertThat(pages.get(i).path()).as("page %d", i).isEqualTo(pages.paths().get(i));
    }
  }

  @Test
  void listsEveryPathOnce() {
    Set<String> seen = new HashSet<>();
    assertThat(pages.paths()).allSatisfy(path -> assertThat(seen.add(path)).as(path).isTrue());
    assertThat(pages.paths()).contains("index.html", "search/index.html", "feed.xml", "404.html");
  }

  @Test
  void buildsAPageAnewEachTimeItIsAskedFor() {
    for (int i = 0; i < pages.size(); i++) {
      PageSpec first = pages.get(i);
      PageSpec second = pages.get(i);
      assertThat(second).as(first.path()).isNotSameAs(first).isEqualTo(first);
    }
  }
}
