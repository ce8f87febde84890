package org.explainer.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.explainer.site.OutputFile;
import org.junit.jupiter.api.Test;

/**
 * Threat: a busy preview (many tabs, a crawler on loopback) makes the server drop requests. A bounded,
 * self-stopping load test: 200 concurrent clients on 127.0.0.1, 5 requests each, at most 60 s.
 */
class PreviewLoadTest {
  private static final int CLIENTS = 200;
  private static final int REQUESTS_EACH = 5;

  @Test
  void serves200ConcurrentClientsWithoutErrors() throws Exception {
    List<OutputFile> files = new ArrayList<>();
    files.add(new OutputFile("index.html", ("<!DOCTYPE html><html><body><main>" + "x".repeat(20_000) + "</main></body></html>").getBytes(StandardCharsets.UTF_8)));
    files.add(new OutputFile("assets/style.css", "body{}".repeat(2000).getBytes(StandardCharsets.UTF_8)));
    files.add(new OutputFile("404.html", "<!DOCTYPE html><html><body>Missing</body></html>".getBytes(StandardCharsets.UTF_8)));
    try (PreviewServer server = new PreviewServer(new InetSocketAddress("127.0.0.1", 0), Path.of(""))) {
      server.publish(SiteSnapshot.empty().built(files));
      server.start();
      URI base = server.uri();
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Integer>>> results = new ArrayList<>();
      try {
        for (int c = 0; c < CLIENTS; c++) {
          int client = c;
          results.add(pool.submit(() -> {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
            start.await();
            List<Integer> statuses = new ArrayList<>();
            for (int r = 0; r < REQUESTS_EACH; r++) {
              String path = (client + r) % 2 == 0 ? "" : "assets/style.css";
              HttpResponse<byte[]> response = http.send(
                  HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
              statuses.add(response.statusCode() == 200 && response.body().length > 1000 ? 200 : response.statusCode());
            }
            return statuses;
          }));
        }
        start.countDown();
        int ok = 0;
        for (Future<List<Integer>> result : results) {
          for (int status : result.get(60, TimeUnit.SECONDS)) {
            assertThat(status).isEqualTo(200);
            ok++;
          }
        }
        assertThat(ok).isEqualTo(CLIENTS * REQUESTS_EACH);
      } finally {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      }
    }
  }
}
