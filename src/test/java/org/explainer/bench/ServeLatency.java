package org.explainer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.explainer.TestSites;

/**
 * How soon {@code explainer serve} serves an entry's page after its summary is edited, measured from
 * outside: starts the real command on a copy of a content folder, edits one entry's body again and
 * again (front matter unchanged, as an editor fixing a sentence does), and polls the build number every
 * 0.5 ms, as the live-reload script does every 300 ms, fetching the page whenever it moves, until the
 * new text is served. For each edit it reports the time from the file write to the new page being served
 * (watcher latency included) and the two figures serve itself prints: the rebuild time and the time
 * from the change being seen (watcher event) to the page being served, the 10 ms debounce included.
 *
 * <pre>
 * java -cp target/test-classes org.explainer.bench.ServeLatency --content content --templates templates \
 *     [--sources DIR] [--edits 20] -- java [flags] -jar target/explainer.jar
 * </pre>
 *
 * Prints one line per edit and a Markdown summary line starting with {@code | serve}.
 */
public final class ServeLatency {
  private static final Pattern SERVING = Pattern.compile("Serving (http://\\S+/) ");
  private static final Pattern REBUILT = Pattern.compile("^Rebuilt .* in (\\d+) ms(?:, served (\\d+) ms after the change was seen)?");
  private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");

  private ServeLatency() {}

  /** One edit: file written → page served, and serve's own figures. */
  record Edit(double endToEndMs, long rebuildMs, long seenToServedMs, boolean incremental) {}

