package org.explainer.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PermalinksTest {
  @Test
  void makesRelativeLinksBetweenPages() {
    assertThat(Permalinks.relative("articles/a/index.html", "actors/b/index.html")).isEqualTo("../../actors/b/index.html");
    assertThat(Permalinks.relative("index.html", "actors/b/index.html")).isEqualTo("actors/b/index.html");
    assertThat(Permalinks.relative("actors/b/index.html", "index.html")).isEqualTo("../../index.html");
    assertThat(Permalinks.relative("actors/index.html", "actors/b/index.html")).isEqualTo("b/index.html");
    assertThat(Permalinks.relative("actors/b/index.html", "actors/index.html")).isEqualTo("../index.html");
    assertThat(Permalinks.relative("timeline/index.html", "timeline/index.html")).isEqualTo("index.html");
    assertThat(Permalinks.relative("articles/a/index.html", "assets/style.1.css")).isEqualTo("../../assets/style.1.css");
  }

  @Test
  void relativeLinksAreTheSameAsSegmentBySegment() {
    // the fast path against the split-based definition, on paths with and without empty segments
    String[] pieces = {"a", "b", "ab", "index.html", "/", "/", "/", "."};
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 100_000; i++) {
      String from = path(random, pieces);
      String to = path(random, pieces);
      assertThat(Permalinks.relative(from, to)).as("relative(%s, %s)", from, to).isEqualTo(Permalinks.relativeBySegments(from, to));
    }
  }

  private static String path(java.util.Random random, String[] pieces) {
    StringBuilder out = new StringBuilder();
    for (int n = random.nextInt(9); n > 0; n--) {
      out.append(pieces[random.nextInt(pieces.length)]);
    }
    return out.toString();
  }

  @Test
  void mapsSitePathsToOutputFiles() {
    assertThat(Permalinks.fromSitePath("/")).isEqualTo("index.html");
    assertThat(Permalinks.fromSitePath("/actors/x/")).isEqualTo("actors/x/index.html");
    assertThat(Permalinks.fromSitePath("/actors/x")).isEqualTo("actors/x/index.html");
    assertThat(Permalinks.fromSitePath("/404.html")).isEqualTo("404.html");
  }

  @Test
  void givesEveryPageACleanUrlFolder() {
    assertThat(Permalinks.article("x")).isEqualTo("articles/x/index.html");
    assertThat(Permalinks.actor("y")).isEqualTo("actors/y/index.html");
    assertThat(Permalinks.tag("z")).isEqualTo("tags/z/index.html");
  }
}
