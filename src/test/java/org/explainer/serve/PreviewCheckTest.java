package org.explainer.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.explainer.TestSites;
import org.explainer.build.BuildOptions;
import org.explainer.build.Pipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} serves a full build before its pages are made, makes each when it is first asked for and
 * all of them in the background: a template's errors found there fail the build as they fail a build
 * that makes every page first, and the preview goes back to the last good version.
 */
class PreviewCheckTest {
  private static final String BROKEN_HEADING = "<h1>${page.noSuchThing}</h1>";
  private static final String TEMPLATE_ERROR = "templates/glossary.ftlh:5:7: template error while rendering glossary/index.html:";

  @TempDir Path tmp;
  /** A copy of the minimal site, its glossary template and that template's text as it is. */
  private BuildOptions options;
  private Path glossary;
  private String good;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void copyTheSite() throws Exception {
    options = TestSites.minimalCopy(tmp.resolve("site"));
    glossary = options.templates().resolve("glossary.ftlh");
    good = Files.readString(glossary);
  }

  private void breakTheGlossary() throws Exception {
    Files.writeString(glossary, good.replace("<h1>${chrome.page.title}</h1>", BROKEN_HEADING));
  }

  @Test
  void aTemplateBrokenWhileServingIsFoundByTheCheckAndTheLastGoodVersionStaysServed() throws Exception {
    try (PreviewSession session = Sessions.open(options, tmp.resolve("site"), out, err)) {
      Sessions.await(() -> out.toString().contains(": each was made without errors"), "the first build's pages are checked", out, err);
      assertThat(out.toString()).contains("each page is made when first opened, and all of them are being checked")
          .contains(": each was made without errors");
      byte[] page = session.snapshot().file("glossary/index.html");

      breakTheGlossary();
      Sessions.await(() -> session.snapshot().broken(), "the check finds the broken template", out, err);
      assertThat(session.snapshot().problems()).singleElement().satisfies(p -> assertThat(p.format(tmp.resolve("site"))).startsWith(TEMPLATE_ERROR));
      assertThat(session.snapshot().file("glossary/index.html")).as("the last good version of the page").isEqualTo(page);
      assertThat(err.toString()).contains(TEMPLATE_ERROR).contains("The build failed: 1 error; still serving the last good version.");

      Files.writeString(glossary, good);
      Sessions.await(() -> !session.snapshot().broken(), "the fixed template is served", out, err);
      assertThat(out.toString()).contains("The build is fixed.");
      assertThat(session.snapshot().file("glossary/index.html")).isEqualTo(page);
    }
  }

  /**
   * After a check found a template broken, the preview builds everything, each page made before it is
   * served, until a build succeeds: neither an edit of a summary nor a content error and its fix brings
   * back the broken template's pages or says the build is fixed while the template is broken.
   */
  @Test
  void aTemplateFoundBrokenStaysReportedThroughOtherEditsUntilItIsFixed() throws Exception {
    Path entry = options.content().resolve("articles/board-reply.md");
    String text = Files.readString(entry);
    try (PreviewSession session = Sessions.open(options, tmp.resolve("site"), out, err)) {
      Sessions.await(() -> out.toString().contains(": each was made without errors"), "the first build's pages are checked", out, err);
      byte[] page = session.snapshot().file("glossary/index.html");
      breakTheGlossary();
      Sessions.await(() -> session.snapshot().broken(), "the check finds the broken template", out, err);

      for (String edit : List.of(text.replace("The board answered", "The board firmly answered"), // a summary
          text.replace("The board answered", "The board answered, see [the missing note](no-such-entry.md),"), // a broken link
          text)) { // and its fix
        long version = session.snapshot().version();
        Files.writeString(entry, edit);
        // (with the broken link, the content's error, found before any page is made, as by a build; a
        // watcher may tell of one save twice, the first time before the file is whole)
        String expected = edit.contains("no-such-entry") ? "content/articles/board-reply.md:" : TEMPLATE_ERROR;
        Sessions.await(() -> session.snapshot().version() > version && session.snapshot().problems().stream()
            .anyMatch(p -> p.format(tmp.resolve("site")).startsWith(expected)), "the edit is built, with " + expected, out, err);
        assertThat(session.snapshot().broken()).as("still broken after the edit").isTrue();
        assertThat(session.snapshot().file("glossary/index.html")).as("the last good version of the page").isEqualTo(page);
      }
      assertThat(out.toString()).doesNotContain("The build is fixed.");

      Files.writeString(glossary, good);
      Sessions.await(() -> !session.snapshot().broken(), "the fixed template is served", out, err);
      assertThat(out.toString()).contains("The build is fixed.");
    }
  }

