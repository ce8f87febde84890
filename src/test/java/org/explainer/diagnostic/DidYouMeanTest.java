package org.explainer.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
  @Test
  void suggestsTheClosestCandidateForATypo() {
    assertThat(DidYouMean.closest("sybiga", List.of("sybiha", "stoltenberg", "zelensky"))).contains("sybiha");
    assertThat(DidYouMean.closest("zelenskiy", List.of("sybiha", "zelensky"))).contains("zelensky");
  }

  @Test
  void suggestsNothingWhenNothingIsClose() {
    assertThat(DidYouMean.closest("putin", List.of("sybiha", "zelensky"))).isEmpty();
  }

  @Test
  void allowsAThirdOfTheTypedLengthInEditsAndIgnoresCase() {
    assertThat(DidYouMean.closest("sybiga", List.of("sybiha", "zelensky"))).contains("sybiha");
    assertThat(DidYouMean.closest("SYBIHA", List.of("sybiha"))).contains("sybiha");
    assertThat(DidYouMean.closest("syxxxa", List.of("sybiha"))).isEmpty();
  }
}
