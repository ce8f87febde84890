package org.explainer.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.explainer.TestSites;
import org.explainer.concurrent.Workers;
import org.explainer.diagnostic.ContentException;
import org.explainer.site.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
  @TempDir Path tmp;

  private static OutputFile file(String path, String text) {
    return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void replacesTheOutputFolderAndRemovesStaleFiles() throws Exception {
    Path out = tmp.resolve("site");
    SiteWriter.replace(out, List.of(file("index.html", "one"), file("old/index.html", "stale")), List.of());
    SiteWriter.replace(out, List.of(file("index.html", "two"), file("a/b/index.html", "new")), List.of());
    assertThat(TestSites.files(out).keySet()).containsExactly(SiteWriter.MARKER, "a/b/index.html", "index.html");
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("two");
    assertThat(leftovers()).isEmpty();
  }

  /** Issue 27: a rebuild rewrites only the files whose bytes changed, so an unchanged file keeps its time (rsync, CDN uploads). */
  @Test
  void aRebuildLeavesUnchangedFilesAloneAndReplacesOnlyWhatChanged() throws Exception {
    Path out = tmp.resolve("site");
    SiteWriter.replace(out, List.of(file("index.html", "same"), file("a/index.html", "old"), file("b/index.html", "gone")), List.of());
    FileTime long_ago = FileTime.fromMillis(1_000_000_000_000L);
    for (String path : List.of("index.html", "a/index.html", SiteWriter.MARKER)) {
      Files.setLastModifiedTime(out.resolve(path), long_ago);
    }
    Object sameFile = Files.readAttributes(out.resolve("index.html"), BasicFileAttributes.class).fileKey();
    int changed;
    try (SiteWriter.Staging staging = SiteWriter.stage(out, List.of())) {
      staging.write(file("index.html", "same"));
      staging.write(file("a/index.html", "new"));
      staging.write(file("c/d/index.html", "added"));
      changed = staging.changedFiles();
      assertThat(Files.readString(out.resolve("a/index.html"))).as("nothing changes before the commit").isEqualTo("old");
      staging.commit();
    }
    assertThat(changed).isEqualTo(2);
    assertThat(TestSites.files(out).keySet()).containsExactly(SiteWriter.MARKER, "a/index.html", "c/d/index.html", "index.html");
    assertThat(Files.getLastModifiedTime(out.resolve("index.html"))).isEqualTo(long_ago);
    assertThat(Files.getLastModifiedTime(out.resolve(SiteWriter.MARKER))).isEqualTo(long_ago);
    assertThat(Files.readAttributes(out.resolve("index.html"), BasicFileAttributes.class).fileKey()).isEqualTo(sameFile);
    assertThat(Files.readString(out.resolve("a/index.html"))).isEqualTo("new");
    assertThat(out.resolve("b")).as("a folder left empty goes too").doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  /**
   * A build that looked at the output folder under its lock stages with what it saw, and learns from
   * the commit what changed: every file and folder there is now, the files moved in, and each folder
   * that gained or lost an entry (the only ones whose time can have changed), which a build keeps in its
   * stamp without looking at the whole folder again.
   */
  @Test
  void aStagingUnderAHeldLockTakesWhatTheFolderHoldsAndTellsWhatTheCommitChanged() throws Exception {
    Path out = tmp.resolve("site");
    SiteWriter.replace(out, List.of(file("index.html", "same"), file("a/index.html", "old"), file("b/c/index.html", "gone"),
        file("d/index.html", "kept")), List.of());
    SiteWriter.Listing listing = new SiteWriter.Listing(Map.of("index.html", 4L, "a/index.html", 3L, "b/c/index.html", 4L,
        "d/index.html", 4L, SiteWriter.MARKER, (long) Files.size(out.resolve(SiteWriter.MARKER))), Set.of("a", "b", "b/c", "d"));
    try (SiteWriter.Held held = SiteWriter.hold(out, List.of()).orElseThrow()) {
      try (Workers workers = Workers.of(2); SiteWriter.Staging staging = held.stage(List.of(), workers, Optional.of(listing))) {
        staging.write(file("index.html", "same"));
        staging.write(file("a/index.html", "new"));
        staging.write(file("e/f/index.html", "added"));
        assertThat(staging.keep("d/index.html")).isTrue();
        staging.commit();
        SiteWriter.Committed committed = staging.committed().orElseThrow();
        assertThat(committed.files()).isEqualTo(TestSites.files(out).keySet());
        assertThat(committed.folders()).containsExactlyInAnyOrder("a", "d", "e", "e/f");
        assertThat(committed.moved()).containsExactlyInAnyOrder("a/index.html", "e/f/index.html");
        assertThat(committed.touched()).containsExactlyInAnyOrder("", "a", "e", "e/f");
      }
      assertThatThrownBy(() -> SiteWriter.stage(out, List.of(), Duration.ofMillis(100))).as("the staging leaves the lock held")
          .isInstanceOf(ContentException.class).hasMessageContaining("another build");
    }
    assertThat(TestSites.files(out).keySet()).containsExactlyInAnyOrder(SiteWriter.MARKER, "index.html", "a/index.html", "d/index.html",
        "e/f/index.html");
    Path none = tmp.resolve("not/yet/site");
    assertThat(SiteWriter.hold(none, List.of())).as("a folder not made yet has nothing to look at: no lock, no folder made").isEmpty();
    assertThat(tmp.resolve("not")).doesNotExist();
  }

  /** A file of the same size but other bytes is replaced: the comparison is of bytes, never of sizes or times. */
  @Test
  void aFileOfTheSameSizeWithOtherBytesIsReplaced() throws Exception {
    Path out = tmp.resolve("site");
    SiteWriter.replace(out, List.of(file("index.html", "abc")), List.of());
    SiteWriter.replace(out, List.of(file("index.html", "abd")), List.of());
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("abd");
  }

  /** Where the old site had a folder a file now goes, or a file where a folder goes, or a link anywhere, the new site wins and no link is followed. */
  @Test
  void aRebuildReplacesFoldersFilesAndLinksThatStandInTheWay() throws Exception {
    Path out = tmp.resolve("site");
    SiteWriter.replace(out, List.of(file("x/index.html", "folder"), file("y", "file")), List.of());
    Path victim = Files.createDirectories(tmp.resolve("victim"));
    Files.writeString(victim.resolve("keep.txt"), "keep");
    Files.createSymbolicLink(out.resolve("z"), victim);
    SiteWriter.replace(out, List.of(file("x", "now a file"), file("y/index.html", "now a folder"), file("z/index.html", "not through the link")), List.of());
    assertThat(TestSites.files(out)).containsOnlyKeys(SiteWriter.MARKER, "x", "y/index.html", "z/index.html");
    assertThat(Files.isSymbolicLink(out.resolve("z"))).isFalse();
    assertThat(TestSites.files(victim)).containsOnlyKeys("keep.txt");
  }

  /** A marker someone deleted is written again; everything else the build did not write goes. */
  @Test
  void aRebuildRestoresTheMarkerAndRemovesFilesItDidNotWrite() throws Exception {
    Path out = tmp.resolve("site");
    SiteWriter.replace(out, List.of(file("index.html", "x")), List.of());
    Files.writeString(out.resolve("stray.txt"), "left by hand");
    SiteWriter.replace(out, List.of(file("index.html", "x")), List.of());
    Files.delete(out.resolve(SiteWriter.MARKER));
    Files.writeString(out.resolve("index.html"), "edited by hand");
    // no marker, but not empty: refused, as before
    assertThatThrownBy(() -> SiteWriter.replace(out, List.of(file("index.html", "x")), List.of())).hasMessageContaining("was not made by a build");
    Files.writeString(out.resolve(SiteWriter.MARKER), "");
    SiteWriter.replace(out, List.of(file("index.html", "x")), List.of());
    assertThat(TestSites.files(out).keySet()).containsExactly(SiteWriter.MARKER, "index.html");
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("x");
    assertThat(Files.readString(out.resolve(SiteWriter.MARKER))).startsWith("This folder is made by");
  }

  @Test
  void refusesToWriteOutsideTheOutputFolder() {
    Path out = tmp.resolve("site");
    assertThatThrownBy(() -> SiteWriter.replace(out, List.of(file("../escape.html", "x")), List.of()))
        .isInstanceOf(ContentException.class)
        .hasMessageContaining("outside the output folder");
    assertThat(tmp.resolve("escape.html")).doesNotExist();
    assertThat(out).doesNotExist();
  }

  @Test
  void refusesToReplaceAFolderThatIsNotAPreviousBuild() throws Exception {
    Path out = tmp.resolve("precious");
    Files.createDirectories(out);
    Files.writeString(out.resolve("thesis.txt"), "years of work");
    assertThatThrownBy(() -> SiteWriter.replace(out, List.of(file("index.html", "x")), List.of()))
        .hasMessageContaining("was not made by a build");
    assertThat(Files.readString(out.resolve("thesis.txt"))).isEqualTo("years of work");
  }

  @Test
  void refusesAnOutputFolderThatContainsTheContent() throws Exception {
    Path content = tmp.resolve("content");
    Files.createDirectories(content);
    assertThatThrownBy(() -> SiteWriter.replace(tmp, List.of(file("index.html", "x")), List.of(content)))
        .hasMessageContaining("which the build would delete");
    assertThat(content).exists();
  }

  @Test
  void refusesTwoFilesAtTheSamePathAndLeavesThePreviousSite() throws Exception {
    Path out = tmp.resolve("site");
    SiteWriter.replace(out, List.of(file("index.html", "good")), List.of());
    assertThatThrownBy(() -> SiteWriter.replace(out, List.of(file("a.html", "1"), file("a.html", "2")), List.of()))
        .hasMessageContaining("two pages would be written to a.html");
    assertThat(TestSites.files(out).keySet()).containsExactly(SiteWriter.MARKER, "index.html");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void stagesFilesWrittenFromSeveralThreadsAndSwapsThemInOnCommit() throws Exception {
    Path out = tmp.resolve("site");
    SiteWriter.replace(out, List.of(file("index.html", "old"), file("gone/index.html", "stale")), List.of());
    try (SiteWriter.Staging staging = SiteWriter.stage(out, List.of())) {
      java.util.stream.IntStream.range(0, 200).parallel()
          .forEach(i -> staging.write(file("articles/e" + i + "/index.html", "entry " + i)));
      staging.write(file("index.html", "new"));
      assertThat(Files.readString(out.resolve("index.html"))).as("the old site is served until the commit").isEqualTo("old");
      staging.commit();
    }
    assertThat(TestSites.files(out)).hasSize(202).doesNotContainKey("gone/index.html");
    assertThat(Files.readString(out.resolve("articles/e42/index.html"))).isEqualTo("entry 42");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aStagingFolderClosedWithoutACommitLeavesThePreviousSiteUntouched() throws Exception {
    Path out = tmp.resolve("site");
    SiteWriter.replace(out, List.of(file("index.html", "old")), List.of());
    try (SiteWriter.Staging staging = SiteWriter.stage(out, List.of())) {
      staging.write(file("index.html", "half a build"));
      assertThatThrownBy(() -> staging.write(file("index.html", "twice")))
          .isInstanceOf(ContentException.class)
          .hasMessageContaining("two pages would be written to index.html");
    }
    assertThat(TestSites.files(out).keySet()).containsExactly(SiteWriter.MARKER, "index.html");
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("old");
    assertThat(leftovers()).isEmpty();
  }

  /** The staging and previous-site folders beside the output folder, and anything else but the lock file. */
  private List<String> leftovers() throws java.io.IOException {
    try (var list = Files.list(tmp)) {
      return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.") && !n.equals(".site.lock")).toList();
    }
  }

  /** Threat: a folder of notes and a .git that happens to hold an index.html is deleted as if it were a previous build. */
  @Test
  void neverReplacesAFolderThatAnotherBuildDidNotMakeWhateverItHolds() throws Exception {
    Path out = tmp.resolve("notes");
    Files.createDirectories(out.resolve(".git"));
    Files.writeString(out.resolve("index.html"), "<h1>my notes</h1>");
    Files.writeString(out.resolve(".git/HEAD"), "ref: refs/heads/main");
    assertThatThrownBy(() -> SiteWriter.replace(out, List.of(file("index.html", "x")), List.of()))
        .hasMessageContaining("the output folder is not empty and was not made by a build (it has no .explainer-build file)");
    assertThat(TestSites.files(out).keySet()).containsExactly(".git/HEAD", "index.html");
    SiteWriter.replace(tmp.resolve("fresh"), List.of(file("index.html", "x")), List.of());
    SiteWriter.replace(tmp.resolve("fresh"), List.of(file("index.html", "y")), List.of());
    assertThat(Files.readString(tmp.resolve("fresh").resolve(SiteWriter.MARKER))).startsWith("This folder is made by 'explainer build'");
  }

  /** Threat: an output path through a symbolic link (or with '..') over the project deletes content, templates and .git. */
  @Test
  void judgesTheOutputByItsRealPath() throws Exception {
    Path project = Files.createDirectories(tmp.resolve("project"));
    Path content = Files.createDirectories(project.resolve("content"));
    Path templates = Files.createDirectories(project.resolve("templates"));
    Files.writeString(content.resolve("site.yaml"), "title: x");
    Path link = Files.createSymbolicLink(tmp.resolve("innocent"), project);
    List<Path> kept = List.of(content, templates);
    assertThatThrownBy(() -> SiteWriter.replace(link, List.of(file("index.html", "x")), kept))
        .hasMessageContaining("contains " + project.toRealPath().resolve("content"));
    assertThatThrownBy(() -> SiteWriter.replace(tmp.resolve("innocent/content/../site/.."), List.of(file("index.html", "x")), kept))
        .hasMessageContaining("which the build would delete");
    assertThat(content.resolve("site.yaml")).exists();
  }

  /** Threat: an output inside content/ or templates/ is read back as content (or published as an asset) and grows on every build. */
  @Test
  void refusesAnOutputInsideTheContentOrTheTemplates() throws Exception {
    Path content = Files.createDirectories(tmp.resolve("content"));
    Path templates = Files.createDirectories(tmp.resolve("templates"));
    for (Path out : List.of(content.resolve("site"), templates.resolve("assets/site"))) {
      assertThatThrownBy(() -> SiteWriter.replace(out, List.of(file("index.html", "x")), List.of(content, templates)))
          .as("%s", out).hasMessageContaining("is inside");
      assertThat(out).doesNotExist();
    }
  }

  /** Threat: a killed build leaves its staging folder behind; it is removed by the next build, and only if its process is gone. */
  @Test
  void removesWhatKilledBuildsLeftBehindAndNothingElse() throws Exception {
    Path out = tmp.resolve("site");
    Path dead = Files.createDirectories(tmp.resolve(".site.staging-999999999-abc123/articles"));
    Files.writeString(dead.resolve("x.html"), "half");
    Path alive = Files.createDirectories(tmp.resolve(".site.staging-" + ProcessHandle.current().pid() + "-def456"));
    Path other = Files.createDirectories(tmp.resolve(".site.staging-notes"));
    Path victim = Files.createDirectories(tmp.resolve("victim"));
    Files.writeString(victim.resolve("keep.txt"), "keep");
    Files.createSymbolicLink(tmp.resolve(".site.previous-999999998-abc"), victim);
    SiteWriter.replace(out, List.of(file("index.html", "x")), List.of());
    assertThat(tmp.resolve(".site.staging-999999999-abc123")).doesNotExist();
    assertThat(tmp.resolve(".site.previous-999999998-abc")).doesNotExist();
    assertThat(alive).exists();
    assertThat(other).exists();
    assertThat(victim.resolve("keep.txt")).as("a link is deleted, never followed").exists();
  }

  /** Threat: two builds at once delete each other's staging folder and leave a site with a fraction of its files, both reporting success. */
  @Test
  void aSecondBuildWaitsForTheFirstOrStopsNamingIt() throws Exception {
    Path out = tmp.resolve("site");
    try (SiteWriter.Staging first = SiteWriter.stage(out, List.of())) {
      first.write(file("index.html", "first"));
      assertThatThrownBy(() -> SiteWriter.stage(out, List.of(), java.time.Duration.ofMillis(200)))
          .isInstanceOf(ContentException.class)
          .hasMessageContaining("another build (process " + ProcessHandle.current().pid() + ", this one) has been writing this output folder");
      java.util.concurrent.CompletableFuture<Void> second = java.util.concurrent.CompletableFuture.runAsync(() -> {
        try (SiteWriter.Staging staging = SiteWriter.stage(out, List.of(), java.time.Duration.ofSeconds(30))) {
          staging.write(file("index.html", "second"));
          staging.commit();
        }
      });
      Thread.sleep(300);
      assertThat(second).as("the second build waits while the first holds the folder").isNotDone();
      first.commit();
    }
    java.util.concurrent.CompletableFuture.allOf().get();
    awaitFile(out.resolve("index.html"), "second");
    assertThat(TestSites.files(out).keySet()).containsExactly(SiteWriter.MARKER, "index.html");
    assertThat(leftovers()).isEmpty();
  }

  /** The lock holds across processes, and the message names the process that holds it. */
  @Test
  void theLockNamesAnotherProcessThatHoldsIt() throws Exception {
    Path out = tmp.resolve("site");
    // our classes alone: a long class path would not fit in the command line the system reports
    String classPath = Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator + Path.of("target", "test-classes").toAbsolutePath();
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        classPath, LockHolder.class.getName(), out.toString()).redirectErrorStream(true).start();
    try {
      assertThat(new String(holder.getInputStream().readNBytes("locked\n".length()), StandardCharsets.UTF_8)).isEqualTo("locked\n");
      assertThatThrownBy(() -> SiteWriter.stage(out, List.of(), java.time.Duration.ofMillis(300)))
          .hasMessageContaining("another build (process " + holder.pid() + ": ")
          .hasMessageContaining(LockHolder.class.getName());
    } finally {
      holder.getOutputStream().close();
      assertThat(holder.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }
    SiteWriter.replace(out, List.of(file("index.html", "x")), List.of());
    assertThat(out.resolve("index.html")).exists();
  }

  private static void awaitFile(Path file, String text) throws Exception {
    for (int i = 0; i < 300 && !(Files.exists(file) && Files.readString(file).equals(text)); i++) {
      Thread.sleep(100);
    }
    assertThat(Files.readString(file)).isEqualTo(text);
  }
}
