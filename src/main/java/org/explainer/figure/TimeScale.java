package org.explainer.figure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A time axis drawn to scale with breaks over the empty years: the years that have dates are grouped into
 * spans (two spans merge when at most one empty year lies between them), every year of a span gets the
 * same width, and a break of fixed width stands for each run of empty years. Immutable.
 *
 * <p>Example: dates in 2008, 2014 and 2022–2024 give three spans, 2008, 2014 and 2022–2024, with breaks
 * over 2009–2013 and 2015–2021; a date's x is to scale within its span.
 *
 * @param spans the spans, oldest first
 * @param breaks the breaks between them
 */
public record TimeScale(List<Span> spans, List<Break> breaks) {
  /** Width of a break, in drawing units. */
  static final double BREAK_WIDTH = 34;

  /**
   * Years drawn to scale.
   *
   * @param first the first year
   * @param last the last year
   * @param x0 where its 1 January of {@code first} is drawn
   * @param x1 where the end of {@code last} is drawn
   */
  public record Span(int first, int last, double x0, double x1) {
    double x(LocalDate day) {
      LocalDate start = LocalDate.of(first, 1, 1);
      long days = ChronoUnit.DAYS.between(start, LocalDate.of(last + 1, 1, 1));
      return x0 + (x1 - x0) * ChronoUnit.DAYS.between(start, day) / days;
    }
  }

  /**
   * Empty years left out of the scale.
   *
   * @param first the first year left out
   * @param last the last year left out
   * @param x0 where the break begins
   * @param x1 where it ends
   */
  public record Break(int first, int last, double x0, double x1) {}

  /**
   * A year's start on the axis.
   *
   * @param year the year
   * @param x where its 1 January is drawn
   */
  public record Tick(int year, double x) {}

  /** The scale for {@code dates} from {@code left} to {@code right}, in drawing units. */
  public static TimeScale of(Collection<LocalDate> dates, double left, double right) {
    TreeSet<Integer> years = new TreeSet<>();
    dates.forEach(d -> years.add(d.getYear()));
    if (years.isEmpty()) {
      return new TimeScale(List.of(), List.of());
    }
    List<int[]> runs = new ArrayList<>();
    for (int year : years) {
      int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && year - last[1] <= 2) {
        last[1] = year;
      } else {
        runs.add(new int[] {year, year});
      }
    }
    int yearCount = runs.stream().mapToInt(r -> r[1] - r[0] + 1).sum();
    double perYear = (right - left - BREAK_WIDTH * (runs.size() - 1)) / yearCount;
    List<Span> spans = new ArrayList<>();
    List<Break> breaks = new ArrayList<>();
    double x = left;
    for (int[] run : runs) {
      if (!spans.isEmpty()) {
        Span previous = spans.get(spans.size() - 1);
        breaks.add(new Break(previous.last() + 1, run[0] - 1, x, x + BREAK_WIDTH));
        x += BREAK_WIDTH;
      }
      double width = perYear * (run[1] - run[0] + 1);
      spans.add(new Span(run[0], run[1], x, x + width));
      x += width;
    }
    return new TimeScale(List.copyOf(spans), List.copyOf(breaks));
  }

  /** Where {@code day} is drawn; a day outside every span is an error of the caller. */
  public double x(LocalDate day) {
    for (Span span : spans) {
      if (day.getYear() >= span.first() && day.getYear() <= span.last()) {
        return span.x(day);
      }
    }
    throw new IllegalArgumentException(day + " is outside the scale " + spans);
  }

  /** The start of every year drawn, and the end of the last one. */
  public List<Tick> ticks() {
    List<Tick> ticks = new ArrayList<>();
    for (Span span : spans) {
      for (int year = span.first(); year <= span.last(); year++) {
        ticks.add(new Tick(year, span.x(LocalDate.of(year, 1, 1))));
      }
    }
    return List.copyOf(ticks);
  }
}
