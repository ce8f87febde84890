package org.explainer.render;

import java.time.Duration;

/**
 * What rendering one page, and the whole site, may take: templates are reviewed like code but trusted
 * less, and a loop without end or a string that keeps doubling must end in a clear error naming the
 * template, not in a build that hangs or an OutOfMemoryError.
 *
 * @param timePerPage how long one page's template may run
 * @param allocationPerPage how many bytes the thread rendering one page may allocate (garbage included)
 * @param charactersPerPage how many characters one page's template may write
 * @param siteBytes how many bytes all the files made by the page types may hold together
 */
public record RenderLimits(Duration timePerPage, long allocationPerPage, long charactersPerPage, long siteBytes) {
  /** The limits of a build: far beyond the largest real page and site, far below trouble. */
  public static RenderLimits defaults() {
    // a quarter of the heap, so that a page stopped at the limit still leaves room for the rest of the build
    long allocation = Math.max(256L << 20, Math.min(2L << 30, Runtime.getRuntime().maxMemory() / 4));
    return new RenderLimits(Duration.ofSeconds(20), allocation, 64L << 20, 2L << 30);
  }
}
