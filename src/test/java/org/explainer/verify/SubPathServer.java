package org.explainer.verify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A static file server for a built site, on 127.0.0.1 at a free port, under a sub-path such as
 * {@code /explainer/}, behaving like a plain static host: a folder serves its index.html, a folder asked
 * for without its trailing slash is redirected to it, anything else that is not a file is a 404 with the
 * site's 404.html. Every request is recorded with its status.
 */
final class SubPathServer implements AutoCloseable {
  /** One request as the server answered it. */
  record Request(String method, String path, int status, String referer) {
    @Override
    public String toString() {
      return method + " " + path + " -> " + status + (referer == null ? "" : " (referer " + referer + ")");
    }
  }

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("mjs", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("webp", "image/webp"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("xml", "application/xml"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("webmanifest", "application/manifest+json"));

  private final Path root;
  private final String prefix;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  /** Serves {@code root} under {@code prefix} (which starts and ends with '/'). */
  SubPathServer(Path root, String prefix) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.prefix = prefix;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** http://127.0.0.1:port, without a trailing slash. */
  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The absolute URL of a path relative to the site's root. */
  String url(String sitePath) {
    return origin() + prefix + sitePath;
  }

  /** Every request since the last {@link #clear()}, in order. */
  List<Request> requests() {
    return List.copyOf(requests);
  }

  void clear() {
    requests.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String decoded = URI.create(path).getPath();
    int status;
    try {
      status = respond(exchange, decoded);
    } catch (IOException | RuntimeException e) {
      status = 500;
      try {
        exchange.sendResponseHeaders(500, -1);
      } catch (IOException | RuntimeException ignored) {
        // the headers were already sent
      }
    } finally {
      exchange.close();
    }
    requests.add(new Request(exchange.getRequestMethod(), path, status, exchange.getRequestHeaders().getFirst("Referer")));
  }

  private int respond(HttpExchange exchange, String path) throws IOException {
    if (!path.startsWith(prefix)) {
      if ((path + "/").equals(prefix)) {
        return redirect(exchange, prefix);
      }
      return notFound(exchange);
    }
    Path file = root.resolve(path.substring(prefix.length())).normalize();
    if (!file.startsWith(root)) {
      return notFound(exchange);
    }
    if (Files.isDirectory(file)) {
      if (!path.endsWith("/")) {
        return redirect(exchange, path + "/");
      }
      file = file.resolve("index.html");
    }
    if (!Files.isRegularFile(file)) {
      return notFound(exchange);
    }
    return send(exchange, 200, file);
  }

  private int redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(301, -1);
    return 301;
  }

  private int notFound(HttpExchange exchange) throws IOException {
    Path page = root.resolve("404.html");
    if (Files.isRegularFile(page)) {
      return send(exchange, 404, page);
    }
    exchange.sendResponseHeaders(404, -1);
    return 404;
  }

  private int send(HttpExchange exchange, int status, Path file) throws IOException {
    byte[] body = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    return status;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
