package org.explainer.serve;

import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.explainer.build.BuildOptions;
import org.explainer.build.Pipeline;
import org.explainer.content.Article;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problem;

/**
 * {@code explainer serve}: builds the site in memory with drafts, serves it, watches content/ and
 * templates/ and rebuilds on every change. A failed rebuild shows its errors in the terminal and above
 * every page, keeps serving the last good version, and clears by itself once the files are fixed. Never
 * writes to the output folder.
 */
public final class PreviewSession implements AutoCloseable {
  private static final long DEBOUNCE_MS = 10;
  /** Summary-edit rebuilds run and thrown away after start-up: enough for the JIT to compile that path. */
  private static final int WARM_UP_REBUILDS = 8;

  private final BuildOptions options;
  private final PreviewServer server;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Path base;
  private final ScheduledExecutorService rebuilds = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "preview-rebuild");
    t.setDaemon(true);
    return t;
  });
  private final DirectoryWatcher watcher;
  private ScheduledFuture<?> pending;
  private final Set<Path> changed = new HashSet<>();
  /** When the watcher reported the first change not yet rebuilt (System.nanoTime), or 0. */
  private long firstSeen;
  private Pipeline.SiteBuild lastGood;

  /**
   * Builds once, binds the server and starts watching. Drafts are always included.
   *
   * @throws IOException when the address cannot be bound or the folders cannot be watched
   */
  public PreviewSession(BuildOptions options, InetSocketAddress address, Path base, PrintWriter out, PrintWriter err) throws IOException {
    this.options = options.withDrafts(true);
    this.base = base;
    this.out = out;
    this.err = err;
    this.server = new PreviewServer(address, base);
    rebuild();
    this.watcher = DirectoryWatcher.builder()
        .paths(List.of(options.content(), options.templates()))
        .listener(event -> schedule(event.path()))
        .build();
    watcher.watchAsync();
    server.start();
    rebuilds.execute(this::warmUp);
  }

  /**
   * Runs the summary-edit path on unchanged entries and throws the results away, so that the editor's
   * first real edit does not also pay for loading and compiling that code (it took about twice as long
   * as later edits), then collects the garbage. Runs on the rebuild thread, so it never overlaps a real
   * rebuild.
   */
  private void warmUp() {
    Pipeline.SiteBuild built = lastGood;
    if (built == null || built.state().site().library().articles().isEmpty()) {
      return;
    }
    List<Article> articles = built.state().site().library().articles();
    try {
      for (int i = 0; i < WARM_UP_REBUILDS; i++) {
        new Pipeline(options).update(built, Set.of(articles.get(i % articles.size()).file()));
      }
    } catch (RuntimeException e) {
      // only a warm-up: the next real change reports whatever is wrong
    }
    // Settle the heap before the first edit: one full collection here moves what the first build made
    // into the old generation, so a young collection during an edit's rebuild (one every 40 or so edits)
    // no longer copies all of it: about 3 ms instead of 10-13 ms (see docs/performance.md).
    System.gc();
  }

  /** Where the site is served. */
  public URI uri() {
    return server.uri();
  }

  /** The snapshot being served (for tests). */
  public SiteSnapshot snapshot() {
    return server.snapshot();
  }

  private synchronized void schedule(Path path) {
    if (path != null) {
      changed.add(path.toAbsolutePath().normalize());
    }
    if (firstSeen == 0) {
      firstSeen = System.nanoTime();
    }
    if (pending != null) {
      pending.cancel(false);
    }
    pending = rebuilds.schedule(this::rebuild, DEBOUNCE_MS, TimeUnit.MILLISECONDS);
  }

  /** When the changes this rebuild takes in were first seen, or 0 (and starts the next count). */
  private synchronized long takeFirstSeen() {
    long seen = firstSeen;
    firstSeen = 0;
    return seen;
  }

  /** The files changed since the last good build (kept until a build succeeds). */
  private synchronized Set<Path> changedSinceLastGood() {
    return Set.copyOf(changed);
  }

  private synchronized void built(Set<Path> included) {
    changed.removeAll(included);
  }

  /**
   * Rebuilds in memory and serves the result, or its errors: only the pages a summary edit affects when
   * that is all that changed since the last good build, everything otherwise.
   */
  void rebuild() {
    long start = System.nanoTime();
    long seen = takeFirstSeen();
    SiteSnapshot current = server.snapshot();
    Set<Path> paths = changedSinceLastGood();
    if (current.version() == 0) {
      out.println("Building the preview of " + Problem.displayPath(options.content(), base) + " …");
    } else if (!paths.isEmpty()) {
      out.println("Rebuilding after a change to " + paths.stream().map(p -> Problem.displayPath(p, base)).sorted()
          .collect(Collectors.joining(", ")));
      out.flush();
    }
    try {
      Pipeline pipeline = new Pipeline(options);
      Optional<Pipeline.SiteBuild> quick = lastGood == null || paths.isEmpty()
          ? Optional.empty() : pipeline.update(lastGood, paths);
      Pipeline.SiteBuild build = quick.orElseGet(pipeline::preview);
      lastGood = build;
      built(paths);
      server.publish(current.built(build.files()));
      long now = System.nanoTime();
      build.report().warnings().forEach(p -> out.println(p.format(base)));
      out.printf("%s %s (%s) in %d ms%s%n", current.version() == 0 ? "Built" : "Rebuilt",
          count(build.report().pages(), quick.isPresent() ? "file" : "page"),
          quick.isPresent() ? "only what the edited summary affects" : count(build.report().articles(), "article"),
          (now - start) / 1_000_000, seen == 0 ? "" : ", served " + (now - seen) / 1_000_000 + " ms after the change was seen");
      if (current.broken()) {
        out.println("The build is fixed.");
      }
      out.flush();
    } catch (ContentException e) {
      server.publish(current.failed(e.problems()));
      // the errors first: they are what stops the build
      e.problems().stream().filter(Problem::isError).forEach(p -> err.println(p.format(base)));
      e.problems().stream().filter(p -> !p.isError()).forEach(p -> err.println(p.format(base)));
      err.println("The build failed: " + count(e.problems().stream().filter(Problem::isError).count(), "error")
          + (current.files().isEmpty() ? "; nothing to serve until it is fixed." : "; still serving the last good version."));
      err.flush();
    } catch (RuntimeException e) {
      server.publish(current.failed(List.of(Problem.error(Location.of(options.content()),
          "internal error: " + e, "this is a bug in the generator; please report it"))));
      err.println("internal error while rebuilding: " + e + " — still serving the last good version; please report this bug");
      err.flush();
    }
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  @Override
  public void close() {
    try {
      watcher.close();
    } catch (IOException e) {
      // the watcher's threads are daemons; nothing else to release
    }
    rebuilds.shutdownNow();
    server.close();
  }
}
