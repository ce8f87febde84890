package org.explainer.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
  /** How often the watched folders are checked for having been deleted and made again. */
  private static final long FOLDER_CHECK_MS = 500;

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
  /** The folders watched: content/ and templates/. */
  private final List<Path> folders;
  /** The watcher of {@link #folders}, made again when one of them is deleted and made again; on the rebuild thread only. */
  private DirectoryWatcher watcher;
  /** What each watched folder was when the watcher was made (see {@link #identities}); on the rebuild thread only. */
  private List<Object> watched;
  /** True when the watcher saw a watched folder deleted; set by the watcher's thread. */
  private volatile boolean folderGone;
  /** While the folders settle after being made again, their last {@link #fingerprint}; else null. On the rebuild thread only. */
  private List<Long> settling;
  /** True when the next rebuild must build everything (the folders were made again); guarded by this. */
  private boolean full;
  private ScheduledFuture<?> pending;
  private final Set<Path> changed = new HashSet<>();
  /** When the watcher reported the first change not yet rebuilt (System.nanoTime), or 0. */
  private long firstSeen;
  private Pipeline.SiteBuild lastGood;
  /** How many warm-up rebuilds ran; written on the rebuild thread only. */
  private volatile int warmUpRebuilds;
  /**
   * Makes, in the background, every file of a build served before its files were made (see {@link
   * #check}), which finds the errors of templates; one at a time.
   */
  private final ExecutorService checks = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "preview-check");
    t.setDaemon(true);
    return t;
  });
  /** How many full builds have been served; the background work for an earlier one stops. */
  private final AtomicLong served = new AtomicLong();
  // The next four are used by the thread that rebuilds: the constructor's for the first build, then the
  // rebuild thread (which the constructor starts after the first build).
  /** The number of the build whose check is running, or 0. */
  private long checking;
  /**
   * While a check runs, what was served before the first build not checked yet: what the preview goes
   * back to when the check finds errors.
   */
  private SiteSnapshot checkedBefore = SiteSnapshot.empty();
  /** The version of the snapshot whose build the running check checks. */
  private long checkedVersion;
  /**
   * True from a check that found errors until a full build succeeds: full builds then make every file
   * before they are served, as a build does, so that a template still broken keeps the last good
   * version served.
   */
  private boolean checkFailed;
  private volatile boolean closed;

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
    this.folders = List.of(options.content(), options.templates());
    rebuild();
    this.watched = identities();
    this.watcher = watch();
    server.start();
    rebuilds.execute(this::warmUp);
    rebuilds.scheduleWithFixedDelay(this::checkFolders, FOLDER_CHECK_MS, FOLDER_CHECK_MS, TimeUnit.MILLISECONDS);
  }

  private DirectoryWatcher watch() throws IOException {
    // no hashing of files: the watcher would read every watched file before it watches, only to drop the
    // events that change no byte; here such an event costs a rebuild, as any change to its file does
    DirectoryWatcher made = DirectoryWatcher.builder().paths(folders).fileHashing(false).listener(event -> {
      if (event.eventType() == DirectoryChangeEvent.EventType.DELETE && folders.stream().anyMatch(folder -> !Files.isDirectory(folder))) {
        folderGone = true; // a folder made again at once may get the same file key: this says it went
      }
      schedule(event.path());
    }).build();
    made.watchAsync();
    return made;
  }

  /**
   * What each watched folder is: its file key (device and inode) where the system gives one, a mark
   * when it exists without one, and null when it does not exist. A folder deleted and made again
   * (restored from git, moved back) is another folder, which the watcher no longer watches.
   */
  private List<Object> identities() {
    List<Object> out = new ArrayList<>();
    for (Path folder : folders) {
      try {
        Object key = Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
        out.add(key == null ? "present" : key);
      } catch (IOException e) {
        out.add(null);
      }
    }
    return out;
  }

  /**
   * Watches the folders again when one of them was deleted and made again, and builds everything: the
   * watcher stops with the folder it watched. Runs on the rebuild thread, every {@value
   * #FOLDER_CHECK_MS} ms.
   */
  private void checkFolders() {
    try {
      recoverWatcher();
    } catch (RuntimeException e) {
      // a periodic task that throws is never run again: say so and go on checking
      err.println("cannot check the watched folders (" + Problem.printable(String.valueOf(e)) + "); trying again in a moment");
      err.flush();
    }
  }

  private void recoverWatcher() {
    List<Object> now = identities();
    if (now.equals(watched) && !folderGone) {
      if (settling != null) {
        // files that arrived while the watcher was being made may have gone unseen: build everything
        // again once the folders stop changing
        List<Long> next = fingerprint();
        if (next.equals(settling)) {
          settling = null;
          rebuildEverything();
        } else {
          settling = next;
        }
      }
      return;
    }
    if (now.contains(null)) {
      watched = now; // gone (moved away: no event says so): show why, and wait for it to come back
      folderGone = false;
      schedule(null);
      return;
    }
    folderGone = false;
    try {
      DirectoryWatcher next = watch();
      closeQuietly(watcher);
      watcher = next;
      watched = now;
      settling = fingerprint();
      rebuildEverything();
    } catch (IOException e) {
      err.println("cannot watch " + folders + " again (" + e.getMessage() + "); trying again in a moment");
      err.flush();
    }
  }

  private void rebuildEverything() {
    synchronized (this) {
      full = true;
    }
    schedule(null);
  }

  /** How many files the watched folders hold, their total size and latest change: what changes while they are being restored. */
  private List<Long> fingerprint() {
    long files = 0;
    long bytes = 0;
    long latest = 0;
    for (Path folder : folders) {
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path file : walk.toList()) {
          BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          files++;
          bytes += attributes.size();
          latest = Math.max(latest, attributes.lastModifiedTime().toMillis());
        }
      } catch (IOException | UncheckedIOException e) {
        files = -1; // changing under the walk: not settled
      }
    }
    return List.of(files, bytes, latest);
  }

  private static void closeQuietly(DirectoryWatcher watcher) {
    try {
      watcher.close();
    } catch (IOException e) {
      // its threads are daemons; nothing else to release
    }
  }

  /**
   * Runs the summary-edit path on unchanged entries and throws the results away, so that the editor's
   * first real edit does not also pay for loading and compiling that code (it took about twice as long
   * as later edits), then collects the garbage. Runs on the rebuild thread, so it never overlaps a real
   * rebuild, and stops as soon as a change waits for it: on a site of 10,000 entries each warm-up
   * rebuild takes most of a second, and an edit made as the server started waited for all of them.
   */
  private void warmUp() {
    Pipeline.SiteBuild built = lastGood;
    if (built == null || built.state().site().library().articles().isEmpty()) {
      return;
    }
    List<Article> articles = built.state().site().library().articles();
    try {
      for (int i = 0; i < WARM_UP_REBUILDS && !changeWaiting(); i++) {
        new Pipeline(options).update(built, Set.of(articles.get(i % articles.size()).file()));
        warmUpRebuilds++;
      }
    } catch (RuntimeException e) {
      // only a warm-up: the next real change reports whatever is wrong
    }
    if (changeWaiting()) {
      return;
    }
    // Settle the heap before the first edit: one full collection here moves what the first build made
    // into the old generation, so a young collection during an edit's rebuild (one every 40 or so edits)
    // no longer copies all of it: about 3 ms instead of 10-13 ms (see docs/performance.md).
    System.gc();
  }

  /** True when a change has been seen that no rebuild has taken in yet. */
  private synchronized boolean changeWaiting() {
    return firstSeen != 0;
  }

  /** How many warm-up rebuilds ran (for tests). */
  int warmUpRebuilds() {
    return warmUpRebuilds;
  }

  /** Where the site is served. */
  public URI uri() {
    return server.uri();
  }

  /** The snapshot being served (for tests). */
  public SiteSnapshot snapshot() {
    return server.snapshot();
  }

  /** Rebuilds after the debounce, taking in {@code path} (null for none) as changed: what the watcher calls for each change. */
  synchronized void schedule(Path path) {
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

  /** True when the next rebuild must build everything; clears the mark. */
  private synchronized boolean takeFull() {
    boolean was = full;
    full = false;
    return was;
  }

  private synchronized void built(Set<Path> included) {
    changed.removeAll(included);
  }

  /** {@code paths} as the terminal shows them: from the working folder, sorted, separated by commas. */
  private String shown(Collection<Path> paths) {
    return paths.stream().map(p -> Problem.displayPath(p, base)).sorted().collect(Collectors.joining(", "));
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
    boolean everything = takeFull();
    if (current.version() == 0) {
      out.println("Building the preview of " + Problem.displayPath(options.content(), base) + " …");
    } else if (!paths.isEmpty()) {
      // the files changed that are there now: an editor's temporary file, written and renamed over the
      // file it saves, is named only when nothing else is
      List<Path> there = paths.stream().filter(Files::exists).toList();
      out.println(there.isEmpty()
          ? "Rebuilding after " + shown(paths) + (paths.size() == 1 ? " was" : " were") + " removed"
          : "Rebuilding after a change to " + shown(there));
      out.flush();
    }
    try {
      Pipeline pipeline = new Pipeline(options);
      Optional<Pipeline.SiteBuild> quick = lastGood == null || paths.isEmpty() || everything
          ? Optional.empty() : pipeline.update(lastGood, paths);
      // a full build is served before its files are made: each is made when first asked for, and all of
      // them in the background (check), which finds the errors of templates; after a check found errors,
      // full builds make every file first until one succeeds
      boolean unchecked = quick.isEmpty() && !checkFailed;
      Pipeline.SiteBuild build = quick.orElseGet(unchecked ? pipeline::preparePreview : pipeline::preview);
      if (unchecked && checking == 0) {
        checkedBefore = current;
      }
      if (quick.isEmpty()) {
        checkFailed = false;
      }
      lastGood = build;
      built(paths);
      long now = System.nanoTime();
      build.report().warnings().forEach(p -> out.println(p.format(base)));
      out.printf("%s %s (%s) in %d ms%s%s%n", current.version() == 0 ? "Built" : "Rebuilt",
          count(build.report().pages(), quick.isPresent() ? "file" : "page"),
          quick.isPresent() ? "only what the edited summary affects" : count(build.report().articles(), "article"),
          (now - start) / 1_000_000, seen == 0 ? "" : ", served " + (now - seen) / 1_000_000 + " ms after the change was seen",
          unchecked ? "; each page is made when first opened, and all of them are being checked" : "");
      if (current.broken()) {
        out.println("The build is fixed.");
      }
      out.flush();
      SiteSnapshot next = current.built(build.made(), build.heldBack());
      long number = quick.isEmpty() ? served.incrementAndGet() : served.get();
      server.publish(next);
      if (unchecked) {
        check(build, next.version(), number);
      } else if (quick.isPresent()) {
        makeLater(build, number);
      }
    } catch (ContentException e) {
      if (closed) {
        return; // stopped while it built (Ctrl-C): nothing to tell
      }
      failed(current, current, e.problems());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      if (closed) {
        return; // the build was interrupted as the session closed
      }
      // a bug, not the editor's: said here and above every page, and the server goes on
      err.println("internal error while rebuilding: " + Problem.printable(String.valueOf(e)) + " — still serving the last good version; please report this bug");
      err.flush();
      server.publish(current.failed(List.of(internalError(e))));
    }
  }

  /** The problem of a bug in the generator, {@code e}, shown above every page. */
  private Problem internalError(Throwable e) {
    return Problem.error(Location.of(options.content()), "internal error: " + e, "this is a bug in the generator; please report it");
  }

  /**
   * Publishes the errors of a failed build, with the files of {@code good} (the last good version), and
   * prints them.
   */
  private void failed(SiteSnapshot good, SiteSnapshot current, List<Problem> problems) {
    // the errors first: they are what stops the build
    problems.stream().filter(Problem::isError).forEach(p -> err.println(p.format(base)));
    problems.stream().filter(p -> !p.isError()).forEach(p -> err.println(p.format(base)));
    err.println("The build failed: " + count(problems.stream().filter(Problem::isError).count(), "error")
        + (good.files().isEmpty() ? "; nothing to serve until it is fixed." : "; still serving the last good version."));
    err.flush();
    server.publish(good.failedAfter(current, problems));
  }

  /**
   * Makes, on the check thread, every file of {@code build} (the full build {@code number}, served as
   * version {@code version}) not made yet, as a build's render step does; then, on the rebuild thread, reports the errors it found,
   * if no full build was served since. With errors, the preview goes back to what it served before the
   * first build not checked (and the edits served since go with it), as after any failed build, and
   * builds everything at the next change; if edits were served since, it builds everything at once, in
   * case they mended what the check found.
   */
  private void check(Pipeline.SiteBuild build, long version, long number) {
    checking = number;
    checkedVersion = version;
    long start = System.nanoTime();
    submit(checks, () -> {
      List<Problem> errors;
      try {
        build.made().makeAll(() -> closed || served.get() != number);
        errors = List.of();
      } catch (ContentException e) {
        errors = e.problems();
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        errors = List.of(internalError(e));
      }
      List<Problem> found = errors;
      long took = System.nanoTime() - start;
      submit(rebuilds, () -> checked(number, found, took));
    });
  }

  /**
   * Makes, on the check thread (after the check running, if any), the files a summary edit left to be
   * made when first asked for (the search data, {@code provenance.json}): made of data alone, with no
   * template to fail. Stops when a full build is served after {@code number}.
   */
  private void makeLater(Pipeline.SiteBuild build, long number) {
    submit(checks, () -> {
      try {
        build.made().makeAdded(() -> closed || served.get() != number);
      } catch (ContentException e) {
        e.problems().forEach(p -> err.println(p.format(base)));
        err.flush();
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        err.println("internal error while making the search data: " + Problem.printable(String.valueOf(e)) + "; please report this bug");
        err.flush();
      }
    });
  }

  /** Runs {@code task} on {@code executor}, unless the session is closing, when neither takes work. */
  private void submit(ExecutorService executor, Runnable task) {
    if (closed) {
      return;
    }
    try {
      executor.execute(task);
    } catch (RejectedExecutionException e) {
      // shut down by close() since closed was read: nothing is left to report to
    }
  }

  /** What the check of the build served as {@code number} found; on the rebuild thread. */
  private void checked(long number, List<Problem> errors, long nanos) {
    if (number != checking) {
      return; // a later build was served: its own check tells
    }
    checking = 0;
    SiteSnapshot before = checkedBefore;
    checkedBefore = SiteSnapshot.empty(); // kept no longer than the check needs it
    if (errors.isEmpty()) {
      out.printf("Checked every page in %d ms: each was made without errors%n", nanos / 1_000_000);
      out.flush();
      return;
    }
    SiteSnapshot current = server.snapshot();
    List<Problem> all = new ArrayList<>(errors);
    current.problems().stream().filter(p -> !all.contains(p)).forEach(all::add); // a content error since
    lastGood = null; // no edit is made on top of a build with errors: the next change builds everything
    checkFailed = true;
    failed(before, current, all.stream().sorted(Problem.ORDER).toList());
    if (current.version() != checkedVersion) {
      out.println("Building everything again: changes were served after the build with these errors, and may have mended them");
      out.flush();
      rebuildEverything();
    }
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Stops the preview: the rebuild and check threads are stopped and waited for (5 s each at most), even
   * when the thread that closes it was interrupted (Ctrl-C, or a caller stopping the command), so that
   * none of them still writes to the build cache once the command has ended.
   */
  @Override
  public void close() {
    closed = true;
    boolean interrupted = Thread.interrupted();
    rebuilds.shutdownNow();
    interrupted |= awaitStopped(rebuilds); // the watcher is replaced on that thread
    checks.shutdownNow();
    interrupted |= awaitStopped(checks);
    closeQuietly(watcher);
    server.close();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits up to 5 s for {@code pool}'s threads to end; true when this thread was interrupted meanwhile. */
  private static boolean awaitStopped(ExecutorService pool) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    boolean interrupted = false;
    while (true) {
      try {
        pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        return interrupted;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
  }
}
