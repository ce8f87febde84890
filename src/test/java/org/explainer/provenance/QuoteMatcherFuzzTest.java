package org.explainer.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
      for (String fragment : QuoteMatcher.fragments(quote)) {
        assertThat(source.normalised()).contains(fragment);
      }
      int rawStart = source.rawOffset(s.start());
      assertThat(rawStart).isBetween(0, capture.length());
    });
    String passage = QuoteMatcher.closestPassage(source, quote);
    assertThat(source.normalised()).as("the closest passage is text of the capture").contains(SourceText.normalise(passage));
    long cpuMillis = (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
    assertThat(cpuMillis).as("CPU time for a quote of %d and a capture of %d characters", quote.length(), capture.length()).isLessThan(5_000);
  }
}