  @Test
  void aTemplateBrokenBeforeTheServerStartsLeavesNothingToServeUntilItIsFixed() throws Exception {
    breakTheGlossary();
    try (PreviewSession session = Sessions.open(options, tmp.resolve("site"), out, err)) {
      Sessions.await(() -> session.snapshot().broken(), "the check finds the broken template", out, err);
      assertThat(session.snapshot().files().isEmpty()).as("nothing good was built yet").isTrue();
      assertThat(err.toString()).contains(TEMPLATE_ERROR).contains("The build failed: 1 error; nothing to serve until it is fixed.");

      Files.writeString(glossary, good);
      Sessions.await(() -> !session.snapshot().broken(), "the fixed template is served", out, err);
      assertThat(new String(session.snapshot().file("glossary/index.html"), StandardCharsets.UTF_8)).contains("<h1>");
    }
  }

  @Test
  void aPageThatCannotBeMadeWhenAskedForShowsItsErrorsThere() throws Exception {
    breakTheGlossary();
    Pipeline.SiteBuild prepared = new Pipeline(options).preparePreview();
    try (PreviewServer server = new PreviewServer(new InetSocketAddress("127.0.0.1", 0), tmp.resolve("site"))) {
      server.publish(SiteSnapshot.empty().built(prepared.made(), Map.of()));
      server.start();
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.uri() + "glossary/")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(500);
      assertThat(page.body()).contains("This page cannot be made: 1 error").contains(TEMPLATE_ERROR).contains("/__explainer/live.js");
      HttpResponse<String> home = http.send(HttpRequest.newBuilder(server.uri()).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(home.statusCode()).as("the pages that can be made are served").isEqualTo(200);
    }
  }

  /**
   * A page that takes longer to make than a request waits is made still: the request is told to come
   * back (503, and the page reloads itself), and a later one gets the page.
   */
  @Test
  void aPageSlowToMakeIsMadeStillAndServedToALaterRequest() throws Exception {
    // about 0.15 s here, against the 20 ms a request waits, and far under the limits of one page
    Files.writeString(glossary, "<#list 1..1500000 as i></#list>" + good);
    Pipeline.SiteBuild prepared = new Pipeline(options).preparePreview();
    try (PreviewServer server = new PreviewServer(new InetSocketAddress("127.0.0.1", 0), tmp.resolve("site"), Duration.ofMillis(40))) {
      server.publish(SiteSnapshot.empty().built(prepared.made(), Map.of()));
      server.start();
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest glossaryPage = HttpRequest.newBuilder(URI.create(server.uri() + "glossary/")).build();
      HttpResponse<String> first = http.send(glossaryPage, HttpResponse.BodyHandlers.ofString());
      assertThat(first.statusCode()).isEqualTo(503);
      assertThat(first.body()).contains("This page is still being made").contains("http-equiv=\"refresh\"");
      Sessions.await(() -> prepared.made().made("glossary/index.html"), "the page is made", out, err);
      HttpResponse<String> later = http.send(glossaryPage, HttpResponse.BodyHandlers.ofString());
      assertThat(later.statusCode()).isEqualTo(200);
      assertThat(later.body()).contains("<h1>");
    }
  }
}
