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
}
