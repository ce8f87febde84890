package org.explainer.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.explainer.TestSites;
import org.explainer.build.BuildOptions;
import org.explainer.build.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Atom feed ({@link FeedFile}) holds the {@code feed_entries} entries added last, newest first: an
 * entry counts as added on its {@code added:} day, else when its source was published.
 */
class FeedFileTest {
  @TempDir Path tmp;

  @Test
  void theFeedHoldsTheEntriesAddedLastAndAnOldSourceAddedTodayLeadsIt() throws IOException {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Path content = options.content();
    TestSites.addEntries(content, 8); // sources published 2022-01-02 to 2022-01-09
    Path site = content.resolve("site.yaml");
    Files.writeString(site, Files.readString(site) + "feed_entries: 4\n");
    Path note = content.resolve("articles/2021-03-04-first-note.md"); // its source published 2021-03-04
    String text = Files.readString(note);
    assertThat(text).contains("  precision: day\n");
    Files.writeString(note, text.replaceFirst("  precision: day\n", "  precision: day\nadded: \"2023-06-01\"\n"));

    new Pipeline(options).build();

    Document feed = Jsoup.parse(Files.readString(options.output().resolve("feed.xml")), "", Parser.xmlParser());
    assertThat(feed.select("feed > entry > title").eachText())
        .containsExactly("Ada's first note", "Added entry 8", "Added entry 7", "Added entry 6");
    assertThat(feed.select("feed > entry > updated").eachText())
        .containsExactly("2023-06-01T00:00:00Z", "2022-01-09T00:00:00Z", "2022-01-08T00:00:00Z", "2022-01-07T00:00:00Z");
    assertThat(feed.selectFirst("feed > updated").text()).as("the feed is as new as its newest entry").isEqualTo("2023-06-01T00:00:00Z");
  }
}
