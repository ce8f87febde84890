package org.explainer.site;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.explainer.files.ConfinedFolder;

/**
 * The interface text readers see that does not come from content: page titles, navigation labels, the
 * way dates are written and the like, read from {@code templates/messages/<language>.properties}
 * (UTF-8). Values are ICU message patterns: {@code {name}} stands for an argument, and an apostrophe is
 * an apostrophe; the {@code date.*} values are ICU date patterns. Immutable: the dates it has written
 * are remembered, since a site writes the same few hundred dates on thousands of pages and an ICU date
 * format is costly to make.
 */
public final class Messages {
  /** Largest messages file read, in bytes. */
  static final long MAX_BYTES = 1024 * 1024;

  private final Map<String, String> patterns;
  private final ULocale locale;
  private final Path file;
  /** Dates written so far, by key and day: a cache of {@link #date}'s results, the same whatever the order of calls. */
  private final Map<DateKey, String> dates = new ConcurrentHashMap<>();

  private record DateKey(LocalDate day, String key) {}

  private Messages(Map<String, String> patterns, ULocale locale, Path file) {
    this.patterns = patterns;
    this.locale = locale;
    this.file = file;
  }

  /**
   * The messages for {@code language} (a BCP 47 tag) from the folder {@code dir}: the file named after
   * the tag ({@code en-GB.properties}), else after its language ({@code en.properties}).
   *
   * @throws ContentException when there is no such file or it cannot be read
   */
  public static Messages load(Path dir, String language) {
    String base = language.split("-")[0];
    Path file = dir.resolve(language + ".properties");
    if (!Files.exists(file)) {
      file = dir.resolve(base + ".properties");
    }
    if (!Files.exists(file)) {
      throw ContentException.of(Location.of(file), "there are no interface messages for the language '" + language + "'",
          "add templates/messages/" + base + ".properties (copy en.properties and translate its values), or change 'language:' in site.yaml");
    }
    Properties properties = new Properties();
    byte[] bytes = ConfinedFolder.of(dir, "templates/messages").read(file, MAX_BYTES, "keep interface text only in it");
    try (Reader in = new StringReader(new String(bytes, StandardCharsets.UTF_8))) {
      properties.load(in);
    } catch (IOException | IllegalArgumentException e) {
      throw ContentException.of(Location.of(file), "cannot read the interface messages (" + e.getMessage() + ")",
          "check that " + file.getFileName() + " is a UTF-8 properties file of 'key=text' lines");
    }
    Map<String, String> patterns = new HashMap<>();
    properties.forEach((key, value) -> patterns.put((String) key, (String) value));
    return new Messages(Map.copyOf(patterns), new ULocale(language), file);
  }

  /**
   * {@code day} written with the date pattern of the message {@code key}, an ICU date pattern such as
   * {@code d MMMM y}, in the messages' language and in UTC whatever the machine's time zone.
   */
  public String date(LocalDate day, String key) {
    return dates.computeIfAbsent(new DateKey(day, key), k -> formatDate(day, key));
  }

  private String formatDate(LocalDate day, String key) {
    SimpleDateFormat format = new SimpleDateFormat(pattern(key), locale);
    format.setTimeZone(TimeZone.GMT_ZONE);
    return format.format(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
  }

  /** The message {@code key}. */
  public String text(String key) {
    return format(key, Map.of());
  }

  /** The message {@code key} with its arguments filled in from {@code args}. */
  public String format(String key, Map<String, Object> args) {
    return new MessageFormat(pattern(key), locale).format(args);
  }

  /** {@code items} joined as a list in the messages' language: "a, b and c". */
  public String list(List<String> items) {
    return ListFormatter.getInstance(locale).format(items);
  }

  private String pattern(String key) {
    String pattern = patterns.get(key);
    if (pattern == null) {
      throw ContentException.of(Location.of(file), "the interface message '" + key + "' is missing",
          "add a line '" + key + "=…' to " + file.getFileName());
    }
    return pattern;
  }
}
