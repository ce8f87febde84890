package org.explainer.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SitePathsTest {
  @Test
  void makesRelativeLinksBetweenPages() {
    assertThat(SitePaths.relative("articles/a/index.html", "actors/b/index.html")).isEqualTo("../../actors/b/index.html");
    assertThat(SitePaths.relative("index.html", "actors/b/index.html")).isEqualTo("actors/b/index.html");
    assertThat(SitePaths.relative("actors/b/index.html", "index.html")).isEqualTo("../../index.html");
    assertThat(SitePaths.relative("actors/index.html", "actors/b/index.html")).isEqualTo("b/index.html");
    assertThat(SitePaths.relative("actors/b/index.html", "actors/index.html")).isEqualTo("../index.html");
    assertThat(SitePaths.relative("timeline/index.html", "timeline/index.html")).isEqualTo("index.html");
    assertThat(SitePaths.relative("articles/a/index.html", "assets/style.1.css")).isEqualTo("../../assets/style.1.css");
    assertThat(SitePaths.relative("search/index.html", "search/index.js")).isEqualTo("index.js");
  }

  @Test
  void mapsSitePathsToOutputFiles() {
    assertThat(SitePaths.fromSitePath("/")).isEqualTo("index.html");
    assertThat(SitePaths.fromSitePath("/actors/x/")).isEqualTo("actors/x/index.html");
    assertThat(SitePaths.fromSitePath("/actors/x")).isEqualTo("actors/x/index.html");
    assertThat(SitePaths.fromSitePath("/404.html")).isEqualTo("404.html");
    assertThat(SitePaths.fromSitePath("/feed.xml")).isEqualTo("feed.xml");
    assertThat(SitePaths.fromSitePath("/search/index.js")).isEqualTo("search/index.js");
  }

  @Test
  void givesEachPageTheUrlAHostServesItAt() {
    assertThat(SitePaths.cleanUrl("index.html")).isEmpty();
    assertThat(SitePaths.cleanUrl("actors/x/index.html")).isEqualTo("actors/x/");
    assertThat(SitePaths.cleanUrl("feed.xml")).isEqualTo("feed.xml");
  }
}
