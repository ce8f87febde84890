package org.explainer.site;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problem;
import org.explainer.files.ConfinedFolder;

/**
 * The interface text readers see that does not come from content: page titles, navigation labels, the
 * way dates are written and the like, read from {@code templates/messages/<language>.properties}
 * (UTF-8). Values are ICU message patterns: {@code {name}} stands for an argument, and an apostrophe is
 * an apostrophe; the values of {@link #DATE_PATTERNS} ({@code date.day}, …) are ICU date patterns.
 * Immutable: the dates and the messages without arguments it has written are remembered, and each
 * thread keeps the message formats it has made, since a site writes the same few hundred messages and
 * dates on thousands of pages and an ICU format is costly to make (an ICU {@link MessageFormat} is not
 * safe to share between threads).
 */
public final class Messages {
  /** The messages that are ICU date patterns ({@link #date}) rather than message patterns. */
  static final Set<String> DATE_PATTERNS = Set.of("date.day", "date.month", "date.year", "date.aroundMonth", "date.rangeStartSameMonth",
      "date.rangeStartSameYear");

  /** Largest messages file read, in bytes. */
  static final long MAX_BYTES = 1024 * 1024;

  private final Map<String, String> patterns;
  private final ULocale locale;
  private final Path file;
  /** Dates written so far, by key and day: a cache of {@link #date}'s results, the same whatever the order of calls. */
  private final Map<DateKey, String> dates = new ConcurrentHashMap<>();

  private record DateKey(LocalDate day, String key) {}

  /** The messages without arguments written so far, by key: a cache of {@link #text}'s results. */
  private final Map<String, String> texts = new ConcurrentHashMap<>();
  /** Each thread's message formats made so far, by key: a format is made once per thread, not once per message. */
  private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(HashMap::new);

  /** The line each key is written on in {@link #file}, from 1. */
  private final Map<String, Integer> lines;

