package org.explainer.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds quotations in a source capture, verbatim modulo white space and straight or typographic
 * quotation marks. An ellipsis ({@code …} or {@code ...}, optionally in brackets) may join fragments,
 * which must then occur in order.
 */
public final class QuoteMatcher {
  private static final Pattern ELLIPSIS = Pattern.compile("\\s*[\\[(]?(?:…|\\.\\.\\.)[\\])]?\\s*");

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
   * length that start at a word), for error messages: the editor sees what differs.
   */
  public static String closestPassage(SourceText source, String quote) {
    String q = SourceText.normalise(quote).replaceAll(ELLIPSIS.pattern(), " ");
    String text = source.normalised();
    if (text.isEmpty() || q.isEmpty()) {
      return "";
    }
    int n = Math.min(q.length(), text.length());
    LevenshteinDistance distance = new LevenshteinDistance(n);
    int best = Integer.MAX_VALUE;
    int bestStart = 0;
    for (int i = 0; i <= text.length() - n; i++) {
      if (i > 0 && text.charAt(i - 1) != ' ') {
        continue;
      }
      int d = distance.apply(q, text.substring(i, i + n));
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
}
