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

  @Test
  void byWordsNamesTheCandidatesThatHaveEveryWordTypedOrOneCloseToIt() {
    List<String> entries = List.of("rasmussen-invitation-at-washington", "stoltenberg-invitation-equals-membership",
        "sybiha-letter-lack-of-consensus", "sybiha-letter-nato-umbrella", "sybiha-letter-putin-goals");
    assertThat(DidYouMean.byWords("stoltenberg-invitation", entries)).containsExactly("stoltenberg-invitation-equals-membership");
    assertThat(DidYouMean.byWords("stoltenburg-membership", entries)).containsExactly("stoltenberg-invitation-equals-membership");
    assertThat(DidYouMean.byWords("putin-goals", entries)).containsExactly("sybiha-letter-putin-goals");
    assertThat(DidYouMean.byWords("sybiha-letter", entries))
        .containsExactly("sybiha-letter-lack-of-consensus", "sybiha-letter-nato-umbrella", "sybiha-letter-putin-goals");
  }

  @Test
  void byWordsPrefersATypoOfTheWholeNameAndNamesNothingUnrelated() {
    List<String> entries = List.of("sybiha-letter-putin-goals", "sybiha-letter-nato-umbrella");
    assertThat(DidYouMean.byWords("sybiha-leter-putin-goals", entries)).containsExactly("sybiha-letter-putin-goals");
    assertThat(DidYouMean.byWords("rutte-summit", entries)).isEmpty();
    assertThat(DidYouMean.byWords("sybiha-summit", entries)).isEmpty();
    assertThat(DidYouMean.byWords("--", entries)).isEmpty();
  }
}
