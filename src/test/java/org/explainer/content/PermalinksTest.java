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
