package org.explainer.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 */
@Yaml.What("the publication date")
public record FuzzyDate(LocalDate start, String written, Precision precision, @Translatable Optional<String> note)
    implements Comparable<FuzzyDate> {

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** How precise a date is. */
  public enum Precision implements Yaml.Keyword {
    DAY,
    MONTH,
    YEAR,
    APPROXIMATE
  }

  /** The day {@code day}, known to the day. */
  public static FuzzyDate day(LocalDate day) {
    return new FuzzyDate(day, day.toString(), Precision.DAY, Optional.empty());
  }

  /** The date for machines (ISO 8601, as precise as known), e.g. for {@code <time datetime>}. */
  public String iso() {
    return written;
  }

  @Override
  public int compareTo(FuzzyDate other) {
    return start.compareTo(other.start);
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
      f.error("precision", "unknown precision '" + precisionText + "'", "use one of: day, month, year, approximate");
      return null;
    }
    Matcher m = FORM.matcher(written);
    if (!m.matches()) {
      f.error("date", "'" + written + "' is not a date", "write it as YYYY-MM-DD, YYYY-MM or YYYY, in quotes");
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
    if (precision == Precision.APPROXIMATE && note.isEmpty()) {
      f.error("precision", "an approximate date needs a note", "add 'note:' saying how the date was estimated");
    }
    return new FuzzyDate(start, written, precision, note);
  }
}