  public static void main(String[] args) throws Exception {
    Path content = null;
    Path templates = null;
    Path sources = null;
    int edits = 20;
    List<String> command = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--content" -> content = Path.of(args[++i]);
        case "--templates" -> templates = Path.of(args[++i]);
        case "--sources" -> sources = Path.of(args[++i]);
        case "--edits" -> edits = Integer.parseInt(args[++i]);
        case "--" -> {
          command.addAll(Arrays.asList(args).subList(i + 1, args.length));
          i = args.length;
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; see the class comment for usage");
      }
    }
    if (content == null || templates == null || command.isEmpty() || edits < 2) {
      System.err.println("usage: ServeLatency --content DIR --templates DIR [--sources DIR] [--edits N>=2] -- java … -jar explainer.jar");
      System.exit(2);
    }
    // serve runs in a temporary folder: a relative program path ("./explainer") is taken from here
    Path program = Path.of(command.get(0));
    if (command.get(0).contains("/") && !program.isAbsolute() && Files.exists(program)) {
      command.set(0, program.toAbsolutePath().toString());
    }
    List<Edit> results = measure(content, templates, sources, edits, command);
    System.out.println(summary(results));
  }

  static List<Edit> measure(Path content, Path templates, Path sources, int edits, List<String> command) throws Exception {
    Path work = Files.createTempDirectory("explainer-serve-bench");
    try {
      TestSites.copyTree(content, work.resolve("content"));
      TestSites.copyTree(templates, work.resolve("templates"));
      Path entry;
      try (Stream<Path> files = Files.list(work.resolve("content/articles"))) {
        entry = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst()
            .orElseThrow(() -> new IllegalStateException("no entry in " + content.resolve("articles")));
      }
      String original = Files.readString(entry);
      String slug = DATE_PREFIX.matcher(entry.getFileName().toString().replaceFirst("\\.md$", "")).replaceFirst("");

      List<String> serve = new ArrayList<>(command);
      serve.addAll(List.of("serve", "--port", "0", "--content", work.resolve("content").toString(), "--templates",
          work.resolve("templates").toString()));
      if (sources != null) {
        serve.addAll(List.of("--sources", sources.toAbsolutePath().toString()));
      }
      Process process = new ProcessBuilder(serve).directory(work.toFile()).redirectErrorStream(true).start();
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      Thread reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            lines.add(line);
          }
        } catch (IOException e) {
          // the process ended
        }
      }, "serve-output");
      reader.setDaemon(true);
      reader.start();
      try {
        URI base = null;
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (base == null) {
          String line = lines.poll(100, TimeUnit.MILLISECONDS);
          if (line == null) {
            if (!process.isAlive() && lines.isEmpty()) {
              throw new IllegalStateException("serve ended before serving; it printed: " + String.join(" / ", seen));
            }
            if (System.nanoTime() > deadline) {
              throw new IllegalStateException("serve did not start within 60 s; it printed: " + String.join(" / ", seen));
            }
            continue;
          }
          seen.add(line);
          Matcher m = SERVING.matcher(line);
          if (m.find()) {
            base = URI.create(m.group(1));
          }
        }
        URI page = base.resolve("articles/" + slug + "/");
        URI version = base.resolve("__explainer/version");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        if (get(http, page) == null) {
          throw new IllegalStateException(page + " is not served; is the entry's slug '" + slug + "'?");
        }
        List<Edit> out = new ArrayList<>();
        for (int i = 1; i <= edits; i++) {
          String marker = "serve-bench-marker-" + i;
          String edited = original.stripTrailing() + "\n\nA sentence added by the benchmark: " + marker + ".\n";
          lines.clear();
          String before = get(http, version);
          long start = System.nanoTime();
          Files.writeString(entry, edited, StandardCharsets.UTF_8);
          long end;
          while (true) {
            // as the live-reload script does, poll the build number (a few bytes) and fetch the page
            // when it moves: polling the page itself would have serve render it hundreds of times
            // a second, on the cores the rebuild needs
            String now = get(http, version);
            String body = now != null && !now.equals(before) ? get(http, page) : null;
            end = System.nanoTime();
            if (body != null && body.contains(marker)) {
              break;
            }
            if (now != null) {
              before = now;
            }
            if (end - start > TimeUnit.SECONDS.toNanos(30)) {
              throw new IllegalStateException("edit " + i + " was not served within 30 s");
            }
            Thread.sleep(0, 500_000);
          }
          Edit edit = null;
          long wait = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
          while (edit == null && System.nanoTime() < wait) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            Matcher m = line == null ? null : REBUILT.matcher(line);
            if (m != null && m.find()) {
              edit = new Edit((end - start) / 1e6, Long.parseLong(m.group(1)), m.group(2) == null ? -1 : Long.parseLong(m.group(2)),
                  line.contains("only what the edited summary affects"));
            }
          }
          if (edit == null) {
            edit = new Edit((end - start) / 1e6, -1, -1, false);
          }
          out.add(edit);
          System.out.printf("edit %2d: served %6.1f ms after the write; serve: rebuilt in %d ms, served %d ms after the change was seen%s%n",
              i, edit.endToEndMs(), edit.rebuildMs(), edit.seenToServedMs(), edit.incremental() ? "" : " (full rebuild)");
          Thread.sleep(300); // an editor's pace; lets the watcher settle
        }
        return out;
      } finally {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      }
    } finally {
      deleteTree(work);
    }
  }

  /** The Markdown summary: the first edit, then the median and the worst of the others. */
  static String summary(List<Edit> edits) {
    Edit first = edits.get(0);
    List<Edit> rest = edits.subList(1, edits.size());
    long[] seen = rest.stream().mapToLong(Edit::seenToServedMs).sorted().toArray();
    long[] rebuild = rest.stream().mapToLong(Edit::rebuildMs).sorted().toArray();
    double[] endToEnd = rest.stream().mapToDouble(Edit::endToEndMs).sorted().toArray();
    long incremental = edits.stream().filter(Edit::incremental).count();
    return String.format(java.util.Locale.ROOT,
        "| serve, %d summary edits (%d rebuilt incrementally) | %d ms seen → served (%d ms rebuild, %.0f ms from the write) "
            + "| %d ms seen → served (%d ms rebuild, %.0f ms from the write) | %d ms seen → served (%.0f ms from the write) |",
        edits.size(), incremental, first.seenToServedMs(), first.rebuildMs(), first.endToEndMs(),
        seen[(seen.length - 1) / 2], rebuild[(rebuild.length - 1) / 2], endToEnd[(endToEnd.length - 1) / 2], seen[seen.length - 1], endToEnd[endToEnd.length - 1]);
  }

  private static String get(HttpClient http, URI uri) throws InterruptedException {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return response.statusCode() == 200 ? response.body() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
