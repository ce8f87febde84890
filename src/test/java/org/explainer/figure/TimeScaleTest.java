package org.explainer.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The broken time axis: spans of years with dates, a break over each run of empty years, to scale within a span. */
class TimeScaleTest {
  @Test
  void breaksOverRunsOfEmptyYearsAndKeepsEachSpanToScale() {
    TimeScale scale = TimeScale.of(List.of(LocalDate.of(2008, 4, 3), LocalDate.of(2014, 7, 1), LocalDate.of(2022, 2, 24),
        LocalDate.of(2024, 12, 3)), 0, 1000);
    assertThat(scale.spans()).extracting(TimeScale.Span::first, TimeScale.Span::last)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2008, 2008), org.assertj.core.groups.Tuple.tuple(2014, 2014),
            org.assertj.core.groups.Tuple.tuple(2022, 2024));
    assertThat(scale.breaks()).extracting(TimeScale.Break::first, TimeScale.Break::last)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2009, 2013), org.assertj.core.groups.Tuple.tuple(2015, 2021));
    // every year is as wide as every other, in every span
    double year = (scale.spans().get(0).x1() - scale.spans().get(0).x0());
    for (TimeScale.Span span : scale.spans()) {
      assertThat((span.x1() - span.x0()) / (span.last() - span.first() + 1)).as("a year from %d to %d", span.first(), span.last())
          .isCloseTo(year, org.assertj.core.data.Offset.offset(0.01));
    }
    assertThat(scale.x(LocalDate.of(2008, 4, 3))).isLessThan(scale.x(LocalDate.of(2014, 7, 1)));
  }

  @Test
  void oneEmptyYearIsDrawnRatherThanBroken() {
    TimeScale scale = TimeScale.of(List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 1, 1)), 0, 300);
    assertThat(scale.spans()).hasSize(1);
    assertThat(scale.breaks()).isEmpty();
    assertThat(scale.ticks()).hasSize(3);
  }
}
