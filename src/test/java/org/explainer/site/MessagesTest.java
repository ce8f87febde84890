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

class MessagesTest {
  private final Messages en = Messages.load(TestSites.TEMPLATES.resolve("messages"), "en");

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

  @Test
  void aRegionalLanguageFallsBackToItsLanguageAndAMissingKeyNamesTheFile() {
    assertThat(Messages.load(TestSites.TEMPLATES.resolve("messages"), "en-GB").text("nav.home")).isEqualTo("Overview");
    assertThatThrownBy(() -> en.text("no.such.key")).isInstanceOf(ContentException.class)
        .hasMessageContaining("the interface message 'no.such.key' is missing");
    assertThatThrownBy(() -> Messages.load(TestSites.TEMPLATES.resolve("messages"), "de")).isInstanceOf(ContentException.class)
        .hasMessageContaining("there are no interface messages for the language 'de'");
  }
}
