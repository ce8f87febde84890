package org.explainer.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {
  @Test
  void makesAsciiLowercaseHyphenatedSlugs() {
    assertThat(Slugs.slugify("Sybiha’s letter: “Invite us now!”", 60)).contains("sybihas-letter-invite-us-now");
    assertThat(Slugs.slugify("Zelenskyi über Kyïv", 60)).contains("zelenskyi-uber-kyiv");
  }

  @Test
  void boundsTheLengthAtAWordBoundary() {
    assertThat(Slugs.slugify("one two three four five six seven", 15)).contains("one-two-three");
  }

  @Test
  void neverProducesPathSeparatorsOrDots() {
    assertThat(Slugs.slugify("../../etc/passwd", 60)).contains("etc-passwd");
    assertThat(Slugs.slugify("...", 60)).isEmpty();
  }
}
