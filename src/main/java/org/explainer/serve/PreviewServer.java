package org.explainer.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small HTTP server for previews: serves a {@link SiteSnapshot} from memory (never from disk, so no
 * request can reach a file outside the site) through a {@link PreviewHandler}, which injects a
 * live-reload script into HTML pages, shows the latest build's errors above the last good version of
 * each page, and answers only to the host names it is served as.
 *
 * <p>Paths are decoded once and refused (404) when they contain {@code ..}, {@code .}, backslashes,
 * NUL or empty segments; only exact files of the snapshot are served.
 *
 * <p>Slow clients cannot freeze it. The JDK's server reads a request's headers on a worker thread,
 * so eight connections that never finished their headers took all eight workers. Now up to {@value
 * #WORKERS} workers run, and a request that takes longer than {@link #REQUEST_TIME} from its first
 * byte to its last is cut: its worker is interrupted, which closes the connection. (The JDK's own
 * {@code sun.net.httpserver.maxReqTime} does the same, but is read once per JVM, when the first
 * server of any kind is made, so it could neither be relied on nor tested.)
 */
public final class PreviewServer implements AutoCloseable {
  /** Where the server's own files live; never a path of the site. */
  static final String PREFIX = PreviewHandler.PREFIX;
  /** How many requests are answered at once. */
  static final int WORKERS = 32;
  /** The longest a request may take, headers, answer and all. */
  static final Duration REQUEST_TIME = Duration.ofSeconds(10);

  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  private final HttpServer server;
  private final RequestDeadlines executor;
  /** Make the files requests ask for that are not made yet, while the requests wait (see {@link PreviewHandler}). */
  private final ExecutorService makers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
    Thread t = new Thread(r, "preview-make");
    t.setDaemon(true);
    return t;
  });
  private final PreviewHandler handler;
  private volatile SiteSnapshot snapshot = SiteSnapshot.empty();

  /**
   * Binds to {@code address} (port 0 picks a free port); call {@link #start()} to serve.
   *
   * @param base the folder paths in error messages are shown relative to
   * @throws PreviewAddressException when the address cannot be used, saying why: an unknown host name,
   *     an address that is not this machine's, a port in use or that needs privileges
   * @throws IOException when the server cannot be made for another reason
   */
  public PreviewServer(InetSocketAddress address, Path base) throws IOException {
    this(address, base, REQUEST_TIME);
  }

  /** As {@link #PreviewServer(InetSocketAddress, Path)}, cutting requests after {@code requestTime}. */
  PreviewServer(InetSocketAddress address, Path base, Duration requestTime) throws IOException {
    // The JDK's server writes a response's headers and body separately; without TCP_NODELAY, Nagle's
    // algorithm and the browser's delayed ACK hold every response on a kept-alive connection for about
    // 40 ms. The server reads this setting once, when the first server is made, so set it before that.
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
    this.server = bind(address);
    this.handler = new PreviewHandler(base, address.getHostString(), makers, requestTime.dividedBy(2));
    this.executor = new RequestDeadlines(WORKERS, requestTime);
    this.server.setExecutor(executor);
    this.server.createContext("/", this::handle);
  }

  /**
   * An HTTP server bound to {@code address}, or the reason it cannot be, in words: the JDK says "port
   * already in use" for an address of another machine, and throws an unchecked exception for an
   * unknown host name.
   */
  private static HttpServer bind(InetSocketAddress address) throws IOException {
    String where = address.getHostString() + ":" + address.getPort();
    if (address.isUnresolved()) {
      throw new PreviewAddressException(PreviewAddressException.Reason.UNKNOWN_HOST, "the host name '" + address.getHostString() + "' is not known",
          "use 127.0.0.1 to preview on this machine only, or a name or address of this machine");
    }
    InetAddress ip = address.getAddress();
    if (!ip.isAnyLocalAddress() && !ip.isLoopbackAddress() && NetworkInterface.getByInetAddress(ip) == null) {
      throw new PreviewAddressException(PreviewAddressException.Reason.NOT_THIS_MACHINE, address.getHostString()
          + (address.getHostString().equals(ip.getHostAddress()) ? "" : " (" + ip.getHostAddress() + ")") + " is not an address of this machine",
          "use 127.0.0.1 to preview on this machine only, or one of its own addresses");
    }
    try {
      return HttpServer.create(address, 256);
    } catch (BindException e) {
      String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("in use")) {
        throw new PreviewAddressException(PreviewAddressException.Reason.PORT_IN_USE, "port " + address.getPort() + " on "
            + address.getHostString() + " is already in use", "make sure no other process is using it, or pick another with --port");
      }
      if (message.contains("permission") || message.contains("access")) {
        throw new PreviewAddressException(PreviewAddressException.Reason.NO_PERMISSION, "listening on port " + address.getPort()
            + " needs privileges this user does not have", "pick a port above 1023 with --port, e.g. --port 8080");
      }
      throw new PreviewAddressException(PreviewAddressException.Reason.REFUSED, "cannot listen on " + where + " (" + e.getMessage() + ")",
          "try 127.0.0.1 and another port");
    }
  }

  /** Starts serving. */
  public void start() {
    server.start();
  }

  /** The address pages are served at, e.g. {@code http://127.0.0.1:8080/} (this one when bound to every address). */
  public URI uri() {
    InetSocketAddress a = server.getAddress();
    // bound to every address (0.0.0.0): this machine's is one of them, and one a browser opens
    String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
  }

  /** Serves {@code next} from now on; open pages reload. */
  public void publish(SiteSnapshot next) {
    this.snapshot = next;
  }

  /** The snapshot being served. */
  public SiteSnapshot snapshot() {
    return snapshot;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.close();
    makers.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      PreviewHandler.Response response = handler.answer(new PreviewHandler.Request(exchange.getRequestMethod(),
          exchange.getRequestURI().getRawPath(), exchange.getRequestHeaders().getFirst("Host")), snapshot);
      exchange.getResponseHeaders().set("Content-Type", response.type());
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      if (response.location() != null) {
        exchange.getResponseHeaders().set("Location", response.location());
      }
      byte[] body = response.body();
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(response.status(), head || body.length == 0 ? -1 : body.length);
      if (!head && body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }
}
