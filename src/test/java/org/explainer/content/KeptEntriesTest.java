package org.explainer.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.explainer.TestSites;
import org.explainer.cache.BuildCache;
import org.explainer.diagnostic.Problem;
import org.explainer.diagnostic.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entry files kept in the build cache: a file whose bytes the caller already knows (the build stamp's
 * hash) and the cache keeps is taken from the cache without being read; any other is read.
 */
class KeptEntriesTest {
  private static final String ENTRY = "articles/board-reply.md";

  @TempDir Path tmp;

  private Path content;
  private BuildCache cache;

  private void site() {
    content = tmp.resolve("content");
    TestSites.copyTree(TestSites.MINIMAL.resolve("content"), content);
    cache = BuildCache.open(tmp.resolve("cache"), "test", notice -> {});
  }

  private String dek(ContentLoader loader) {
    Problems problems = new Problems();
    Library library = loader.load(content, problems).orElseThrow();
    assertThat(problems.all()).noneMatch(Problem::isError);
    return library.articles().stream().filter(a -> a.file().endsWith(ENTRY)).findFirst().orElseThrow().dek();
  }

  private String sha() throws IOException {
    return BuildCache.hash(Files.readAllBytes(content.resolve(ENTRY)));
  }

  private void editDek() throws IOException {
    Path file = content.resolve(ENTRY);
    String text = Files.readString(file);
    String dek = text.lines().filter(l -> l.startsWith("dek:")).findFirst().orElseThrow();
    Files.writeString(file, text.replace(dek, "dek: \"A dek written after the hash was taken.\""));
  }

  @Test
  void aKnownFileTheCacheKeepsIsNotReadAgain() throws IOException {
    site();
    String before = dek(new ContentLoader(cache));
    String known = sha();
    editDek();
    // the bytes given as known are those the cache kept: the file itself is not read, so the old dek stands
    assertThat(dek(new ContentLoader(cache, Map.of(ENTRY, known)))).isEqualTo(before);
    // without them, or with the file's real hash, the file is read
    assertThat(dek(new ContentLoader(cache))).isEqualTo("A dek written after the hash was taken.");
    assertThat(dek(new ContentLoader(cache, Map.of(ENTRY, sha())))).isEqualTo("A dek written after the hash was taken.");
  }

  @Test
  void aKnownFileTheCacheDoesNotKeepIsRead() throws IOException {
    site();
    String known = sha();
    editDek();
    // nothing kept yet under the known hash: the file is read, and kept under its own bytes
    assertThat(dek(new ContentLoader(cache, Map.of(ENTRY, known)))).isEqualTo("A dek written after the hash was taken.");
    assertThat(dek(new ContentLoader(BuildCache.none(), Map.of(ENTRY, known)))).isEqualTo("A dek written after the hash was taken.");
    try (var kept = Files.walk(tmp.resolve("cache").resolve(ContentLoader.CACHE))) {
      assertThat(kept.filter(Files::isRegularFile).toList()).hasSize(
          (int) Files.list(content.resolve("articles")).filter(f -> f.toString().endsWith(".md")).count());
    }
  }

  @Test
  void hashesAreKnownByThePathInTheContentFolder() throws IOException {
    site();
    dek(new ContentLoader(cache));
    String known = sha();
    editDek();
    // another path's hash says nothing of this file
    assertThat(dek(new ContentLoader(cache, Map.of("articles/other.md", known, "board-reply.md", known))))
        .isEqualTo("A dek written after the hash was taken.");
  }
}
