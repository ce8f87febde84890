package org.explainer.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.explainer.diagnostic.ControlCharacters;
import org.explainer.diagnostic.DidYouMean;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problems;

/**
 * Typed, located reading of one YAML mapping. Each accessor records a problem (with a fix) instead of
 * throwing, and returns a harmless default, so that one pass reports every problem of a file. Call
 * {@link #finish()} last: it reports keys no accessor asked for, with a did-you-mean.
 *
 * <pre>{@code
 * Fields f = Fields.of(node, "an actor", problems);
 * String name = f.text("name");
 * List<String> variants = f.textList("variants", false);
 * f.finish();
 * }</pre>
 */
public final class Fields {
  /** Ids: lowercase ASCII letters and digits, separated by single hyphens. */
  public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final YamlNode.Mapping mapping;
  private final String what;
  private final Problems problems;
  private final Set<String> known = new HashSet<>();
  /** Keys of the mappings nested in this one, with where they go ("'source:'"): for a key written a level too high. */
  private Map<String, String> nested = Map.of();
  private final Set<String> missing = new LinkedHashSet<>();
  /** Keys whose value had a problem when it was read: one problem a value. */
  private final Set<String> flagged = new HashSet<>();
  /** True when the node was no mapping: its problem says so, and the fields it lacks follow from it. */
  private final boolean notAMapping;

  private Fields(YamlNode.Mapping mapping, String what, Problems problems, boolean notAMapping) {
    this.mapping = mapping;
    this.what = what;
    this.problems = problems;
    this.notAMapping = notAMapping;
  }

  /**
   * Fields of {@code node}, which should be a mapping; otherwise a problem is recorded and an empty
   * mapping is read.
   *
   * @param what what the mapping describes, for messages ("an actor", "the front matter")
   */
  public static Fields of(YamlNode node, String what, Problems problems) {
    if (node instanceof YamlNode.Mapping mapping) {
      return new Fields(mapping, what, problems, false);
    }
    problems.error(
        node.at(), what + " should be a mapping of 'key: value' lines, not " + node.kindName(), "write it as 'key: value' lines");
    return new Fields(new YamlNode.Mapping(Map.of(), node.at()), what, problems, true);
  }

  /** Where the mapping starts. */
  public Location at() {
    return mapping.at();
  }

  /** Where {@code key} is written, or the mapping's start when it is absent. */
  public Location at(String key) {
    YamlNode.Entry entry = mapping.entries().get(key);
    return entry == null ? mapping.at() : entry.keyAt();
  }

  /** Where {@code key}'s value is written, or the mapping's start when it is absent. */
  public Location valueAt(String key) {
    YamlNode.Entry entry = mapping.entries().get(key);
    return entry == null ? mapping.at() : entry.value().at();
  }

  /** True when {@code key} is present (even with an empty value). */
  public boolean has(String key) {
    known.add(key);
    return mapping.entries().containsKey(key);
  }

  /** The text of {@code key} as written when it is a plain value, else null; records nothing. */
  public String peek(String key) {
    YamlNode.Entry entry = mapping.entries().get(key);
    return entry != null && entry.value() instanceof YamlNode.Scalar scalar ? scalar.text() : null;
  }

  /** A required, non-empty text value; "" after recording a problem. */
  public String text(String key) {
    return optionalText(key, true).orElse("");
  }

  /** An optional text value; empty when absent. Present but empty is a problem. */
  public Optional<String> optionalText(String key) {
    return optionalText(key, false);
  }

  private Optional<String> optionalText(String key, boolean required) {
    YamlNode node = value(key, required);
    if (node == null) {
      return Optional.empty();
    }
    return scalarText(node, key, required);
  }

  private Optional<String> scalarText(YamlNode node, String key) {
    return scalarText(node, key, true);
  }

