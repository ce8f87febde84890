package org.explainer.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses YAML text into a {@link YamlNode} tree that keeps every value's location, using Jackson's
 * streaming YAML parser. Refuses what content files never need and what could be abused: anchors and
 * aliases, duplicate keys, non-text keys, nesting deeper than {@value #MAX_DEPTH} levels.
 *
 * <p>Thread-safe: the library's factory is built once, under a lock, and immutable once built.
 */
public final class YamlReader {
  /** Deepest nesting of mappings and lists accepted. */
  public static final int MAX_DEPTH = 32;
  /** Longest single value accepted, in characters: far beyond any real field, far below memory trouble. */
  public static final int MAX_SCALAR = 100_000;

  private final int maxChars;
  private final int maxScalar;
  /** Built on first use; immutable once built. */
  private YAMLFactory factory;

  /** A reader whose parser refuses documents over {@code maxChars} characters. */
  public YamlReader(int maxChars) {
    this.maxChars = Math.max(maxChars, 1);
    this.maxScalar = Math.min(this.maxChars, MAX_SCALAR);
  }

  private synchronized YAMLFactory factory() {
    if (factory == null) {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both lines
      options.setMaxAliasesForCollections(0);
      options.setNestingDepthLimit(MAX_DEPTH + 2);
      options.setCodePointLimit(maxChars);
      factory =
          YAMLFactory.builder()
              .loaderOptions(options)
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(MAX_DEPTH + 2)
                      .maxStringLength(maxScalar)
                      .build())
              .build();
    }
    return factory;
  }

  /**
   * Parses {@code text}, read from {@code file}, whose first line is line {@code firstLine} of the
   * file (1 for a whole file; 2 for front matter after its opening {@code ---}).
   *
   * @return the root node, or an empty mapping for an empty document
   * @throws ContentException describing the syntax error, with its location and a fix
   */
  public YamlNode read(String text, Path file, int firstLine) {
    try (JsonParser parser = factory().createParser(text)) {
      Problems problems = new Problems();
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new YamlNode.Mapping(Map.of(), new Location(file, firstLine, 1));
      }
      YamlNode root = readValue((YAMLParser) parser, file, firstLine, 0, problems);
      if (parser.nextToken() != null) {
        problems.error(
            location(parser.currentTokenLocation(), file, firstLine),
            "more than one YAML document",
            "remove the extra '---' line; one file holds one document");
      }
      problems.throwIfErrors();
      return root;
    } catch (JsonProcessingException e) {
      Location at = errorLocation(e, file, firstLine);
      Location quote = unclosedQuote(text, file, firstLine, at.line());
      if (quote != null) {
        throw ContentException.of(quote, "YAML syntax error: the quoted value that starts here is not closed on its line",
            "close the quotation mark that starts the value");
      }
      String message = String.valueOf(e.getMessage());
      if (message.contains("mapping values are not allowed") || message.contains("expected <block end>")) {
        Optional<String> indentation = misindented(text, at.line() - firstLine, firstLine);
        if (indentation.isPresent()) {
          throw ContentException.of(new Location(file, at.line(), 1),
              "YAML syntax error: this line is indented by " + spaces(indent(text.split("\n", -1)[at.line() - firstLine]))
                  + ", which lines it up with no key above it",
              indentation.get());
        }
      }
      throw ContentException.of(at, describe(e), fixFor(e));
    } catch (IOException e) {
      throw ContentException.of(Location.of(file), "cannot read YAML: " + e.getMessage(), "check the file");
    }
  }

  private YamlNode readValue(YAMLParser parser, Path file, int firstLine, int depth, Problems problems)
      throws IOException {
    Location at = location(parser.currentTokenLocation(), file, firstLine);
    if (parser.getCurrentAnchor() != null) {
      problems.error(
          at,
          "YAML anchor '&" + parser.getCurrentAnchor() + "' is not allowed in content files",
          "write the value out in full instead of using anchors and aliases");
    }
    if (depth > MAX_DEPTH) {
      throw ContentException.of(at, "YAML nested more than " + MAX_DEPTH + " levels deep", "flatten the structure");
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          Location keyAt = location(parser.currentTokenLocation(), file, firstLine);
          parser.nextToken();
          YamlNode value = readValue(parser, file, firstLine, depth + 1, problems);
          YamlNode.Entry previous = entries.get(key);
          if (previous != null) {
            problems.error(
                keyAt,
                "duplicate key '" + key + "' (first written on line " + previous.keyAt().line() + ")",
                "keep one of the two");
          } else {
            entries.put(key, new YamlNode.Entry(key, keyAt, value));
          }
        }
        return new YamlNode.Mapping(Collections.unmodifiableMap(entries), at);
      }
      case START_ARRAY -> {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(readValue(parser, file, firstLine, depth + 1, problems));
        }
        return new YamlNode.Sequence(List.copyOf(items), at);
      }
      case VALUE_NULL -> {
        return new YamlNode.Scalar("", YamlNode.ScalarType.NULL, at);
      }
      case VALUE_TRUE -> {
        return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.TRUE, at);
      }
      case VALUE_FALSE -> {
        return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.FALSE, at);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.NUMBER, at);
      }
      default -> {
        if (parser.isCurrentAlias()) {
          throw ContentException.of(
              at,
              "YAML alias '*" + parser.getText() + "' is not allowed in content files",
              "write the value out in full instead of using anchors and aliases");
        }
        String text = parser.getText();
        if (text.length() > MAX_SCALAR) {
          throw ContentException.of(at, "a YAML value is " + text.length() + " characters long, over the limit of " + MAX_SCALAR,
              "shorten it; long text belongs in the Markdown body");
        }
        return new YamlNode.Scalar(text, text.isEmpty() ? YamlNode.ScalarType.NULL : YamlNode.ScalarType.TEXT, at);
      }
    }
  }

  /**
   * How to indent line {@code index} of {@code text} (0-based; the text starts on file line {@code
   * firstLine}) so that it lines up with a key above it,
   * or empty when it already lines up with one (so the syntax error lies elsewhere). The keys it may
   * line up with are those of the lines above it that are less indented than every line between.
   */
  static Optional<String> misindented(String text, int index, int firstLine) {
    String[] lines = text.split("\n", -1);
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

  private static final Pattern QUOTED_VALUE =
      Pattern.compile("^\\s*(?:-\\s+)?(?:[^\\s\"'#][^:#]*:\\s+)?([\"'])");

  /**
   * The opening quotation mark of the first value, at or before {@code lastLine}, that is not closed on
   * its own line: the usual cause of a YAML syntax error reported further down.
   */
  static Location unclosedQuote(String text, Path file, int firstLine, int lastLine) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length && i + firstLine <= lastLine; i++) {
      Matcher m = QUOTED_VALUE.matcher(lines[i]);
      if (m.find() && !closes(lines[i], m.start(1))) {
        return new Location(file, i + firstLine, m.start(1) + 1);
      }
    }
    return null;
  }

  private static boolean closes(String line, int open) {
    char quote = line.charAt(open);
    for (int i = open + 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '"' && c == '\\') {
        i++;
      } else if (c == quote) {
        if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }

  private static Location location(JsonLocation loc, Path file, int firstLine) {
    int line = Math.max(loc.getLineNr(), 1);
    int column = Math.max(loc.getColumnNr(), 1);
    return new Location(file, line + firstLine - 1, column);
  }

  private static Location errorLocation(JsonProcessingException e, Path file, int firstLine) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      return new Location(
          file, marked.getProblemMark().getLine() + firstLine, marked.getProblemMark().getColumn() + 1);
    }
    JsonLocation loc = e.getLocation();
    return loc == null ? new Location(file, firstLine, 1) : location(loc, file, firstLine);
  }

  private static String describe(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked) {
      String problem = marked.getProblem() == null ? "" : marked.getProblem();
      String context = marked.getContext() == null ? "" : " (" + marked.getContext() + ")";
      return "YAML syntax error: " + problem.replace("\t", "\\t") + context;
    }
    String message = e.getOriginalMessage();
    if (message.contains("String value length") || message.contains("exceeds the maximum")) {
      return "a YAML value is longer than " + MAX_SCALAR + " characters";
    }
    return "YAML syntax error: " + message.replace("\t", "\\t");
  }

  private static String fixFor(JsonProcessingException e) {
    String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (text.contains("\\t") || text.contains("'\t'") || text.contains("tab")) {
      return "indent with spaces; YAML does not allow tabs";
    }
    if (text.contains("mapping values are not allowed")) {
      return "put the value in double quotes when it contains ': '";
    }
    if (text.contains("could not find expected ':'")) {
      return "each line needs 'key: value'; put quotes around values with special characters";
    }
    if (text.contains("found undefined alias") || text.contains("alias")) {
      return "write the value out in full instead of using anchors and aliases";
    }
    if (text.contains("nesting depth") || text.contains("depth")) {
      return "flatten the structure";
    }
    if (text.contains("code point") || text.contains("maximum")) {
      return "shorten the file";
    }
    if (text.contains("found unexpected end of stream") || text.contains("quoted scalar")) {
      return "close the quotation mark that starts the value";
    }
    return "check the indentation and quoting around this point";
  }
}
