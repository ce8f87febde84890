package org.explainer.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.explainer.config.SiteConfig;
import org.explainer.yaml.Fields;

/**
 * The ids content may refer to, as a JSON Schema that editors' tools complete from:
 * {@code content/schema/ids.schema.json}. The content schemas refer to its definitions for every field
 * that names an actor, a stance, a tag, an entry, a context source or a glossary term. The ids are
 * offered as {@code examples}, so the schema completes them without refusing a new one. Written by
 * {@code build} and {@code check} from the content, so that it never falls behind.
 */
public final class IdsSchema {
  /** Its path in the content folder. */
  public static final String FILE = "schema/ids.schema.json";

  private IdsSchema() {}

  /** The schema of {@code library}'s ids, drafts' entries included. */
  public static byte[] json(Library library) {
    Map<String, Object> defs = new LinkedHashMap<>();
    defs.put("actor", ids("An actor id from content/actors.yaml.", library.actors(), Actor::id));
    defs.put("context", ids("A context source id from content/context.yaml.", library.context(), ContextSource::id));
    defs.put("entry", ids("An entry's slug: its file name in content/articles/ without the date and .md.", library.articles(), Article::slug));
    defs.put("stance", ids("A stance id from content/site.yaml.", library.site().stances(), SiteConfig.Stance::id));
    defs.put("tag", ids("A tag id from content/site.yaml.", library.site().tags(), SiteConfig.Tag::id));
    defs.put("term", ids("A glossary term id from content/glossary.yaml.", library.glossary(), GlossaryTerm::id));
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", "ids.schema.json");
    schema.put("title", "The ids content refers to");
    schema.put("description", "Written by './explainer build' and 'check' from the content, for completion in editors; do not edit by hand.");
    schema.put("$defs", defs);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return (new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the ids schema", e);
    }
  }

  private static <T> Map<String, Object> ids(String description, List<T> items, Function<T, String> id) {
    Map<String, Object> def = new LinkedHashMap<>();
    def.put("description", description);
    def.put("type", "string");
    def.put("pattern", "^" + Fields.ID.pattern() + "$");
    def.put("examples", items.stream().map(id).distinct().sorted().toList());
    return def;
  }
}
