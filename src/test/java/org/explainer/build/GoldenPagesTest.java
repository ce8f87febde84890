package org.explainer.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.explainer.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden-file tests: the minimal fixture site is built with the real templates and each page type is
 * compared byte for byte with the file under {@code src/test/resources/golden/}; the same site with its
 * Ukrainian translation, under {@code golden/translated/}. After a deliberate change to templates or
 * rendering, regenerate with {@code mvn test -Dtest=GoldenPagesTest -Dgolden.update=true} and review the
 * diff.
 */
class GoldenPagesTest {
  private static final Path GOLDEN = TestSites.ROOT.resolve("src/test/resources/golden");
  @TempDir static Path tmp;
  private static Map<String, byte[]> built;
  private static Map<String, byte[]> translated;

  @BeforeAll
  static void build() {
    BuildOptions options = TestSites.minimalCopy(tmp.resolve("minimal"));
    new Pipeline(options).build();
    built = TestSites.files(options.output());
    BuildOptions withTranslation = TestSites.translatedCopy(tmp.resolve("translated"));
    new Pipeline(withTranslation).build();
    translated = TestSites.files(withTranslation.output());
  }

  static Stream<Arguments> translatedPages() {
    return Stream.of(
            "index.html",
            "articles/first-note/index.html",
            "robots.txt",
            "uk/index.html",
            "uk/articles/first-note/index.html",
            "uk/articles/board-reply/index.html",
            "uk/actors/index.html",
            "uk/actors/ada/index.html",
            "uk/timeline/index.html",
            "uk/glossary/index.html",
            "uk/tags/index.html",
            "uk/positions/index.html",
            "uk/sources/index.html",
            "uk/search/index.html",
            "uk/about/index.html",
            "uk/404.html",
            "uk/feed.xml",
            "uk/sitemap.xml")
        .map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("translatedPages")
  void translatedPageMatchesItsGoldenFile(String path) throws IOException {
    compare(GOLDEN.resolve("translated").resolve(path), translated.get(path), path);
  }

  static Stream<Arguments> pages() {
    return Stream.of(
            "index.html",
            "articles/first-note/index.html",
            "articles/board-reply/index.html",
            "actors/index.html",
            "actors/ada/index.html",
            "timeline/index.html",
            "glossary/index.html",
            "tags/index.html",
            "tags/alpha/index.html",
            "about/index.html",
            "positions/index.html",
            "sources/index.html",
            "search/index.html",
            "feed.xml",
            "sitemap.xml",
            "robots.txt",
            "404.html")
        .map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("pages")
  void pageMatchesItsGoldenFile(String path) throws IOException {
    compare(GOLDEN.resolve(path), built.get(path), path);
  }

  private static void compare(Path golden, byte[] bytes, String path) throws IOException {
    assertThat(bytes).as("the build has no %s", path).isNotNull();
    String actual = new String(bytes, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual);
    }
    assertThat(golden).as("golden file for %s (create it with -Dgolden.update=true)", path).exists();
    assertThat(actual).isEqualTo(Files.readString(golden));
  }
}
