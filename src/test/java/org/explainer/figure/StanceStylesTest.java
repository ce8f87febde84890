package org.explainer.figure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.explainer.TestSites;
import org.junit.jupiter.api.Test;

/**
 * The stylesheet and the share cards draw each of this explainer's stances alike: the light colour of
 * {@code --s-<id>} in style.css is the colour StanceMarks gives the stance at its place in site.yaml.
 */
class StanceStylesTest {
  private static final String DARK = "@media (prefers-color-scheme: dark) {";

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

  /**
   * No two stances share a shape or a colour, and each has everything the stylesheet shows a stance
   * with: a colour in dark mode, its latest stance's text in the chart, and the shape before its label
   * (the square is the default), its colour readable as text (WCAG AA, 4.5:1) on the page and on the
   * panels, light and dark.
   */
  @Test
  void everyStanceHasAMarkOfItsOwnAndEveryRuleThatShowsIt() throws IOException {
    JsonNode stances = new ObjectMapper(new YAMLFactory()).readTree(TestSites.CONTENT.resolve("site.yaml").toFile()).get("stances");
    String css = Files.readString(TestSites.TEMPLATES.resolve("assets/style.css"));
    // the blocks for dark mode, and the rest of the stylesheet
    StringBuilder light = new StringBuilder();
    StringBuilder darkBlock = new StringBuilder();
    int from = 0;
    for (int at = css.indexOf(DARK); at >= 0; at = css.indexOf(DARK, from)) {
      int end = css.indexOf("\n}\n", at) + 3;
      light.append(css, from, at);
      darkBlock.append(css, at, end);
      from = end;
    }
    light.append(css.substring(from));
    Set<Shape> shapes = new HashSet<>();
    Set<java.awt.Color> colours = new HashSet<>();
    Set<String> befores = new HashSet<>();
    for (int i = 0; i < stances.size(); i++) {
      String id = stances.get(i).get("id").asText();
      StanceMarks.Mark mark = StanceMarks.of(i);
      assertThat(shapes.add(mark.shape())).as(id + "'s shape, " + mark.shape() + ", is its own").isTrue();
      assertThat(colours.add(mark.light())).as(id + "'s colour is its own").isTrue();
      assertThat(css).as(id + "'s latest stance in the chart").contains(".stance-svg text.row-latest.stance-" + id + " { fill: var(--s-" + id + "); }");
      if (mark.shape() != Shape.SQUARE) {
        Matcher before = Pattern.compile("\\.stance\\.stance-" + Pattern.quote(id) + "::before \\{ ([^}]*)}").matcher(css);
        assertThat(before.find()).as(id + "'s shape before its label").isTrue();
        assertThat(befores.add(before.group(1))).as(id + "'s shape before its label is its own").isTrue();
      }
      String lightColour = colour(light.toString(), "--s-" + id);
      String darkColour = colour(darkBlock.toString(), "--s-" + id);
      for (String background : new String[] {"--bg", "--panel"}) {
        assertThat(contrast(lightColour, colour(light.toString(), background))).as(id + " on " + background).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(darkColour, colour(darkBlock.toString(), background))).as(id + " on " + background + " in dark mode").isGreaterThanOrEqualTo(4.5);
      }
    }
  }

  private static String colour(String css, String property) {
    Matcher m = Pattern.compile(Pattern.quote(property) + ":\\s*(#[0-9a-f]{6});").matcher(css);
    assertThat(m.find()).as(property + " is defined").isTrue();
    return m.group(1);
  }

  /** The WCAG contrast ratio of two colours written #rrggbb. */
  private static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int k = 0; k < 3; k++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * k, 3 + 2 * k), 16) / 255.0;
      c[k] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
