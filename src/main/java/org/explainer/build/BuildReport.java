package org.explainer.build;

import java.util.List;
import org.explainer.diagnostic.Problem;

/**
 * What a build or check did.
 *
 * @param pages HTML pages rendered
 * @param articles entries published
 * @param assets static files copied
 * @param steps the time each pipeline step took, in order
 * @param warnings problems that did not stop the build
 * @param notices things the user should know that are not problems (e.g. checks skipped)
 */
public record BuildReport(int pages, int articles, int assets, List<Step> steps, List<Problem> warnings, List<String> notices) {

  /**
   * One timed pipeline step.
   *
   * @param name the step's name
   * @param nanos how long it took
   */
  public record Step(String name, long nanos) {}

  /** Total time of all steps, in milliseconds. */
  public long millis() {
    return steps.stream().mapToLong(Step::nanos).sum() / 1_000_000;
  }
}
