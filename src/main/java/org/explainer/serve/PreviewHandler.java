package org.explainer.serve;

import freemarker.core.HTMLOutputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.explainer.build.PreviewFiles;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problem;

/**
 * What the preview server answers to a request, with no socket in sight (so that it can be tested and
 * fuzzed alone): a file of the snapshot, with the live-reload script and the latest build's errors in
 * HTML pages; at the address of a draft left out for its errors, those errors; a 404 for anything else
 * that is not exactly a file of the build; a 403 for a request that names a host the preview is not
 * served as.
 *
 * <p>The host check stops DNS rebinding: a web page open in the editor's browser, on a name its
 * owner then points at 127.0.0.1, could otherwise read the drafts. The browser sends that name in the
 * {@code Host} header; the preview answers only to {@code localhost} (and names under it), to an IP
 * address literal (no attacker controls what one means) and to the name it was bound as.
 */
final class PreviewHandler {
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
  private static final String TEXT = "text/plain; charset=utf-8";
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+(%[0-9a-z._~-]+)?\\]");

  private final Path base;
  private final Set<String> names;
  private final byte[] liveScript;
  private final byte[] serveCss;
  private final Executor makers;
  /** The longest a request waits for a file to be made before it is told to come back. */
  private final Duration wait;
  /** The files being made for requests, by path: requests for a file share its making. */
  private final Map<String, Making> making = new ConcurrentHashMap<>();

  /** A file being made for requests, of {@code files}. */
  private record Making(PreviewFiles files, CompletableFuture<byte[]> bytes) {}

  /** A file that was not made in the time a request waits for it. */
  private static final class StillMaking extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StillMaking() {
      super(null, null, false, false);
    }
  }

  /**
   * A handler whose error messages show paths relative to {@code base}, and that answers to {@code
   * boundName} (the name the server was bound as) besides localhost and address literals; it makes a
   * file not made yet on the thread that asks.
   */
  PreviewHandler(Path base, String boundName) {
    this(base, boundName, Runnable::run, Duration.ofDays(1));
  }

  /**
   * As {@link #PreviewHandler(Path, String)}, making a file not made yet on {@code makers} while the
   * request waits, at most {@code wait}; then the request is told to come back, and the file is made
   * still, for the next one. A request cut for taking too long never interrupts the making, which may
   * be a part of work other files share (the search index).
   */
  PreviewHandler(Path base, String boundName, Executor makers, Duration wait) {
    this.base = base;
    this.names = Set.copyOf(List.of("localhost", boundName.toLowerCase(Locale.ROOT))); // the bound name may be localhost itself
    this.liveScript = resource("live.js");
    this.serveCss = resource("serve.css");
    this.makers = makers;
    this.wait = wait;
  }

  /**
   * The file at {@code path} of {@code snapshot}, made on {@link #makers} if it was not yet; null when
   * there is none.
   *
   * @throws ContentException when it cannot be made
   * @throws StillMaking when it was not made in {@link #wait}
   */
  private byte[] file(SiteSnapshot snapshot, String path) {
    PreviewFiles files = snapshot.files();
    if (!files.has(path) || files.made(path)) {
      return files.file(path);
    }
    Making fresh = new Making(files, new CompletableFuture<>());
    Making m = making.compute(path, (p, was) -> was != null && was.files() == files ? was : fresh);
    if (m == fresh) {
      execute(path, fresh, () -> {
        try {
          fresh.bytes().complete(files.file(path));
        } catch (Throwable e) { // handed to the requests that wait, which answer with it
          fresh.bytes().completeExceptionally(e);
        } finally {
          making.remove(path, fresh);
        }
      });
    }
    try {
      return m.bytes().get(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new StillMaking();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the request was cut: the file is made still, for the next one
      throw new IllegalStateException("the request for " + path + " was cut before the file was made", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * A request.
   *
   * @param method the HTTP method
   * @param rawPath the path as sent, still percent-encoded
   * @param host the Host header, or null when there is none
   */
  record Request(String method, String rawPath, String host) {}

  /**
   * An answer.
   *
   * @param status the HTTP status
   * @param type the Content-Type
   * @param body the body (not sent for HEAD)
   * @param location the Location header, or null
   */
  record Response(int status, String type, byte[] body, String location) {
    static Response of(int status, String type, byte[] body) {
      return new Response(status, type, body, null);
    }

    static Response text(int status, String text) {
      return of(status, TEXT, text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Runs {@code make} on {@link #makers}; when they take no more work (the server is closing), forgets {@code making} and says so. */
  private void execute(String path, Making making, Runnable make) {
    try {
      makers.execute(make);
    } catch (RejectedExecutionException e) {
      this.making.remove(path, making);
      throw e;
    }
  }

  /** The answer to {@code request} from {@code snapshot}. */
  Response answer(Request request, SiteSnapshot snapshot) {
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      return Response.text(405, "Method not allowed\n");
    }
    if (!allowedHost(request.host())) {
      return Response.text(403, "This preview answers to http://localhost/ or http://127.0.0.1/ (with its port), not to the host '"
          + Problem.printable(hostName(request.host())) + "'. If you did not type that address, a web page may be trying to read your"
          + " drafts; open the preview by its address instead.\n");
    }
    String raw = request.rawPath();
    if (raw == null) {
      return notFound(snapshot);
    }
    if (raw.startsWith(PREFIX)) {
      return own(raw.substring(PREFIX.length()), snapshot);
    }
    String path = PreviewPaths.sitePath(raw);
    if (path == null) {
      return notFound(snapshot);
    }
    byte[] body;
    try {
      body = file(snapshot, path);
    } catch (ContentException e) {
      // made as it is asked for, before the check of every page has reported its template's errors
      return Response.of(500, TYPES.get("html"), cannotBeMade(snapshot, e.problems()));
    } catch (StillMaking e) {
      return Response.of(503, TYPES.get("html"), page(snapshot, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
          + "<meta http-equiv=\"refresh\" content=\"2\"><title>Still being made</title></head><body><main><p>This page is still being made;"
          + " it reloads by itself in a moment.</p></main></body></html>", null));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return Response.of(500, TYPES.get("html"), cannotBeMade(snapshot, List.of(Problem.error(Location.of(base),
          "internal error while making " + path + ": " + Problem.printable(String.valueOf(e)), "this is a bug in the generator; please report it"))));
    }
    if (body == null && (snapshot.has(path + "/index.html") || snapshot.heldBack().containsKey(path + "/index.html"))) {
      return new Response(301, TEXT, new byte[0], raw + "/");
    }
    List<Problem> heldBack = snapshot.heldBack().get(path);
    if (body == null && heldBack != null) {
      return Response.of(200, TYPES.get("html"), heldBack(snapshot, heldBack));
    }
    if (body == null && !snapshot.files().isEmpty()) {
      return notFound(snapshot, path, raw);
    }
    if (body == null) {
      return Response.of(500, TYPES.get("html"), page(snapshot, null));
    }
    String type = type(path);
    return Response.of(200, type, type.startsWith("text/html") ? page(snapshot, body) : body);
  }

  /** True when a request naming {@code host} may be answered (see the class comment); true when none is named. */
  boolean allowedHost(String host) {
    if (host == null) {
      return true; // no browser leaves it out, so no page can be behind such a request
    }
    String name = hostName(host);
    return names.contains(name) || name.endsWith(".localhost") || IPV4.matcher(name).matches() || IPV6.matcher(name).matches();
  }

  /** The name in a Host header, without its port and final dot, lowercased: {@code [::1]}, {@code localhost}. */
  static String hostName(String host) {
    String name = host.strip().toLowerCase(Locale.ROOT);
    int colon = name.lastIndexOf(':');
    if (colon >= 0 && colon > name.lastIndexOf(']') && name.indexOf(':') == colon) {
      name = name.substring(0, colon); // a port, after a name or an IPv4 address
    } else if (name.startsWith("[") && name.lastIndexOf("]:") > 0) {
      name = name.substring(0, name.lastIndexOf("]:") + 1); // a port, after an IPv6 address
    }
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }

  private Response own(String name, SiteSnapshot snapshot) {
    return switch (name) {
      case "live.js" -> Response.of(200, TYPES.get("js"), liveScript);
      case "serve.css" -> Response.of(200, TYPES.get("css"), serveCss);
      case "version" -> Response.text(200, Long.toString(snapshot.version()));
      default -> Response.text(404, "Not found\n");
    };
  }

  private Response notFound(SiteSnapshot snapshot) {
    return notFound(snapshot, "", null);
  }

  /**
   * The site's 404 page, as a static host shows it at any address that has none: that of the nearest
   * folder of {@code path} that has one (the Ukrainian edition's under {@code uk/}), else the site's own.
   * Its links are relative to that folder, so at a deeper address ({@code raw}, as asked for) a
   * {@code <base>} points them there, as a host rule would (docs/deploy.md), and a link to a fragment of
   * the page itself keeps to the page.
   */
  private Response notFound(SiteSnapshot snapshot, String path, String raw) {
    String folder = path;
    byte[] page = null;
    do {
      folder = folder.contains("/") ? folder.substring(0, folder.lastIndexOf('/')) : "";
      String candidate = folder.isEmpty() ? "404.html" : folder + "/404.html";
      if (folder.isEmpty() || snapshot.has(candidate)) {
        try {
          page = file(snapshot, candidate);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          page = null; // its errors are reported where it is asked for, and by the check of every page
        }
        break;
      }
    } while (!folder.isEmpty());
    if (page == null) {
      page = "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>".getBytes(StandardCharsets.UTF_8);
    } else if (raw != null) {
      page = atAddress(page, folder.isEmpty() ? "/" : "/" + folder + "/", raw);
    }
    return Response.of(404, TYPES.get("html"), page(snapshot, page));
  }

  /** The 404 page {@code page}, whose links are relative to {@code folder}, for the address {@code raw}. */
  static byte[] atAddress(byte[] page, String folder, String raw) {
    String text = new String(page, StandardCharsets.UTF_8);
    int head = text.indexOf("<head>");
    if (head < 0 || text.contains("<base ")) {
      return page;
    }
    String here = escape(raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw);
    text = text.substring(0, head + 6) + "<base href=\"" + escape(folder) + "\">" + text.substring(head + 6);
    return text.replace("href=\"#", "href=\"" + here + "#").getBytes(StandardCharsets.UTF_8);
  }

  /** What the preview shows at the address of a page that cannot be made: the errors in its way. */
  private byte[] cannotBeMade(SiteSnapshot current, List<Problem> problems) {
    String text = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>This page cannot be made</title></head>"
        + "<body><main></main></body></html>";
    List<Problem> errors = problems.stream().filter(Problem::isError).toList();
    return page(current, text, new Banner("This page cannot be made: " + count(errors.size(), "error"),
        "Fix the problems below; the page reloads by itself.", errors, problems.stream().filter(p -> !p.isError()).toList()));
  }

  /** A page with the live-reload script and, after a failed build, the errors on top. */
  private byte[] page(SiteSnapshot current, byte[] html) {
    String text = html == null
        ? "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head><body><main></main></body></html>"
        : new String(html, StandardCharsets.UTF_8);
    return page(current, text, current.broken()
        ? buildFailed(current, html == null ? "Nothing has been built yet." : "You are seeing the last good version of this page.")
        : null);
  }

  /**
   * What the preview shows at the address of a draft it leaves out: the errors that keep the draft out
   * (or, after a failed build, that build's errors), where the page would be.
   */
  private byte[] heldBack(SiteSnapshot current, List<Problem> errors) {
    String text = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Draft left out of the preview</title></head>"
        + "<body><main></main></body></html>";
    return page(current, text, current.broken()
        ? buildFailed(current, "This draft was left out of the last good version for errors of its own.")
        : new Banner("This draft has " + count(errors.size(), "error") + ", so the preview leaves it out",
            "Fix the problems below; the page reloads by itself and shows the draft.", errors, List.of()));
  }

  /**
   * A panel of problems above a page.
   *
   * @param title its heading
   * @param intro a sentence under it: what the reader sees and what to do
   * @param errors the errors, listed
   * @param warnings the warnings, folded away below them
   */
  private record Banner(String title, String intro, List<Problem> errors, List<Problem> warnings) {}

  /** The panel of a failed build: its errors first and its warnings folded away, since the errors are what stops it. */
  private static Banner buildFailed(SiteSnapshot current, String intro) {
    List<Problem> errors = current.problems().stream().filter(Problem::isError).toList();
    List<Problem> warnings = current.problems().stream().filter(p -> !p.isError()).toList();
    return new Banner("The build failed: " + count(errors.size(), "error"), intro + " Fix the problems below; the page reloads by itself.",
        errors, warnings);
  }

  /** {@code text} with the live-reload script and, when there is one, {@code banner} on top. */
  private byte[] page(SiteSnapshot current, String html, Banner banner) {
    String text = html;
    StringBuilder injected = new StringBuilder();
    if (banner != null) {
      injected.append("<link rel=\"stylesheet\" href=\"").append(PREFIX).append("serve.css\">")
          .append("<section class=\"explainer-build-errors\" role=\"alert\" aria-labelledby=\"explainer-build-errors-title\">")
          .append("<h2 id=\"explainer-build-errors-title\">").append(escape(banner.title())).append("</h2><p>")
          .append(escape(banner.intro())).append("</p><ul>");
      banner.errors().forEach(p -> injected.append("<li><code>").append(escape(p.format(base))).append("</code></li>"));
      injected.append("</ul>");
      if (!banner.warnings().isEmpty()) {
        injected.append("<details><summary>").append(count(banner.warnings().size(), "warning")).append("</summary><ul>");
        banner.warnings().forEach(p -> injected.append("<li><code>").append(escape(p.format(base))).append("</code></li>"));
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

  /** {@code text} escaped for HTML text and attribute values, as the site's templates escape it (FreeMarker's HTML output format). */
  private static String escape(String text) {
    return HTMLOutputFormat.INSTANCE.escapePlainText(text);
  }

  private static String type(String path) {
    int dot = path.lastIndexOf('.');
    String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  private static byte[] resource(String name) {
    try (InputStream in = PreviewHandler.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
