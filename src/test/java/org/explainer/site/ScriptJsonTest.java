package org.explainer.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The streamed script JSON is the very text the site used to make with an ObjectMapper, three
 * replacements and {@code getBytes}: the search data's file name is a hash of those bytes.
 */
class ScriptJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final char[] ALPHABET = {'a', 'Z', ' ', '<', '>', '&', '"', '\\', '/', '\'', '\n', '\t', '\u0000', '\u0001',
      '\u001F', '\u007F', '\u0085', 'é', '\u00A0', '\u2028', '\u2029', '“', '\uFFFD', '\uD83D', '\uDE00', '\uDBFF', '\uDFFF'};

  /** What StructuredData.write and SearchIndex.script did before streaming. */
  private static String reference(Object value) throws Exception {
    return MAPPER.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  private static String randomText(Random random, int max) {
    char[] text = new char[random.nextInt(max)];
    for (int i = 0; i < text.length; i++) {
      text[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(text);
  }

  @Test
  void writesMapsListsStringsNumbersAndNullsAsTheObjectMapperDid() throws Exception {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("@context", "https://schema.org");
    value.put("name", "Tom & Jerry <b>\"quoted\"</b> \u2028 \uD83D\uDE00 \uD83D alone");
    value.put("position", 3);
    value.put("none", null);
    value.put("list", List.of("a", Map.of("k", "v"), List.of()));
    value.put("empty", new LinkedHashMap<>());
    assertThat(ScriptJson.write(value)).isEqualTo(reference(value));
    Random random = new Random(11);
    for (int run = 0; run < 5_000; run++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put(randomText(random, 4) + run, randomText(random, 40));
      m.put("n", List.of(randomText(random, 10), random.nextInt(), random.nextBoolean()));
      m.put(randomText(random, 6), random.nextInt(3) == 0 ? null : Map.of(randomText(random, 5), List.of()));
      assertThat(ScriptJson.write(m)).isEqualTo(reference(m));
    }
  }

  /** A random JSON value: maps, lists (empty ones too), strings, integers, booleans and nulls, nested. */
  private static Object randomValue(Random random, int depth) {
    int kind = depth > 3 ? 2 + random.nextInt(4) : random.nextInt(6);
    switch (kind) {
      case 0 -> {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          map.put(randomText(random, 8), randomValue(random, depth + 1));
        }
        return map;
      }
      case 1 -> {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          list.add(randomValue(random, depth + 1));
        }
        return list;
      }
      case 2 -> {
        return randomText(random, 30);
      }
      case 3 -> {
        return random.nextInt();
      }
      case 4 -> {
        return random.nextBoolean();
      }
      default -> {
        return null;
      }
    }
  }

  @Test
  void indentsAsTheObjectMappersPrettyPrinterDid() throws Exception {
    Random random = new Random(17);
    for (int run = 0; run < 3_000; run++) {
      Object value = randomValue(random, 0);
      assertThat(ScriptJson.indented(value)).as("run %d", run)
          .isEqualTo(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value).replace(System.lineSeparator(), "\n"));
    }
  }

  @Test
  void theSearchScriptIsTheBytesTheObjectMapperVersionGave() throws Exception {
    Random random = new Random(3);
    for (int run = 0; run < 300; run++) {
      SearchIndex index = new SearchIndex();
      List<Map<String, String>> docs = new ArrayList<>();
      int count = random.nextInt(5);
      for (int i = 0; i < count; i++) {
        // long texts cross the generator's buffer, so surrogate pairs get split between writes
        String title = random.nextInt(10) == 0 ? null : randomText(random, 20);
        String href = "../articles/" + randomText(random, 6) + "/";
        String text = randomText(random, random.nextBoolean() ? 30 : 20_000);
        index.add("Entry", title, href, text);
        Map<String, String> doc = new LinkedHashMap<>();
        doc.put("k", "Entry");
        doc.put("t", title);
        doc.put("u", href);
        doc.put("x", text.replaceAll("\\s+", " ").strip());
        docs.add(doc);
      }
      byte[] expected = ("window.EXPLAINER_SEARCH=" + reference(docs) + ";\n").getBytes(StandardCharsets.UTF_8);
      byte[] script = index.script();
      assertThat(Arrays.equals(script, expected)).as("run %d", run).isTrue();
      assertThat(index.scriptBytes()).as("the size counted beforehand, run %d", run).isEqualTo(script.length);
    }
  }

  @Test
  void theUtf8SinkEncodesLikeGetBytesWhereverTheWritesSplitTheText() {
    Random random = new Random(5);
    for (int run = 0; run < 5_000; run++) {
      String text = randomText(random, 30);
      Utf8Writer out = Utf8Writer.scriptSafe(1);
      int at = 0;
      while (at < text.length()) {
        int len = 1 + random.nextInt(text.length() - at);
        out.write(text.toCharArray(), at, len);
        at += len;
      }
      String escaped = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
      assertThat(out.toByteArray()).as("%s", text.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(escaped.getBytes(StandardCharsets.UTF_8));
    }
  }
}
