package org.explainer.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The stems search takes the forms of a word by: the forms a reader types find one another, and little else. */
class WordFormsTest {
  @Test
  void englishPluralsAndVerbFormsHaveTheStemOfTheWord() {
    assertOneStem("invitation", "invitations");
    assertOneStem("invite", "invites", "invited", "inviting");
    assertOneStem("ally", "allies", "allied");
    assertOneStem("plan", "plans", "planned", "planning");
    assertOneStem("meeting", "meetings", "meet", "meets");
    assertOneStem("call", "called", "calling");
    assertOneStem("class", "classes");
    assertOneStem("status", "statuses");
    assertOneStem("policy", "policies");
  }

  @Test
  void ukrainianCaseEndingsHaveTheStemOfTheWord() {
    assertOneStem("стаття", "статті", "статтю", "статтею", "статтям", "статтях");
    assertOneStem("Україна", "України", "Україні", "Україну", "Україною");
    assertOneStem("союзник", "союзники", "союзників", "союзникам", "союзниками", "союзниках", "союзникові");
    assertOneStem("український", "українська", "українського", "українському", "української", "українські", "українських");
    assertOneStem("третій", "третього", "третьому", "третя");
    assertOneStem("парасолька", "парасольку", "парасольки", "парасолькою");
    assertOneStem("запрошення", "запрошенні", "запрошенню");
    assertOneStem("відбулася", "відбулися", "відбулось");
    assertOneStem("школа", "школу", "школою", "школи");
  }

  /** A stem is stripped, never shortened below three letters, so a short word or one of few letters more stays itself. */
  @Test
  void shortWordsAndWordsOfNeitherLanguageAreTheirOwnStems() {
    for (String word : List.of("the", "is", "us", "has", "its", "art", "bus", "s", "ed", "ing", "сша", "нас", "іх", "2024", "1990s", "straße",
        "οδοσ", "v2", "мир")) {
      assertThat(WordForms.stem(word)).as(word).isEqualTo(word);
    }
    assertThat(WordForms.stem("")).isEmpty();
  }

  /** The forms of a word are not every word that begins with it: a stem is compared whole. */
  @Test
  void wordsThatOnlyBeginAlikeKeepTheirOwnStems() {
    assertThat(WordForms.stem("art")).isNotEqualTo(WordForms.stem("article")).isNotEqualTo(WordForms.stem("artillery"));
    assertThat(WordForms.stem("arts")).isEqualTo(WordForms.stem("art"));
    assertThat(WordForms.stem("states")).isNotEqualTo(WordForms.stem("statement")).isNotEqualTo(WordForms.stem("station"));
    assertThat(WordForms.stem("nation")).isNotEqualTo(WordForms.stem("national"));
    assertThat(WordForms.stem("all")).isNotEqualTo(WordForms.stem("allies"));
    assertThat(WordForms.stem("стаття")).isNotEqualTo(WordForms.stem("статус"));
  }

  /** Every stem the index groups words by is the start of the word, but for a final y written i. */
  @Test
  void aStemIsTheStartOfItsWordButForAFinalI() {
    for (String word : List.of("invitations", "allies", "ally", "planned", "статтею", "відбулася", "days", "play")) {
      String stem = WordForms.stem(word);
      assertThat(word.startsWith(stem) || stem.endsWith("i") && word.startsWith(stem.substring(0, stem.length() - 1)))
          .as("'%s' of '%s'", stem, word).isTrue();
    }
  }

  /** Asserts that {@code words}, folded as search folds them (й is и, ї is і), have one stem. */
  private static void assertOneStem(String... words) {
    String stem = WordForms.stem(SearchText.fold(words[0]));
    for (String word : words) {
      assertThat(WordForms.stem(SearchText.fold(word))).as("the stem of '%s', as of '%s'", word, words[0]).isEqualTo(stem);
    }
  }
}
