package org.explainer.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteMatcherTest {
  private final SourceText source = SourceText.of(
      "He said: “I will not hide it: in my opinion, an invitation should be extended.”\n\nThen, later:\n"
          + "\"This would de facto   give Putin a veto, and obviously that is unacceptable.\"\nUkraine’s path is \"irreversible\".");

  @Test
  void findsExactQuotes() {
    assertThat(QuoteMatcher.find(source, "in my opinion, an invitation should be extended")).isPresent();
  }

  @Test
  void ignoresWhiteSpaceAndQuotationMarkStyles() {
    assertThat(QuoteMatcher.find(source, "This would de facto give Putin\n a veto")).isPresent();
    assertThat(QuoteMatcher.find(source, "Ukraine's path is “irreversible”")).isPresent();
  }

  @Test
  void joinsFragmentsAtAnEllipsisInOrderOnly() {
    assertThat(QuoteMatcher.find(source, "I will not hide it … an invitation should be extended")).isPresent();
    assertThat(QuoteMatcher.find(source, "I will not hide it [...] give Putin a veto")).isPresent();
    assertThat(QuoteMatcher.find(source, "give Putin a veto ... I will not hide it")).isEmpty();
  }

  @Test
  void allowsOurSentencePunctuationJustInsideTheClosingMark() {
    assertThat(QuoteMatcher.find(source, "give Putin a veto,")).isPresent();
    assertThat(QuoteMatcher.find(source, "an invitation should be extended.")).isPresent();
  }

  @Test
  void missesParaphrasesAndShowsTheClosestPassage() {
    assertThat(QuoteMatcher.find(source, "This would in fact give Putin a veto")).isEmpty();
    assertThat(QuoteMatcher.closestPassage(source, "This would in fact give Putin a veto"))
        .startsWith("\"This would de facto give Putin a veto");
    assertThat(QuoteMatcher.find(source, "in my opinion an invitation should be extended")).as("a missing comma is a miss").isEmpty();
  }

  /**
   * Threat: a long misquote makes the closest-passage search (edit distance at every word) take seconds
   * of CPU per quote (3,000 characters took 5.5 s), which stalls builds and blocks serve. The work is
   * bounded, and the passage is still the right one.
   */
  @Test
  void findsTheClosestPassageToALongMisquoteInBoundedTime() {
    StringBuilder capture = new StringBuilder();
    java.util.Random random = new java.util.Random(7);
    String[] words = {"the", "allies", "said", "that", "Ukraine", "would", "join", "summit", "invitation", "war", "now", "later"};
    while (capture.length() < 200_000) {
      capture.append(words[random.nextInt(words.length)]).append(random.nextInt(10) == 0 ? ". " : " ");
    }
    int at = capture.indexOf(" ", 120_000) + 1;
    String passage = capture.substring(at, capture.indexOf(" ", at + 3_000));
    String misquote = passage.replace(" war ", " peace ");
    SourceText text = SourceText.of(capture.toString());
    assertThat(QuoteMatcher.find(text, misquote)).isEmpty();
    long start = System.nanoTime();
    String closest = QuoteMatcher.closestPassage(text, misquote);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(millis).as("milliseconds for a 3,000-character misquote in a 200 kB capture").isLessThan(2_000);
    // as close as the best window around the passage, found the slow way (elsewhere the text is random)
    String q = QuoteMatcher.diagnosedPart(misquote);
    assertThat(q).hasSize(QuoteMatcher.MAX_DIAGNOSED);
    String normalised = text.normalised();
    int best = Integer.MAX_VALUE;
    for (int i = at - 3_000; i <= at + 3_000; i++) {
      if (i == 0 || normalised.charAt(i - 1) == ' ') {
        best = Math.min(best, new org.apache.commons.text.similarity.LevenshteinDistance().apply(q, normalised.substring(i, i + q.length())));
      }
    }
    String found = SourceText.normalise(closest).substring(0, q.length());
    assertThat(new org.apache.commons.text.similarity.LevenshteinDistance().apply(q, found)).isEqualTo(best);
  }
}
