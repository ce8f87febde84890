package org.explainer.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.explainer.diagnostic.Problem;
import org.explainer.diagnostic.Problems;
import org.explainer.yaml.Fields;
import org.explainer.yaml.YamlReader;
import org.junit.jupiter.api.Test;

class FuzzyDateTest {
  private record Read(FuzzyDate date, List<String> problems) {}

  private Read read(String yaml) {
    Problems problems = new Problems();
    FuzzyDate date = FuzzyDate.read(Fields.of(new YamlReader(1000).read(yaml, Path.of("t.yaml"), 1), "x", problems));
    return new Read(date, problems.sorted().stream().map(Problem::message).toList());
  }

  /** A misspelt precision is named as the others are: with the one it was meant to be. */
  @Test
  void aMisspeltPrecisionGetsADidYouMean() {
    Problems problems = new Problems();
    FuzzyDate.read(Fields.of(new YamlReader(1000).read("date: \"2024-11\"\nprecision: aproximate\n", Path.of("t.yaml"), 1), "x", problems));
    assertThat(problems.all()).extracting(Problem::fix).containsExactly("did you mean 'approximate'? use one of: day, month, year, approximate");
  }

  @Test
  void acceptsUnquotedIsoDates() {
    assertThat(read("date: 2024-11-30\nprecision: day\n").date().iso()).isEqualTo("2024-11-30");
  }

  /** A date written as editors often write one is shown as the site writes it, in the fix: the fix to copy. */
  @Test
  void aDateWrittenAnotherWayIsShownInTheFixAsTheSiteWritesIt() {
    Problems problems = new Problems();
    FuzzyDate.read(Fields.of(new YamlReader(1000).read("date: \"29/11/2024\"\nprecision: day\n", Path.of("t.yaml"), 1), "x", problems));
    assertThat(problems.all()).extracting(Problem::fix).containsExactly("write it as YYYY-MM-DD, YYYY-MM or YYYY, in quotes: \"2024-11-29\"");
    assertThat(FuzzyDate.rewrittenHint("11/29/2024")).hasValue(": \"2024-11-29\"");
    assertThat(FuzzyDate.rewrittenHint("05.11.2024")).hasValue(": \"2024-11-05\" if 5 is the day and 11 the month");
    assertThat(FuzzyDate.rewrittenHint("29 November 2024")).hasValue(": \"2024-11-29\"");
    assertThat(FuzzyDate.rewrittenHint("Nov 29, 2024")).hasValue(": \"2024-11-29\"");
    assertThat(FuzzyDate.rewrittenHint("November 2024")).hasValue(": \"2024-11\" (precision: month)");
    assertThat(FuzzyDate.rewrittenHint("31/02/2024")).isEmpty();
    assertThat(FuzzyDate.rewrittenHint("last week")).isEmpty();
  }

  @Test
  void refusesImpossibleDates() {
    assertThat(read("date: '2024-02-30'\nprecision: day\n").problems()).containsExactly("'2024-02-30' is not a real date");
  }

  @Test
  void refusesAPrecisionThatDoesNotMatchTheDate() {
    assertThat(read("date: '2024-11'\nprecision: day\n").problems())
        .containsExactly("precision 'day' needs a date written as YYYY-MM-DD, not '2024-11'");
  }

  @Test
  void requiresANoteForApproximateDates() {
    assertThat(read("date: '2024-11-30'\nprecision: approximate\n").problems()).containsExactly("an approximate date needs a note");
  }

  @Test
  void sortsByTheFirstDayItCanMean() {
    assertThat(read("date: '2024-11'\nprecision: month\n").date())
        .isLessThan(read("date: '2024-11-02'\nprecision: day\n").date());
  }
}
