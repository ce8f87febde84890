package org.explainer.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void scriptJsonCannotCloseTheScriptElementNorEndALineOfScript() {
    String json = Json.script(List.of("</script><!-- & \u2028\u2029 \"q\" \\ \n é"));
    assertThat(json).isEqualTo("[\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \\\"q\\\" \\\\ \\n é\"]");
  }

  @Test
  void indentedJsonUsesTwoSpacesAndLineFeedsInMapOrder() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("b", 1);
    doc.put("a", List.of("x", "<y>"));
    doc.put("c", Map.of());
    assertThat(Json.indented(doc)).isEqualTo("{\n  \"b\" : 1,\n  \"a\" : [ \"x\", \"<y>\" ],\n  \"c\" : { }\n}");
  }

  @Test
  void searchRecordsCollapseWhiteSpaceAndKeepTheirKeyOrder() {
    SearchIndex index = SearchIndex.of(List.of(SearchIndex.Doc.of("Entry", "T", "../a/", "  one\n\ttwo   three ")), new SearchIndex.Shards(1, 1));
    assertThat(new String(index.shard("docs-0"), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
        "window.EXPLAINER_SEARCH_SHARD(\"docs-0\",{\"first\":0,\"docs\":[{\"k\":\"Entry\",\"t\":\"T\",\"u\":\"../a/\",\"x\":\"one two three\"}]});\n");
  }
}
