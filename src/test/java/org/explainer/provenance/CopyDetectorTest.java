package org.explainer.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyDetectorTest {
  private final CopyDetector detector = new CopyDetector(SourceText.of(
      "Ukraine acknowledges it cannot join NATO while at war but sees an invitation as a symbolic move to deter Russian aggression."));

  @Test
  void reportsTwelveWordsInARowWithThePassage() {
    assertThat(detector.copied("Kyiv says Ukraine acknowledges it cannot join NATO while at war but sees an invitation as useful."))
        .hasValue("Ukraine acknowledges it cannot join NATO while at war but sees an invitation as");
  }

  @Test
  void acceptsElevenWordsOrOurOwnWording() {
    assertThat(detector.copied("Ukraine acknowledges it cannot join NATO while at war but sees something else.")).isEmpty();
    assertThat(detector.copied("Kyiv accepts that membership must wait until the fighting stops.")).isEmpty();
  }

  @Test
  void allowsCopiedWordsInsideQuotationMarks() {
    assertThat(detector.copied("The report says Kyiv “acknowledges it cannot join NATO while at war but sees an invitation as a symbolic move”."))
        .isEmpty();
  }

  @Test
  void ignoresCaseAndPunctuation() {
    assertThat(detector.copied("ukraine ACKNOWLEDGES it cannot join NATO, while at war; but sees an invitation as a symbolic move")).isPresent();
  }
}
