package org.explainer.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
  @Test
  void whiteSpaceIsCollapsedAsTheRegularExpressionWould() {
    String alphabet = " \t\n\u000B\f\r\u00a0\u2003\u3000ab.é";
    Random random = new Random(20241201);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String expected = text.toString().replaceAll("\\s+", " ").strip();
      assertThat(SearchIndex.Doc.of("Entry", "t", "u", text.toString()).x()).as("'%s'", text).isEqualTo(expected);
    }
  }
}
