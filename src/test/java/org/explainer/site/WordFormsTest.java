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
    assertOneStem("note", "notes", "noted", "noting");
    assertOneStem("hope", "hopes", "hoped", "hoping");
    assertOneStem("agree", "agrees", "agreed", "agreeing");
    assertOneStem("relate", "related", "relating");
    assertOneStem("state", "states", "stated");
  }

  /**
   * A final e that lengthens a short syllable is kept, so that a word and the shorter word it is not a
   * form of stay apart (the review: "notes" found every "not").
   */
  @Test
  void anEThatMakesASyllableLongKeepsTwoWordsApart() {
    for (String[] pair : new String[][] {{"note", "not"}, {"notes", "not"}, {"hope", "hop"}, {"hoped", "hopped"}, {"plane", "plan"},
        {"planes", "planned"}, {"rate", "rat"}, {"made", "mad"}, {"line", "lin"}}) {
      assertThat(WordForms.stem(pair[0])).as("%s against %s", pair[0], pair[1]).isNotEqualTo(WordForms.stem(pair[1]));
    }
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

  /**
   * Every stem is the start of its word, but for a final y written i or an e put back ("hoping", "hope"):
   * the forms of a word are mostly in the word shard of their stem's key.
   */
  @Test
  void aStemIsTheStartOfItsWordButForAFinalIOrE() {
    for (String word : List.of("invitations", "allies", "ally", "planned", "статтею", "відбулася", "days", "play", "hoping", "noted")) {
      String stem = WordForms.stem(word);
      String start = stem.endsWith("i") || stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : stem;
      assertThat(word.startsWith(stem) || word.startsWith(start)).as("'%s' of '%s'", stem, word).isTrue();
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
