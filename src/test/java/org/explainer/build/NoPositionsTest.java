package org.explainer.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.explainer.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site that records no positions yet (a new explainer) builds a positions page that says so. */
class NoPositionsTest {
  @TempDir Path tmp;

  /**
   * Without positions the page says none is recorded, and still says what each stance means: it drew a
   * chart of "0 positions" over no rows and a table of one column, the actors' (review).
   */
  @Test
  void thePositionsPageOfASiteWithoutPositionsSaysSo() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Files.writeString(options.content().resolve("positions.yaml"), "[]\n");
    new Pipeline(options).build();
    Document page = Jsoup.parse(options.output().resolve("positions/index.html").toFile());
    assertThat(page.select("main p").eachText()).contains("No positions are recorded yet.");
    assertThat(page.select("svg.stance-svg, table.matrix, .stance-strips")).isEmpty();
    assertThat(page.select("dl.stances dt")).isNotEmpty();
  }
}
