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

  /**
   * The forms of a word whose last syllable alternates meet: і with о or є («Київ», «Києва»; «договір»,
   * «договору»), a fleeting о or е («підсумок», «підсумку»), a doubled consonant before the ending
   * («питання», «питань»), к or г before the -і of the dative and locative («безпека», «безпеці»), and
   * the і of nouns in -ія and -ій («подія», «подій»). Each of these was two stems before.
   */
  @Test
  void ukrainianFormsWhoseLastSyllableAlternatesHaveOneStem() {
    assertOneStem("Київ", "Києва", "Києві", "Києву", "Києвом");
    assertOneStem("рік", "року", "році", "роки", "років", "роках");
    assertOneStem("бік", "боку", "боці", "боки");
    assertOneStem("договір", "договору", "договори", "договорів");
    assertOneStem("підхід", "підходу", "підходи", "підходів");
    assertOneStem("спосіб", "способу", "способи", "способами");
    assertOneStem("сторона", "сторони", "сторін", "сторонам");
    assertOneStem("слово", "слова", "слів", "словами");
    assertOneStem("вихід", "виходу", "виходи");
    assertOneStem("підсумок", "підсумку", "підсумки", "підсумків");
    assertOneStem("початок", "початку", "початки");
    assertOneStem("кінець", "кінця", "кінцем", "кінці");
    assertOneStem("посадовець", "посадовця", "посадовці", "посадовців");
    assertOneStem("сторінка", "сторінки", "сторінок", "сторінці");
    assertOneStem("питання", "питань", "питанням", "питаннями");
    assertOneStem("рішення", "рішень", "рішенням");
    assertOneStem("безпека", "безпеки", "безпеці", "безпекою");
    assertOneStem("політика", "політики", "політиці");
    assertOneStem("підтримка", "підтримки", "підтримці", "підтримок");
    assertOneStem("перемога", "перемоги", "перемозі", "перемог");
    assertOneStem("допомога", "допомоги", "допомозі");
    assertOneStem("подія", "події", "подій", "подією", "подіям", "подіях");
    assertOneStem("позиція", "позиції", "позицій", "позицію", "позиціями");
    assertOneStem("гарантія", "гарантії", "гарантій", "гарантіями");
    assertOneStem("сценарій", "сценарію", "сценарія", "сценарієм", "сценарії", "сценаріїв");
    assertOneStem("Росія", "Росії", "Росію", "Росією");
  }

  /**
   * Words of the site's Ukrainian text that an alternation would take for forms of one another stay
   * apart: stems of three letters keep their vowel, so prepositions and pronouns keep to themselves; so
   * do a doubled consonant in a stem of five letters («стаття», «стати»), a final к in a stem of five
   * («позика», «позиція»), an і, о or є before two consonants («міст» of «місто», «мости»), the е of the
   * last syllable («тема», «тому»), and the -ія of a noun after н («Данія», «даних»).
   */
  @Test
  void wordsThatAnAlternationWouldMergeStayApart() {
    for (String[] pair : new String[][] {{"від", "веде"}, {"під", "подій"}, {"між", "може"}, {"між", "межі"}, {"він", "вона"},
        {"піти", "потім"}, {"тема", "тому"}, {"стаття", "стати"}, {"статті", "статися"}, {"Данія", "даних"}, {"рада", "радіо"},
        {"рік", "ріка"}, {"позика", "позиція"}, {"кілька", "кільце"}, {"міст", "мости"}, {"поки", "пік"}}) {
      assertThat(WordForms.stem(SearchText.fold(pair[0]))).as("%s against %s", pair[0], pair[1])
          .isNotEqualTo(WordForms.stem(SearchText.fold(pair[1])));
    }
    assertOneStem("блок", "блоку", "блоки");
    assertOneStem("урок", "уроку", "уроки");
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
   * Every stem is the start of its word, but for a final y written i or an e put back ("hoping", "hope")
   * or a Ukrainian alternation undone («Києва», «киів»): the forms of a word are mostly in the word shard
   * of their stem's key.
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
