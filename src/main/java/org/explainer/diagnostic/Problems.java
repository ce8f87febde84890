package org.explainer.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Collects problems while a stage runs, so that every problem is reported at once rather than the
 * first one only. Not thread-safe: each stage owns its collector.
 */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();

  /** Records an error. */
  public void error(Location at, String message, String fix) {
    list.add(Problem.error(at, message, fix));
  }

  /** Records a warning. */
  public void warning(Location at, String message, String fix) {
    list.add(Problem.warning(at, message, fix));
  }

  /** Records a problem made elsewhere. */
  public void add(Problem problem) {
    list.add(problem);
  }

  /** Records all of {@code problems}. */
  public void addAll(List<Problem> problems) {
    list.addAll(problems);
  }

  /**
   * Turns the errors that {@code matches} accepts into warnings, adding {@code note} to their message:
   * used for drafts, whose problems must not stop a build that leaves them out.
   */
  public void demote(Predicate<Problem> matches, String note) {
    list.replaceAll(p -> p.isError() && matches.test(p) ? p.demoted(note) : p);
  }

  /** Turns every warning into an error, adding {@code note} to its message: for builds that allow none. */
  public void promoteWarnings(String note) {
    list.replaceAll(p -> p.isError() ? p : Problem.error(p.at(), p.message() + " (" + note + ")", p.fix()));
  }

  /** All problems so far, in the order they were recorded. */
  public List<Problem> all() {
    return List.copyOf(list);
  }

  /** True when at least one error was recorded. */
  public boolean hasErrors() {
    return list.stream().anyMatch(Problem::isError);
  }

  /**
   * All problems so far, sorted by file and position, each once: one text rendered in two languages (a
   * data file's item that a translation does not translate, or whose translation is not read for the
   * original's errors) finds its problems in each.
   */
  public List<Problem> sorted() {
    return list.stream().sorted(Problem.ORDER).distinct().toList();
  }

  /** Throws a {@link ContentException} carrying every problem if any of them is an error. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new ContentException(sorted());
    }
  }
}
