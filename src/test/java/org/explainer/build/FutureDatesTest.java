package org.explainer.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.explainer.TestSites;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A date that has not come yet (a mistyped year) is a warning where it is written, and fails a strict build. */
class FutureDatesTest {
  @TempDir Path tmp;

  @Test
  void aSourceDatedOrAnEntryAddedInTheFutureIsAWarningAtItsLine() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Path entry = options.content().resolve("articles/board-reply.md");
    Files.writeString(entry, Files.readString(entry).replace("  date: \"2021-04\"", "  date: \"2999-04\"").replaceFirst("---\n", "---\nadded: \"2999-05-01\"\n"));
    BuildReport check = new Pipeline(options).check();
    assertThat(check.warnings()).filteredOn(p -> p.at().file().endsWith("board-reply.md")).extracting(p -> p.at().line() + ":" + p.at().column() + ": " + p.message() + " — " + p.fix())
        .anyMatch(p -> p.equals("2:8: the entry is added on 2999-05-01, a day in the future"
            + " — write the day the entry was added: today, or a day before"))
        .anyMatch(p -> p.equals("10:9: the source's date 2999-04 is in the future"
            + " — check the year and the day: an entry cites a source already published"));
    assertThat(new Pipeline(options).build().warnings()).extracting(Problem::message).anyMatch(m -> m.contains("in the future"));
    assertThatThrownBy(() -> new Pipeline(options.withStrict(true)).build()).isInstanceOf(ContentException.class)
        .hasMessageStartingWith("2 errors: ").hasMessageContaining("in the future (--strict)");
    // a build with the cache whose inputs are all unchanged tells the last report again, but not one that
    // warns of a date in the future: that depends on the day, so the build runs, with nothing to make again
    BuildOptions cached = options.withCache(Optional.of(tmp.resolve("cache")));
    new Pipeline(cached).build();
    for (BuildReport again : List.of(new Pipeline(cached).build(), new Pipeline(cached).check())) {
      assertThat(again.steps()).extracting(BuildReport.Step::name).doesNotContain("unchanged");
      assertThat(again.warnings()).extracting(Problem::message).anyMatch(m -> m.contains("in the future"));
    }
    // dates that have come are no problem
    Files.writeString(entry, Files.readString(entry).replace("2999-04", "2021-04").replace("2999-05-01", "2021-05-01"));
    assertThat(new Pipeline(options).check().warnings()).extracting(Problem::message).noneMatch(m -> m.contains("in the future"));
    new Pipeline(cached).build();
    BuildReport unchanged = new Pipeline(cached).build();
    assertThat(unchanged.steps()).extracting(BuildReport.Step::name).containsExactly("unchanged");
    assertThat(unchanged.changedFiles()).isZero();
  }

  @Test
  void aDraftsDateInTheFutureSaysWhyItDoesNotStopTheBuildAsItsOtherWarningsDo() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Path reply = options.content().resolve("articles/board-reply.md");
    Files.writeString(reply.resolveSibling("board-reply-draft.md"),
        Files.readString(reply).replace("  date: \"2021-04\"", "  date: \"2999-04\"").replaceFirst("---\n", "---\ndraft: true\n"));
    BuildReport check = new Pipeline(options).check();
    assertThat(check.warnings()).filteredOn(p -> p.at().file().endsWith("board-reply-draft.md")).extracting(p -> p.at().line() + ":" + p.at().column() + ": " + p.message())
        .contains("10:9: the source's date 2999-04 is in the future (the entry is a draft, so it is not published)");
    // shown in a preview, or with --drafts, it is no longer left out: the warning is the published entry's
    assertThat(new Pipeline(options.withDrafts(true)).check().warnings()).extracting(Problem::message)
        .contains("the source's date 2999-04 is in the future");
  }
}
