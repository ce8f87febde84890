package org.explainer.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.explainer.diagnostic.Problem;

/**
 * A small HTTP server for previews: serves a {@link SiteSnapshot} from memory (never from disk, so no
 * request can reach a file outside the site), injects a live-reload script into HTML pages, and shows
 * the latest build's errors above the last good version of each page.
 *
 * <p>Paths are decoded once and refused (404) when they contain {@code ..}, {@code .}, backslashes,
 * NUL or empty segments; only exact files of the snapshot are served.
 */
public final class PreviewServer implements AutoCloseable {
  /** Where the server's own files live; never a path of the site. */
  static final String PREFIX = "/__explainer/";

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("xml", "application/xml; charset=utf-8"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("png", "image/png"),
      Map.entry("ico", "image/x-icon"));

  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  private final HttpServer server;
  private final ExecutorService executor;
  private final Path base;
  private final byte[] liveScript;
  private final byte[] serveCss;
  private volatile SiteSnapshot snapshot = SiteSnapshot.empty();

  /**
   * Binds to {@code address} (port 0 picks a free port); call {@link #start()} to serve.
   *
   * @param base the folder paths in error messages are shown relative to
   * @throws IOException when the address cannot be bound, e.g. the port is in use
   */
  public PreviewServer(InetSocketAddress address, Path base) throws IOException {
    this.base = base;
    // The JDK's server writes a response's headers and body separately; without TCP_NODELAY, Nagle's
    // algorithm and the browser's delayed ACK hold every response on a kept-alive connection for about
    // 40 ms. The server reads this setting once, when the first server is made, so set it before that.
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
    this.server = HttpServer.create(address, 256);
    this.executor = new ThreadPoolExecutor(8, 32, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1024), r -> {
      Thread t = new Thread(r, "preview-http");
      t.setDaemon(true);
      return t;
    });
    this.server.setExecutor(executor);
    this.server.createContext("/", this::handle);
    this.liveScript = resource("live.js");
    this.serveCss = resource("serve.css");
  }

  /** Starts serving. */
  public void start() {
    server.start();
  }

  /** The address pages are served at, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    InetSocketAddress a = server.getAddress();
    String host = a.getAddress().getHostAddress();
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
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      SiteSnapshot current = snapshot;
      String raw = exchange.getRequestURI().getRawPath();
      String path = PreviewPaths.sitePath(raw);
      if (raw.startsWith(PREFIX)) {
        own(exchange, raw.substring(PREFIX.length()), current);
        return;
      }
      if (path == null) {
        notFound(exchange, current);
        return;
      }
      byte[] body = current.file(path);
      if (body == null && current.file(path + "/index.html") != null) {
        exchange.getResponseHeaders().set("Location", raw + "/");
        send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
        return;
      }
      if (body == null && !current.files().isEmpty()) {
        notFound(exchange, current);
        return;
      }
      if (body == null) {
        send(exchange, 500, TYPES.get("html"), page(current, null));
        return;
      }
      String type = type(path);
      send(exchange, 200, type, type.startsWith("text/html") ? page(current, body) : body);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void own(HttpExchange exchange, String name, SiteSnapshot current) throws IOException {
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    switch (name) {
      case "live.js" -> send(exchange, 200, TYPES.get("js"), liveScript);
      case "serve.css" -> send(exchange, 200, TYPES.get("css"), serveCss);
      case "version" -> send(exchange, 200, "text/plain; charset=utf-8",
          Long.toString(current.version()).getBytes(StandardCharsets.UTF_8));
      default -> send(exchange, 404, "text/plain; charset=utf-8", "Not found\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  private void notFound(HttpExchange exchange, SiteSnapshot current) throws IOException {
    byte[] page = current.file("404.html");
    send(exchange, 404, TYPES.get("html"), page(current, page == null ? "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>".getBytes(StandardCharsets.UTF_8) : page));
  }

  /** A page with the live-reload script and, after a failed build, the errors on top. */
  private byte[] page(SiteSnapshot current, byte[] html) {
    String text = html == null
        ? "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head><body><main></main></body></html>"
        : new String(html, StandardCharsets.UTF_8);
    StringBuilder injected = new StringBuilder();
    if (current.broken()) {
      // errors first and warnings folded away: the errors are what stops the build
      List<Problem> errors = current.problems().stream().filter(Problem::isError).toList();
      List<Problem> warnings = current.problems().stream().filter(p -> !p.isError()).toList();
      injected.append("<link rel=\"stylesheet\" href=\"").append(PREFIX).append("serve.css\">")
          .append("<section class=\"explainer-build-errors\" role=\"alert\" aria-labelledby=\"explainer-build-errors-title\">")
          .append("<h2 id=\"explainer-build-errors-title\">The build failed: ").append(count(errors.size(), "error")).append("</h2><p>")
          .append(html == null ? "Nothing has been built yet." : "You are seeing the last good version of this page.")
          .append(" Fix the problems below; the page reloads by itself.</p><ul>");
      errors.forEach(p -> injected.append("<li><code>").append(escape(p.format(base))).append("</code></li>"));
      injected.append("</ul>");
      if (!warnings.isEmpty()) {
        injected.append("<details><summary>").append(count(warnings.size(), "warning")).append("</summary><ul>");
        warnings.forEach(p -> injected.append("<li><code>").append(escape(p.format(base))).append("</code></li>"));
        injected.append("</ul></details>");
      }
      injected.append("</section>");
    }
    int body = text.indexOf("<body");
    int bodyEnd = body < 0 ? -1 : text.indexOf('>', body);
    if (bodyEnd >= 0) {
      text = text.substring(0, bodyEnd + 1) + injected + text.substring(bodyEnd + 1);
    } else {
      text = injected + text;
    }
    String script = "<script src=\"" + PREFIX + "live.js\" data-version=\"" + current.version() + "\" defer></script>";
    int end = text.lastIndexOf("</body>");
    text = end >= 0 ? text.substring(0, end) + script + text.substring(end) : text + script;
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String type(String path) {
    int dot = path.lastIndexOf('.');
    String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
