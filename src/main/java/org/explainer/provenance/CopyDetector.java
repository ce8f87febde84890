package org.explainer.provenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sentences of ours that copy a source: {@value #RUN} or more consecutive words shared with the
 * capture, outside quotation marks. Words are compared lowercased.
 */
public final class CopyDetector {
  /** Shared consecutive words that count as copying. */
  public static final int RUN = 12;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

  private final SourceText source;
  private final Words words;
  /** Each run of {@value #RUN} words of the capture, to where it first starts. */
  private final Map<List<String>, Integer> runs = new HashMap<>();

  /** A detector for one capture. */
  public CopyDetector(SourceText source) {
    this.source = source;
    this.words = Words.of(source.normalised());
    for (int i = 0; i + RUN <= words.size(); i++) {
      runs.putIfAbsent(words.run(i), i);
    }
  }

  /**
   * The passage of the capture that {@code text} copies, if any. Quotations in {@code text} (between
   * quotation marks) are allowed and skipped.
   */
  public Optional<String> copied(String text) {
    String ours = QUOTED.matcher(SourceText.normalise(text)).replaceAll(" \u0000 ");
    for (String segment : ours.split("\u0000")) {
      Words mine = Words.of(segment);
      for (int i = 0; i + RUN <= mine.size(); i++) {
        Integer at = runs.get(mine.run(i));
        if (at != null) {
          int end = at + RUN;
          int j = i + RUN;
          while (end < words.size() && j < mine.size() && words.lower[end].equals(mine.lower[j])) {
            end++;
            j++;
          }
          return Optional.of(source.passage(words.start[at], words.end[end - 1]));
        }
      }
    }
    return Optional.empty();
  }

  /** The words of a text: where each starts and ends, and each lowercased. */
  private record Words(int[] start, int[] end, String[] lower) {
    static Words of(String text) {
      List<String> lower = new ArrayList<>();
      int[] start = new int[16];
      int[] end = new int[16];
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        int n = lower.size();
        if (n == start.length) {
          start = Arrays.copyOf(start, n * 2);
          end = Arrays.copyOf(end, n * 2);
        }
        start[n] = m.start();
        end[n] = m.end();
        lower.add(text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT));
      }
      return new Words(start, end, lower.toArray(new String[0]));
    }

    int size() {
      return lower.length;
    }

    /** The {@value #RUN} words from {@code from} on, lowercased: equal when the words are. */
    List<String> run(int from) {
      return Arrays.asList(lower).subList(from, from + RUN);
    }
  }
}
