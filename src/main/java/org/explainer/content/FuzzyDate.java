package org.explainer.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.explainer.diagnostic.DidYouMean;
import org.explainer.diagnostic.Location;
import org.explainer.yaml.Fields;
import org.explainer.yaml.Translatable;
import org.explainer.yaml.Yaml;

/**
 * A date as precise as the evidence allows: a day, a month, a year, or an approximate date, with a note
 * saying how it was established.
 *
 * @param start the first day the date can mean (used for sorting)
 * @param written the date as written, e.g. "2024-11" for a month
 * @param precision how precise the date is
 * @param note how the date was established, if said
 * @param writtenAt where the date is written: the value of its {@code date:}
 */
@Yaml.What("the publication date")
public record FuzzyDate(LocalDate start, String written, Precision precision, @Translatable Optional<String> note, Location writtenAt)
    implements Comparable<FuzzyDate> {

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** How precise a date is. */
  public enum Precision implements Yaml.Keyword {
    DAY,
    MONTH,
    YEAR,
    APPROXIMATE
  }

  /** The day {@code day}, known to the day, written at {@code at}. */
  public static FuzzyDate day(LocalDate day, Location at) {
    return new FuzzyDate(day, day.toString(), Precision.DAY, Optional.empty(), at);
  }

  /** The date for machines (ISO 8601, as precise as known), e.g. for {@code <time datetime>}. */
  public String iso() {
    return written;
  }

  @Override
  public int compareTo(FuzzyDate other) {
    return start.compareTo(other.start);
  }

  /** Day, month and year with '/', '.' or '-' between them ("29/11/2024", "29.11.2024"). */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})");
  /** A date with the month in words ("29 November 2024", "November 29, 2024", "November 2024"). */
  private static final Pattern IN_WORDS = Pattern.compile("(?:(\\d{1,2})\\s+)?([A-Za-z]+)\\.?\\s*(\\d{1,2})?,?\\s+(\\d{4})");
  private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december");

  /**
   * For a date written another common way ({@code 29/11/2024}, {@code 29 November 2024}, {@code Nov 29,
   * 2024}), the end of the fix that gives it as the site writes it ({@code : "2024-11-29"}), saying
   * which number was taken for the day when both could be; empty when {@code written} is none of those.
   */
  static Optional<String> rewrittenHint(String written) {
    String text = written.strip();
    Matcher dmy = DAY_MONTH_YEAR.matcher(text);
    if (dmy.matches()) {
      int first = Integer.parseInt(dmy.group(1));
      int second = Integer.parseInt(dmy.group(2));
      boolean monthFirst = first <= 12 && second > 12;
      int day = monthFirst ? second : first;
      int month = monthFirst ? first : second;
      return iso(Integer.parseInt(dmy.group(3)), month, day).map(iso -> ": \"" + iso + "\""
          + (first <= 12 && second <= 12 && first != second ? " if " + day + " is the day and " + month + " the month" : ""));
    }
    Matcher words = IN_WORDS.matcher(text);
    if (words.matches()) {
      String name = words.group(2).toLowerCase(Locale.ROOT);
      int month = 0;
      for (int i = 0; i < MONTHS.size() && month == 0; i++) {
        if (name.length() >= 3 && MONTHS.get(i).startsWith(name)) {
          month = i + 1;
        }
      }
      String day = words.group(1) != null ? words.group(1) : words.group(3);
      if (month == 0 || words.group(1) != null && words.group(3) != null) {
        return Optional.empty();
      }
      int year = Integer.parseInt(words.group(4));
      return day == null ? Optional.of(": \"" + String.format(Locale.ROOT, "%04d-%02d", year, month) + "\" (precision: month)")
          : iso(year, month, Integer.parseInt(day)).map(iso -> ": \"" + iso + "\"");
    }
    return Optional.empty();
  }

  private static Optional<String> iso(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day).toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads {@code date}, {@code precision} and {@code note} from {@code f}; null after recording a
   * problem.
   */
  public static FuzzyDate read(Fields f) {
    String written = f.text("date");
    String precisionText = f.text("precision");
    Optional<String> note = f.optionalText("note");
    if (written.isEmpty() || precisionText.isEmpty()) {
      return null;
    }
    Precision precision;
    try {
      precision = Precision.valueOf(precisionText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      f.error("precision", "unknown precision '" + precisionText + "'",
          DidYouMean.hint(precisionText, List.of("day", "month", "year", "approximate")) + "use one of: day, month, year, approximate");
      return null;
    }
    Matcher m = FORM.matcher(written);
    if (!m.matches()) {
      f.error("date", "'" + written + "' is not a date", "write it as YYYY-MM-DD, YYYY-MM or YYYY, in quotes" + rewrittenHint(written).orElse(""));
      return null;
    }
    LocalDate start;
    try {
      start =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
              m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      f.error("date", "'" + written + "' is not a real date", "check the month and day");
      return null;
    }
    int expected =
        switch (precision) {
          case DAY -> 10;
          case MONTH -> 7;
          case YEAR -> 4;
          case APPROXIMATE -> written.length();
        };
    if (written.length() != expected) {
      String form = expected == 10 ? "YYYY-MM-DD" : expected == 7 ? "YYYY-MM" : "YYYY";
      f.error("date", "precision '" + precision.id() + "' needs a date written as " + form + ", not '" + written + "'",
          "write the date as " + form + " or change the precision");
      return null;
    }
    if (precision == Precision.APPROXIMATE && note.isEmpty() && !f.misspelt("note")) {
      f.error("precision", "an approximate date needs a note", "add 'note:' saying how the date was estimated");
    }
    return new FuzzyDate(start, written, precision, note, f.valueAt("date"));
  }
}
