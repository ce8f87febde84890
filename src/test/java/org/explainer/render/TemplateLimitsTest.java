package org.explainer.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.explainer.TestSites;
import org.explainer.build.BuildOptions;
import org.explainer.build.Pipeline;
import org.explainer.concurrent.Workers;
import org.explainer.diagnostic.ContentException;
import org.explainer.site.OutputFile;
import org.explainer.site.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Threat: a template (reviewed like code, trusted less) that loops without end hangs the build for
 * ever, and one that keeps doubling a string ends in an OutOfMemoryError with a stack trace. Each
 * page is stopped at a limit instead, with a template error naming the template and the page.
 */
class TemplateLimitsTest {
  /** One second per page, memory enough for any loop to reach it (a loop without end allocates as it goes). */
  private static final RenderLimits SHORT = new RenderLimits(Duration.ofSeconds(1), 64L << 30, 1L << 20, 10L << 20);
  /** 64 MiB per page, time enough for any string to reach it. */
  private static final RenderLimits SMALL = new RenderLimits(Duration.ofSeconds(60), 64L << 20, 1L << 20, 10L << 20);

  @TempDir Path tmp;

  private Sites site;
  private Path templates;

  private List<OutputFile> renderWith(String pageTemplateChange, RenderLimits limits) throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    site = new Pipeline(options.withDrafts(true)).preview().state().site();
    templates = options.templates();
    Files.writeString(templates.resolve("spin.ftlh"), "<#list 1.. as i></#list>");
    Path page = templates.resolve("page.ftlh");
    Files.writeString(page, Files.readString(page).replace("<h1>${page.title}</h1>", "<h1>${page.title}</h1>" + pageTemplateChange));
    try (Workers workers = Workers.of(2)) {
      return new TemplateRenderer(templates, limits).preload().render(site, site.pages(), workers);
    }
  }

  private String error(String pageTemplateChange, RenderLimits limits) {
    ContentException e = catchThrowableOfType(ContentException.class, () -> renderWith(pageTemplateChange, limits));
    assertThat(e).as("a template error").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0).format(tmp);
  }

  @Test
  void aLoopWithoutEndIsStoppedAtTheTimeLimit() {
    long start = System.nanoTime();
    assertThat(error("<#list 1.. as i><#assign x = i></#list>", SHORT)).isEqualTo("templates/page.ftlh: template error while rendering"
        + " about/index.html: it ran for more than 1 s, the limit for one page — look for a #list over a sequence without end (1..),"
        + " a loop that never stops, or a value that keeps growing, in this template or one it includes");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }

  /**
   * A loop without end in the layout, which every page uses, stops the build at the first pages that
   * reach the limit: every page ran into it in turn, so a build took the pages' number times the limit
   * over the cores (17 minutes for the real site's 204 files at 20 s, days for 10,000 entries).
   */
  @Test
  void aLoopWithoutEndInTheLayoutStopsTheBuildAtTheFirstPagesOverTheLimit() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Sites site = new Pipeline(options.withDrafts(true)).preview().state().site();
    Path layout = options.templates().resolve("layout.ftlh");
    Files.writeString(layout, Files.readString(layout).replaceFirst("</main>", "<#list 1.. as i><#assign x = i></#list></main>"));
    assertThat(site.pages().size()).as("pages enough to tell one limit from all of them").isGreaterThan(12);
    long start = System.nanoTime();
    try (Workers workers = Workers.of(2)) {
      ContentException e = catchThrowableOfType(ContentException.class,
          () -> new TemplateRenderer(options.templates(), SHORT).preload().render(site, site.pages(), workers));
      assertThat(e).isNotNull();
      assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).contains("it ran for more than 1 s"));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aLoopWithoutEndInAnIncludedTemplateIsStoppedToo() {
    assertThat(error("<#include \"spin.ftlh\">", SHORT)).contains("about/index.html: it ran for more than 1 s");
  }

  @Test
  void aStringThatKeepsDoublingIsStoppedAtTheMemoryLimit() {
    assertThat(error("<#assign s = \"x\"><#list 1..64 as i><#assign s = s + s></#list>${s?length}", SMALL))
        .contains("templates/page.ftlh: template error while rendering about/index.html: it used more than 64 MiB of memory, the limit for one page");
  }

  @Test
  void aPageThatWritesWithoutEndIsStoppedAtTheSizeLimit() {
    assertThat(error("<#list 1.. as i>words and words </#list>", SHORT))
        .contains("about/index.html: it wrote more than 1,048,576 characters, the limit for one page");
  }

  @Test
  void aSiteOverItsSizeIsStopped() {
    RenderLimits tiny = new RenderLimits(Duration.ofSeconds(10), 1L << 30, 1L << 20, 50_000);
    assertThat(error("", tiny)).contains("the site's files add up to more than 50,000 bytes, the limit of a site");
  }

  @Test
  void pagesWithinTheLimitsRenderAsUsualOnThreadsThatStoppedOne() throws Exception {
    error("<#list 1.. as i></#list>", SHORT);
    try (Workers workers = Workers.of(2)) {
      Files.writeString(templates.resolve("page.ftlh"), Files.readString(TestSites.TEMPLATES.resolve("page.ftlh")));
      List<OutputFile> files = new TemplateRenderer(templates, SHORT).preload().render(site, site.pages(), workers);
      assertThat(files).hasSize(site.pages().size());
    }
  }
}
