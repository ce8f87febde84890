package org.explainer.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.explainer.concurrent.Workers;
import org.explainer.output.SiteWriter;
import org.explainer.site.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stamp's check of the output folder ({@link BuildStamp#outputsIn}): a folder whose time vouches for
 * its entries is not listed, so every change made by hand must still show, through a file's size or
 * time or a folder's time.
 */
class BuildStampTest {
  @TempDir
  Path dir;

  private static final FileTime LONG_AGO = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);

  /** A stamp of {@code out} whose folders' times are old enough to vouch for their entries, and that vouches. */
  private BuildStamp stampOf(Path out) throws IOException {
    try (Stream<Path> all = Files.walk(out)) {
      for (Path p : all.toList()) {
        Files.setLastModifiedTime(p, LONG_AGO);
      }
    }
    Map<String, BuildStamp.Seen> outputs;
    try (Workers workers = Workers.of(2)) {
      outputs = BuildStamp.outputs(out, workers).orElseThrow();
    }
    assertThat(outputs.get("")).isEqualTo(new BuildStamp.Seen(BuildStamp.Seen.FOLDER, LONG_AGO.to(TimeUnit.NANOSECONDS)));
    assertThat(outputs).containsKeys("index.html", "entries/", "entries/a/", "entries/a/index.html");
    BuildStamp stamp = new BuildStamp(Map.of(), "", outputs, new BuildStamp.Told(0, 0, 0, List.of(), List.of()));
    assertThat(BuildStamp.parse(stamp.bytes())).contains(stamp);
    return stamp;
  }

  /**
   * After a commit, the stamp's listing is the old one with what the commit changed looked at again,
   * and a touched folder is listed as well: a file put there by hand while the build ran (the lock
   * keeps other builds out, not other hands) is not hidden behind the folder's new time, and the
   * listing is then made by looking at the whole folder. A commit with no such file gives what a look
   * at the whole folder gives.
   */
  @ParameterizedTest(name = "a file put there by hand: {0}")
  @ValueSource(booleans = {false, true})
  void theListingAfterACommitIsWhatTheFolderHolds(boolean stray) throws IOException {
    Path out = dir.resolve("site");
    SiteWriter.replace(out, List.of(page("index.html", "home"), page("entries/a/index.html", "a"),
        page("entries/b/index.html", "b")), List.of());
    Map<String, BuildStamp.Seen> before = stampOf(out).outputs();
    Optional<Map<String, BuildStamp.Seen>> after;
    try (Workers workers = Workers.of(2);
        SiteWriter.Held held = SiteWriter.hold(out, List.of()).orElseThrow()) {
      try (SiteWriter.Staging staging = held.stage(List.of(), workers, Optional.of(BuildStamp.listing(before)))) {
        staging.write(page("index.html", "home"));
        staging.write(page("entries/a/index.html", "a, edited"));
        staging.write(page("entries/c/index.html", "c"));
        assertThat(staging.keep("entries/b/index.html")).isTrue();
        if (stray) {
          Files.writeString(out.resolve("entries/a/notes.txt"), "put there by hand");
        }
        staging.commit();
        // the folders' times are as old as a long commit's, too old to be taken as too new
        for (String folder : List.of("", "entries", "entries/a", "entries/c")) {
          Files.setLastModifiedTime(out.resolve(folder), LONG_AGO);
        }
        after = BuildStamp.outputsAfter(out, before, staging.committed().orElseThrow(), workers);
      }
      if (stray) {
        assertThat(after).as("a touched folder that holds a name the commit did not leave there").isEmpty();
      } else {
        assertThat(after).contains(BuildStamp.outputs(out, workers).orElseThrow());
      }
    }
  }

  private static OutputFile page(String path, String text) {
    return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path site() throws IOException {
    Path out = dir.resolve("site");
    Files.createDirectories(out.resolve("entries/a"));
    Files.createDirectories(out.resolve("entries/b"));
    Files.writeString(out.resolve("index.html"), "home");
    Files.writeString(out.resolve("entries/a/index.html"), "a");
    Files.writeString(out.resolve("entries/b/index.html"), "b");
    return out;
  }

  private static Optional<Map<String, BuildStamp.Seen>> check(BuildStamp stamp, Path out) {
    try (Workers workers = Workers.of(2)) {
      return stamp.outputsIn(out, workers);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"file added", "folder added", "file deleted", "folder deleted", "file edited", "file replaced by a folder",
      "folder replaced by a file", "file renamed"})
  void everyChangeByHandShows(String change) throws IOException {
    Path out = site();
    BuildStamp stamp = stampOf(out);
    assertThat(check(stamp, out)).contains(stamp.outputs());
    Map<String, Consumer<Path>> changes = Map.of(
        "file added", o -> write(o.resolve("entries/a/stray.txt"), "x"),
        "folder added", o -> mkdir(o.resolve("entries/a/more")),
        "file deleted", o -> delete(o.resolve("entries/b/index.html")),
        "folder deleted", o -> {
          delete(o.resolve("entries/b/index.html"));
          delete(o.resolve("entries/b"));
        },
        "file edited", o -> write(o.resolve("entries/a/index.html"), "A"),
        "file replaced by a folder", o -> {
          delete(o.resolve("entries/a/index.html"));
          mkdir(o.resolve("entries/a/index.html"));
        },
        "folder replaced by a file", o -> {
          delete(o.resolve("entries/b/index.html"));
          delete(o.resolve("entries/b"));
          write(o.resolve("entries/b"), "b");
        },
        "file renamed", o -> {
          try {
            Files.move(o.resolve("entries/a/index.html"), o.resolve("entries/a/index.htm"));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    changes.get(change).accept(out);
    assertThat(check(stamp, out)).as(change).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aFolderTooNewToVouchIsListedAndVouchesLater(boolean strayAdded) throws IOException {
    Path out = site();
    BuildStamp old = stampOf(out);
    // as just after a build: the folder's time is too close to now to vouch for what it holds (a minute
    // ahead, so that a slow machine cannot make it old enough before it is looked at)
    Files.setLastModifiedTime(out.resolve("entries/a"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    Map<String, BuildStamp.Seen> outputs;
    try (Workers workers = Workers.of(2)) {
      outputs = BuildStamp.outputs(out, workers).orElseThrow();
    }
    assertThat(outputs.get("entries/a/").modified()).isEqualTo(BuildStamp.FileState.RACY);
    BuildStamp stamp = old.withFound(Map.of(), outputs);
    FileTime time = Files.getLastModifiedTime(out.resolve("entries/a"));
    if (strayAdded) {
      write(out.resolve("entries/a/stray.txt"), "x");
      Files.setLastModifiedTime(out.resolve("entries/a"), time); // a file system that keeps whole seconds
      assertThat(check(stamp, out)).isEmpty();
    } else {
      Files.setLastModifiedTime(out.resolve("entries/a"), LONG_AGO); // later, when the time vouches
      assertThat(check(stamp, out).orElseThrow().get("entries/a/").modified()).isEqualTo(LONG_AGO.to(TimeUnit.NANOSECONDS));
    }
  }

  @Test
  void aTimeVouchesOnceItIsOlderThanATickOfItsClock() {
    long second = 1_000_000_000L;
    long now = 1_733_400_000L * second + 500_000_000L;
    // whole seconds: a clock that ticks once a second, so up to 3 s is too close
    assertThat(BuildStamp.vouched(now - now % second - 2 * second, now)).isEqualTo(BuildStamp.FileState.RACY);
    assertThat(BuildStamp.vouched(now - now % second - 4 * second, now)).isEqualTo(now - now % second - 4 * second);
    // a fraction of a second: a clock of a few milliseconds, so up to 100 ms is too close
    assertThat(BuildStamp.vouched(now - 50_000_000L, now)).isEqualTo(BuildStamp.FileState.RACY);
    assertThat(BuildStamp.vouched(now - 200_000_000L, now)).isEqualTo(now - 200_000_000L);
    // a time ahead of now (another machine's clock) never vouches
    assertThat(BuildStamp.vouched(now + 10 * second + 1, now)).isEqualTo(BuildStamp.FileState.RACY);
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void mkdir(Path folder) {
    try {
      Files.createDirectory(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
