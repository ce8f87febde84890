package org.explainer.figure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.explainer.TestSites;
import org.junit.jupiter.api.Test;

/**
 * The stylesheet and the share cards draw each of this explainer's stances alike: the light colour of
 * {@code --s-<id>} in style.css is the colour StanceMarks gives the stance at its place in site.yaml.
 */
class StanceStylesTest {
  @Test
  void theStylesheetGivesEachStanceTheColourOfItsMark() throws IOException {
    JsonNode site = new ObjectMapper(new YAMLFactory()).readTree(TestSites.CONTENT.resolve("site.yaml").toFile());
    String css = Files.readString(TestSites.TEMPLATES.resolve("assets/style.css"));
    JsonNode stances = site.get("stances");
    for (int i = 0; i < stances.size(); i++) {
      String id = stances.get(i).get("id").asText();
      Matcher m = Pattern.compile("--s-" + Pattern.quote(id) + ":\\s*(#[0-9a-f]{6});").matcher(css);
      assertThat(m.find()).as("style.css defines --s-" + id).isTrue();
      java.awt.Color c = StanceMarks.of(i).light();
      assertThat(m.group(1)).as(id).isEqualTo(String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue()));
      assertThat(css).as("style.css colours .stance-" + id).contains(".stance-" + id + " { color: var(--s-" + id + "); }");
    }
  }
}
