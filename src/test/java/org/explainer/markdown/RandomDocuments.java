package org.explainer.markdown;

import java.util.Random;
import java.util.function.Consumer;

/** Random Markdown made of given pieces, for tests that render each document two ways and compare. */
final class RandomDocuments {
  private RandomDocuments() {}

  /**
   * Hands {@code count} documents to {@code check}, each up to {@code maxPieces} of {@code pieces} strung
   * together, from a fixed {@code seed} so that a failure comes back the same.
   */
  static void each(long seed, int count, String[] pieces, int maxPieces, Consumer<String> check) {
    Random random = new Random(seed);
    for (int run = 0; run < count; run++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(maxPieces);
      for (int i = 0; i < n; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      check.accept(text.toString());
    }
  }
}
