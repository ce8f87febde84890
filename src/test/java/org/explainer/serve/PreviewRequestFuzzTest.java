package org.explainer.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.explainer.site.OutputFile;

/**
 * Fuzzes the preview server's request handling (method, path and Host header of any bytes): it never
 * throws; it answers with one of its few statuses; a host it is not served as gets 403; what it serves
 * with 200 is exactly a file of the build (or its own script and stylesheet); a redirect stays on the
 * preview (never {@code //elsewhere}). Corpus: src/test/resources/org/explainer/serve/PreviewRequestFuzzTestInputs/.
 */
class PreviewRequestFuzzTest {
  private static final PreviewHandler HANDLER = new PreviewHandler(Path.of(""), "preview.example");
  private static final SiteSnapshot SITE = SiteSnapshot.empty().built(List.of(
      file("index.html", "<!DOCTYPE html><html><body><main>Home</main></body></html>"),
      file("a/index.html", "<!DOCTYPE html><html><body><main>A</main></body></html>"),
      file("404.html", "<!DOCTYPE html><html><body><main>Missing</main></body></html>"),
      file("assets/style.css", "body{}")));
  private static final Set<Integer> STATUSES = Set.of(200, 301, 403, 404, 405);

  private static OutputFile file(String path, String text) {
    return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  @FuzzTest(maxDuration = "60s")
  void anyRequestIsAnsweredWithAFileOfTheBuildOrRefused(FuzzedDataProvider data) {
    String method = data.consumeBoolean() ? data.pickValue(new String[] {"GET", "HEAD", "POST"}) : data.consumeString(10);
    String host = data.consumeBoolean() ? null : data.consumeString(80);
    String path = data.consumeBoolean() ? null : data.consumeRemainingAsString();
    PreviewHandler.Response response = HANDLER.answer(new PreviewHandler.Request(method, path, host), SITE);
    assertThat(STATUSES).contains(response.status());
    boolean readable = method.equals("GET") || method.equals("HEAD");
    if (readable && !HANDLER.allowedHost(host)) {
      assertThat(response.status()).isEqualTo(403);
    }
    if (response.status() == 200) {
      assertThat(HANDLER.allowedHost(host)).isTrue();
      if (!path.startsWith(PreviewHandler.PREFIX)) {
        String served = PreviewPaths.sitePath(path);
        assertThat(SITE.has(served)).isTrue();
        assertThat(("/" + served + "/").contains("/../") || ("/" + served + "/").contains("/./")).isFalse();
      }
    }
    if (response.status() == 301) {
      assertThat(response.location()).startsWith("/").doesNotStartWith("//").doesNotStartWith("/\\");
    }
  }
}
