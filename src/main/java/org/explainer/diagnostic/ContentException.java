package org.explainer.diagnostic;

import java.util.List;

/**
 * The one exception the pipeline lets out on bad input: it carries every problem found, each with its
 * location and fix. Anything else escaping the pipeline is a bug in the generator.
 */
public final class ContentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /** An exception carrying {@code problems} (at least one of them an error). */
  public ContentException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /** An exception carrying a single error. */
  public static ContentException of(Location at, String message, String fix) {
    return new ContentException(List.of(Problem.error(at, message, fix)));
  }

  /** The problems, sorted by file and position. */
  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    String first = problems.isEmpty() ? "" : ": " + problems.get(0).message();
    return errors + (errors == 1 ? " error" : " errors") + first;
  }
}
