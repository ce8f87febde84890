package org.explainer.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.explainer.build.PreviewFiles;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problem;
import org.explainer.site.OutputFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview server: serves a snapshot from memory and nothing else (threat: path traversal). */
class PreviewServerTest {
  private PreviewServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  private static OutputFile file(String path, String text) {
    return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  @BeforeEach
  void start() throws Exception {
    server = new PreviewServer(new InetSocketAddress("127.0.0.1", 0), Path.of(""));
    server.publish(SiteSnapshot.empty().built(List.of(
        file("index.html", "<!DOCTYPE html><html><body><main>Home</main></body></html>"),
        file("a/index.html", "<!DOCTYPE html><html><body><main>A page</main></body></html>"),
        file("404.html", "<!DOCTYPE html><html><body><main>Missing</main></body></html>"),
        file("assets/style.css", "body{}"))));
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String rawPath) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.uri() + rawPath.substring(1))).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void bindsToLoopbackAndServesPagesWithTheLiveReloadScript() throws Exception {
    assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
    HttpResponse<String> home = get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Home").contains("<script src=\"/__explainer/live.js\" data-version=\"1\" defer></script></body>");
    assertThat(get("/a/").body()).contains("A page");
    assertThat(get("/assets/style.css").body()).isEqualTo("body{}");
    assertThat(get("/a").statusCode()).isEqualTo(301);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../pom.xml", "/%2e%2e/pom.xml", "/a/%2E%2E/%2E%2E/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/a/..%5c..%5cpom.xml",
      "//etc/passwd", "/%00index.html", "/assets/../../secret", "/nope.html"})
  void answersTraversalAttemptsAndUnknownPathsWith404(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Missing");
  }

  /**
   * At a deeper address the 404 page's relative links are resolved from the folder of the 404 page the
   * preview shows, as a host rule would do it; the Ukrainian edition's under {@code uk/}; a link to the
   * page's own fragment stays on the page.
   */
  @Test
  void answersADeeperUnknownAddressWithThe404PageOfItsEditionWithItsLinksWorking() throws Exception {
    String notFound = "<!DOCTYPE html><html lang=\"%s\"><head><link rel=\"stylesheet\" href=\"%sassets/style.css\"></head>"
        + "<body><a class=\"skip\" href=\"#main\">Skip</a><main id=\"main\">%s</main></body></html>";
    server.publish(server.snapshot().built(List.of(file("index.html", "<!DOCTYPE html><html><body><main>Home</main></body></html>"),
        file("404.html", notFound.formatted("en", "", "Missing")), file("uk/404.html", notFound.formatted("uk", "../", "Немає")),
        file("assets/style.css", "body{}"))));
    HttpResponse<String> deeper = get("/articles/no-such-entry/");
    assertThat(deeper.statusCode()).isEqualTo(404);
    assertThat(deeper.body()).contains("<head><base href=\"/\"><link rel=\"stylesheet\" href=\"assets/style.css\">")
        .contains("href=\"/articles/no-such-entry/#main\"").contains("Missing");
    HttpResponse<String> uk = get("/uk/articles/no/such");
    assertThat(uk.statusCode()).isEqualTo(404);
    assertThat(uk.body()).contains("lang=\"uk\"").contains("<base href=\"/uk/\">").contains("Немає").contains("href=\"/uk/articles/no/such#main\"");
    assertThat(get("/nope.html").body()).contains("<base href=\"/\">").contains("Missing");
  }

  @Test
  void showsBuildErrorsAboveTheLastGoodVersion() throws Exception {
    server.publish(server.snapshot().failed(List.of(
        Problem.error(new Location(Path.of("content/articles/x.md"), 3, 5), "unknown actor 'bob'", "use an id"))));
    HttpResponse<String> page = get("/a/");
    assertThat(page.body()).contains("The build failed").contains("content/articles/x.md:3:5: unknown actor &#39;bob&#39;")
        .contains("A page");
    assertThat(get("/__explainer/version").body()).isEqualTo("2");
  }

  /** A draft left out of the preview for its errors shows them at its address, where its editor looks for it, not "not found". */
  @Test
  void showsTheErrorsOfADraftLeftOutAtItsAddress() throws Exception {
    Problem empty = Problem.error(new Location(Path.of("content/articles/draft.md"), 3, 5), "'dek' is empty", "give it a value");
    server.publish(server.snapshot().built(PreviewFiles.of(List.of(file("index.html", "<!DOCTYPE html><html><body><main>Home</main></body></html>"),
        file("404.html", "<!DOCTYPE html><html><body><main>Missing</main></body></html>"))), Map.of("articles/draft/index.html", List.of(empty))));
    HttpResponse<String> page = get("/articles/draft/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("This draft has 1 error, so the preview leaves it out")
        .contains("<code>content/articles/draft.md:3:5: &#39;dek&#39; is empty — give it a value</code>")
        .contains("the page reloads by itself and shows the draft").contains("/__explainer/live.js").doesNotContain("Missing");
    assertThat(get("/articles/draft").statusCode()).isEqualTo(301);
    assertThat(get("/articles/other/").statusCode()).isEqualTo(404);

    // after a failed build, that build's errors, as on every page
    server.publish(server.snapshot().failed(List.of(Problem.error(new Location(Path.of("content/actors.yaml"), 2, 7), "unknown kind 'x'", "use one"))));
    assertThat(get("/articles/draft/").body()).contains("The build failed: 1 error").contains("content/actors.yaml:2:7: unknown kind")
        .contains("This draft was left out of the last good version for errors of its own.");
  }

  @Test
  void refusesOtherMethods() throws Exception {
    var response = http.send(HttpRequest.newBuilder(server.uri()).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(405);
  }
}
