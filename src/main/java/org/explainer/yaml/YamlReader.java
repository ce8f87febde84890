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
import java.util.Map;
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
      throw SyntaxErrors.explain(e, text, file, firstLine);
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

  private static Location location(JsonLocation loc, Path file, int firstLine) {
    int line = Math.max(loc.getLineNr(), 1);
    int column = Math.max(loc.getColumnNr(), 1);
    return new Location(file, line + firstLine - 1, column);
  }
}
