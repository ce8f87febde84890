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
    // an entry renamed but for its first word, when no other name starts with that word
    assertThat(DidYouMean.byWords("stoltenberg-one-step", entries)).containsExactly("stoltenberg-invitation-equals-membership");
    assertThat(DidYouMean.byWords("sybiha-summit", entries)).as("three names start with 'sybiha'").isEmpty();
    // a file name's date is not its subject
    assertThat(DidYouMean.byWords("2024-04-03-stoltenberg-invitation-equals-membership.md",
        List.of("2024-04-03-stoltenberg-one-step.md", "2024-01-30-rasmussen-invitation-at-washington.md")))
        .containsExactly("2024-04-03-stoltenberg-one-step.md");
  }

  @Test
  void byWordsNamesAnEntryRenamedShorterFromItsOldName() {
    List<String> entries = List.of("sybiha-letter-lack-of-consensus", "sybiha-letter-nato-umbrella", "sybiha-putin-goals");
    assertThat(DidYouMean.byWords("sybiha-letter-putin-goals", entries)).containsExactly("sybiha-putin-goals");
    assertThat(DidYouMean.byWords("2024-11-30-sybiha-letter-putin-goals.md",
        List.of("2024-11-29-sybiha-letter-lack-of-consensus.md", "2024-11-30-sybiha-letter-nato-umbrella.md", "2024-11-30-sybiha-putin-goals.md")))
        .containsExactly("2024-11-30-sybiha-putin-goals.md");
    assertThat(DidYouMean.byWords("sybiha-letter-summit", entries)).as("no name has only words typed").isEmpty();
  }

  @Test
  void byWordsPrefersATypoOfTheWholeNameAndNamesNothingUnrelated() {
    List<String> entries = List.of("sybiha-letter-putin-goals", "sybiha-letter-nato-umbrella");
    assertThat(DidYouMean.byWords("sybiha-leter-putin-goals", entries)).containsExactly("sybiha-letter-putin-goals");
    assertThat(DidYouMean.byWords("rutte-summit", entries)).isEmpty();
    assertThat(DidYouMean.byWords("sybiha-summit", entries)).isEmpty();
    assertThat(DidYouMean.byWords("--", entries)).isEmpty();
  }

  @Test
  void twoLettersSwappedAreOneEditAsAnyOtherTypo() {
    // short field names, where one edit is all a typo may take: a swap counted as two edits suggested nothing
    List<String> fields = List.of("dek", "headline", "tags", "title", "name");
    assertThat(DidYouMean.closest("dke", fields)).contains("dek");
    assertThat(DidYouMean.closest("tgas", fields)).contains("tags");
    assertThat(DidYouMean.closest("titel", fields)).contains("title");
    assertThat(DidYouMean.closest("nmae", fields)).contains("name");
    assertThat(DidYouMean.closest("kde", fields)).isEmpty(); // two swaps away
  }

  @Test
  void hintByWordsNamesOneCandidateOrTheFirstFewOfMany() {
    List<String> entries = List.of("board-reply-to-ada", "first-note", "a-b", "a-c", "a-d", "a-e", "a-f", "a-g");
    assertThat(DidYouMean.hintByWords("board-reply", entries)).isEqualTo("did you mean 'board-reply-to-ada'? ");
    assertThat(DidYouMean.hintByWords("first-notes", entries)).isEqualTo("did you mean 'first-note'? ");
    assertThat(DidYouMean.hintByWords("treaty-text", entries)).isEmpty();
    assertThat(DidYouMean.hintByWords("a", List.of("a-b", "a-c"))).isEqualTo("did you mean one of 'a-b', 'a-c'? ");
    assertThat(DidYouMean.hintByWords("a", entries)).isEqualTo("did you mean one of 'a-b', 'a-c', 'a-d', 'a-e', 'a-f', …? ");
  }
}
