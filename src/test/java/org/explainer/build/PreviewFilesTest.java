package org.explainer.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.explainer.TestSites;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Problem;
import org.explainer.output.SiteWriter;
import org.explainer.site.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's files, each made when first asked for: the same bytes as a preview that makes them all
 * first, the same errors, found where a page is asked for and by the check of every page.
 */
class PreviewFilesTest {
  @TempDir Path tmp;

  private static Map<String, byte[]> byPath(List<OutputFile> files) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    files.forEach(f -> out.put(f.path(), f.bytes()));
    return out;
  }

  @Test
  void filesMadeAsTheyAreAskedForAreThoseOfABuild() {
    BuildOptions options = TestSites.translatedCopy(tmp);
    new Pipeline(options).build();
    Map<String, byte[]> built = TestSites.files(options.output());

    PreviewFiles made = new Pipeline(options).preparePreview().made();
    assertThat(made.paths()).containsExactlyInAnyOrderElementsOf(built.keySet().stream().filter(p -> !p.equals(SiteWriter.MARKER)).toList());
    // a few asked for first, in an order of their own, then the rest made as serve's check makes them
    for (String path : List.of("uk/glossary/index.html", "search/words-0.js", "articles/board-reply/share.png", "index.html")) {
      assertThat(made.made(path)).isFalse();
      assertThat(made.file(path)).as(path).isEqualTo(built.get(path));
      assertThat(made.made(path)).isTrue();
    }
    made.makeAll(() -> false);
    assertThat(made.paths()).allSatisfy(path -> assertThat(made.file(path)).as(path).isEqualTo(built.get(path)));
    assertThat(made.file("no/such/page.html")).isNull();
    assertThat(made.has("no/such/page.html")).isFalse();
  }

  @Test
  void filesMadeAsTheyAreAskedForAreThoseOfAPreviewThatMakesThemAll() {
    BuildOptions options = TestSites.translatedCopy(tmp).withDrafts(true);
    Map<String, byte[]> eager = byPath(new Pipeline(options).preview().files());
    PreviewFiles made = new Pipeline(options).preparePreview().made();
    assertThat(made.paths()).containsExactlyElementsOf(eager.keySet());
    made.makeAll(() -> false);
    assertThat(made.paths()).allSatisfy(path -> assertThat(made.file(path)).as(path).isEqualTo(eager.get(path)));
  }

  @Test
  void aBrokenTemplateFailsThePageAskedForAndTheCheckOfEveryPageAsItFailsAPreview() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Path glossary = options.templates().resolve("glossary.ftlh");
    Files.writeString(glossary, Files.readString(glossary).replace("<h1>${chrome.page.title}</h1>", "<h1>${page.noSuchThing}</h1>"));
    List<Problem> whenAllAreMade = List.copyOf(catchProblems(() -> new Pipeline(options).preview()));
    assertThat(whenAllAreMade).singleElement().satisfies(p -> assertThat(p.format(tmp))
        .startsWith("templates/glossary.ftlh:5:7: template error while rendering glossary/index.html:"));

    PreviewFiles made = new Pipeline(options).preparePreview().made(); // no template runs before a page is asked for
    assertThat(made.file("index.html")).isNotEmpty();
    assertThat(catchProblems(() -> made.file("glossary/index.html"))).isEqualTo(whenAllAreMade);
    assertThat(catchProblems(() -> made.file("glossary/index.html"))).as("asked again, made again: a failure is not kept").isEqualTo(whenAllAreMade);
    assertThat(catchProblems(() -> made.makeAll(() -> false))).isEqualTo(whenAllAreMade);
  }

  @Test
  void theCheckOfEveryPageStopsWhenAskedToAndReportsWhatItFoundBefore() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    PreviewFiles made = new Pipeline(options, 1).preparePreview().made();
    AtomicInteger asked = new AtomicInteger();
    made.makeAll(() -> asked.incrementAndGet() > 5); // one thread: five pages made, then none
    assertThat(made.paths().stream().filter(made::made).count()).as("the five pages, and the assets made already")
        .isEqualTo(5 + made.paths().stream().filter(p -> p.startsWith("assets/")).count());
    made.makeAll(() -> false);
    assertThat(made.paths()).allMatch(made::made);

    Path glossary = options.templates().resolve("glossary.ftlh");
    Files.writeString(glossary, Files.readString(glossary).replace("<h1>${chrome.page.title}</h1>", "<h1>${page.noSuchThing}</h1>"));
    PreviewFiles broken = new Pipeline(options, 1).preparePreview().made();
    broken.makeAll(() -> true); // stopped before any page: nothing made, nothing reported
    assertThat(broken.made("index.html")).isFalse();
    List<String> pages = List.copyOf(broken.paths());
    int glossaryAt = pages.indexOf("glossary/index.html");
    AtomicInteger seen = new AtomicInteger();
    assertThatThrownBy(() -> broken.makeAll(() -> seen.incrementAndGet() > glossaryAt + 1))
        .as("the glossary, made before the stop, fails").isInstanceOf(ContentException.class);
  }

  /**
   * After a summary edit, the preview's files are the pages that read the summary made again, the search
   * data made again when first asked for, and every other file shared with the preview before, made or
   * not: the same bytes as a preview made from scratch after the edit.
   */
  @Test
  void theFilesAfterASummaryEditAreThoseOfAPreviewMadeAfterIt() throws Exception {
    BuildOptions options = TestSites.translatedCopy(tmp).withDrafts(true);
    Pipeline.SiteBuild before = new Pipeline(options).preparePreview();
    byte[] glossary = before.made().file("glossary/index.html");
    Path entry = options.content().resolve("articles/board-reply.md");
    Files.writeString(entry, Files.readString(entry).replace("The board answered", "The board firmly answered"));
    Pipeline.SiteBuild after = new Pipeline(options).update(before, Set.of(entry)).orElseThrow();
    assertThat(after.made().made("articles/board-reply/index.html")).as("the page that reads the summary is made now").isTrue();
    assertThat(after.made().made("search/words-0.js")).as("the search data is made when asked for").isFalse();
    assertThat(after.report().pages()).as("what the edit made now: the entry's page and its Ukrainian notice").isEqualTo(2);
    assertThat(after.made().file("glossary/index.html")).as("a file made before the edit is shared").isSameAs(glossary);
    Map<String, byte[]> fresh = byPath(new Pipeline(options).preview().files());
    assertThat(after.made().paths()).containsExactlyElementsOf(fresh.keySet());
    after.made().makeAdded(() -> false);
    assertThat(after.made().made("search/words-0.js")).as("made by makeAdded").isTrue();
    assertThat(after.made().made("uk/glossary/index.html")).as("left to the check of every page").isFalse();
    assertThat(new String(after.made().file("search/words-0.js"), java.nio.charset.StandardCharsets.UTF_8)).contains("\"firmly\"");
    after.made().makeAll(() -> false);
    assertThat(after.made().paths()).allSatisfy(path -> assertThat(after.made().file(path)).as(path).isEqualTo(fresh.get(path)));
    assertThat(before.made().made("articles/board-reply/index.html")).as("the files before the edit are as they were").isFalse();
  }

  /**
   * Edits in a row, none of whose search data was made: each edit's search data is patched from the
   * files of the last full build, with every entry edited since, so making it makes no earlier edit's,
   * and it is what a preview made from scratch has.
   */
  @Test
  void editsInARowPatchTheSearchDataOfTheLastFullBuild() throws Exception {
    BuildOptions options = TestSites.translatedCopy(tmp).withDrafts(true);
    List<Path> entries = List.of("board-reply.md", "2021-03-04-first-note.md").stream()
        .map(name -> options.content().resolve("articles").resolve(name)).toList();
    Pipeline pipeline = new Pipeline(options);
    Pipeline.SiteBuild full = pipeline.preparePreview();
    List<Pipeline.SiteBuild> edits = new java.util.ArrayList<>();
    Pipeline.SiteBuild last = full;
    for (int i = 0; i < 6; i++) {
      Path entry = entries.get(i % 2); // the two in turn
      Files.writeString(entry, Files.readString(entry) + "\nEdit number" + i + " of the summary.\n");
      last = pipeline.update(last, Set.of(entry)).orElseThrow();
      edits.add(last);
    }
    Map<String, byte[]> fresh = byPath(pipeline.preview().files());
    for (String path : List.of("search/index.js", "search/words-0.js", "search/docs-0.js", "uk/search/words-0.js", "provenance.json")) {
      assertThat(last.made().file(path)).as(path).isEqualTo(fresh.get(path));
    }
    assertThat(edits.subList(0, edits.size() - 1)).as("no earlier edit's search data made")
        .allSatisfy(edit -> assertThat(edit.made().made("search/words-0.js")).isFalse());
    assertThat(full.made().made("search/words-0.js")).as("the last full build's, read back").isTrue();
    PreviewFiles made = last.made();
    made.makeAll(() -> false);
    assertThat(made.paths()).allSatisfy(path -> assertThat(made.file(path)).as(path).isEqualTo(fresh.get(path)));
  }

  private static List<Problem> catchProblems(Runnable run) {
    try {
      run.run();
    } catch (ContentException e) {
      return e.problems();
    }
    throw new AssertionError("no ContentException");
  }
}