  private Optional<String> scalarText(YamlNode node, String key, boolean required) {
    Optional<String> split = splitAtColon(node);
    if (split.isPresent()) {
      // "- Note: he argues…" is a key and a value to YAML, not a text with a colon in it
      about(key).error(node.at(), "'" + key + "' should be text, but the ': ' in it makes YAML read a key and a value",
          "put the whole text in double quotes: \"" + split.get() + "\"");
      return Optional.empty();
    }
    if (!(node instanceof YamlNode.Scalar scalar)) {
      about(key).error(node.at(), "'" + key + "' should be text, not " + node.kindName(), "write it on one line after '" + key + ": '");
      return Optional.empty();
    }
    if (scalar.type() == YamlNode.ScalarType.NULL || scalar.text().isBlank()) {
      about(key).error(node.at(), "'" + key + "' is empty", required ? "give it a value" : "give it a value or remove the line");
      return Optional.empty();
    }
    int control = ControlCharacters.find(scalar.text());
    if (control >= 0) {
      about(key).error(node.at(), "'" + key + "' holds the control character " + ControlCharacters.name(scalar.text().charAt(control))
          + ", which no page can show", "remove it (in quoted YAML it is written as an escape such as \\e, \\0 or \\x1b)");
      return Optional.empty();
    }
    return Optional.of(scalar.text().strip());
  }

  /**
   * A required web address (see {@link WebAddress#problem}); recorded as a problem when it is not one,
   * and returned as written (the build stops on the problem, so it reaches no page).
   */
  public String webAddress(String key) {
    String value = text(key);
    if (!value.isEmpty()) {
      checkWebAddress(key, value);
    }
    return value;
  }

  /** An optional web address, as {@link #webAddress} reads a required one. */
  public Optional<String> optionalWebAddress(String key) {
    Optional<String> value = optionalText(key);
    value.ifPresent(url -> checkWebAddress(key, url));
    return value;
  }

  private void checkWebAddress(String key, String url) {
    WebAddress.problem(url).ifPresent(problem -> error(key, "the address '" + url + "' in '" + key + "' " + problem,
        "write the full address of the page, starting with https://"));
  }

  /** A required id (see {@link #ID}); "" after recording a problem. */
  public String id(String key) {
    String value = text(key);
    if (!value.isEmpty() && !ID.matcher(value).matches()) {
      about(key).error(valueAt(key), "'" + key + "' is '" + value + "', which is not a valid id", idFix(value));
      return "";
    }
    return value;
  }

  /** A required reference to an id, with its location; null after recording a problem. */
  public Ref ref(String key) {
    YamlNode node = value(key, true);
    if (node == null) {
      return null;
    }
    return toRef(node, key);
  }

  /** A boolean, {@code fallback} when absent. */
  public boolean flag(String key, boolean fallback) {
    YamlNode node = value(key, false);
    if (node == null) {
      return fallback;
    }
    if (node instanceof YamlNode.Scalar s && (s.type() == YamlNode.ScalarType.TRUE || s.type() == YamlNode.ScalarType.FALSE)) {
      return s.type() == YamlNode.ScalarType.TRUE; // "yes" and "on" too, as YAML 1.1 reads them
    }
    about(key).error(node.at(), "'" + key + "' should be true or false, not " + describe(node), "write '" + key + ": true' or '" + key + ": false'");
    return fallback;
  }

  /** An integer, {@code fallback} when absent. */
  public int integer(String key, int fallback) {
    return integer(key, fallback, false);
  }

  /** An integer, {@code fallback} when absent or not a whole number (a problem if {@code required}, or not a whole number). */
  public int integer(String key, int fallback, boolean required) {
    return integer(key, required).orElse(fallback);
  }

