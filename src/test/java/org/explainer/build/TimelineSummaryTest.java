package org.explainer.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.explainer.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline drawing's summary says the last day any event covers, whichever event it is. */
class TimelineSummaryTest {
  @TempDir Path tmp;

  /**
   * An event of one day that begins with one of several days, or after it, does not end the span early:
   * the fixture's note runs from 4 to 5 March 2021; a meeting on the 4th, listed before it by its id,
   * left the summary at 'to 4 March 2021'.
   */
  @Test
  void theSummaryRunsToTheLastDayOfAnEventThatEndsLast() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Path timeline = options.content().resolve("timeline.yaml");
    Files.writeString(timeline, Files.readString(timeline) + """
        - id: board-meets
          kind: statement
          date: "2021-03-04"
          precision: day
          title: "The board meets"
          description: "The board meets on the day of the note."
          context: [board-founded]
          actors: [board]
        """);
    new Pipeline(options).build();
    String page = Files.readString(options.output().resolve("timeline/index.html"), StandardCharsets.UTF_8);
    assertThat(page).contains("Drawn to scale: 3 events, from 2020 to 5 March 2021.");
  }
}
