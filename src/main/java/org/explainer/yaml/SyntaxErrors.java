package org.explainer.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error told in plain words: what an editor wrote that YAML cannot read, where, and how
 * to write it instead. SnakeYAML says what its parser expected ("mapping values are not allowed here",
 * "could not find expected ':'"); the common mistakes behind those (a tab, a ': ' or a quotation mark in
 * an unquoted value, an unclosed quote, a key without its colon, a line indented wrongly) are recognised
 * from the error and the line it is on, and named; anything else keeps SnakeYAML's words, at its place.
 */
final class SyntaxErrors {
  private static final String PREFIX = "YAML syntax error: ";
  private static final Pattern QUOTED_VALUE = Pattern.compile("^\\s*(?:-\\s+)?(?:[^\\s\"'#][^:#]*:\\s+)?([\"'])");
  private static final Pattern CANNOT_START = Pattern.compile("found character '(.+?)' that cannot start any token");
  private static final Pattern UNKNOWN_ESCAPE = Pattern.compile("found unknown escape character (\\S+?)\\(\\d+\\)");
  /** A line of {@code key: value}: its indentation and key, and the value. */
  private static final Pattern KEY_AND_VALUE = Pattern.compile("^(\\s*[^\\s\"'#\\-\\[{][^:]*:\\s+)(\\S.*)$");

  private SyntaxErrors() {}

  /**
   * The problem behind {@code e}, thrown while parsing {@code text}, which starts on line {@code
   * firstLine} of {@code file}.
   */
  static ContentException explain(JsonProcessingException e, String text, Path file, int firstLine) {
    String[] lines = text.split("\n", -1);
    Location at = errorLocation(e, file, firstLine);
    Location quote = unclosedQuote(lines, file, firstLine, at.line());
    if (quote != null) {
      return ContentException.of(quote, PREFIX + "the quoted value that starts here is not closed on its line",
          "close the quotation mark that starts the value");
    }
    if (!(e.getCause() instanceof MarkedYAMLException marked) || marked.getProblemMark() == null) {
      return ContentException.of(at, describe(e), fixFor(e));
    }
    String problem = String.valueOf(marked.getProblem());
    String context = String.valueOf(marked.getContext());
    Spot spot = new Spot(lines, marked.getProblemMark());
    if (problem.contains("\\t") || problem.contains("\t") || problem.contains("tab character")) {
      return spot.isIndentation()
          ? ContentException.of(at, PREFIX + "this line is indented with a tab", "use spaces to indent, not tabs")
          : ContentException.of(at, PREFIX + "a tab here, where YAML allows only spaces", "use a space instead of the tab");
    }
    char closing = spot.closingQuoteBefore();
    if (closing != 0 && problem.startsWith("expected <block end>")) {
      return ContentException.of(at, PREFIX + "this text comes after the quotation mark that closes the value", closing == '"'
          ? "put the whole value in one pair of double quotes, and write a \" inside it as \\\" (or use “ ” for a quotation inside it)"
          : "write an apostrophe inside single quotes as two ('') or put the whole value in double quotes instead");
    }
    if (problem.contains("mapping values are not allowed") || problem.contains("expected <block end>")) {
      Optional<String> indentation = misindented(lines, at.line() - firstLine, firstLine);
      if (indentation.isPresent()) {
        return ContentException.of(new Location(file, at.line(), 1),
            PREFIX + "this line is indented by " + spaces(indent(lines[at.line() - firstLine])) + ", which lines it up with no key above it",
            indentation.get());
      }
    }
    if (problem.contains("mapping values are not allowed")) {
      return colonInValue(spot, file, firstLine, at);
    }
    if (problem.contains("could not find expected ':'") && marked.getContextMark() != null) {
      return ContentException.of(location(marked.getContextMark(), file, firstLine),
          PREFIX + "this line is neither 'key: value' nor indented to continue the value above it",
          "if it continues that value, indent it or join it to that line; if it is a field, put ': ' after its name");
    }
    if (context.contains("quoted scalar") && problem.contains("end of stream") && marked.getContextMark() != null) {
      return ContentException.of(location(marked.getContextMark(), file, firstLine), PREFIX + "the quoted value that starts here is never closed",
          "close the quotation mark that starts the value");
    }
    Matcher escape = UNKNOWN_ESCAPE.matcher(problem);
    if (escape.find()) {
      return ContentException.of(new Location(file, at.line(), Math.max(1, at.column() - 1)),
          PREFIX + "'\\" + escape.group(1) + "' is not an escape YAML knows (in double quotes a backslash starts one)",
          "write a backslash as \\\\, or put the value in single quotes");
    }
    Matcher cannotStart = CANNOT_START.matcher(problem);
    if (cannotStart.find()) {
      return ContentException.of(at, PREFIX + "a value cannot start with '" + cannotStart.group(1) + "' unless it is in quotes",
          "put the whole value in double quotes");
    }
    if ((context.contains("scanning an alias") || context.contains("scanning an anchor")) && marked.getContextMark() != null) {
      Mark start = marked.getContextMark();
      Spot value = new Spot(lines, start);
      String line = start.getLine() < lines.length ? lines[start.getLine()] : "";
      int index = Math.min(Math.max(0, value.index()), line.length());
      return markInFront(location(start, file, firstLine), context.contains("alias") ? '*' : '&', line.substring(0, index), line.substring(index));
    }
    if (context.contains("flow sequence") && problem.startsWith("expected ','") && marked.getContextMark() != null) {
      return ContentException.of(location(marked.getContextMark(), file, firstLine),
          PREFIX + "the list that starts here with '[' is not closed, or holds an item YAML cannot read",
          "close it with ']' on the same line, with a ', ' between items; put an item with ',', ':' or '#' in double quotes");
    }
    if (context.contains("flow mapping") && problem.startsWith("expected ','") && marked.getContextMark() != null) {
      return ContentException.of(location(marked.getContextMark(), file, firstLine),
          PREFIX + "the mapping that starts here with '{' is not closed, or holds an entry YAML cannot read",
          "close it with '}' on the same line, with a ', ' between entries; put a value with ',', ':' or '#' in double quotes");
    }
    if (problem.contains("sequence entries are not allowed")) {
      return ContentException.of(at, PREFIX + "a list cannot start on the line of its key",
          "start the list on the next line, each item on a line of its own after '- '; if the '- ' belongs to the text, put the whole value in double quotes");
    }
    return ContentException.of(at, describe(e), fixFor(e));
  }

