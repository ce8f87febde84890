package org.explainer.content;

import java.util.List;
import java.util.Map;
import org.explainer.yaml.TranslationReader;

/**
 * The text of a new translation of an entry: its {@code translated_from}, then every field a translation
 * gives, filled in with the English for the translator to write over, and the English summary as the
 * body. Ids and the order of lists stay as they are; everything else (dates, tags, the source's
 * address) comes from the English entry and is not repeated.
 */
public final class TranslationScaffold {
  private TranslationScaffold() {}

  /** The start of the translation of {@code entry} into {@code language}. */
  public static String text(Article entry, String language) {
    Map<String, Object> fields = TranslationReader.outline(entry);
    fields.remove("body");
    StringBuilder out = new StringBuilder("---\n");
    out.append("# A translation into '").append(language).append("' of content/articles/").append(entry.file().getFileName())
        .append(", started by './explainer new --translate'.\n")
        .append("# Write each value below in the translation's language, in place of the English, and the summary after the\n")
        .append("# closing '---'. Keep the ids, the order of the lists and the links' targets; dates, tags and addresses come\n")
        .append("# from the English entry. 'translated_from' records which English text this translates: leave it as it is\n")
        .append("# ('./explainer check' says when the English changes after it). Each field is explained in docs/editing.md.\n")
        .append("translated_from: ").append(quoted(Fingerprint.of(entry))).append('\n');
    fields.forEach((key, value) -> write(out, key, value, ""));
    out.append("---\n").append(entry.body().text());
    return out.toString();
  }

  private static void write(StringBuilder out, String key, Object value, String indent) {
    if (value instanceof Map<?, ?> map) {
      out.append(indent).append(key).append(":\n");
      map.forEach((k, v) -> write(out, (String) k, v, indent + "  "));
    } else if (value instanceof List<?> list) {
      out.append(indent).append(key).append(":\n");
      for (Object item : list) {
        if (item instanceof Map<?, ?> map) {
          String first = "- ";
          for (Map.Entry<?, ?> e : map.entrySet()) {
            StringBuilder line = new StringBuilder();
            write(line, (String) e.getKey(), e.getValue(), indent + "    ");
            out.append(indent).append("  ").append(first).append(line.substring(indent.length() + 4));
            first = "  ";
          }
        } else {
          out.append(indent).append("  - ").append(quoted((String) item)).append('\n');
        }
      }
    } else {
      // an id is written as the English file writes it; a text in double quotes, whatever it holds
      out.append(indent).append(key).append(": ").append(key.equals("id") ? value : quoted((String) value)).append('\n');
    }
  }

  /** A double-quoted YAML string. */
  private static String quoted(String text) {
    return EntryScaffold.yamlString(text);
  }
}
