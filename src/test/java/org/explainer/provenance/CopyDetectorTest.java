package org.explainer.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CopyDetectorTest {
  private final CopyDetector detector = new CopyDetector(SourceText.of(
      "Ukraine acknowledges it cannot join NATO while at war but sees an invitation as a symbolic move to deter Russian aggression."));

  @Test
  void reportsTwelveWordsInARowWithThePassage() {
    assertThat(detector.copied("Kyiv says Ukraine acknowledges it cannot join NATO while at war but sees an invitation as useful."))
        .hasValue("Ukraine acknowledges it cannot join NATO while at war but sees an invitation as");
  }

  @Test
  void acceptsElevenWordsOrOurOwnWording() {
    assertThat(detector.copied("Ukraine acknowledges it cannot join NATO while at war but sees something else.")).isEmpty();
    assertThat(detector.copied("Kyiv accepts that membership must wait until the fighting stops.")).isEmpty();
  }

  @Test
  void allowsCopiedWordsInsideQuotationMarks() {
    assertThat(detector.copied("The report says Kyiv “acknowledges it cannot join NATO while at war but sees an invitation as a symbolic move”."))
        .isEmpty();
  }

  @Test
  void ignoresCaseAndPunctuation() {
    assertThat(detector.copied("ukraine ACKNOWLEDGES it cannot join NATO, while at war; but sees an invitation as a symbolic move")).isPresent();
  }

  @Test
  void findsWhatTwelveWordKeysFind() {
    // the detector compares runs of words; the reference joins each run's words into one string key
    String[] vocabulary = {"nato", "NATO", "Ukraine", "invite", "now", "war", "the", "of", "Kyiv's", "allies", "É", "ß", "2024"};
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      String capture = words(random, vocabulary, 20 + random.nextInt(60));
      SourceText source = SourceText.of(capture);
      CopyDetector detector = new CopyDetector(source);
      for (int k = 0; k < 10; k++) {
        // a sentence that often shares a long run with the capture, sometimes quoted
        String ours;
        if (random.nextBoolean()) {
          String[] captured = capture.split(" ");
          int from = random.nextInt(captured.length);
          int to = Math.min(captured.length, from + 8 + random.nextInt(10));
          ours = words(random, vocabulary, random.nextInt(4)) + " " + String.join(" ", java.util.Arrays.copyOfRange(captured, from, to)) + " "
              + words(random, vocabulary, random.nextInt(4));
          if (random.nextInt(4) == 0) {
            ours = "\"" + ours + "\" and so on";
          }
        } else {
          ours = words(random, vocabulary, 5 + random.nextInt(20));
        }
        assertThat(detector.copied(ours)).as("%s in %s", ours, capture).isEqualTo(reference(source, ours));
      }
    }
  }

  private static String words(Random random, String[] vocabulary, int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(i == 0 ? "" : random.nextInt(8) == 0 ? ", " : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
    }
    return out.toString();
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");

  /** The detector as it was first written: each run of twelve lowercased words joined into a string key. */
  private static Optional<String> reference(SourceText source, String text) {
    List<int[]> words = spans(source.normalised());
    Map<String, Integer> runs = new HashMap<>();
    for (int i = 0; i + CopyDetector.RUN <= words.size(); i++) {
      runs.putIfAbsent(key(source.normalised(), words, i), i);
    }
    String ours = Pattern.compile("\"[^\"]*\"").matcher(SourceText.normalise(text)).replaceAll(" \u0000 ");
    for (String segment : ours.split("\u0000")) {
      List<int[]> mine = spans(segment);
      for (int i = 0; i + CopyDetector.RUN <= mine.size(); i++) {
        Integer at = runs.get(key(segment, mine, i));
        if (at != null) {
          int end = at + CopyDetector.RUN;
          int j = i + CopyDetector.RUN;
          while (end < words.size() && j < mine.size() && word(source.normalised(), words.get(end)).equals(word(segment, mine.get(j)))) {
            end++;
            j++;
          }
          return Optional.of(source.passage(words.get(at)[0], words.get(end - 1)[1]));
        }
      }
    }
    return Optional.empty();
  }

  private static List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  private static String word(String text, int[] span) {
    return text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
  }

  private static String key(String text, List<int[]> words, int from) {
    StringBuilder key = new StringBuilder();
    for (int k = from; k < from + CopyDetector.RUN; k++) {
      key.append(word(text, words.get(k))).append(' ');
    }
    return key.toString();
  }
}
