package org.explainer.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.explainer.TestSites;
import org.explainer.build.BuildOptions;
import org.explainer.build.Pipeline;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that the JSON Schemas under {@code content/schema/} (what editors' tools check) and the Java
 * loader (what {@code ./explainer check} checks) agree on the fields of every kind of mapping, on
 * which of them are required, and on a corpus of valid and invalid documents. Each document is checked
 * by both sides: the schema through networknt's validator on the YAML read by Jackson, the Java through
 * {@link Pipeline#check()} on a copy of the fixture site with the document changed.
 *
 * <p>The same holds for the schemas of a translation, under {@code content/schema/translation/}, against
 * the fixture's Ukrainian translation ({@code content/uk/}), with one difference the schema cannot
 * help: a field such as an actor's {@code affiliation} is required of a translation exactly when the
 * English has it ({@link Kind#asTheEnglish}).
 *
 * <p>When a test here fails, the schema and the loader have drifted: change the one that is wrong
 * (and docs/content-model.md) so that they say the same thing again. Where the two differ on purpose
 * (the schema is stricter about types, or cannot see other files), the difference is pinned in
 * {@link #KNOWN}, so that it too cannot change unnoticed.
 */
class SchemaAgreementTest {
  private static final Path SCHEMAS = TestSites.CONTENT.resolve("schema");
  private static final String PROBE = "zzz_probe";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Reads YAML as the loader's parser does (both are Jackson's); writes strings quoted, so they stay strings. */
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .build());
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final Map<String, JsonNode> SCHEMA_JSON = new LinkedHashMap<>();
  private static final Map<String, JsonSchema> SCHEMA = new LinkedHashMap<>();

  /** The fixture's valid entry with every kind of nested mapping, and its valid page. */
  private static final String ENTRY = "articles/2021-03-04-first-note.md";
  private static final String OTHER_ENTRY = "articles/board-reply.md";
  private static final String PAGE = "pages/about.md";

  @TempDir static Path shared;
  private static Path templates;
  private static final AtomicInteger RUNS = new AtomicInteger();

  /** The translation's files in the fixture (under content/uk/). */
  private static final String TRANSLATED_ENTRY = "uk/" + ENTRY;
  private static final String TRANSLATED_PAGE = "uk/" + PAGE;

  /**
   * One kind of mapping: where a valid instance sits in the fixture site, which schema (and which part
   * of it, found by walking the schema along the same path) describes it, and what the loader calls it
   * in its messages.
   *
   * @param asTheEnglish in a translation, the fields required exactly when the English has them (the
   *     fixture's English has each), which a schema cannot know
   */
  record Kind(String name, String file, String pointer, String schema, String what, Set<String> asTheEnglish) {
    Kind(String name, String file, String pointer, String schema, String what) {
      this(name, file, pointer, schema, what, Set.of());
    }
  }

  private static final List<Kind> KINDS =
      List.of(
          new Kind("site", "site.yaml", "", "site", "site.yaml"),
          new Kind("editor", "site.yaml", "/editors/0", "site", "an editor"),
          new Kind("licence", "site.yaml", "/licence", "site", "the licence"),
          new Kind("stance", "site.yaml", "/stances/0", "site", "a stance"),
          new Kind("tag", "site.yaml", "/tags/0", "site", "a tag"),
          new Kind("actor", "actors.yaml", "/0", "actors", "an actor"),
          new Kind("timeline event", "timeline.yaml", "/1", "timeline", "a timeline event"),
          new Kind("glossary term", "glossary.yaml", "/0", "glossary", "a glossary term"),
          new Kind("article front matter", ENTRY, "", "article", "the front matter"),
          new Kind("source", ENTRY, "/source", "article", "the source"),
          new Kind("published", ENTRY, "/published", "article", "the publication date"),
          new Kind("actor of an entry", ENTRY, "/actors/0", "article", "an actor of the entry"),
          new Kind("quote", ENTRY, "/quotes/0", "article", "a quote"),
          new Kind("page", PAGE, "", "page", "the front matter"),
          new Kind("claim", "claims.yaml", "/1", "claims", "a claim"),
          new Kind("context source", "context.yaml", "/0", "context", "a context source"),
          new Kind("position", "positions.yaml", "/1", "positions", "a position"),
          new Kind("translated site", "uk/site.yaml", "", "translation/site", "the translated site.yaml"),
          new Kind("translated editor", "uk/site.yaml", "/editors/0", "translation/site", "an editor"),
          new Kind("translated licence", "uk/site.yaml", "/licence", "translation/site", "the licence"),
          new Kind("translated stance", "uk/site.yaml", "/stances/0", "translation/site", "a stance"),
          new Kind("translated tag", "uk/site.yaml", "/tags/1", "translation/site", "a tag"),
          new Kind("translated actor", "uk/actors.yaml", "/0", "translation/actors", "the translation of an actor",
              Set.of("affiliation", "description")),
          new Kind("translated timeline event", "uk/timeline.yaml", "/1", "translation/timeline", "the translation of a timeline event"),
          new Kind("translated glossary term", "uk/glossary.yaml", "/0", "translation/glossary", "the translation of a glossary term"),
          new Kind("translated claim", "uk/claims.yaml", "/1", "translation/claims", "the translation of a claim"),
          new Kind("translated context source", "uk/context.yaml", "/0", "translation/context", "the translation of a context source"),
          new Kind("translated position", "uk/positions.yaml", "/1", "translation/positions", "the translation of a position", Set.of("note")),
          new Kind("translated entry", TRANSLATED_ENTRY, "", "translation/article", "the front matter", Set.of("quotes")),
          new Kind("translated actor of an entry", TRANSLATED_ENTRY, "/actors/0", "translation/article", "an actor of the entry"),
          new Kind("translated quote", TRANSLATED_ENTRY, "/quotes/0", "translation/article", "a quote"),
          new Kind("translated page", TRANSLATED_PAGE, "", "translation/page", "the front matter", Set.of("nav")));

  /** The schemas, by the name the kinds give them: a file under content/schema/ without ".schema.json". */
  private static final List<String> SCHEMA_NAMES = List.of("site", "actors", "timeline", "glossary", "article", "page", "claims", "context",
      "positions", "translation/site", "translation/actors", "translation/timeline", "translation/glossary", "translation/article",
      "translation/page", "translation/claims", "translation/context", "translation/positions");

  @BeforeAll
  static void loadSchemas() throws IOException {
    for (String name : SCHEMA_NAMES) {
      Path file = SCHEMAS.resolve(name + ".schema.json");
      JsonNode json = JSON.readTree(file.toFile());
      SCHEMA_JSON.put(name, json);
      SCHEMA.put(name, FACTORY.getSchema(SchemaLocation.of(file.toUri().toString()), json));
    }
    templates = shared.resolve("templates");
    TestSites.copyTree(TestSites.TEMPLATES, templates);
  }

  // ---------------------------------------------------------------------------------------------
  // a. field sets

  @Test
  void everyMappingHasTheFieldsTheLoaderKnows() {
    for (Kind kind : KINDS) {
      Path content = fixtureCopy(kind.file(), doc -> obj(doc, kind.pointer()).put(PROBE, "x"));

      List<Problem> problems = javaErrors(content);
      List<Problem> unknown =
          problems.stream().filter(p -> p.message().equals("unknown field '" + PROBE + "' in " + kind.what())).toList();
      assertThat(unknown).as("the loader reports the unknown field in %s: %s", kind.name(), problems).hasSize(1);
      String fix = unknown.get(0).fix();
      assertThat(fix).as(kind.name()).contains("known fields: ");
      Set<String> javaFields = new TreeSet<>(List.of(fix.substring(fix.indexOf("known fields: ") + "known fields: ".length()).split(", ")));

      JsonNode schema = subschema(kind);
      assertThat(schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").booleanValue())
          .as("%s: additionalProperties is false", kind.name()).isTrue();
      assertThat(propertyNames(schema)).as("the schema's properties of %s", kind.name()).isEqualTo(javaFields);
      assertThat(schemaErrors(content)).as("the schema rejects the unknown field in %s", kind.name())
          .anyMatch(m -> m.contains(PROBE));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // b. required sets

  @Test
  void aFieldIsRequiredByTheSchemaExactlyWhenTheLoaderRequiresIt() {
    for (Kind kind : KINDS) {
      JsonNode schema = subschema(kind);
      Set<String> required = new TreeSet<>();
      schema.path("required").forEach(r -> required.add(r.asText()));
      JsonNode instance = readDocument(fixtureFile(kind.file())).at(kind.pointer());
      assertThat(fieldNames(instance)).as("the fixture's %s has every required field, so each is tried", kind.name())
          .containsAll(required);

      for (String field : fieldNames(instance)) {
        Path content = fixtureCopy(kind.file(), doc -> obj(doc, kind.pointer()).remove(field));
        List<Problem> java = javaErrors(content);
        List<String> schemaSays = schemaErrors(content);
        boolean javaMissing =
            java.stream().anyMatch(p -> p.message().equals(kind.what() + " is missing the required field '" + field + "'"));
        if (kind.asTheEnglish().contains(field)) {
          assertThat(javaMissing).as("%s without '%s', which the English has: the loader reports it missing (%s)", kind.name(), field, java).isTrue();
          assertThat(required).as("%s: the schema cannot require '%s', which only some English items have", kind.name(), field).doesNotContain(field);
          continue;
        }
        assertThat(javaMissing)
            .as("%s without '%s': the loader reports it missing (%s) exactly when the schema requires it (%s)",
                kind.name(), field, java, required)
            .isEqualTo(required.contains(field));
        assertThat(!schemaSays.isEmpty())
            .as("%s without '%s': the loader rejects it (%s) exactly when the schema does (%s)", kind.name(), field, java, schemaSays)
            .isEqualTo(!java.isEmpty());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // c. corpus

  @Test
  void theRealContentIsValidUnderTheSchemasAndTheLoader() {
    assertThat(schemaErrors(TestSites.CONTENT)).isEmpty();
    assertThat(javaErrors(TestSites.CONTENT)).isEmpty();
    assertThat(contentFiles(TestSites.CONTENT)).hasSizeGreaterThanOrEqualTo(4 + 1 + 1);
  }

  @Test
  void theFixtureSiteIsValidUnderTheSchemasAndTheLoader() {
    assertThat(schemaErrors(TestSites.MINIMAL.resolve("content"))).isEmpty();
    // the same after the round trip through Jackson that every other case here makes
    for (String file : List.of(ENTRY, TRANSLATED_ENTRY)) {
      Path content = fixtureCopy(file, doc -> {});
      assertThat(schemaErrors(content)).isEmpty();
      assertThat(javaErrors(content)).isEmpty();
    }
  }

  /** A document with one thing wrong. */
  record Mutation(String name, String file, Consumer<JsonNode> change) {}

  private static final List<Mutation> INVALID =
      List.of(
          new Mutation("title is a list, not text", "site.yaml", d -> obj(d, "").set("title", NODES.arrayNode().add("a"))),
          new Mutation("empty language", "site.yaml", d -> obj(d, "").put("language", "")),
          new Mutation("blank question", "site.yaml", d -> obj(d, "").put("question", "   ")),
          new Mutation("language is not a BCP 47 tag", "site.yaml", d -> obj(d, "").put("language", "English")),
          new Mutation("base_url without the final '/'", "site.yaml", d -> obj(d, "").put("base_url", "https://example.org/explainer")),
          new Mutation("base_url not http(s)", "site.yaml", d -> obj(d, "").put("base_url", "ftp://example.org/")),
          new Mutation("base_url with a query", "site.yaml", d -> obj(d, "").put("base_url", "https://example.org/sub/?x=1/")),
          new Mutation("base_url with a user name and password", "site.yaml", d -> obj(d, "").put("base_url", "https://ada:secret@example.org/")),
          new Mutation("no editors", "site.yaml", d -> obj(d, "").set("editors", NODES.arrayNode())),
          new Mutation("licence is text", "site.yaml", d -> obj(d, "").put("licence", "CC BY 4.0")),
          new Mutation("licence url is javascript:", "site.yaml", d -> obj(d, "/licence").put("url", "javascript:alert(1)")),
          new Mutation("sources is an absolute path", "site.yaml", d -> obj(d, "").put("sources", "/proc/self")),
          new Mutation("licence url is data:", "site.yaml", d -> obj(d, "/licence").put("url", "data:text/html,x")),
          new Mutation("bad stance id", "site.yaml", d -> obj(d, "/stances/0").put("id", "For It")),
          new Mutation("tag without a label", "site.yaml", d -> obj(d, "/tags/1").remove("label")),
          new Mutation("unknown actor kind", "actors.yaml", d -> obj(d, "/1").put("kind", "robot")),
          new Mutation("blank actor name", "actors.yaml", d -> obj(d, "/0").put("name", " ")),
          new Mutation("actor id with a capital", "actors.yaml", d -> obj(d, "/0").put("id", "Ada")),
          new Mutation("variants is a mapping", "actors.yaml", d -> obj(d, "/0").set("variants", NODES.objectNode().put("a", "b"))),
          new Mutation("actors.yaml is a mapping", "actors.yaml", d -> {
            ObjectNode root = NODES.objectNode();
            root.set("ada", ((ArrayNode) d).get(0));
            replaceRoot(d, root);
          }),
          new Mutation("unknown field in an actor", "actors.yaml", d -> obj(d, "/1").put("nme", "The Board")),
          new Mutation("date written with slashes", "timeline.yaml", d -> obj(d, "/1").put("date", "2021/03/04")),
          new Mutation("date month 13", "timeline.yaml", d -> obj(d, "/0").put("date", "2020-13").put("precision", "month")),
          new Mutation("unknown precision", "timeline.yaml", d -> obj(d, "/0").put("precision", "decade")),
          new Mutation("precision day with a month date", "timeline.yaml", d -> obj(d, "/1").put("date", "2021-03")),
          new Mutation("precision year with a day date", "timeline.yaml", d -> obj(d, "/0").put("date", "2020-01-01")),
          new Mutation("approximate without note (event)", "timeline.yaml", d -> obj(d, "/0").put("precision", "approximate")),
          new Mutation("event cites nothing", "timeline.yaml", d -> obj(d, "/0").remove("context")),
          new Mutation("event with an empty articles list and no context", "timeline.yaml", d -> {
            obj(d, "/0").remove("context");
            obj(d, "/0").set("articles", NODES.arrayNode());
          }),
          new Mutation("end not a day", "timeline.yaml", d -> obj(d, "/1").put("end", "2021-03")),
          new Mutation("context item empty", "timeline.yaml", d -> obj(d, "/0").set("context", NODES.arrayNode().add(""))),
          new Mutation("bad actor id in an event", "timeline.yaml", d -> obj(d, "/1").set("actors", NODES.arrayNode().add("Ada L"))),
          new Mutation("glossary term without definition", "glossary.yaml", d -> obj(d, "/1").remove("definition")),
          new Mutation("glossary related is text, not a list", "glossary.yaml", d -> obj(d, "/0").put("related", "board-rule")),
          new Mutation("unknown field in a glossary term", "glossary.yaml", d -> obj(d, "/0").put("definiton", "x")),
          new Mutation("headline is a list of numbers", ENTRY, d -> obj(d, "").set("headline", NODES.arrayNode().add(1))),
          new Mutation("empty dek", ENTRY, d -> obj(d, "").put("dek", "")),
          new Mutation("draft is text, not a boolean", ENTRY, d -> obj(d, "").put("draft", "yes please")),
          new Mutation("draft is empty", ENTRY, d -> obj(d, "").putNull("draft")),
          new Mutation("slug with a capital", ENTRY, d -> obj(d, "").put("slug", "First-Note")),
          new Mutation("approximate without note (published)", ENTRY, d -> obj(d, "/published").put("precision", "approximate")),
          new Mutation("published without precision", ENTRY, d -> obj(d, "/published").remove("precision")),
          new Mutation("source without outlet or note", ENTRY, d -> obj(d, "/source").remove("outlet")),
          new Mutation("source url not http(s)", ENTRY, d -> obj(d, "/source").put("url", "example.org/note")),
          new Mutation("source is a list", ENTRY, d -> obj(d, "").set("source", NODES.arrayNode().add("The Gazette"))),
          new Mutation("no actors", ENTRY, d -> obj(d, "").set("actors", NODES.arrayNode())),
          new Mutation("actors left empty", ENTRY, d -> obj(d, "").putNull("actors")),
          new Mutation("actor of an entry without note", ENTRY, d -> obj(d, "/actors/1").remove("note")),
          new Mutation("actor of an entry with a stance", ENTRY, d -> obj(d, "/actors/0").put("stance", "invite-now")),
          new Mutation("quote without occasion", ENTRY, d -> obj(d, "/quotes/0").remove("occasion")),
          new Mutation("quote with the old 'context'", ENTRY, d -> obj(d, "/quotes/0").put("context", "In her note.")),
          new Mutation("empty sentence", ENTRY, d -> obj(d, "/quotes/0").put("sentence", "")),
          new Mutation("outlet_url not http(s)", ENTRY, d -> obj(d, "/source").put("outlet_url", "example.org")),
          new Mutation("outlet_url is javascript:", ENTRY, d -> obj(d, "/source").put("outlet_url", "javascript:alert(1)")),
          new Mutation("capture is not a text file", ENTRY, d -> obj(d, "/source").put("capture", "environ")),
          new Mutation("source url without a host", ENTRY, d -> obj(d, "/source").put("url", "https:///note")),
          new Mutation("outlet_url without outlet", ENTRY, d -> {
            obj(d, "/source").remove("outlet");
            obj(d, "/source").put("note", "Unnamed outlet.");
          }),
          new Mutation("source without url or url_unknown", ENTRY, d -> obj(d, "/source").remove("url")),
          new Mutation("members on a person", "actors.yaml", d -> obj(d, "/0").set("members", NODES.arrayNode().add("board"))),
          new Mutation("event without kind", "timeline.yaml", d -> obj(d, "/0").remove("kind")),
          new Mutation("unknown event kind", "timeline.yaml", d -> obj(d, "/0").put("kind", "party")),
          new Mutation("claim without side", "claims.yaml", d -> obj(d, "/0").remove("side")),
          new Mutation("unknown side", "claims.yaml", d -> obj(d, "/0").put("side", "neutral")),
          new Mutation("claim held by nobody", "claims.yaml", d -> obj(d, "/0").set("held_by", NODES.arrayNode())),
          new Mutation("claim cites nothing", "claims.yaml", d -> obj(d, "/0").remove("articles")),
          new Mutation("bad stance id in a position", "positions.yaml", d -> obj(d, "/0").put("stance", "for it")),
          new Mutation("position without occasion", "positions.yaml", d -> obj(d, "/0").remove("occasion")),
          new Mutation("position cites nothing", "positions.yaml", d -> obj(d, "/0").remove("articles")),
          new Mutation("glossary term cites nothing", "glossary.yaml", d -> obj(d, "/1").remove("context")),
          new Mutation("context source without reported_in", "context.yaml", d -> obj(d, "/0").remove("reported_in")),
          new Mutation("context source dated with slashes", "context.yaml", d -> obj(d, "/0").put("date", "2019/01")),
          new Mutation("no key points", ENTRY, d -> obj(d, "").set("key_points", NODES.arrayNode())),
          new Mutation("a blank key point", ENTRY, d -> ((ArrayNode) d.at("/key_points")).set(1, TextNode.valueOf("  "))),
          new Mutation("no tags", ENTRY, d -> obj(d, "").set("tags", NODES.arrayNode())),
          new Mutation("tags is text, not a list", ENTRY, d -> obj(d, "").put("tags", "alpha")),
          new Mutation("bad related id", ENTRY, d -> obj(d, "").set("related", NODES.arrayNode().add("Board Reply"))),
          new Mutation("unknown field in the front matter", ENTRY, d -> obj(d, "").put("headlines", "x")),
          new Mutation("entry without headline", OTHER_ENTRY, d -> obj(d, "").remove("headline")),
          new Mutation("page order is text", PAGE, d -> obj(d, "").put("order", "first")),
          new Mutation("page order is a fraction", PAGE, d -> obj(d, "").set("order", DoubleNode.valueOf(2.5))),
          new Mutation("page home is text", PAGE, d -> obj(d, "").put("home", "true")),
          new Mutation("page slug with a space", PAGE, d -> obj(d, "").put("slug", "about us")),
          new Mutation("page takes a reserved slug", PAGE, d -> obj(d, "").put("slug", "glossary")),
          new Mutation("page without title", PAGE, d -> obj(d, "").remove("title")),
          new Mutation("translated site without its question", "uk/site.yaml", d -> obj(d, "").remove("question")),
          new Mutation("translated site with the English's language", "uk/site.yaml", d -> obj(d, "").put("language", "uk")),
          new Mutation("translated licence with an address", "uk/site.yaml", d -> obj(d, "/licence").put("url", "https://example.org/")),
          new Mutation("translated stance without its id", "uk/site.yaml", d -> obj(d, "/stances/0").remove("id")),
          new Mutation("translated actor with a kind", "uk/actors.yaml", d -> obj(d, "/0").put("kind", "person")),
          new Mutation("translated actor with a blank name", "uk/actors.yaml", d -> obj(d, "/0").put("name", " ")),
          new Mutation("translated actor without an id", "uk/actors.yaml", d -> obj(d, "/1").remove("id")),
          new Mutation("translated event with a date", "uk/timeline.yaml", d -> obj(d, "/0").put("date", "2020")),
          new Mutation("translated term with its entries", "uk/glossary.yaml", d -> obj(d, "/0").set("articles", NODES.arrayNode().add("first-note"))),
          new Mutation("translated claim with a side", "uk/claims.yaml", d -> obj(d, "/0").put("side", "for")),
          new Mutation("translated context source with an empty fact", "uk/context.yaml", d -> obj(d, "/0").put("what", "")),
          new Mutation("translated position with a stance", "uk/positions.yaml", d -> obj(d, "/0").put("stance", "opposes")),
          new Mutation("translated entry with tags", TRANSLATED_ENTRY, d -> obj(d, "").set("tags", NODES.arrayNode().add("alpha"))),
          new Mutation("translated entry without a dek", TRANSLATED_ENTRY, d -> obj(d, "").remove("dek")),
          new Mutation("translated quote with its speaker", TRANSLATED_ENTRY, d -> obj(d, "/quotes/0").put("speaker", "ada")),
          new Mutation("translated quote without its words", TRANSLATED_ENTRY, d -> obj(d, "/quotes/0").remove("text")),
          new Mutation("translated page that is the home page", TRANSLATED_PAGE, d -> obj(d, "").put("home", true)));

  @Test
  void everyInvalidDocumentIsRejectedByBoth() {
    assertThat(INVALID).hasSizeGreaterThanOrEqualTo(15);
    for (Mutation m : INVALID) {
      Path content = fixtureCopy(m.file(), m.change());
      assertThat(schemaErrors(content)).as("the schema rejects: %s", m.name()).isNotEmpty();
      assertThat(javaErrors(content)).as("the loader rejects: %s", m.name()).isNotEmpty();
    }
  }

  /** Valid variations: what the loader accepts beyond the fixture's own forms, the schema accepts too. */
  private static final List<Mutation> VALID =
      List.of(
          new Mutation("http base_url", "site.yaml", d -> obj(d, "").put("base_url", "http://example.org/")),
          new Mutation("no base_url", "site.yaml", d -> obj(d, "").remove("base_url")),
          new Mutation("regional language tag", "site.yaml", d -> obj(d, "").put("language", "en-GB")),
          new Mutation("variants as one text", "actors.yaml", d -> obj(d, "/0").put("variants", "Lovelace")),
          new Mutation("variants left empty", "actors.yaml", d -> obj(d, "/0").putNull("variants")),
          new Mutation("two context sources", "timeline.yaml", d -> obj(d, "/0").set("context", NODES.arrayNode().add("board-founded").add("board-charter"))),
          new Mutation("both articles and context", "timeline.yaml", d -> obj(d, "/1").set("context", NODES.arrayNode().add("board-charter"))),
          new Mutation("approximate month with a note", "timeline.yaml",
              d -> obj(d, "/0").put("date", "2020-06").put("precision", "approximate").put("note", "Estimated.")),
          new Mutation("actors of an event left empty", "timeline.yaml", d -> obj(d, "/0").putNull("actors")),
          new Mutation("glossary context left empty", "glossary.yaml", d -> obj(d, "/0").putNull("context")),
          new Mutation("claim with context only", "claims.yaml", d -> {
            obj(d, "/1").set("articles", NODES.arrayNode());
          }),
          new Mutation("position with context only", "positions.yaml", d -> obj(d, "/1").remove("articles")),
          new Mutation("group without members", "actors.yaml", d -> obj(d, "/1").remove("members")),
          new Mutation("quote with voicing", ENTRY, d -> obj(d, "/quotes/0").put("voicing", "the view of the engine’s makers")),
          new Mutation("context source with a note", "context.yaml", d -> obj(d, "/1").put("note", "Founded early in the year.")),
          new Mutation("glossary related left empty", "glossary.yaml", d -> obj(d, "/1").putNull("related")),
          new Mutation("key points as one text", OTHER_ENTRY, d -> obj(d, "").put("key_points", "The board rejects the note.")),
          new Mutation("a single key point", OTHER_ENTRY, d -> obj(d, "").set("key_points", NODES.arrayNode().add("Only one."))),
          new Mutation("quotes left empty", OTHER_ENTRY, d -> obj(d, "").putNull("quotes")),
          new Mutation("related left empty", ENTRY, d -> obj(d, "").putNull("related")),
          new Mutation("draft: false", ENTRY, d -> obj(d, "").put("draft", false)),
          new Mutation("explicit slug", OTHER_ENTRY, d -> obj(d, "").put("slug", "board-reply")),
          new Mutation("source with an outlet only", ENTRY, d -> {
            obj(d, "/source").remove("outlet_url");
            obj(d, "/source").remove("relays");
            obj(d, "/source").remove("headline");
            obj(d, "/source").remove("url");
            obj(d, "/source").put("url_unknown", "The address is not known.");
          }),
          new Mutation("source with a note only", ENTRY, d -> {
            obj(d, "/source").remove("outlet");
            obj(d, "/source").remove("outlet_url");
            obj(d, "/source").put("note", "Unnamed outlet.");
          }),
          new Mutation("source language", ENTRY, d -> obj(d, "/source").put("language", "Ukrainian")),
          new Mutation("approximate year with a note", ENTRY,
              d -> obj(d, "/published").put("date", "2021").put("precision", "approximate").put("note", "Estimated.")),
          new Mutation("page home: false", PAGE, d -> obj(d, "").put("home", false)),
          new Mutation("page without nav and order", PAGE, d -> {
            obj(d, "").remove("nav");
            obj(d, "").remove("order");
          }),
          new Mutation("negative order", PAGE, d -> obj(d, "").put("order", -1)),
          new Mutation("home page with a reserved slug", "pages/overview.md", d -> obj(d, "").put("slug", "index")),
          new Mutation("translated actor with spellings of its own", "uk/actors.yaml", d -> obj(d, "/1").set("variants", NODES.arrayNode().add("Рада директорів"))),
          new Mutation("translated actor without spellings (the English ones are kept)", "uk/actors.yaml", d -> obj(d, "/0").remove("variants")),
          new Mutation("translated entry without translated_from (a warning, not an error)", TRANSLATED_ENTRY, d -> obj(d, "").remove("translated_from")));

  @Test
  void everyValidVariationIsAcceptedByBoth() {
    for (Mutation m : VALID) {
      Path content = fixtureCopy(m.file(), m.change());
      assertThat(schemaErrors(content)).as("the schema accepts: %s", m.name()).isEmpty();
      assertThat(javaErrors(content)).as("the loader accepts: %s", m.name()).isEmpty();
    }
  }

  /** A change on which the two sides are known to differ, and why that is accepted. */
  record Divergence(String name, String file, Consumer<JsonNode> change, boolean javaRejects, boolean schemaRejects, String why) {}

  private static final List<Divergence> KNOWN =
      List.of(
          // The schema is stricter: the loader reads any scalar as text, case-folds enums and strips spaces.
          new Divergence("unquoted year", "timeline.yaml", d -> obj(d, "/0").set("date", IntNode.valueOf(2020)), false, true,
              "the loader takes the number's text; the docs ask for quoted dates"),
          new Divergence("number as text", ENTRY, d -> obj(d, "").set("headline", IntNode.valueOf(2024)), false, true,
              "the loader reads any scalar as text"),
          new Divergence("boolean as text", PAGE, d -> obj(d, "").set("nav", BooleanNode.TRUE), false, true,
              "the loader reads any scalar as text"),
          new Divergence("capitalised precision", "timeline.yaml", d -> obj(d, "/0").put("precision", "Year"), false, true,
              "the loader compares precision case-insensitively"),
          new Divergence("capitalised kind", "actors.yaml", d -> obj(d, "/0").put("kind", "Person"), false, true,
              "the loader compares kind case-insensitively"),
          new Divergence("id with spaces around it", "actors.yaml", d -> obj(d, "/1").put("id", " board "), false, true,
              "the loader strips text before checking ids"),
          // The schema cannot see these: other files, other items, the calendar.
          new Divergence("impossible day", "timeline.yaml", d -> obj(d, "/1").put("date", "2021-02-30"), true, false,
              "a pattern cannot know month lengths"),
          new Divergence("end before date", "timeline.yaml", d -> obj(d, "/1").put("end", "2021-03-01"), true, false,
              "a schema cannot compare two dates"),
          new Divergence("unknown tag", ENTRY, d -> obj(d, "").set("tags", NODES.arrayNode().add("gamma")), true, false,
              "references into other files are out of a schema's reach"),
          new Divergence("unknown actor in a timeline event", "timeline.yaml", d -> obj(d, "/1").set("actors", NODES.arrayNode().add("bob")), true, false,
              "references into other files are out of a schema's reach"),
          new Divergence("unknown context source", "timeline.yaml", d -> obj(d, "/0").set("context", NODES.arrayNode().add("board-charta")), true, false,
              "references into other files are out of a schema's reach"),
          new Divergence("an entry cited as context", "glossary.yaml", d -> obj(d, "/1").set("context", NODES.arrayNode().add("first-note")), true, false,
              "which file an id belongs to is out of a schema's reach"),
          new Divergence("context reported in an entry's outlet", "context.yaml", d -> obj(d, "/0").put("reported_in", "The Gazette"), true, false,
              "the entries' outlets are in other files"),
          new Divergence("a fragment quote without a sentence", OTHER_ENTRY, d -> obj(d, "/quotes/0").remove("sentence"), true, false,
              "a schema cannot count the words of a text"),
          new Divergence("a sentence without its quote", ENTRY, d -> obj(d, "/quotes/0").put("sentence", "Ada wrote about the engine."), true, false,
              "a schema cannot compare two fields' texts"),
          new Divergence("duplicate actor id", "actors.yaml", d -> obj(d, "/1").put("id", "ada"), true, false,
              "uniqueness of a field across items is out of a schema's reach"),
          new Divergence("no home page", "pages/overview.md", d -> obj(d, "").remove("home"), true, false,
              "'home: true' on exactly one page is a rule across files"),
          new Divergence("a translation of an id the English lacks", "uk/actors.yaml", d -> obj(d, "/0").put("id", "adda"), true, false,
              "the English file's ids are out of a schema's reach"),
          new Divergence("a translated voicing the English lacks", TRANSLATED_ENTRY, d -> obj(d, "/quotes/0").put("voicing", "думку ради"), true, false,
              "what the English entry has is out of a schema's reach"),
          new Divergence("a key point more than the English", TRANSLATED_ENTRY, d -> ((ArrayNode) d.at("/key_points")).add("Зайва теза."), true, false,
              "how many items the English lists is out of a schema's reach"),
          new Divergence("a translated sentence without its words in quotation marks", TRANSLATED_ENTRY,
              d -> obj(d, "/quotes/0").put("sentence", "Ада писала про машину."), true, false, "the English has no sentence here, and a schema cannot compare two texts"));

  @Test
  void theKnownDivergencesAreStillExactlyThese() {
    for (Divergence k : KNOWN) {
      Path content = fixtureCopy(k.file(), k.change());
      assertThat(!javaErrors(content).isEmpty()).as("the loader %s: %s (%s)", k.javaRejects() ? "rejects" : "accepts", k.name(), k.why())
          .isEqualTo(k.javaRejects());
      assertThat(!schemaErrors(content).isEmpty()).as("the schema %s: %s (%s)", k.schemaRejects() ? "rejects" : "accepts", k.name(), k.why())
          .isEqualTo(k.schemaRejects());
    }
    // a quote's speaker must be among the entry's actors: a rule across two lists of one entry
    Path speaker = fixtureCopy(ENTRY, d -> {
      obj(d, "/quotes/0").put("speaker", "board");
      ((ArrayNode) d.at("/actors")).remove(1);
    });
    assertThat(javaErrors(speaker)).extracting(Problem::message).contains("the speaker 'board' is not among this entry's actors");
    assertThat(schemaErrors(speaker)).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // the schema files themselves

  @Test
  void theSchemasAreWellFormedAndDescribeEveryField() {
    JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (Map.Entry<String, JsonNode> e : SCHEMA_JSON.entrySet()) {
      JsonNode schema = e.getValue();
      String file = e.getKey() + ".schema.json";
      assertThat(meta.validate(schema)).as("%s is a valid 2020-12 schema", file).isEmpty();
      assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(schema.path("$id").asText()).isEqualTo(Path.of(file).getFileName().toString());
      assertThat(schema.path("title").asText()).isNotBlank();
      assertThat(schema.path("description").asText()).as(file).contains("What a schema cannot check");
      // the shared definitions are the same in every file
      assertThat(schema.at("/$defs/text")).as(file).isEqualTo(SCHEMA_JSON.get("site").at("/$defs/text"));
      assertThat(schema.at("/$defs/id")).as(file).isEqualTo(SCHEMA_JSON.get("site").at("/$defs/id"));
      walkObjects(schema, "", (path, node) -> {
        if (node.has("properties") && node.path("type").asText().equals("object")) {
          assertThat(node.path("additionalProperties").isBoolean() && !node.get("additionalProperties").booleanValue())
              .as("%s%s has additionalProperties: false", file, path).isTrue();
          node.get("properties").properties().forEach(p ->
              assertThat(p.getValue().path("description").asText()).as("%s%s/properties/%s has a description", file, path, p.getKey())
                  .isNotBlank());
        }
      });
    }
  }

  @Test
  void theDataFilesPointAtTheirSchemas() throws IOException {
    for (String name : List.of("site", "actors", "timeline", "glossary", "claims", "context", "positions")) {
      String first = Files.readAllLines(TestSites.CONTENT.resolve(name + ".yaml"), StandardCharsets.UTF_8).get(0);
      assertThat(first).isEqualTo("# yaml-language-server: $schema=schema/" + name + ".schema.json");
      assertThat(SCHEMAS.resolve(name + ".schema.json")).exists();
      String translated = Files.readAllLines(TestSites.CONTENT.resolve("uk").resolve(name + ".yaml"), StandardCharsets.UTF_8).get(0);
      assertThat(translated).isEqualTo("# yaml-language-server: $schema=../schema/translation/" + name + ".schema.json");
      assertThat(SCHEMAS.resolve("translation/" + name + ".schema.json")).exists();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  /** The fixture's {@code file}: the minimal site's, or under uk/ its translation's. */
  private static Path fixtureFile(String file) {
    return (file.startsWith("uk/") ? TestSites.TRANSLATION : TestSites.MINIMAL).resolve("content").resolve(file);
  }

  /**
   * A fresh copy of the fixture's content with {@code file}'s document changed by {@code change}; with
   * the fixture's translation when {@code file} is one of its files.
   */
  private static Path fixtureCopy(String file, Consumer<JsonNode> change) {
    Path content = shared.resolve("run-" + RUNS.incrementAndGet()).resolve("content");
    TestSites.copyTree(TestSites.MINIMAL.resolve("content"), content);
    TestSites.copyTree(TestSites.MINIMAL.resolve("sources"), content.resolveSibling("sources"));
    if (file.startsWith("uk/")) {
      TestSites.copyTree(TestSites.TRANSLATION.resolve("content"), content);
    }
    Path target = content.resolve(file);
    JsonNode doc = readDocument(target);
    change.accept(doc);
    JsonNode replaced = REPLACED.remove(doc);
    writeDocument(target, replaced != null ? replaced : doc);
    return content;
  }

  /** New roots for documents whose change replaces them whole (e.g. a list by a mapping). */
  private static final Map<JsonNode, JsonNode> REPLACED = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  private static void replaceRoot(JsonNode doc, JsonNode root) {
    REPLACED.put(doc, root);
  }

  private static void writeDocument(Path file, JsonNode root) {
    try {
      String yaml = YAML.writeValueAsString(root);
      if (file.toString().endsWith(".md")) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, "---\n" + yaml + "---\n" + body(text), StandardCharsets.UTF_8);
      } else {
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The YAML document of a data file, or the front matter of a Markdown file, as JSON. */
  private static JsonNode readDocument(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      JsonNode node = YAML.readTree(file.toString().endsWith(".md") ? frontMatter(text) : text);
      return node == null || node.isMissingNode() ? NODES.objectNode() : node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text between the first two '---' lines. */
  private static String frontMatter(String text) {
    String[] lines = text.split("\n", -1);
    assertThat(lines[0].stripTrailing()).isEqualTo("---");
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].stripTrailing().equals("---")) {
        return out.toString();
      }
      out.append(lines[i]).append('\n');
    }
    throw new AssertionError("front matter never closed");
  }

  /** What follows the second '---' line. */
  private static String body(String text) {
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].stripTrailing().equals("---")) {
        return String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
      }
    }
    return "";
  }

  /** Every content file with the schema that describes it. */
  private static Map<Path, String> contentFiles(Path content) {
    Map<Path, String> out = new LinkedHashMap<>();
    for (String name : List.of("site", "actors", "timeline", "glossary", "claims", "context", "positions")) {
      out.put(content.resolve(name + ".yaml"), name);
    }
    if (Files.exists(content.resolve("claims.yaml"))) {
      out.put(content.resolve("claims.yaml"), "claims");
    }
    markdownFiles(content, "", out);
    Path translation = content.resolve("uk");
    if (Files.isDirectory(translation)) {
      for (String name : List.of("site", "actors", "timeline", "glossary", "claims", "context", "positions")) {
        if (Files.exists(translation.resolve(name + ".yaml"))) {
          out.put(translation.resolve(name + ".yaml"), "translation/" + name);
        }
      }
      markdownFiles(translation, "translation/", out);
    }
    return out;
  }

  private static void markdownFiles(Path content, String schemas, Map<Path, String> out) {
    for (String[] dir : new String[][] {{"articles", "article"}, {"pages", "page"}}) {
      if (!Files.isDirectory(content.resolve(dir[0]))) {
        continue;
      }
      try (Stream<Path> files = Files.list(content.resolve(dir[0]))) {
        files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().forEach(f -> out.put(f, schemas + dir[1]));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** What the schemas say about every content file under {@code content}: "file: message" lines. */
  private static List<String> schemaErrors(Path content) {
    List<String> out = new ArrayList<>();
    contentFiles(content).forEach((file, schema) -> {
      for (ValidationMessage m : SCHEMA.get(schema).validate(readDocument(file))) {
        out.add(content.relativize(file) + ": " + m.getMessage());
      }
    });
    return out;
  }

  /** The errors {@code ./explainer check} reports for {@code content} (with the real templates). */
  private static List<Problem> javaErrors(Path content) {
    try {
      new Pipeline(new BuildOptions(content, templates, shared.resolve("unused-output"), false)).check();
      return List.of();
    } catch (ContentException e) {
      return e.problems().stream().filter(Problem::isError).toList();
    }
  }

  /** The (sub)schema for {@code kind}, found by walking its schema along the instance's path. */
  private static JsonNode subschema(Kind kind) {
    JsonNode root = SCHEMA_JSON.get(kind.schema());
    JsonNode at = resolve(root, root);
    for (String segment : kind.pointer().isEmpty() ? new String[0] : kind.pointer().substring(1).split("/")) {
      at = segment.matches("\\d+") ? at.path("items") : at.path("properties").path(segment);
      assertThat(at.isMissingNode()).as("%s: the schema describes %s", kind.name(), segment).isFalse();
      at = resolve(root, at);
    }
    return at;
  }

  private static JsonNode resolve(JsonNode root, JsonNode node) {
    while (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      assertThat(ref).startsWith("#");
      node = root.at(ref.substring(1));
    }
    return node;
  }

  private static Set<String> propertyNames(JsonNode schema) {
    return fieldNames(schema.path("properties"));
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> out = new TreeSet<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** The mapping at {@code pointer} ("" for the root) in {@code doc}. */
  private static ObjectNode obj(JsonNode doc, String pointer) {
    JsonNode at = pointer.isEmpty() ? doc : doc.at(pointer);
    assertThat(at.isObject()).as("a mapping at '%s'", pointer).isTrue();
    return (ObjectNode) at;
  }

  private static void walkObjects(JsonNode node, String path, java.util.function.BiConsumer<String, JsonNode> visit) {
    if (node.isObject()) {
      visit.accept(path, node);
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walkObjects(e.getValue(), path + "/" + e.getKey(), visit);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walkObjects(node.get(i), path + "/" + i, visit);
      }
    }
  }
}
