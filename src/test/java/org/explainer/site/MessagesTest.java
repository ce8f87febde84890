package org.explainer.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TimeZone;
import org.explainer.TestSites;
import org.explainer.diagnostic.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesTest {
  private final Messages en = Messages.load(TestSites.TEMPLATES.resolve("messages"), "en");
  private final Messages uk = Messages.load(TestSites.TEMPLATES.resolve("messages"), "uk");

  /** Ukrainian plurals by ICU's rules: one for 1, 21, 101; few for 2–4, 22–24; many for 0, 5–20, 25–30, 111. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "0 | (0 матеріалів) | 0 results",
      "1 | (1 матеріал) | 1 result",
      "2 | (2 матеріали) | 2 results",
      "3 | (3 матеріали) | 3 results",
      "4 | (4 матеріали) | 4 results",
      "5 | (5 матеріалів) | 5 results",
      "11 | (11 матеріалів) | 11 results",
      "12 | (12 матеріалів) | 12 results",
      "14 | (14 матеріалів) | 14 results",
      "21 | (21 матеріал) | 21 results",
      "22 | (22 матеріали) | 22 results",
      "25 | (25 матеріалів) | 25 results",
      "101 | (101 матеріал) | 101 results",
      "111 | (111 матеріалів) | 111 results",
      "1002 | (1\u00a0002 матеріали) | 1,002 results"})
  void countsTakeTheUkrainianPluralFormsOfTheirNumber(int count, String ukrainian, String english) {
    assertThat(uk.format("tags.count", Map.of("count", count))).isEqualTo(ukrainian.replace("\\u00a0", "\u00a0"));
    assertThat(en.format("tags.count", Map.of("count", count))).isEqualTo("(" + String.format(java.util.Locale.ROOT, "%,d", count) + ")");
    assertThat(en.format("search.found", Map.of("count", count, "query", "x"))).isEqualTo(english + " for “x”.");
  }

  @Test
  void aNumberThatIsNotWholeTakesTheOtherForm() {
    assertThat(uk.format("tags.count", Map.of("count", 1.5))).isEqualTo("(1,5 матеріалу)");
  }

  @Test
  void aScriptGetsOneTextPerPluralCategoryWithPlaceholders() {
    assertThat(uk.pluralCases("search.found", "count", "{count}", Map.of("query", "{query}"))).containsExactly(
        Map.entry("one", "{count} результат за запитом «{query}»."),
        Map.entry("few", "{count} результати за запитом «{query}»."),
        Map.entry("many", "{count} результатів за запитом «{query}»."),
        Map.entry("other", "{count} результату за запитом «{query}»."));
    assertThat(en.pluralCases("search.found", "count", "{count}", Map.of("query", "{query}"))).containsExactly(
        Map.entry("one", "{count} result for “{query}”."), Map.entry("other", "{count} results for “{query}”."));
  }

  /** Dates in Ukrainian whatever the machine's locale: the month in the genitive after a day and after «близько», else in the nominative. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "2024-01-15 | day | 15 січня 2024 р. | 15 January 2024",
      "2024-02 | month | лютий 2024 р. | February 2024",
      "2024-03-08 | day | 8 березня 2024 р. | 8 March 2024",
      "2024-04 | approximate | близько квітня 2024 р. | around April 2024",
      "2024-05-09 | approximate | близько 9 травня 2024 р. | around 9 May 2024",
      "2024-06 | month | червень 2024 р. | June 2024",
      "2024-07-11 | day | 11 липня 2024 р. | 11 July 2024",
      "2024-08 | approximate | близько серпня 2024 р. | around August 2024",
      "2024-09 | month | вересень 2024 р. | September 2024",
      "2024-10-16 | day | 16 жовтня 2024 р. | 16 October 2024",
      "2024-11 | approximate | близько листопада 2024 р. | around November 2024",
      "2024-12 | month | грудень 2024 р. | December 2024",
      "2024 | year | 2024 р. | 2024",
      "2008 | approximate | близько 2008 р. | around 2008"})
  void datesAreWrittenInTheLanguageWhateverTheMachinesLocale(String written, String precision, String ukrainian, String english) {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      for (java.util.Locale machine : new java.util.Locale[] {java.util.Locale.US, java.util.Locale.forLanguageTag("tr-TR"), java.util.Locale.GERMANY}) {
        java.util.Locale.setDefault(machine);
        org.explainer.content.FuzzyDate date = date(written, precision);
        assertThat(Site.display(date, uk)).as(machine.toString()).isEqualTo(ukrainian);
        assertThat(Site.display(date, en)).as(machine.toString()).isEqualTo(english);
      }
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  private static org.explainer.content.FuzzyDate date(String written, String precision) {
    LocalDate start = LocalDate.parse(written.length() == 4 ? written + "-01-01" : written.length() == 7 ? written + "-01" : written);
    return new org.explainer.content.FuzzyDate(start, written, org.explainer.content.FuzzyDate.Precision.valueOf(precision.toUpperCase(java.util.Locale.ROOT)),
        java.util.Optional.of("a note"), org.explainer.diagnostic.Location.of(java.nio.file.Path.of("timeline.yaml")));
  }

  @Test
  void everyLanguageHasEveryMessage() throws IOException {
    java.util.Properties english = new java.util.Properties();
    java.util.Properties ukrainian = new java.util.Properties();
    english.load(Files.newBufferedReader(TestSites.TEMPLATES.resolve("messages/en.properties"), StandardCharsets.UTF_8));
    ukrainian.load(Files.newBufferedReader(TestSites.TEMPLATES.resolve("messages/uk.properties"), StandardCharsets.UTF_8));
    assertThat(ukrainian.keySet()).isEqualTo(english.keySet());
  }

  @Test
  void writesDatesWithThePatternsOfTheLanguageWhateverTheMachinesTimeZone() {
    TimeZone before = TimeZone.getDefault();
    try {
      for (String zone : new String[] {"UTC", "Pacific/Kiritimati", "America/Adak"}) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        assertThat(en.date(LocalDate.of(2024, 11, 30), "date.day")).as(zone).isEqualTo("30 November 2024");
        assertThat(en.date(LocalDate.of(2024, 1, 1), "date.month")).as(zone).isEqualTo("January 2024");
        assertThat(en.date(LocalDate.of(2008, 1, 1), "date.year")).as(zone).isEqualTo("2008");
      }
    } finally {
      TimeZone.setDefault(before);
    }
  }

  @Test
  void fillsInNamedArgumentsAndKeepsApostrophes(@TempDir Path dir) throws IOException {
    assertThat(en.text("nav.actors")).isEqualTo("Who’s who");
    Files.writeString(dir.resolve("en.properties"), "straight=Who's who, {name}'s page\n", StandardCharsets.UTF_8);
    assertThat(Messages.load(dir, "en").format("straight", Map.of("name", "Ada"))).isEqualTo("Who's who, Ada's page");
    assertThat(en.format("outlet.citing", Map.of("outlet", "Censor.NET", "relays", "Ukrinform"))).isEqualTo("Censor.NET, citing Ukrinform");
  }

  /** Lists read as the site writes them elsewhere ("Slovenia and Spain"), with no comma before "and" (QA: the map's text had one). */
  @Test
  void listsHaveNoCommaBeforeTheirLastItem() {
    assertThat(en.list(java.util.List.of("Belgium", "Spain", "United States"))).isEqualTo("Belgium, Spain and United States");
    assertThat(en.list(java.util.List.of("2009–2013", "2015–2021"))).isEqualTo("2009–2013 and 2015–2021");
    assertThat(uk.list(java.util.List.of("Бельгія", "Іспанія", "США"))).isEqualTo("Бельгія, Іспанія і США");
  }

  @Test
  void aRegionalLanguageFallsBackToItsLanguageAndAMissingKeyNamesTheFile() {
    assertThat(Messages.load(TestSites.TEMPLATES.resolve("messages"), "en-GB").text("nav.home")).isEqualTo("Overview");
    assertThatThrownBy(() -> en.text("no.such.key")).isInstanceOf(ContentException.class)
        .hasMessageContaining("the interface message 'no.such.key' is missing");
    assertThatThrownBy(() -> Messages.load(TestSites.TEMPLATES.resolve("messages"), "de")).isInstanceOf(ContentException.class)
        .hasMessageContaining("there are no interface messages for the language 'de'");
  }
}
