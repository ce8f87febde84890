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
  void writesLettersOfOtherScriptsInLatinOnesCyrillicAsUkrainian() {
    assertThat(Slugs.slugify("Сибіга про запрошення", 60)).contains("sybiha-pro-zaproshennya");
    assertThat(Slugs.slugify("Зеленський: «Запросіть нас» у м’ясорубці", 60)).contains("zelenskyy-zaprosit-nas-u-myasorubtsi");
    assertThat(Slugs.slugify("Ελλάδα και ΝΑΤΟ", 60)).contains("ellada-kai-nato");
    assertThat(Slugs.slugify("Straße, Œuvre, Æsir", 60)).contains("strasse-oeuvre-aesir");
    assertThat(Slugs.slugify("北京", 60)).contains("bei-jing");
  }

  @Test
  void isEmptyOnlyWhenNoLetterOrDigitIsLeftInLatinLetters() {
    assertThat(Slugs.slugify("“!” — 🙂", 60)).isEmpty();
    assertThat(Slugs.slugify("🙂 2024", 60)).contains("2024");
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