  /**
   * A value that starts with {@code mark} ('*' or '&amp;'), which YAML does not read as text: in plain
   * words, with the line as it should be written when it is a plain {@code key: value} or list item (its
   * indentation kept, a comment after the value left outside the quotes).
   *
   * @param at where the value starts
   * @param before the line before the value
   * @param value the rest of the line, from the value on
   */
  static ContentException markInFront(Location at, char mark, String before, String value) {
    String prefix = before.strip();
    String indent = before.substring(0, before.length() - before.stripLeading().length());
    String rest = value.replace('\t', ' ');
    int comment = rest.indexOf(" #"); // a comment after the value stays one, outside the quotes
    String whole = (comment < 0 ? rest : rest.substring(0, comment)).strip();
    String fixed = indent + (prefix.isEmpty() ? "" : prefix + " ") + "\"" + whole.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
        + (comment < 0 ? "" : " " + rest.substring(comment).strip());
    boolean shown = !prefix.contains("[") && !prefix.contains("{") && fixed.length() <= 100;
    return ContentException.of(at, PREFIX + "a value that starts with '" + mark + "' must be in double quotes",
        shown ? "write the line as: " + fixed : "put the whole value in double quotes");
  }

  /**
   * A "mapping values are not allowed here": a ': ' inside an unquoted value, or, when the colon is the
   * first of its line, a line above without the ': ' after its key (YAML reads the two as one text).
   */
  private static ContentException colonInValue(Spot spot, Path file, int firstLine, Location at) {
    String line = spot.line();
    int firstColon = line.indexOf(':');
    if (firstColon >= 0 && firstColon < spot.index()) {
      Matcher m = KEY_AND_VALUE.matcher(line);
      String example = m.matches() && !m.group(2).startsWith("\"") ? m.group(1).strip() + " \"" + m.group(2).strip().replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : "";
      return ContentException.of(at, PREFIX + "the ': ' here makes YAML read the rest of the value as another 'key: value'",
          "put the whole value in double quotes" + (example.isEmpty() || example.length() > 80 ? "" : ": " + example));
    }
    for (int i = Math.min(spot.lineIndex(), spot.lines().length) - 1; i >= 0; i--) {
      String above = spot.lines()[i];
      if (above.isBlank() || above.strip().startsWith("#")) {
        continue;
      }
      if (!above.contains(":")) {
        return ContentException.of(new Location(file, i + firstLine, keyColumn(above) + 1), PREFIX + "this line has no ':' after its key",
            "write it as 'key: value'; YAML reads a line without ': ' as text that goes on into the next line");
      }
      break;
    }
    return ContentException.of(at, PREFIX + "YAML cannot read this ':' as the end of a key",
        "check this line and the one above: each field is 'key: value', and a value with ': ' in it goes in double quotes");
  }

  /**
   * Where SnakeYAML stopped: the line of the text, and the index in it of the mark's column (which
   * counts code points).
   */
  private record Spot(String[] lines, int lineIndex, int index) {
    Spot(String[] lines, Mark mark) {
      this(lines, mark.getLine(), indexOf(lines, mark.getLine(), mark.getColumn()));
    }

    private static int indexOf(String[] lines, int line, int column) {
      if (line < 0 || line >= lines.length) {
        return 0;
      }
      String text = lines[line];
      return column <= text.codePointCount(0, text.length()) ? text.offsetByCodePoints(0, column) : text.length();
    }

