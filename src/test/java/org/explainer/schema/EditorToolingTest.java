package org.explainer.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.explainer.TestSites;
import org.junit.jupiter.api.Test;

/** The editor's tooling in .vscode/ keeps up with what the generator prints and the files content has. */
class EditorToolingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theProblemMatcherCatchesEveryProblemTheInvalidSitesReport() throws IOException {
    JsonNode matchers = JSON.readTree(TestSites.ROOT.resolve(".vscode/tasks.json").toFile()).path("tasks").get(0).path("problemMatcher");
    List<Pattern> patterns = new ArrayList<>();
    matchers.forEach(m -> patterns.add(Pattern.compile(m.path("pattern").path("regexp").asText())));
    List<String> lines = new ArrayList<>();
    try (Stream<Path> cases = Files.list(TestSites.ROOT.resolve("src/test/resources/invalid"))) {
      for (Path expected : cases.map(c -> c.resolve("expected.txt")).filter(Files::exists).toList()) {
        Files.readAllLines(expected).stream().filter(l -> !l.isBlank() && !l.matches("^\\d+ (error|warning).*")).forEach(lines::add);
      }
    }
    assertThat(lines).hasSizeGreaterThan(50);
    assertThat(lines).allSatisfy(line -> assertThat(patterns).as(line).anyMatch(p -> p.matcher(line).matches()));
    // what the launcher and the build say about themselves is not a problem in a file
    assertThat(List.of("notice: the sources folder ../shared/seeds is not here: quotes were checked against the record evidence.json",
        "explainer: building target/explainer.jar (first run or sources changed)…",
        "explainer: recording a start-up archive for this jar and JDK (once, a few seconds)…",
        "Built 57 pages (5 articles, 3 assets) into site/ in 812 ms; 3 files changed", "1 error in 1 file; nothing was written; site/ is unchanged."))
        .allSatisfy(line -> assertThat(patterns).as(line).noneMatch(p -> p.matcher(line).matches()));
  }

  @Test
  void everyDataFileOfTheContentIsMappedToItsSchema() throws IOException {
    JsonNode schemas = JSON.readTree(TestSites.ROOT.resolve(".vscode/settings.json").toFile()).path("yaml.schemas");
    List<String> mapped = new ArrayList<>();
    schemas.fields().forEachRemaining(e -> e.getValue().forEach(v -> mapped.add(v.asText())));
    schemas.fields().forEachRemaining(e -> {
      if (e.getValue().isTextual()) {
        mapped.add(e.getValue().asText());
      }
    });
    try (Stream<Path> files = Files.list(TestSites.CONTENT)) {
      List<String> yaml = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).map(n -> "content/" + n).toList();
      assertThat(mapped).containsAll(yaml);
    }
  }

  @Test
  void theIdsEditorsCompleteAreTheIdsOfTheContent() throws IOException {
    org.explainer.diagnostic.Problems problems = new org.explainer.diagnostic.Problems();
    org.explainer.content.Library library = new org.explainer.content.ContentLoader().load(TestSites.CONTENT, problems).orElseThrow();
    assertThat(new String(org.explainer.content.IdsSchema.json(library), java.nio.charset.StandardCharsets.UTF_8))
        .as("content/schema/ids.schema.json is rewritten by './explainer check'")
        .isEqualTo(Files.readString(TestSites.CONTENT.resolve(org.explainer.content.IdsSchema.FILE)));
  }

  /** The keywords of JSON Schema 2020-12 (core, applicator, validation, meta-data, format, unevaluated, content). */
  private static final java.util.Set<String> KEYWORDS = java.util.Set.of("$schema", "$id", "$ref", "$defs", "$comment", "$anchor",
      "$dynamicRef", "$dynamicAnchor", "$vocabulary", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas",
      "prefixItems", "items", "contains", "properties", "patternProperties", "additionalProperties", "propertyNames", "type", "enum",
      "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern",
      "maxItems", "minItems", "uniqueItems", "maxContains", "minContains", "maxProperties", "minProperties", "required",
      "dependentRequired", "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples", "format",
      "unevaluatedItems", "unevaluatedProperties", "contentEncoding", "contentMediaType", "contentSchema");

  @Test
  void theSchemasUseOnlyStandardKeywordsSoThatStrictValidatorsAcceptThem() throws IOException {
    Path schemas = TestSites.CONTENT.resolve("schema");
    try (Stream<Path> files = Files.walk(schemas)) { // with the translation's schemas, in schema/translation/
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        keywords(JSON.readTree(file.toFile()), schemas.relativize(file).toString());
      }
    }
  }

  private static void keywords(JsonNode schema, String where) {
    if (!schema.isObject()) {
      return;
    }
    schema.fields().forEachRemaining(e -> {
      assertThat(KEYWORDS).as("keyword '%s' in %s", e.getKey(), where).contains(e.getKey());
      JsonNode value = e.getValue();
      switch (e.getKey()) {
        case "properties", "patternProperties", "$defs", "dependentSchemas" -> value.fields().forEachRemaining(p -> keywords(p.getValue(), where + "/" + p.getKey()));
        case "allOf", "anyOf", "oneOf", "prefixItems" -> value.forEach(v -> keywords(v, where + "/" + e.getKey()));
        case "items", "not", "if", "then", "else", "additionalProperties", "contains", "propertyNames" -> keywords(value, where + "/" + e.getKey());
        default -> { }
      }
    });
  }
}
