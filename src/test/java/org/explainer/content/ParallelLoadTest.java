package org.explainer.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.explainer.TestSites;
import org.explainer.concurrent.Workers;
import org.explainer.diagnostic.Problem;
import org.explainer.diagnostic.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the entry files on several threads gives exactly what loading them in order gives. */
class ParallelLoadTest {
  @TempDir Path tmp;

  /** What one load produced: the library, the problems in the order recorded, the drafts and gaps. */
  private record Loaded(Optional<Library> library, List<Problem> problems, java.util.Set<Path> drafts, LoadGaps gaps) {}

  private static Loaded load(Path content, int threads) {
    ContentLoader loader = new ContentLoader();
    Problems problems = new Problems();
    try (Workers workers = Workers.of(threads)) {
      Optional<Library> library = loader.load(content, problems, workers);
      return new Loaded(library, problems.all(), loader.draftFiles(), loader.gaps());
    }
  }

  @Test
  void aParallelLoadOfAValidSiteEqualsASequentialOne() throws IOException {
    Path content = siteWithEntries(60, false);
    Loaded sequential = load(content, 1);
    assertThat(sequential.library()).isPresent();
    assertThat(sequential.library().get().articles()).hasSize(62);
    assertThat(load(content, 4)).isEqualTo(sequential);
  }

  @Test
  void aParallelLoadOfASiteWithErrorsGivesTheSameProblemsInTheSameOrder() throws IOException {
    Path content = siteWithEntries(120, true);
    Loaded sequential = load(content, 1);
    assertThat(sequential.problems()).hasSizeGreaterThan(60);
    assertThat(sequential.drafts()).isNotEmpty();
    assertThat(sequential.gaps().brokenIds()).isNotEmpty();
    for (int run = 0; run < 5; run++) {
      Loaded parallel = load(content, 4);
      assertThat(parallel.problems()).containsExactlyElementsOf(sequential.problems());
      assertThat(parallel).isEqualTo(sequential);
    }
  }

  @Test
  void theTwoArgumentLoadIsTheSequentialLoad() throws IOException {
    Path content = siteWithEntries(20, true);
    ContentLoader loader = new ContentLoader();
    Problems problems = new Problems();
    Optional<Library> library = loader.load(content, problems);
    assertThat(new Loaded(library, problems.all(), loader.draftFiles(), loader.gaps())).isEqualTo(load(content, 1));
  }

  /**
   * A copy of the minimal site with {@code count} more entries; with {@code broken}, most of them have a
   * different mistake (unknown field, bad YAML, a draft with an error, an empty file, a bad slug, …).
   */
  private Path siteWithEntries(int count, boolean broken) throws IOException {
    Path site = tmp.resolve("site-" + count + "-" + broken);
    TestSites.copyTree(TestSites.MINIMAL.resolve("content"), site);
    String template = Files.readString(site.resolve("articles/board-reply.md"));
    for (int i = 0; i < count; i++) {
      String text = template.replace("The board replies", "The board replies, part " + i);
      if (broken) {
        text = switch (i % 9) {
          case 0 -> text.replace("\ndek:", "\ndekk:");
          case 1 -> text.replace("\nsource:", "\n\tsource:");
          case 2 -> text.replaceFirst("---\n", "---\ndraft: true\n").replace("note: \"Rejects the note.\"", "note: [\"Rejects the note.\"]");
          case 3 -> text.replaceFirst("---\n", "---\ndraft: perhaps\n");
          case 4 -> "";
          case 5 -> text.replace("\ntags:", "\nslug: \"Not A Slug\"\ntags:");
          case 6 -> text.replace("text: \"We are", "text: \"unclosed We are").replace("convinced\"", "convinced");
          case 7 -> text.substring(text.indexOf("---", 3) + 4);
          default -> text.replace("date: \"2021-04\"", "date: \"2021-13\"").replace("\nheadline:", "\nsurprise: 1\nheadline:");
        };
      }
      Files.writeString(site.resolve(String.format("articles/2022-01-%02d-entry-%03d.md", 1 + i % 28, i)), text);
    }
    return site;
  }
}
