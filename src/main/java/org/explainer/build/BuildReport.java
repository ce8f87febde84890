package org.explainer.build;

import java.util.ArrayList;
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
 * @param changedFiles files of the output folder the build wrote or deleted (0 when nothing changed,
 *     or for a check or preview, which write none)
 */
public record BuildReport(int pages, int articles, int assets, List<Step> steps, List<Problem> warnings, List<String> notices, int changedFiles) {

  /** The report of a check or preview, which changes no file. */
  public BuildReport(int pages, int articles, int assets, List<Step> steps, List<Problem> warnings, List<String> notices) {
    this(pages, articles, assets, steps, warnings, notices, 0);
  }

  /** This report with {@code before} timed before its steps and {@code after} after them. */
  public BuildReport withSteps(List<Step> before, List<Step> after) {
    List<Step> all = new ArrayList<>(before);
    all.addAll(steps);
    all.addAll(after);
    return new BuildReport(pages, articles, assets, List.copyOf(all), warnings, notices, changedFiles);
  }

  /** This report with {@code more} notices at the end. */
  public BuildReport withNotices(List<String> more) {
    List<String> all = new ArrayList<>(notices);
    all.addAll(more);
    return new BuildReport(pages, articles, assets, steps, warnings, List.copyOf(all), changedFiles);
  }

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
