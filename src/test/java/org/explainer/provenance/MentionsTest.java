package org.explainer.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MentionsTest {
  @Test
  void findsANameOnlyAsAWholeWord() {
    assertThat(ProvenanceChecker.mentionedIn("mr sybiha said", List.of("sybiha"))).isTrue();
    assertThat(ProvenanceChecker.mentionedIn("sybiha", List.of("sybiha"))).isTrue();
    assertThat(ProvenanceChecker.mentionedIn("(sybiha’s letter)", List.of("sybiha"))).isTrue();
    assertThat(ProvenanceChecker.mentionedIn("sybihas", List.of("sybiha"))).isFalse();
    assertThat(ProvenanceChecker.mentionedIn("sybihas and then sybiha", List.of("sybiha"))).isTrue();
    assertThat(ProvenanceChecker.mentionedIn("asybiha", List.of("zelensky", "sybiha"))).isFalse();
  }

  @Test
  void agreesWithTheRegularExpressionItReplaced() {
    // letters of several scripts, one outside the basic plane, and characters that are not letters
    String[] alphabet = {"a", "b", "é", "д", "\uD835\uDC00", " ", "-", "’", "1", "\u0301", "."};
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      String name = text(random, alphabet, 1 + random.nextInt(3));
      String text = text(random, alphabet, random.nextInt(12));
      if (random.nextBoolean()) {
        int at = random.nextInt(text.length() + 1);
        text = text.substring(0, at) + name + text.substring(at);
      }
      // Java's look-behind reads the one char before, so it takes the second half of 𝐀 for a non-letter;
      // in the reference 𝐀 becomes two letters of the basic plane that are not in the alphabet
      boolean expected = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name.replace("\uD835\uDC00", "жж")) + "(?![\\p{L}])")
          .matcher(text.replace("\uD835\uDC00", "жж")).find();
      assertThat(ProvenanceChecker.mentionedIn(text, List.of(name))).as("'%s' in '%s'", name, text).isEqualTo(expected);
    }
  }

  private static String text(Random random, String[] alphabet, int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(alphabet[random.nextInt(alphabet.length)]);
    }
    return out.toString();
  }
}
