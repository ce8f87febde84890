package org.explainer.provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds quotations in a source capture, verbatim modulo white space and straight or typographic
 * quotation marks. An ellipsis ({@code …} or {@code ...}, optionally in brackets) may join fragments,
 * which must then occur in order.
 */
public final class QuoteMatcher {
  private static final Pattern ELLIPSIS = Pattern.compile("\\s*[\\[(]?(?:…|\\.\\.\\.)[\\])]?\\s*");
  /** The longest part of a quote compared with the capture for a message, in characters. */
  public static final int MAX_DIAGNOSED = 300;
  /** Steps of edit distance above which only the likeliest windows are compared. */
  private static final long BUDGET = 20_000_000;
  /** How many windows are compared then. */
  private static final int CANDIDATES = 16;

  private QuoteMatcher() {}

  /**
   * Where a quote sits in a capture.
   *
   * @param start normalised offset of its first character
   * @param end normalised offset after its last character
   */
  public record Span(int start, int end) {}

  /**
   * The span of {@code quote} in {@code source}, or empty when it does not occur verbatim. A comma,
   * full stop, colon or semicolon just inside the closing quotation mark may be ours (the sentence's
   * punctuation, by the usual convention), so a quote also matches without it.
   */
  public static Optional<Span> find(SourceText source, String quote) {
    Optional<Span> exact = findExact(source, quote);
    String stripped = quote.strip();
    if (exact.isEmpty() && stripped.length() > 1 && ",.;:".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
      return findExact(source, stripped.substring(0, stripped.length() - 1));
    }
    return exact;
  }

  private static Optional<Span> findExact(SourceText source, String quote) {
    List<String> fragments = fragments(quote);
    if (fragments.isEmpty()) {
      return Optional.empty();
    }
    String text = source.normalised();
    int from = 0;
    int start = -1;
    for (String fragment : fragments) {
      int at = text.indexOf(fragment, from);
      if (at < 0) {
        return Optional.empty();
      }
      if (start < 0) {
        start = at;
      }
      from = at + fragment.length();
    }
    return Optional.of(new Span(start, from));
  }

  /** The quote's fragments, normalised, split at ellipses; surrounding punctuation at the cuts is kept. */
  static List<String> fragments(String quote) {
    List<String> out = new ArrayList<>();
    for (String part : ELLIPSIS.split(SourceText.normalise(quote))) {
      String fragment = part.strip();
      if (!fragment.isEmpty()) {
        out.add(fragment);
      }
    }
    return out;
  }

  /**
   * The passage of {@code source} most like {@code quote} (by edit distance over windows of the quote's
   * length that start at a word), for error messages: the editor sees what differs. The work is
   * bounded whatever the input: only the first {@value #MAX_DIAGNOSED} characters of a quote are
   * compared (see {@link #diagnosedPart}), and when comparing them at every word of the capture would
   * cost more than {@value #BUDGET} steps, only around the {@value #CANDIDATES} words whose windows
   * share the most runs of words with the quote.
   */
  public static String closestPassage(SourceText source, String quote) {
    String q = diagnosedPart(quote);
    String text = source.normalised();
    if (text.isEmpty() || q.isEmpty()) {
      return "";
    }
    int n = Math.min(q.length(), text.length());
    List<Integer> starts = wordStarts(text, n);
    if ((long) starts.size() * n * n > BUDGET) {
      starts = mostAlike(text, q, n, starts);
    }
    int best = Integer.MAX_VALUE;
    int bestStart = 0;
    for (int i : starts) {
      // banded at the best distance so far: a window no closer is given up early (-1)
      int d = new LevenshteinDistance(Math.min(best, n)).apply(q, text.substring(i, i + n));
      if (d >= 0 && d < best) {
        best = d;
        bestStart = i;
      }
    }
    int end = bestStart + n;
    while (end < text.length() && text.charAt(end) != ' ') {
      end++; // finish the last word
    }
    return source.passage(bestStart, end);
  }

  /** The part of {@code quote} that {@link #closestPassage} compares: normalised, cuts as spaces, at most {@value #MAX_DIAGNOSED} characters. */
  public static String diagnosedPart(String quote) {
    String q = SourceText.normalise(quote).replaceAll(ELLIPSIS.pattern(), " ");
    return q.length() > MAX_DIAGNOSED ? q.substring(0, MAX_DIAGNOSED) : q;
  }

  /** The offsets of {@code text} where a word starts and a window of {@code n} characters fits, in order. */
  private static List<Integer> wordStarts(String text, int n) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i <= text.length() - n; i++) {
      if (i == 0 || text.charAt(i - 1) == ' ') {
        starts.add(i);
      }
    }
    return starts;
  }

  /**
   * The windows most likely to be closest to {@code q}: the {@value #CANDIDATES} of {@code starts}
   * whose window of {@code n} characters starts the most runs of two and three words that {@code q}
   * also has (earlier first on ties), each with the two word starts on either side, in order. One pass
   * over the text.
   */
  private static List<Integer> mostAlike(String text, String q, int n, List<Integer> starts) {
    Set<String> runs = new HashSet<>(runs(q));
    int[] shared = new int[text.length() + 1]; // shared[i]: runs of the quote starting in the first i characters
    List<String> words = List.of(text.split(" ", -1));
    int at = 0;
    for (int w = 0; w < words.size(); w++) {
      int hits = 0;
      if (w + 1 < words.size() && runs.contains(words.get(w) + " " + words.get(w + 1))) {
        hits++;
        hits += w + 2 < words.size() && runs.contains(words.get(w) + " " + words.get(w + 1) + " " + words.get(w + 2)) ? 1 : 0;
      }
      shared[at + 1] = hits; // at the word's first character, summed below
      at += words.get(w).length() + 1;
    }
    for (int i = 1; i < shared.length; i++) {
      shared[i] += shared[i - 1];
    }
    PriorityQueue<Integer> top = new PriorityQueue<>(Comparator.<Integer>comparingInt(k -> shared[starts.get(k) + n] - shared[starts.get(k)])
        .thenComparing(Comparator.<Integer>reverseOrder()));
    for (int k = 0; k < starts.size(); k++) {
      top.add(k);
      if (top.size() > CANDIDATES) {
        top.poll();
      }
    }
    Set<Integer> near = new TreeSet<>();
    for (int k : top) {
      for (int j = Math.max(0, k - 2); j <= Math.min(starts.size() - 1, k + 2); j++) {
        near.add(starts.get(j));
      }
    }
    return List.copyOf(near);
  }

  /** The runs of two and three consecutive words of {@code text}. */
  private static List<String> runs(String text) {
    String[] words = text.split(" ");
    List<String> out = new ArrayList<>();
    for (int w = 0; w + 1 < words.length; w++) {
      out.add(words[w] + " " + words[w + 1]);
      if (w + 2 < words.length) {
        out.add(words[w] + " " + words[w + 1] + " " + words[w + 2]);
      }
    }
    return out;
  }
}