    String line() {
      return lineIndex >= 0 && lineIndex < lines.length ? lines[lineIndex] : "";
    }

    /** True when only spaces and tabs come before the spot on its line. */
    boolean isIndentation() {
      return line().substring(0, Math.min(index, line().length())).isBlank();
    }

    /**
     * The quotation mark that closes a quoted value just before the spot (spaces between), or 0: the
     * spot is then text left over after a value that was quoted only in part.
     */
    char closingQuoteBefore() {
      String line = line();
      int i = Math.min(index, line.length()) - 1;
      while (i >= 0 && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
        i--;
      }
      if (i < 0 || (line.charAt(i) != '"' && line.charAt(i) != '\'')) {
        return 0;
      }
      Matcher m = QUOTED_VALUE.matcher(line);
      return m.find() && closeOf(line, m.start(1)) == i ? line.charAt(i) : 0;
    }
  }

  /**
   * How to indent line {@code index} of {@code lines} (0-based; the text starts on file line {@code
   * firstLine}) so that it lines up with a key above it, or empty when it already lines up with one (so
   * the syntax error lies elsewhere). The keys it may line up with are those of the lines above it that
   * are less indented than every line between.
   */
  static Optional<String> misindented(String[] lines, int index, int firstLine) {
    if (index < 0 || index >= lines.length) {
      return Optional.empty();
    }
    int indent = indent(lines[index]);
    List<String> options = new ArrayList<>();
    int limit = Integer.MAX_VALUE;
    for (int i = index - 1; i >= 0 && limit > 0; i--) {
      String line = lines[i];
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int column = keyColumn(line);
      if (column == indent) {
        return Optional.empty();
      }
      if (column < limit) {
        limit = Math.min(column, indent(line));
        String key = line.strip().replaceFirst("^- ", "").split(":", 2)[0];
        if (options.size() < 3) {
          options.add("by " + spaces(column) + " to line it up with '" + key + ":' (line " + (i + firstLine) + ")");
        }
      }
    }
    return options.isEmpty() ? Optional.empty() : Optional.of("indent it " + String.join(", or ", options));
  }

  private static String spaces(int n) {
    return n + (n == 1 ? " space" : " spaces");
  }

  /** How many spaces start {@code line}. */
  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  /** Where the key of {@code line} starts: after its indentation and a list item's "- ". */
  private static int keyColumn(String line) {
    int column = indent(line);
    return line.startsWith("- ", column) ? column + 2 : column;
  }

  /**
   * The opening quotation mark of the first value, at or before {@code lastLine}, that is not closed on
   * its own line: the usual cause of a YAML syntax error reported further down.
   */
  static Location unclosedQuote(String[] lines, Path file, int firstLine, int lastLine) {
    for (int i = 0; i < lines.length && i + firstLine <= lastLine; i++) {
      Matcher m = QUOTED_VALUE.matcher(lines[i]);
      if (m.find() && closeOf(lines[i], m.start(1)) < 0) {
        return new Location(file, i + firstLine, m.start(1) + 1);
      }
    }
    return null;
  }

  /** The index of the quotation mark that closes the one at {@code open} on {@code line}, or -1. */
  private static int closeOf(String line, int open) {
    char quote = line.charAt(open);
    for (int i = open + 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '"' && c == '\\') {
        i++;
      } else if (c == quote) {
        if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  private static Location location(Mark mark, Path file, int firstLine) {
    return new Location(file, mark.getLine() + firstLine, mark.getColumn() + 1);
  }

  private static Location errorLocation(JsonProcessingException e, Path file, int firstLine) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      return location(marked.getProblemMark(), file, firstLine);
    }
    JsonLocation loc = e.getLocation();
    if (loc == null) {
      return new Location(file, firstLine, 1);
    }
    return new Location(file, Math.max(loc.getLineNr(), 1) + firstLine - 1, Math.max(loc.getColumnNr(), 1));
  }

  /** SnakeYAML's or Jackson's own words, for an error not recognised above. */
  private static String describe(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked) {
      String problem = marked.getProblem() == null ? "" : marked.getProblem();
      String context = marked.getContext() == null ? "" : " (" + marked.getContext() + ")";
      return PREFIX + problem.replace("\t", "\\t") + context;
    }
    String message = e.getOriginalMessage();
    if (message.contains("String value length") || message.contains("exceeds the maximum")) {
      return "a YAML value is longer than " + YamlReader.MAX_SCALAR + " characters";
    }
    return PREFIX + message.replace("\t", "\\t");
  }

  private static String fixFor(JsonProcessingException e) {
    String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (text.contains("found undefined alias") || text.contains("alias")) {
      return "write the value out in full instead of using anchors and aliases";
    }
    if (text.contains("nesting depth") || text.contains("depth")) {
      return "flatten the structure";
    }
    if (text.contains("code point") || text.contains("maximum")) {
      return "shorten the file";
    }
    return "check the indentation and quoting around this point";
  }
}
