package org.explainer.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.explainer.TestSites;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Problem;
import org.explainer.site.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {
  @TempDir Path tmp;

  @Test
  void buildsEveryPageOfTheMinimalSite() {
    BuildOptions options = TestSites.minimalCopy(tmp);
    BuildReport report = new Pipeline(options).build();
    assertThat(report.articles()).isEqualTo(2);
    assertThat(TestSites.files(options.output()).keySet())
        .contains("index.html", "404.html", "articles/first-note/index.html", "articles/board-reply/index.html",
            "actors/index.html", "actors/ada/index.html", "actors/board/index.html", "timeline/index.html",
            "glossary/index.html", "tags/index.html", "tags/alpha/index.html", "tags/beta/index.html", "about/index.html")
        .doesNotContain("overview/index.html");
    assertThat(report.steps()).extracting(BuildReport.Step::name)
        .containsExactly("load", "load assets", "validate", "provenance", "markdown", "assemble", "render", "write");
    assertThat(new Pipeline(TestSites.translatedCopy(tmp.resolve("translated"))).build().steps()).extracting(BuildReport.Step::name)
        .containsExactly("load", "load assets", "validate", "translations", "provenance", "markdown", "assemble", "render", "write");
  }

  /**
   * An error in the original is reported alone: the translation, read onto the original, would only
   * echo it (its items "not in the original" when a file of the original does not parse, a misspelt id
   * offered as the one to copy).
   */
  @Test
  void anErrorInTheOriginalIsNotEchoedByTheTranslation() throws Exception {
    BuildOptions options = TestSites.translatedCopy(tmp);
    Path actors = options.content().resolve("actors.yaml");
    Files.writeString(actors, Files.readString(actors).replace("name: \"Ada Lovelace\"", "name: \"Ada Lovelace"));
    org.explainer.diagnostic.ContentException broken = org.junit.jupiter.api.Assertions.assertThrows(
        org.explainer.diagnostic.ContentException.class, () -> new Pipeline(options).check());
    assertThat(broken.problems()).isNotEmpty().allMatch(p -> p.at().file().equals(actors), "is about content/actors.yaml");

    Files.writeString(actors, Files.readString(actors).replace("name: \"Ada Lovelace", "name: \"Ada Lovelace\""));
    Path entry = options.content().resolve("articles/2021-03-04-first-note.md");
    Files.writeString(entry, Files.readString(entry).replace("  - id: ada\n", "  - id: adda\n"));
    org.explainer.diagnostic.ContentException misspelt = org.junit.jupiter.api.Assertions.assertThrows(
        org.explainer.diagnostic.ContentException.class, () -> new Pipeline(options).check());
    assertThat(misspelt.problems()).isNotEmpty().allMatch(p -> p.at().file().equals(entry), "is about the English entry");
  }

  @Test
  void sameInputGivesByteIdenticalOutputWhateverTheLocaleAndTimeZone() {
    BuildOptions options = TestSites.minimalCopy(tmp);
    new Pipeline(options).build();
    Map<String, byte[]> first = TestSites.files(options.output());
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      new Pipeline(options).build();
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    Map<String, byte[]> second = TestSites.files(options.output());
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((path, bytes) -> assertThat(Arrays.equals(bytes, second.get(path))).as(path).isTrue());
  }

  @Test
  void anIncrementalRebuildAfterASummaryEditEqualsAFullBuild() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp).withDrafts(true);
    Pipeline pipeline = new Pipeline(options);
    Pipeline.SiteBuild first = pipeline.preview();
    Path entry = options.content().resolve("articles/board-reply.md");
    Files.writeString(entry, Files.readString(entry).replace("briefly.", "briefly, and the board said \"We are not convinced\"."));
    Pipeline.SiteBuild quick = pipeline.update(first, java.util.Set.of(entry)).orElseThrow();
    // made by the update: the entry's page; made again when first asked for: the search data (its
    // manifest and the fixture's one word and one document shard) and provenance.json
    assertThat(quick.report().pages()).as("the entry's page").isEqualTo(1);
    assertThat(List.of("search/index.js", "search/words-0.js", "search/docs-0.js", "provenance.json")).allSatisfy(path ->
        assertThat(quick.made().made(path)).as(path + " made anew when asked for").isFalse());
    assertSameFiles(quick, pipeline.preview());
    assertThat(quick.state().site().languages()).as("the search data is the last build's, patched").allMatch(Site::searchPatched);
  }

  /** With a translation: the edit makes the translation of the entry fall behind, and its page says so, as after a full build. */
  @Test
  void anIncrementalRebuildWithATranslationEqualsAFullBuild() throws Exception {
    BuildOptions options = TestSites.translatedCopy(tmp).withDrafts(true);
    Pipeline pipeline = new Pipeline(options);
    Pipeline.SiteBuild first = pipeline.preview();
    Path entry = options.content().resolve("articles/2021-03-04-first-note.md");
    Files.writeString(entry, Files.readString(entry).replace("See the [glossary]", "See also the [glossary]"));
    Pipeline.SiteBuild quick = pipeline.update(first, java.util.Set.of(entry)).orElseThrow();
    Map<String, byte[]> b = assertSameFiles(quick, pipeline.preview());
    assertThat(quick.state().site().languages()).as("the search data is the last build's, patched").allMatch(Site::searchPatched);
    assertThat(new String(b.get("uk/articles/first-note/index.html"), java.nio.charset.StandardCharsets.UTF_8))
        .contains("<p class=\"notice\">Англійський текст цієї сторінки змінився");
    // and it warns that the translation is out of date, as the full build does, once; the edit undone, no more
    Path translation = options.content().resolve("uk/articles/2021-03-04-first-note.md");
    List<Problem> full = pipeline.preview().report().warnings().stream().filter(p -> translation.equals(p.at().file())).toList();
    assertThat(full).extracting(Problem::message).containsExactly("the English text changed after this translation was made");
    assertThat(quick.report().warnings().stream().filter(p -> translation.equals(p.at().file())).toList()).isEqualTo(full);
    Files.writeString(entry, Files.readString(entry).replace("See also the [glossary]", "See the [glossary]"));
    Pipeline.SiteBuild undone = pipeline.update(quick, java.util.Set.of(entry)).orElseThrow();
    assertThat(undone.report().warnings()).noneMatch(p -> translation.equals(p.at().file()));
  }

  /**
   * A translation that still has the English text word for word is shown as not translated yet, on pages
   * that do not read the summary too: an edit of the English summary makes it a translation, so it needs
   * a full build.
   */
  @Test
  void anEditOfAnEntryATranslationCopiesNeedsAFullBuild() throws Exception {
    BuildOptions options = TestSites.translatedCopy(tmp);
    Path entry = TestSites.copiedTranslation(options.content());
    Pipeline pipeline = new Pipeline(options);
    Pipeline.SiteBuild first = pipeline.preview();
    Files.writeString(entry, Files.readString(entry).replace("briefly.", "briefly, at last."));
    assertThat(pipeline.update(first, java.util.Set.of(entry))).isEmpty();
  }

  /** Asserts that {@code quick} and {@code full} have the same files with the same text; returns {@code full}'s by path. */
  private static Map<String, byte[]> assertSameFiles(Pipeline.SiteBuild quick, Pipeline.SiteBuild full) {
    Map<String, byte[]> a = new java.util.TreeMap<>();
    quick.files().forEach(f -> a.put(f.path(), f.bytes()));
    Map<String, byte[]> b = new java.util.TreeMap<>();
    full.files().forEach(f -> b.put(f.path(), f.bytes()));
    assertThat(a.keySet()).isEqualTo(b.keySet());
    b.forEach((path, bytes) -> assertThat(new String(a.get(path), java.nio.charset.StandardCharsets.UTF_8)).as(path)
        .isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    return b;
  }

  /**
   * A folder of entries moved away, of which a watcher that hashes no file tells by the folder's path
   * alone, needs a full build, even when a summary edit is told with it.
   */
  @Test
  void aFolderOfEntriesMovedAwayNeedsAFullBuild() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp.resolve("site")).withDrafts(true);
    Pipeline pipeline = new Pipeline(options);
    Pipeline.SiteBuild first = pipeline.preparePreview();
    Path entry = options.content().resolve("articles/board-reply.md");
    Files.writeString(entry, Files.readString(entry).replace("briefly.", "briefly, at last."));
    assertThat(pipeline.update(first, java.util.Set.of(entry))).as("the summary edit alone").isPresent();
    Path articles = options.content().resolve("articles");
    Files.move(articles, tmp.resolve("moved"));
    assertThat(pipeline.update(first, java.util.Set.of(articles, entry))).isEmpty();
    assertThat(pipeline.update(first, java.util.Set.of(articles))).isEmpty();
  }

  @Test
  void aFrontMatterEditNeedsAFullBuild() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp).withDrafts(true);
    Pipeline pipeline = new Pipeline(options);
    Pipeline.SiteBuild first = pipeline.preview();
    Path entry = options.content().resolve("articles/board-reply.md");
    Files.writeString(entry, Files.readString(entry).replace("The board answers Ada.", "The board answers Ada at last."));
    assertThat(pipeline.update(first, java.util.Set.of(entry))).isEmpty();
    Path template = options.templates().resolve("article.ftlh");
    assertThat(pipeline.update(first, java.util.Set.of(template))).isEmpty();
  }

  @Test
  void checkWritesNothing() {
    BuildOptions options = TestSites.minimalCopy(tmp);
    BuildReport report = new Pipeline(options).check();
    assertThat(report.pages()).isGreaterThan(10);
    assertThat(options.output()).doesNotExist();
  }

  @Test
  void aFailedBuildLeavesThePreviousSiteUntouched() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    new Pipeline(options).build();
    Map<String, byte[]> before = TestSites.files(options.output());
    Files.writeString(options.content().resolve("actors.yaml"), "- id: ada\n  name: [broken\n");
    assertThatThrownBy(() -> new Pipeline(options).build()).isInstanceOf(ContentException.class);
    Map<String, byte[]> after = TestSites.files(options.output());
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((path, bytes) -> assertThat(Arrays.equals(bytes, after.get(path))).as(path).isTrue());
    try (var siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.staging") || n.startsWith(".site.previous")))
          .as("staging and previous-site folders").isEmpty();
    }
  }

  /**
   * Threat: two builds of the same output at once (two editors, a file watcher, a build beside serve)
   * shared one staging folder and deleted each other's: site/ was left with a fraction of its files and
   * both printed "Built …". Now the second waits for the first: both succeed, and the site is whole.
   */
  @Test
  void twoBuildsAtOnceBothSucceedAndLeaveTheWholeSite() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    new Pipeline(options).build();
    Map<String, byte[]> expected = TestSites.files(options.output());
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(3);
    List<java.util.concurrent.CompletableFuture<BuildReport>> builds = new java.util.ArrayList<>();
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(3);
    for (int i = 0; i < 3; i++) {
      builds.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
        try {
          start.await();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return new Pipeline(options, 1).build();
      }, threads));
    }
    try {
      for (var build : builds) {
        assertThat(build.get(120, java.util.concurrent.TimeUnit.SECONDS).pages()).isGreaterThan(10);
      }
    } finally {
      threads.shutdownNow();
    }
    Map<String, byte[]> after = TestSites.files(options.output());
    assertThat(after.keySet()).isEqualTo(expected.keySet());
    expected.forEach((path, bytes) -> assertThat(Arrays.equals(bytes, after.get(path))).as(path).isTrue());
  }

  @Test
  void draftsAreLeftOutUnlessAskedFor() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Path reply = options.content().resolve("articles/board-reply.md");
    Files.writeString(reply, Files.readString(reply).replace("tags: [alpha, beta]", "tags: [alpha, beta]\ndraft: true"));
    Path note = options.content().resolve("articles/2021-03-04-first-note.md");
    Files.writeString(note, Files.readString(note).replace("related: [board-reply]\n", "")
        .replace("replied in [its answer](board-reply.md)", "replied"));
    Path claims = options.content().resolve("claims.yaml");
    Files.writeString(claims, Files.readString(claims).replace("[board-reply, first-note]", "[first-note]"));
    Path positions = options.content().resolve("positions.yaml");
    Files.writeString(positions, Files.readString(positions).replace("[first-note, board-reply]", "[first-note]"));
    Path overview = options.content().resolve("pages/overview.md");
    Files.writeString(overview, Files.readString(overview).replace("[the reply](../articles/board-reply.md)", "the reply"));
    assertThat(new Pipeline(options).build().articles()).isEqualTo(1);
    assertThat(options.output().resolve("articles/board-reply")).doesNotExist();
    BuildOptions withDrafts = new BuildOptions(options.content(), options.templates(), tmp.resolve("preview"), true);
    assertThat(new Pipeline(withDrafts).build().articles()).isEqualTo(2);
    assertThat(Files.readString(withDrafts.output().resolve("articles/board-reply/index.html"))).contains("Draft");
  }
}
