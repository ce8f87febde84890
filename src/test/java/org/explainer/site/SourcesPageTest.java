package org.explainer.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.explainer.TestSites;
import org.explainer.build.BuildOptions;
import org.explainer.build.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sources page's "who reported what" table ({@link SourcesPage}), on the fixture site with two entries
 * more whose outlet is not named (one of them crediting an agency), all three unnamed entries carrying the
 * same point, in both languages.
 */
class SourcesPageTest {
  @TempDir static Path tmp;
  private static Path out;

  @BeforeAll
  static void build() throws IOException {
    BuildOptions options = TestSites.translatedCopy(tmp);
    Path content = options.content();
    TestSites.addEntries(content, 2);
    Path credited = content.resolve("articles/added-1.md");
    String note = "  note: \"The text does not name its outlet.\"\n";
    String entry = Files.readString(credited);
    if (!entry.contains(note)) {
      throw new IllegalStateException("board-reply.md no longer has the note this test adds an agency after");
    }
    Files.writeString(credited, entry.replace(note, note + "  relays: \"Wire Agency\"\n"));
    Path claims = content.resolve("claims.yaml");
    Files.writeString(claims, Files.readString(claims).replace("articles: [board-reply, first-note]", "articles: [board-reply, first-note, added-1, added-2]"));
    new Pipeline(options).build();
    out = options.output();
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
  }

  private static List<String> headings(Document sources) {
    return sources.select("table.coverage thead th").eachText();
  }

  /** The cell of the row of point {@code claim} under the column headed {@code heading}. */
  private static Element cell(Document sources, String claim, String heading) {
    int column = headings(sources).indexOf(heading);
    assertThat(column).as("a column headed %s", heading).isPositive();
    return sources.getElementById("claim-" + claim).child(column);
  }

  @Test
  void entriesWhoseOutletIsNotNamedShareOneColumn() throws IOException {
    Document sources = page("sources/index.html");
    assertThat(headings(sources)).containsExactly("Point", "The Gazette, citing Wire Agency", "Outlet not named", "Context sources");
    Element unnamed = cell(sources, "board-unconvinced", "Outlet not named");
    assertThat(unnamed.select("a").eachAttr("href"))
        .containsExactly("../articles/board-reply/index.html", "../articles/added-1/index.html", "../articles/added-2/index.html");
    // each link says which report it is: its date, and the agency it credits when it credits one
    assertThat(unnamed.select("a").eachText()).containsExactly("April 2021", "2 January 2022, crediting Wire Agency", "3 January 2022");
    assertThat(cell(sources, "board-unconvinced", "The Gazette, citing Wire Agency").select("a").eachAttr("href"))
        .containsExactly("../articles/first-note/index.html");
    assertThat(cell(sources, "engine-patterns", "Outlet not named").select("a")).isEmpty();
  }

  @Test
  void theUkrainianTableGroupsThemTooInItsOwnWords() throws IOException {
    Document sources = page("uk/sources/index.html");
    List<String> headings = headings(sources);
    assertThat(headings).hasSize(4).contains("Видання не назване");
    assertThat(cell(sources, "board-unconvinced", "Видання не назване").select("a").eachAttr("href"))
        .containsExactly("../articles/board-reply/index.html", "../articles/added-1/index.html", "../articles/added-2/index.html");
  }
}