  private Messages(Map<String, String> patterns, ULocale locale, Path file, Map<String, Integer> lines) {
    this.patterns = patterns;
    this.locale = locale;
    this.file = file;
    this.lines = lines;
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
          base.equals("en") ? "restore templates/messages/en.properties, the interface text every language starts from"
              + " (git checkout -- templates/messages/en.properties), or change 'language:' in site.yaml"
              : "add templates/messages/" + base + ".properties (copy en.properties and translate its values), or change 'language:' in site.yaml");
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
    return new Messages(Map.copyOf(patterns), new ULocale(language), file, keyLines(new String(bytes, StandardCharsets.UTF_8)));
  }

  /**
   * The line of each key of a properties file's {@code text}: the first line that starts with it, skipping
   * comments, blank lines and the lines that continue a value ending in a backslash. A key written with
   * escapes is not found, and its problems name the file alone.
   */
  private static Map<String, Integer> keyLines(String text) {
    Map<String, Integer> out = new HashMap<>();
    boolean continued = false;
    int number = 0;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      number++;
      String stripped = line.stripLeading();
      boolean wasContinued = continued;
      int slashes = 0;
      for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
        slashes++;
      }
      boolean comment = !wasContinued && (stripped.startsWith("#") || stripped.startsWith("!"));
      continued = !comment && slashes % 2 == 1;
      if (wasContinued || comment || stripped.isEmpty()) {
        continue;
      }
      int end = 0;
      while (end < stripped.length() && "=: \t\f".indexOf(stripped.charAt(end)) < 0) {
        end++;
      }
      out.putIfAbsent(stripped.substring(0, end), number);
    }
    return Map.copyOf(out);
  }

  /**
   * A problem for each message of {@code original} (the original language's messages) that these
   * messages lack, at the line where the key is written in the original's file: what a page in this
   * language would fail to show. Sorted by that line.
   */
  public List<Problem> missingFrom(Messages original) {
    List<Problem> out = new ArrayList<>();
    String shown = file.getFileName().toString(); // beside the original's file, where the problem is reported, wherever --templates puts it
    original.patterns.keySet().stream().filter(key -> !patterns.containsKey(key))
        .sorted(Comparator.comparingInt((String key) -> original.lines.getOrDefault(key, 0)).thenComparing(key -> key))
        .forEach(key -> {
          int line = original.lines.getOrDefault(key, 0);
          out.add(Problem.error(new Location(original.file, line, line > 0 ? 1 : 0),
              "the interface message '" + key + "' is missing from " + shown + ", beside this file",
              "add a line '" + key + "=…' to " + shown + ", with the translation of the text here: " + cited(original.patterns.get(key), 80)));
        });
    return List.copyOf(out);
  }

  /**
   * A problem for each message that is not an ICU message pattern (a brace left open, a plural without
   * {@code other}), at the line where its key is written: what a page that shows it would fail on, as a
   * bug of the generator, when it formats it. Sorted by that line.
   */
  public List<Problem> patternErrors() {
    List<Problem> out = new ArrayList<>();
    patterns.keySet().stream().sorted(Comparator.comparingInt((String key) -> lines.getOrDefault(key, 0)).thenComparing(key -> key))
        .forEach(key -> {
          int line = lines.getOrDefault(key, 0);
          try {
            new MessageFormat(patterns.get(key), locale);
          } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            out.add(Problem.error(new Location(file, line, line > 0 ? 1 : 0),
                "the interface message '" + key + "' is not an ICU message pattern: " + e.getMessage(),
                "write an argument as {name}, close every '{' with '}', and quote a brace meant as text: '{'"));
            return;
          }
          if (DATE_PATTERNS.contains(key)) {
            try {
              formatDate(LocalDate.of(2024, 12, 3), key);
            } catch (IllegalArgumentException e) {
              out.add(Problem.error(new Location(file, line, line > 0 ? 1 : 0),
                  "the interface message '" + key + "' is not an ICU date pattern: " + rootMessage(e),
                  "write the date with ICU's pattern letters (d day, MMMM month, y year) and quote other letters: 'de'"));
            }
          }
        });
    return List.copyOf(out);
  }

  /** The message of the innermost cause of {@code e}: ICU wraps its own exception in two more. */
  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }

  /** {@code text} in quotation marks, cut to {@code max} characters. */
  private static String cited(String text, int max) {
    return "“" + (text.length() > max ? text.substring(0, max - 1) + "…" : text) + "”";
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
    return texts.computeIfAbsent(key, k -> format(k, Map.of()));
  }

  /** The message {@code key} with its arguments filled in from {@code args}. */
  public String format(String key, Map<String, Object> args) {
    return formats.get().computeIfAbsent(key, k -> new MessageFormat(pattern(k), locale)).format(args);
  }

  /**
   * {@code items} joined as a list in the messages' language: "a, b and c". English without a region is
   * listed as CLDR's international English (en_001) lists it, without the American comma before "and", as
   * its dates are written day first.
   */
  public String list(List<String> items) {
    boolean english = locale.getLanguage().equals("en") && locale.getCountry().isEmpty();
    return ListFormatter.getInstance(english ? new ULocale("en_001") : locale).format(items);
  }

  /**
   * The message {@code key} once for each plural category it writes out for its argument {@code
   * plural} ({@code one}, {@code few}, {@code many}, {@code other}, as the pattern names them), with
   * {@code placeholder} where the number goes and the other arguments from {@code args}: for a script
   * that picks the text for a number with the browser's {@code Intl.PluralRules}, which knows the same
   * categories. Explicit values ({@code =0}) are left out.
   */
  public Map<String, String> pluralCases(String key, String plural, String placeholder, Map<String, Object> args) {
    String pattern = pattern(key);
    MessagePattern parsed = new MessagePattern(pattern);
    for (int i = 0; i < parsed.countParts(); i++) {
      MessagePattern.Part part = parsed.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.PLURAL
          && parsed.getSubstring(parsed.getPart(i + 1)).equals(plural)) {
        int limit = parsed.getLimitPartIndex(i);
        String before = pattern.substring(0, part.getIndex());
        String after = pattern.substring(parsed.getPart(limit).getLimit());
        Map<String, String> out = new LinkedHashMap<>();
        for (int j = i + 2; j < limit; j++) {
          MessagePattern.Part selector = parsed.getPart(j);
          if (selector.getType() != MessagePattern.Part.Type.ARG_SELECTOR) {
            continue;
          }
          int start = parsed.getPart(j + 1).getType() == MessagePattern.Part.Type.MSG_START ? j + 1 : j + 2;
          int end = parsed.getLimitPartIndex(start);
          String category = parsed.getSubstring(selector);
          if (!category.startsWith("=")) {
            String sub = subMessage(parsed, pattern, start, end, placeholder);
            out.put(category, new MessageFormat(before + sub + after, locale).format(args));
          }
          j = end;
        }
        return out;
      }
    }
    throw ContentException.of(Location.of(file), "the interface message '" + key + "' has no plural argument '" + plural + "'",
        "write it as {" + plural + ", plural, one{…} other{…}}");
  }

  /** The sub-message between parts {@code start} and {@code end}, its number signs ('#') replaced by {@code placeholder}, quoted. */
  private static String subMessage(MessagePattern parsed, String pattern, int start, int end, String placeholder) {
    StringBuilder out = new StringBuilder();
    int from = parsed.getPart(start).getLimit();
    for (int k = start + 1; k < end; k++) {
      MessagePattern.Part p = parsed.getPart(k);
      if (p.getType() == MessagePattern.Part.Type.REPLACE_NUMBER) {
        out.append(pattern, from, p.getIndex()).append(quoted(placeholder));
        from = p.getLimit();
      }
    }
    return out.append(pattern, from, parsed.getPart(end).getIndex()).toString();
  }

  /** A messages file as an editor finds it: its templates folder, {@code messages/} and its name. */
  private static String shown(Path file) {
    Path messages = file.toAbsolutePath().normalize().getParent();
    Path templates = messages == null ? null : messages.getParent();
    return templates == null || templates.getFileName() == null ? file.getFileName().toString()
        : templates.getFileName() + "/" + messages.getFileName() + "/" + file.getFileName();
  }

  /** {@code text} as literal text in a message pattern. */
  private static String quoted(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private String pattern(String key) {
    String pattern = patterns.get(key);
    if (pattern == null) {
      throw ContentException.of(Location.of(file), "the interface message '" + key + "' is missing",
          "add a line '" + key + "=…' to " + shown(file));
    }
    return pattern;
  }
}
