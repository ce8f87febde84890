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
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problems;
import org.yaml.snakeyaml.LoaderOptions;

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
   * file (1 for a whole file; 2 for front matter after its opening {@code ---}), every problem an
   * error that stops it (see {@link #read(String, Path, int, Problems)}).
   *
   * @return the root node, or an empty mapping for an empty document
   * @throws ContentException describing the syntax error, or any other problem, with its location and a fix
   */
  public YamlNode read(String text, Path file, int firstLine) {
    Problems problems = new Problems();
    YamlNode root = read(text, file, firstLine, problems);
    problems.throwIfErrors();
    return root;
  }

  /**
   * Parses {@code text} as {@link #read(String, Path, int)} does, recording in {@code problems} what
   * does not stop the document being read: a value cut short by a comment (YAML reads an unquoted
   * {@code Kyiv's plan #2} as {@code Kyiv's plan}), an error whose value is still what YAML says it is.
   * They are recorded only when the document can be read.
   *
   * @return the root node, or an empty mapping for an empty document
   * @throws ContentException describing the syntax error, with its location and a fix
   */
  public YamlNode read(String text, Path file, int firstLine, Problems problems) {
    try (JsonParser parser = factory().createParser(text)) {
      Document doc = new Document((YAMLParser) parser, Source.of(text), file, firstLine, new Problems(), new Problems());
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new YamlNode.Mapping(Map.of(), new Location(file, firstLine, 1));
      }
      YamlNode root = readValue(doc, 0, "the value");
      if (parser.nextToken() != null) {
        doc.fatal().error(
            location(parser.currentTokenLocation(), file, firstLine),
            "more than one YAML document",
            "remove the extra '---' line; one file holds one document");
      }
      doc.fatal().throwIfErrors();
      problems.addAll(doc.notes().all());
      return root;
    } catch (JsonProcessingException e) {
      throw SyntaxErrors.explain(e, text, file, firstLine);
    } catch (IOException e) {
      throw ContentException.of(Location.of(file), "cannot read YAML: " + e.getMessage(), "check the file");
    }
  }

  /**
   * One document being read.
   *
   * @param parser the parser, at the value being read
   * @param source the text it parses
   * @param file the file the text is from
   * @param firstLine the file's line the text starts on
   * @param fatal problems that stop the document being read
   * @param notes problems that do not
   */
  private record Document(YAMLParser parser, Source source, Path file, int firstLine, Problems fatal, Problems notes) {}

  /** The value the parser is at, {@code what} naming it for messages ("'headline'", "an item of 'tags'"). */
  private YamlNode readValue(Document doc, int depth, String what) throws IOException {
    YAMLParser parser = doc.parser();
    Path file = doc.file();
    int firstLine = doc.firstLine();
    Problems problems = doc.fatal();
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
          YamlNode value = readValue(doc, depth + 1, "'" + key + "'");
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
          items.add(readValue(doc, depth + 1, what.equals("the value") ? "an item of the list" : "an item of " + what));
        }
        return new YamlNode.Sequence(List.copyOf(items), at);
      }
      case VALUE_NULL -> {
        YamlNode.Scalar empty = new YamlNode.Scalar("", YamlNode.ScalarType.NULL, at);
        commentAfter(doc, empty, what);
        return empty;
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
          Source source = doc.source();
          JsonLocation start = parser.currentTokenLocation();
          int from = source.index(start.getLineNr(), start.getColumnNr());
          if (from >= 0 && !anchored(source.text().substring(0, from), parser.getText())) {
            // no anchor of that name above: text that happens to start with '*' ('headline: *word'), not an alias
            String line = source.text().substring(source.lineStart(start.getLineNr()), source.lineEnd(from));
            int index = from - source.lineStart(start.getLineNr());
            throw SyntaxErrors.markInFront(at, '*', line.substring(0, index), line.substring(index));
          }
        }
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
        YamlNode.Scalar scalar = new YamlNode.Scalar(text, text.isEmpty() ? YamlNode.ScalarType.NULL : YamlNode.ScalarType.TEXT, at);
        commentAfter(doc, scalar, what);
        return scalar;
      }
    }
  }

  /**
   * Whether {@code text} sets the anchor {@code name} ({@code &name} after a space, a '[', a '{' or a
   * ',', or at the start of a line), so that {@code *name} after it is meant as an alias. The parser does
   * not report every anchor (none on a text value), hence the look at the text itself.
   */
  private static boolean anchored(String text, String name) {
    return Pattern.compile("(?:^|[\\s\\[{,])&" + Pattern.quote(name) + "(?=[\\s,\\]}]|$)", Pattern.MULTILINE).matcher(text).find();
  }

  /**
   * Records an error when a comment follows {@code value}, an unquoted text or an empty value, on its
   * line: YAML reads {@code ' #'} and what follows as a comment, so an editor who wrote {@code headline:
   * Kyiv's plan #2 for the summit} would publish "Kyiv's plan" without a word said. An error, not a
   * warning: the cut is almost never meant (a comment of one's own goes on a line of its own, as in the
   * scaffolds), and a warning would let a plain build publish the cut text. A quoted value, a block
   * scalar ({@code |}, {@code >}), a tagged one, a number, true/false or a null written out is whole,
   * whatever follows it; so is a key whose value is on the lines below.
   */
  private static void commentAfter(Document doc, YamlNode.Scalar value, String what) {
    Source source = doc.source();
    JsonLocation start = doc.parser().currentTokenLocation();
    JsonLocation end = doc.parser().currentLocation();
    int from = source.index(start.getLineNr(), start.getColumnNr());
    int to = source.index(end.getLineNr(), end.getColumnNr());
    String text = source.text();
    if (from < 0 || to < 0) {
      return;
    }
    boolean nothingWritten = doc.parser().currentToken() == JsonToken.VALUE_NULL;
    if (nothingWritten ? from != to : from >= text.length() || "\"'|>!".indexOf(text.charAt(from)) >= 0) {
      return; // a null or ~ written out is whole; so is a quoted value, a block scalar and a tagged one
    }
    int hash = to;
    while (hash < text.length() && (text.charAt(hash) == ' ' || text.charAt(hash) == '\t')) {
      hash++;
    }
    if (hash == to || hash >= text.length() || text.charAt(hash) != '#') {
      return;
    }
    int lineStart = source.lineStart(end.getLineNr());
    Location at = new Location(doc.file(), end.getLineNr() + doc.firstLine() - 1, text.codePointCount(lineStart, hash) + 1);
    String reads = value.text().isEmpty() ? "which is left empty"
        : value.text().codePointCount(0, value.text().length()) <= 60 ? "which reads “" + value.text() + "”"
        : "which ends “…" + value.text().substring(value.text().offsetByCodePoints(value.text().length(), -40)) + "”";
    String example = "";
    if (start.getLineNr() == end.getLineNr()) {
      String prefix = text.substring(source.lineStart(start.getLineNr()), from).strip();
      String whole = text.substring(from, source.lineEnd(from)).strip().replace('\t', ' ');
      String quoted = "\"" + whole.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      example = prefix.contains("[") || prefix.contains("{") ? "" : prefix.isEmpty() ? quoted : prefix + " " + quoted;
    }
    doc.notes().error(at, "the text after ' #' is a YAML comment and is left out of " + what + ", " + reads,
        "put the whole value in double quotes if the text belongs to it" + (example.isEmpty() || example.length() > 80 ? "" : " (" + example + ")")
            + "; if it is a note, put it on a line of its own");
  }

  /**
   * The text being read, with where each of its lines starts as SnakeYAML counts lines (after a
   * line feed, U+2028 or U+2029; the content files have no other line break), to find what the
   * parser does not keep: what follows a value on its line.
   *
   * @param text the text
   * @param lineStarts the index in {@code text} where each line starts
   */
  private record Source(String text, int[] lineStarts) {
    static Source of(String text) {
      int[] starts = new int[16];
      int lines = 1;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\u2028' || c == '\u2029') {
          if (lines == starts.length) {
            starts = Arrays.copyOf(starts, lines * 2);
          }
          starts[lines++] = i + 1;
        }
      }
      return new Source(text, Arrays.copyOf(starts, lines));
    }

    /** Where the 1-based {@code line} starts in the text. */
    int lineStart(int line) {
      return lineStarts[Math.max(0, Math.min(line - 1, lineStarts.length - 1))];
    }

    /** Where the line holding {@code index} ends: its line break, or the end of the text. */
    int lineEnd(int index) {
      int found = Arrays.binarySearch(lineStarts, index);
      return endOf(found >= 0 ? found : -found - 2);
    }

    /** Where the line of 0-based number {@code line} ends: the line break before the next line's start, or the end of the text. */
    private int endOf(int line) {
      return line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
    }

    /** The index in the text of a 1-based {@code line} and {@code column} (counted in code points), or -1 when there is none. */
    int index(int line, int column) {
      if (line < 1 || line > lineStarts.length || column < 1) {
        return -1;
      }
      int start = lineStarts[line - 1];
      int end = endOf(line - 1);
      if (column - 1 > text.codePointCount(start, end)) {
        return -1;
      }
      return text.offsetByCodePoints(start, column - 1);
    }
  }

  private static Location location(JsonLocation loc, Path file, int firstLine) {
    int line = Math.max(loc.getLineNr(), 1);
    int column = Math.max(loc.getColumnNr(), 1);
    return new Location(file, line + firstLine - 1, column);
  }
}
