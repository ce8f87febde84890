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
import java.util.Map;
import org.explainer.TestSites;
import org.explainer.build.BuildOptions;
import org.explainer.build.Pipeline;
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

  private static void breakTheGlossary(Path templates) throws Exception {
    Path glossary = templates.resolve("glossary.ftlh");
    Files.writeString(glossary, Files.readString(glossary).replace("<h1>${chrome.page.title}</h1>", BROKEN_HEADING));
  }

  @Test
  void aTemplateBrokenWhileServingIsFoundByTheCheckAndTheLastGoodVersionStaysServed() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp.resolve("site"));
    Path glossary = options.templates().resolve("glossary.ftlh");
    String good = Files.readString(glossary);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (PreviewSession session = Sessions.open(options, tmp.resolve("site"), out, err)) {
      Sessions.await(() -> out.toString().contains("Checked every page in"), "the first build's pages are checked", out, err);
      assertThat(out.toString()).contains("each page is made when first opened, and all of them are being checked")
          .contains(": each was made without errors");
      byte[] page = session.snapshot().file("glossary/index.html");

      breakTheGlossary(options.templates());
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

  @Test
  void aTemplateBrokenBeforeTheServerStartsLeavesNothingToServeUntilItIsFixed() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp.resolve("site"));
    Path glossary = options.templates().resolve("glossary.ftlh");
    String good = Files.readString(glossary);
    breakTheGlossary(options.templates());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
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
    BuildOptions options = TestSites.minimalCopy(tmp.resolve("site"));
    breakTheGlossary(options.templates());
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
}