  /** An integer, empty when absent or not a whole number (a problem if {@code required}, or not a whole number). */
  public OptionalInt integer(String key, boolean required) {
    YamlNode node = value(key, required);
    if (node == null) {
      return OptionalInt.empty();
    }
    if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NUMBER) {
      try {
        return OptionalInt.of(Integer.parseInt(s.text()));
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    about(key).error(node.at(), "'" + key + "' should be a whole number, not " + describe(node), "write a number such as '" + key + ": 2'");
    return OptionalInt.empty();
  }

  /**
   * A list of non-empty texts; empty when absent (a problem if {@code required}). A single text is
   * read as a list of one.
   */
  public List<String> textList(String key, boolean required) {
    List<String> out = new ArrayList<>();
    YamlNode single = mapping.entries().containsKey(key) ? mapping.entries().get(key).value() : null;
    if (single instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.TEXT) {
      known.add(key);
      scalarText(single, key).ifPresent(out::add);
      return List.copyOf(out);
    }
    for (YamlNode item : items(key, required)) {
      scalarText(item, key).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /** A list of non-empty texts, each with its location; a single text is read as a list of one. */
  public List<LocatedText> locatedTextList(String key, boolean required) {
    YamlNode single = mapping.entries().containsKey(key) ? mapping.entries().get(key).value() : null;
    List<YamlNode> nodes = single instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.TEXT ? List.of(single) : null;
    if (nodes != null) {
      known.add(key);
    } else {
      nodes = items(key, required);
    }
    List<LocatedText> out = new ArrayList<>();
    for (YamlNode item : nodes) {
      scalarText(item, key).ifPresent(text -> out.add(new LocatedText(text, item.at())));
    }
    return List.copyOf(out);
  }

  /** A list of references to ids, each with its location. */
  public List<Ref> refList(String key, boolean required) {
    List<Ref> out = new ArrayList<>();
    for (YamlNode item : items(key, required)) {
      Ref ref = toRef(item, key);
      if (ref != null) {
        out.add(ref);
      }
    }
    return List.copyOf(out);
  }

  /** A list of mappings, each read by {@code reader}; items that fail to read are skipped. */
  public <T> List<T> objectList(String key, boolean required, String itemWhat, Function<Fields, T> reader) {
    List<T> out = new ArrayList<>();
    for (YamlNode item : items(key, required)) {
      Fields fields = Fields.of(item, itemWhat, problems);
      T value = reader.apply(fields);
      fields.finish();
      if (value != null) {
        out.add(value);
      }
    }
    return List.copyOf(out);
  }

  /** A nested mapping, read by {@code reader}; empty when absent (a problem if {@code required}). */
  public <T> Optional<T> object(String key, boolean required, String itemWhat, Function<Fields, T> reader) {
    YamlNode node = value(key, required);
    if (node == null) {
      return Optional.empty();
    }
    Fields fields = Fields.of(node, itemWhat, problems);
    T value = reader.apply(fields);
    fields.finish();
    return Optional.ofNullable(value);
  }

  /**
   * Records a problem at the location of {@code key}'s value (or of the mapping when it is absent),
   * unless reading the value found one already: an empty 'outlet' is one problem, not also "no outlet";
   * nor when {@code key} is absent because it is misspelt (an unknown key of the mapping is closest to
   * it): {@link #finish()} reports the misspelling, saying to rename it, and "no outlet" would only echo
   * it. Problems recorded here do not hide one another (two ids defined twice are two problems).
   */
  public void error(String key, String message, String fix) {
    if (!flagged.contains(key) && !misspelt(key)) {
      problems.error(valueAt(key), message, fix);
    }
  }

  /**
   * True when {@code key} is not in the mapping and a key that is, which no accessor asked for, is
   * closest to it: a check about {@code key}'s absence would only echo the misspelling, which {@link
   * #finish()} reports, saying to rename it.
   */
  public boolean misspelt(String key) {
    if (mapping.entries().containsKey(key)) {
      return false;
    }
    Set<String> knownKeys = new HashSet<>(known);
    knownKeys.add(key);
    return mapping.entries().keySet().stream()
        .anyMatch(other -> !knownKeys.contains(other) && DidYouMean.closest(other, knownKeys).filter(key::equals).isPresent());
  }

  /** The problems, to record one about {@code key}'s value. */
  private Problems about(String key) {
    flagged.add(key);
    return problems;
  }

  /** Tells {@link #finish()} which keys belong in a mapping nested under another key (e.g. 'url' under 'source'). */
  public void nestedKeys(Map<String, String> keysToParents) {
    this.nested = keysToParents;
  }

  /**
   * Reports missing required fields and every key no accessor asked for, suggesting the closest known
   * key. A misspelt required field is reported once, at the misspelling.
   */
  public void finish() {
    Set<String> explained = new HashSet<>();
    for (YamlNode.Entry entry : mapping.entries().values()) {
      if (!known.contains(entry.key()) && nested.containsKey(entry.key())) {
        String parent = nested.get(entry.key());
        problems.error(entry.keyAt(), "the field '" + entry.key() + "' belongs under " + parent + ", not in " + what,
            "indent it under " + parent + ", with the other fields that go there");
        continue;
      }
      if (!known.contains(entry.key())) {
        Optional<String> closest = DidYouMean.closest(entry.key(), known);
        if (closest.isPresent() && missing.contains(closest.get())) {
          explained.add(closest.get());
          problems.error(entry.keyAt(), "unknown field '" + entry.key() + "' in " + what + " (the required field '" + closest.get() + "' is missing)",
              "did you mean '" + closest.get() + "'? Rename the field");
          continue;
        }
        String hint = closest.map(c -> "did you mean '" + c + "'? ").orElse("");
        problems.error(
            entry.keyAt(),
            "unknown field '" + entry.key() + "' in " + what,
            hint + "known fields: " + String.join(", ", known.stream().sorted().toList()));
      }
    }
    for (String key : missing) {
      if (!explained.contains(key) && !notAMapping) {
        problems.error(mapping.at(), what + " is missing the required field '" + key + "'", "add a line '" + key + ": …'");
      }
    }
    missing.clear();
  }

  private YamlNode value(String key, boolean required) {
    known.add(key);
    YamlNode.Entry entry = mapping.entries().get(key);
    if (entry == null) {
      if (required) {
        missing.add(key);
      }
      return null;
    }
    return entry.value();
  }

  private List<YamlNode> items(String key, boolean required) {
    YamlNode node = value(key, required);
    if (node == null) {
      return List.of();
    }
    if (node instanceof YamlNode.Sequence seq) {
      if (seq.items().isEmpty() && required) {
        about(key).error(node.at(), "'" + key + "' is an empty list", "add at least one item");
      }
      return seq.items();
    }
    if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL) {
      if (required) {
        about(key).error(node.at(), "'" + key + "' is empty", "add at least one item as a '- ' line");
      }
      return List.of();
    }
    about(key).error(node.at(), "'" + key + "' should be a list, not " + node.kindName(), "write each item on its own line starting with '- '");
    return List.of();
  }

  private Ref toRef(YamlNode node, String key) {
    Optional<String> text = scalarText(node, key);
    if (text.isEmpty()) {
      return null;
    }
    String id = text.get();
    if (!ID.matcher(id).matches()) {
      about(key).error(node.at(), "'" + id + "' in '" + key + "' is not a valid id", idFix(id));
      return null;
    }
    return new Ref(id, node.at());
  }

  /**
   * The text a writer meant, when {@code node} is what YAML makes of a plain text with ": " in it (a
   * mapping of one key to a line of text), e.g. {@code Note: he argues} for {@code - Note: he argues};
   * a long text is cut with an ellipsis.
   */
  private static Optional<String> splitAtColon(YamlNode node) {
    if (!(node instanceof YamlNode.Mapping m) || m.entries().size() != 1) {
      return Optional.empty();
    }
    YamlNode.Entry entry = m.entries().values().iterator().next();
    if (!(entry.value() instanceof YamlNode.Scalar value) || value.type() == YamlNode.ScalarType.NULL) {
      return Optional.empty();
    }
    String text = entry.key() + ": " + value.text();
    return Optional.of(text.length() > 60 ? text.substring(0, 59) + "…" : text);
  }

  private static String describe(YamlNode node) {
    return node instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL
        ? "'" + s.text() + "'"
        : node.kindName();
  }

  private static String idFix(String value) {
    return "ids use lowercase letters, digits and single hyphens, e.g. '"
        + Slugs.slugify(value, 60).orElse("my-id") + "'";
  }
}
