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
}
