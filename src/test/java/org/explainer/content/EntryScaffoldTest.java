package org.explainer.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.explainer.TestSites;
import org.junit.jupiter.api.Test;

/**
 * {@code ./explainer new} writes an entry "with every field explained": every field the entry schema
 * knows (which {@code SchemaAgreementTest} holds to {@link Article}) has a line in the scaffold, set or
 * commented out, so a field added to entries is not left out of it in silence.
 */
class EntryScaffoldTest {
  @Test
  void theScaffoldNamesEveryFieldOfTheEntrySchema() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(TestSites.CONTENT.resolve("schema/article.schema.json").toFile());
    String scaffold = EntryScaffold.text("A headline", LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 2), null, null);
    List<String> missing = new ArrayList<>();
    missingFields(schema, schema, "", scaffold, missing);
    assertThat(missing).as("fields of content/schema/article.schema.json the scaffold does not name").isEmpty();
  }

  private static void missingFields(JsonNode node, JsonNode schema, String prefix, String scaffold, List<String> missing) {
    if (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        return; // the ids of another file (ids.schema.json): a value, not fields
      }
      missingFields(schema.at(ref.substring(1)), schema, prefix, scaffold, missing);
      return;
    }
    if (node.has("items")) {
      missingFields(node.get("items"), schema, prefix, scaffold, missing);
    }
    node.path("properties").fields().forEachRemaining(field -> {
      // a line of its own, as a key, written out or commented: "  # note: …", "  - id: …"
      Pattern line = Pattern.compile("(?m)^\\s*(# )?(- )?" + Pattern.quote(field.getKey()) + ":");
      if (!line.matcher(scaffold).find()) {
        missing.add(prefix + field.getKey());
      }
      missingFields(field.getValue(), schema, prefix + field.getKey() + ".", scaffold, missing);
    });
  }
}
