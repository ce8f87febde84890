package org.explainer.yaml;

import java.util.List;
import java.util.Map;
import org.explainer.diagnostic.Location;

/**
 * A YAML value that remembers where it was written, so that every later problem can name its file,
 * line and column. Built by {@link YamlReader}; read through {@link Fields}.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

  /** Where the value starts. */
  Location at();

  /** A short name of the node's kind for error messages ("text", "a list", "a mapping"). */
  String kindName();

  /**
   * A scalar: its text as written and what YAML resolved it to.
   *
   * @param text the text (empty for a null)
   * @param type what the scalar resolved to
   * @param at where it starts
   */
  record Scalar(String text, ScalarType type, Location at) implements YamlNode {
    @Override
    public String kindName() {
      return switch (type) {
        case NULL -> "an empty value";
        case TRUE, FALSE -> "a true/false value";
        case NUMBER -> "a number";
        case TEXT -> "text";
      };
    }
  }

  /**
   * A mapping, in source order.
   *
   * @param entries the entries by key, in source order
   * @param at where it starts
   */
  record Mapping(Map<String, Entry> entries, Location at) implements YamlNode {
    @Override
    public String kindName() {
      return "a mapping";
    }
  }

  /**
   * One key of a mapping and its value.
   *
   * @param key the key
   * @param keyAt where the key is written
   * @param value the value
   */
  record Entry(String key, Location keyAt, YamlNode value) {}

  /**
   * A sequence.
   *
   * @param items the items in order
   * @param at where it starts
   */
  record Sequence(List<YamlNode> items, Location at) implements YamlNode {
    @Override
    public String kindName() {
      return "a list";
    }
  }

  /**
   * What a scalar resolved to, as Jackson's YAML parser resolves it: YAML 1.1's booleans, so that {@code
   * yes} and {@code on} are true and {@code no} and {@code off} false, whatever their case ({@code y} and
   * {@code n} stay text).
   */
  enum ScalarType {
    TEXT,
    NUMBER,
    TRUE,
    FALSE,
    NULL
  }
}
