package org.explainer.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.explainer.TestSites;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Problem;
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
  void filesMadeAsTheyAreAskedForAreThoseOfAPreviewThatMakesThemAll() {
    BuildOptions options = TestSites.translatedCopy(tmp).withDrafts(true);
    Map<String, byte[]> eager = byPath(new Pipeline(options).preview().files());

    Pipeline.SiteBuild prepared = new Pipeline(options).preparePreview();
    PreviewFiles made = prepared.made();
    assertThat(made.paths()).containsExactlyElementsOf(eager.keySet());
    // a few asked for first, in an order of their own, then the rest made as serve's check makes them
    for (String path : List.of("uk/glossary/index.html", "search/words-0.js", "articles/board-reply/share.png", "index.html")) {
      assertThat(made.file(path)).as(path).isEqualTo(eager.get(path));
    }
    made.makeAll(() -> false);
    assertThat(made.paths()).allSatisfy(path -> assertThat(made.file(path)).as(path).isEqualTo(eager.get(path)));
    assertThat(made.file("no/such/page.html")).isNull();
    assertThat(made.has("no/such/page.html")).isFalse();
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
  void theCheckOfEveryPageStopsWhenAskedTo() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Path glossary = options.templates().resolve("glossary.ftlh");
    Files.writeString(glossary, Files.readString(glossary).replace("<h1>${chrome.page.title}</h1>", "<h1>${page.noSuchThing}</h1>"));
    PreviewFiles made = new Pipeline(options).preparePreview().made();
    made.makeAll(() -> true); // stopped before any page: nothing made, nothing reported
    assertThatThrownBy(() -> made.makeAll(() -> false)).isInstanceOf(ContentException.class);
  }

  @Test
  void theFilesAfterAnEditAreTheEditsOnesAndTheRestShared() {
    BuildOptions options = TestSites.minimalCopy(tmp);
    PreviewFiles made = new Pipeline(options).preparePreview().made();
    byte[] before = made.file("index.html");
    PreviewFiles next = made.with(List.of(new OutputFile("index.html", new byte[] {1}), new OutputFile("extra.txt", new byte[] {2})));
    assertThat(next.file("index.html")).containsExactly(1);
    assertThat(next.file("extra.txt")).containsExactly(2);
    assertThat(made.file("index.html")).as("the files before the edit are as they were").isEqualTo(before);
    assertThat(made.has("extra.txt")).isFalse();
    // a file neither had made is made once, for both
    byte[] glossary = next.file("glossary/index.html");
    assertThat(made.file("glossary/index.html")).isSameAs(glossary);
    assertThat(next.paths()).containsAll(Set.copyOf(made.paths()));
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
