package org.explainer.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.explainer.TestSites;
import org.explainer.build.BuildOptions;
import org.explainer.site.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server against clients and requests that mean harm, and against an unlucky editor. */
class PreviewHardeningTest {
  @TempDir Path tmp;

  private static SiteSnapshot site() {
    return SiteSnapshot.empty().built(List.of(
        new OutputFile("index.html", "<!DOCTYPE html><html><body><main>Home, with drafts</main></body></html>".getBytes(StandardCharsets.UTF_8))));
  }

  /** Sends {@code request} on a socket of its own; returns the status line, or "" when the connection closes first. */
  private static String send(URI server, String request) throws Exception {
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      return answer.isEmpty() ? "" : answer.substring(0, answer.indexOf("\r\n"));
    }
  }

  private static String get(URI server, String host) throws Exception {
    return send(server, "GET / HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n") + "Connection: close\r\n\r\n");
  }

  /**
   * Threat: DNS rebinding. A web page open in the editor's browser points its own name at 127.0.0.1 and
   * reads the drafts; its requests carry that name in the Host header, which the preview refuses.
   */
  @Test
  void answersOnlyToItsOwnNamesAndAddressLiterals() throws Exception {
    try (PreviewServer server = new PreviewServer(new InetSocketAddress("127.0.0.1", 0), tmp)) {
      server.publish(site());
      server.start();
      URI uri = server.uri();
      int port = uri.getPort();
      for (String host : List.of("localhost:" + port, "LOCALHOST:" + port, "localhost.:" + port, "127.0.0.1:" + port, "[::1]:" + port,
          "preview.localhost:" + port, "127.0.0.1")) {
        assertThat(get(uri, host)).as(host).isEqualTo("HTTP/1.1 200 OK");
      }
      assertThat(get(uri, null)).as("no Host header (not a browser)").isEqualTo("HTTP/1.1 200 OK");
      for (String host : List.of("attacker.example:" + port, "attacker.example", "localhost.attacker.example", "127.0.0.1.nip.io:" + port,
          "[::1].attacker.example", "")) {
        assertThat(get(uri, host)).as(host).isEqualTo("HTTP/1.1 403 Forbidden");
      }
    }
  }

  /** 'serve --host localhost' (or LOCALHOST) previews: it was an internal error, "duplicate element: localhost". */
  @Test
  void servesWhenBoundAsLocalhost() throws Exception {
    for (String name : List.of("localhost", "LOCALHOST")) {
      try (PreviewServer server = new PreviewServer(new InetSocketAddress(name, 0), tmp)) {
        server.publish(site());
        server.start();
        URI uri = server.uri();
        assertThat(get(uri, "localhost:" + uri.getPort())).as(name).isEqualTo("HTTP/1.1 200 OK");
        assertThat(get(uri, "attacker.example:" + uri.getPort())).as(name).isEqualTo("HTTP/1.1 403 Forbidden");
      }
    }
  }

  /** Bound to every address (--host 0.0.0.0), it gives an address to open: it said http://[0:0:0:0:0:0:0:0]:PORT/. */
  @Test
  void givesAnAddressToOpenWhenBoundToEveryAddress() throws Exception {
    try (PreviewServer server = new PreviewServer(new InetSocketAddress("0.0.0.0", 0), tmp)) {
      server.publish(site());
      server.start();
      URI uri = server.uri();
      assertThat(uri.getHost()).isEqualTo("127.0.0.1");
      assertThat(get(uri, "127.0.0.1:" + uri.getPort())).isEqualTo("HTTP/1.1 200 OK");
    }
  }

  @Test
  void readsTheHostNameOutOfTheHeader() {
    assertThat(PreviewHandler.hostName("LocalHost:8080")).isEqualTo("localhost");
    assertThat(PreviewHandler.hostName("[::1]:8080")).isEqualTo("[::1]");
    assertThat(PreviewHandler.hostName("[::1]")).isEqualTo("[::1]");
    assertThat(PreviewHandler.hostName("example.org.")).isEqualTo("example.org");
    PreviewHandler handler = new PreviewHandler(tmp, "my-laptop.local");
    assertThat(handler.allowedHost("my-laptop.local:8080")).as("the name it was bound as").isTrue();
    assertThat(handler.allowedHost("192.168.1.20:8080")).isTrue();
    assertThat(handler.allowedHost("evil.local:8080")).isFalse();
  }

  /**
   * Threat: slow clients. Eight connections that never finished their headers took every worker and
   * froze the preview. Now many more are needed, and each is cut after the request time.
   */
  @Test
  void keepsAnsweringWhileSlowClientsHoldConnections() throws Exception {
    try (PreviewServer server = new PreviewServer(new InetSocketAddress("127.0.0.1", 0), tmp, Duration.ofSeconds(2))) {
      server.publish(site());
      server.start();
      URI uri = server.uri();
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < 16; i++) {
          Socket socket = new Socket(uri.getHost(), uri.getPort());
          socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
          socket.getOutputStream().flush();
          slow.add(socket);
        }
        Thread.sleep(300); // every one of them has a worker now
        long start = System.nanoTime();
        assertThat(get(uri, "localhost")).isEqualTo("HTTP/1.1 200 OK");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("answered while 16 clients hang").isLessThan(Duration.ofSeconds(2));
        // and each slow client is cut once its request has taken longer than the request time
        Socket first = slow.get(0);
        first.setSoTimeout(15_000);
        InputStream in = first.getInputStream();
        start = System.nanoTime();
        assertThat(in.read()).as("the connection is closed by the server").isEqualTo(-1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
      } finally {
        for (Socket socket : slow) {
          socket.close();
        }
      }
    }
  }

  @Test
  void saysWhyAnAddressCannotBeUsed() throws Exception {
    PreviewAddressException unknown = catchThrowableOfType(PreviewAddressException.class,
        () -> new PreviewServer(InetSocketAddress.createUnresolved("no-such-host.invalid", 8080), tmp));
    assertThat(unknown.reason()).isEqualTo(PreviewAddressException.Reason.UNKNOWN_HOST);
    assertThat(unknown.getMessage()).isEqualTo("the host name 'no-such-host.invalid' is not known"
        + " — use 127.0.0.1 to preview on this machine only, or a name or address of this machine");

    PreviewAddressException elsewhere = catchThrowableOfType(PreviewAddressException.class,
        () -> new PreviewServer(new InetSocketAddress("192.0.2.1", 8080), tmp)); // TEST-NET-1: never a local address
    assertThat(elsewhere.reason()).isEqualTo(PreviewAddressException.Reason.NOT_THIS_MACHINE);
    assertThat(elsewhere.getMessage()).isEqualTo("192.0.2.1 is not an address of this machine"
        + " — use 127.0.0.1 to preview on this machine only, or one of its own addresses");

    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      PreviewAddressException inUse = catchThrowableOfType(PreviewAddressException.class,
          () -> new PreviewServer(new InetSocketAddress("127.0.0.1", taken.getLocalPort()), tmp));
      assertThat(inUse.reason()).isEqualTo(PreviewAddressException.Reason.PORT_IN_USE);
      assertThat(inUse.getMessage()).isEqualTo("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use"
          + " — make sure no other process is using it, or pick another with --port");
    }
  }

  /** An unlucky editor: content/ deleted (a bad checkout, a move) and restored; the preview follows again. */
  @Test
  void watchesAgainAfterTheContentFolderIsDeletedAndRestored() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp.resolve("site"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (PreviewSession session = Sessions.open(options, tmp, out, err)) {
      Supplier<String> page = () -> new String(session.snapshot().file("articles/board-reply/index.html") == null ? new byte[0]
          : session.snapshot().file("articles/board-reply/index.html"), StandardCharsets.UTF_8);
      assertThat(page.get()).contains("The board answered");
      Path backup = tmp.resolve("backup");
      TestSites.copyTree(options.content(), backup);
      TestSites.deleteTree(options.content());
      Sessions.await(() -> session.snapshot().broken(), "the build fails while content/ is gone", out, err);
      Path entry = backup.resolve("articles/board-reply.md");
      Files.writeString(entry, Files.readString(entry).replace("The board answered", "The board, restored, answered"));
      TestSites.copyTree(backup, options.content());
      Sessions.await(() -> !session.snapshot().broken() && page.get().contains("The board, restored, answered"), "the restored content is served", out, err);
      Path restored = options.content().resolve("articles/board-reply.md");
      Files.writeString(restored, Files.readString(restored).replace("restored, answered", "restored and watched, answered"));
      Sessions.await(() -> page.get().contains("The board, restored and watched, answered"), "an edit after the restore is seen", out, err);
    }
  }

  /**
   * An editor who saves as the server starts: the warm-up rebuilds after start-up (most of a second each
   * on a site of 10,000 entries) stop for the change, which is rebuilt next, not after all of them.
   */
  @Test
  void aChangeSeenAsTheServerStartsStopsTheWarmUp() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp.resolve("site"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (PreviewSession session = Sessions.open(options, tmp, out, err)) {
      long version = session.snapshot().version();
      session.schedule(options.content().resolve("articles/board-reply.md"));
      Sessions.await(() -> session.snapshot().version() > version, "the change is rebuilt", out, err);
      assertThat(session.warmUpRebuilds()).as("warm-up rebuilds before the change").isLessThan(8);
    }
  }
}
