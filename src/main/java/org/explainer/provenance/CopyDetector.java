package org.explainer.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sentences of ours that copy a source: {@value #RUN} or more consecutive words shared with the
 * capture, outside quotation marks.
 */
public final class CopyDetector {
  /** Shared consecutive words that count as copying. */
  public static final int RUN = 12;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

  private final SourceText source;
  private final Map<String, Integer> runs = new HashMap<>();

  /** A detector for one capture. */
  public CopyDetector(SourceText source) {
    this.source = source;
    List<int[]> words = words(source.normalised());
    for (int i = 0; i + RUN <= words.size(); i++) {
      runs.putIfAbsent(key(source.normalised(), words, i), i);
    }
    this.words = words;
  }

  private final List<int[]> words;

  /**
   * The passage of the capture that {@code text} copies, if any. Quotations in {@code text} (between
   * quotation marks) are allowed and skipped.
   */
  public Optional<String> copied(String text) {
    String ours = QUOTED.matcher(SourceText.normalise(text)).replaceAll(" \u0000 ");
    for (String segment : ours.split("\u0000")) {
      List<int[]> mine = words(segment);
      for (int i = 0; i + RUN <= mine.size(); i++) {
        Integer at = runs.get(key(segment, mine, i));
        if (at != null) {
          int end = at + RUN;
          int j = i + RUN;
          while (end < words.size() && j < mine.size()
              && word(source.normalised(), words.get(end)).equals(word(segment, mine.get(j)))) {
            end++;
            j++;
          }
          return Optional.of(source.passage(words.get(at)[0], words.get(end - 1)[1]));
        }
      }
    }
    return Optional.empty();
  }

  private static List<int[]> words(String text) {
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
    for (int k = from; k < from + RUN; k++) {
      key.append(word(text, words.get(k))).append(' ');
    }
    return key.toString();
  }
}
