package org.explainer.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzes the quote matcher with any quote against any capture: it never throws, a span it finds lies
 * inside the capture and holds the quote's words, the closest passage it shows is text of the capture,
 * and diagnosing a misquote stays bounded in time. Corpus:
 * src/test/resources/org/explainer/provenance/QuoteMatcherFuzzTestInputs/.
 */
class QuoteMatcherFuzzTest {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @FuzzTest(maxDuration = "60s")
  void anyQuoteAgainstAnyCaptureIsMatchedSafelyAndDiagnosedInBoundedTime(FuzzedDataProvider data) {
    String quote = data.consumeString(5_000);
    String capture = data.consumeRemainingAsString();
    SourceText source = SourceText.of(capture);
    long start = THREADS.getCurrentThreadCpuTime();
    Optional<QuoteMatcher.Span> span = QuoteMatcher.find(source, quote);
    span.ifPresent(s -> {
      assertThat(s.start()).isBetween(0, s.end());
      assertThat(s.end()).isLessThanOrEqualTo(source.normalised().length());
      // the span holds the quote's fragments in order, or those of the quote without the closing
      // punctuation that may be ours
      String within = source.normalised().substring(s.start(), s.end());
      String stripped = quote.strip();
      List<String> cut = stripped.isEmpty() ? List.of() : QuoteMatcher.fragments(stripped.substring(0, stripped.length() - 1));
      assertThat(inOrder(within, QuoteMatcher.fragments(quote)) || inOrder(within, cut))
          .as("the span '%s' holds the quote '%s'", within, quote).isTrue();
      int rawStart = source.rawOffset(s.start());
      assertThat(rawStart).isBetween(0, capture.length());
    });
    String passage = QuoteMatcher.closestPassage(source, quote);
    assertThat(source.normalised()).as("the closest passage is text of the capture").contains(SourceText.normalise(passage));
    long cpuMillis = (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
    assertThat(cpuMillis).as("CPU time for a quote of %d and a capture of %d characters", quote.length(), capture.length()).isLessThan(5_000);
  }

  /** True when {@code fragments} occur in {@code text} in order, the first at its start and the last at its end. */
  private static boolean inOrder(String text, List<String> fragments) {
    if (fragments.isEmpty() || !text.startsWith(fragments.get(0)) || !text.endsWith(fragments.get(fragments.size() - 1))) {
      return false;
    }
    int from = 0;
    for (String fragment : fragments) {
      int at = text.indexOf(fragment, from);
      if (at < 0) {
        return false;
      }
      from = at + fragment.length();
    }
    return true;
  }
}
