package org.explainer.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.explainer.TestSites;
import org.explainer.content.Article;
import org.explainer.content.ContentLoader;
import org.explainer.content.Library;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problem;
import org.explainer.diagnostic.Problems;
import org.explainer.diagnostic.Severity;
import org.junit.jupiter.api.Test;

/** Records read back from the cache equal the records written, and bytes of anything else give nothing. */
class RecordCodecTest {
  private static final RecordCodec CODEC = new RecordCodec();

  /** Every kind of component, each also absent. */
  record Everything(String text, int number, long big, boolean flag, Path file, LocalDate day, Severity severity, Optional<String> maybe,
      List<Location> places, List<Optional<String>> gaps, Problem problem) {}

  @Test
  void everyKindOfComponentComesBackEqual() {
    Everything full = new Everything("ünïcödé “text”\n" + "x".repeat(70_000), -7, Long.MAX_VALUE, true, Path.of("content/a.md"),
        LocalDate.of(2024, 7, 10), Severity.WARNING, Optional.of("yes"), List.of(new Location(Path.of("b.md"), 3, 4), new Location(Path.of("content/a.md"), 5, 6), new Location(Path.of("b.md"), 7, 8)),
        Arrays.asList(Optional.of("a"), Optional.empty()), new Problem(Severity.ERROR, Location.of(Path.of("c.md")), "what", "fix"));
    Everything empty = new Everything("", 0, 0, false, null, null, null, Optional.empty(), List.of(), List.of(), null);
    for (Everything e : List.of(full, empty)) {
      assertThat(CODEC.read(CODEC.bytes(e), Everything.class)).contains(e);
    }
  }

  @Test
  void theRealEntriesComeBackEqual() {
    Library library = new ContentLoader().load(TestSites.CONTENT, new Problems()).orElseThrow();
    assertThat(library.articles()).isNotEmpty();
    for (Article a : library.articles()) {
      assertThat(CODEC.read(CODEC.bytes(a), Article.class)).contains(a);
    }
  }

  @Test
  void cutOrLengthenedBytesOrAnotherRecordGiveNothing() {
    Problem problem = new Problem(Severity.ERROR, Location.of(Path.of("c.md")), "what", "fix");
    byte[] bytes = CODEC.bytes(problem);
    for (int cut = 0; cut < bytes.length; cut++) {
      assertThat(CODEC.read(Arrays.copyOf(bytes, cut), Problem.class)).as("cut at %d", cut).isEmpty();
    }
    assertThat(CODEC.read(Arrays.copyOf(bytes, bytes.length + 1), Problem.class)).isEmpty();
    assertThat(CODEC.read(bytes, Location.class)).isEmpty();
  }

  /** A record whose component Jackson can write but cannot make again: its bytes read back as nothing, never as something else. */
  record Unreadable(Comparable<String> text) {}

  @Test
  void aRecordThatCannotBeMadeAgainGivesNothing() {
    assertThat(CODEC.read(CODEC.bytes(new Unreadable("text")), Unreadable.class)).isEmpty();
  }

  @Test
  void everyTextComesBackEqualHalvesOfSurrogatePairsToo() {
    for (String text : List.of("emoji \uD83D\uDE00", "\uD800", "a\uDC00b", "\uDE00\uD83D", "end \uD83D", "\u0000\u2028<&>\"\\")) {
      Problem problem = new Problem(Severity.ERROR, Location.of(Path.of("a.md")), text, "");
      assertThat(CODEC.read(CODEC.bytes(problem), Problem.class)).as(text).contains(problem);
    }
  }

  @Test
  void listsComeBackUnmodifiableAsTheRecordsHoldThem() {
    Everything read = CODEC.read(CODEC.bytes(new Everything("", 0, 0, false, null, null, null, Optional.empty(),
        List.of(new Location(Path.of("a.md"), 1, 2)), List.of(), null)), Everything.class).orElseThrow();
    assertThatThrownBy(() -> read.places().add(null)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(read.file()).isNull();
    assertThat(read.places().get(0).file()).isEqualTo(Path.of("a.md")).isRelative();
  }

  /** Collections other than lists, which no kept record holds today. */
  record Others(Set<String> set, Map<String, Integer> map) {}

  @Test
  void otherCollectionsComeBackEqual() {
    Others others = new Others(Set.of("a", "b"), Map.of("x", 1, "y", 2));
    assertThat(CODEC.read(CODEC.bytes(others), Others.class)).contains(others);
  }

  @Test
  void aPathComesBackAsWrittenWhiteSpaceAndEmptyToo() {
    for (String path : List.of(" content/a.md ", "", "ünï cödé/b.md")) {
      Location at = new Location(Path.of(path), 1, 2);
      assertThat(CODEC.read(CODEC.bytes(at), Location.class)).as("'%s'", path).contains(at);
    }
  }

  @Test
  void aPathARecordNamesManyTimesIsReadBackAsOne() {
    Everything read = CODEC.read(CODEC.bytes(new Everything("", 0, 0, false, Path.of("content/a.md"), null, null, Optional.empty(),
        List.of(new Location(Path.of("content/a.md"), 1, 2), new Location(Path.of("b.md"), 3, 4), new Location(Path.of("content/a.md"), 5, 6)),
        List.of(), null)), Everything.class).orElseThrow();
    assertThat(read.places().get(0).file()).isSameAs(read.file()).isSameAs(read.places().get(2).file());
    assertThat(read.places().get(1).file()).isEqualTo(Path.of("b.md"));
  }

  /**
   * The home path (the file an entry is read from) is written once as a mark and read back as the home
   * path given, the same object; other paths as written; a mark read without a home gives nothing.
   */
  @Test
  void theHomePathIsAMarkReadBackAsTheHomeGiven() {
    Path home = Path.of("content/articles/a very long name of an entry file.md");
    Everything value = new Everything("", 0, 0, false, home, null, null, Optional.empty(),
        List.of(new Location(home, 1, 2), new Location(Path.of("b.md"), 3, 4), new Location(Path.of(home.toString()), 5, 6)), List.of(), null);
    byte[] bytes = CODEC.bytes(value, home);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain(home.toString()).contains("b.md");
    assertThat(bytes.length).isLessThan(CODEC.bytes(value).length - 2 * home.toString().length());
    Path given = Path.of(home.toString());
    Everything read = CODEC.read(bytes, Everything.class, given).orElseThrow();
    assertThat(read).isEqualTo(value);
    assertThat(read.file()).isSameAs(given).isSameAs(read.places().get(0).file()).isSameAs(read.places().get(2).file());
    assertThat(CODEC.read(bytes, Everything.class)).as("read without a home").isEmpty();
    assertThat(CODEC.read(CODEC.bytes(value), Everything.class, Path.of("elsewhere.md"))).contains(value);
  }
}
