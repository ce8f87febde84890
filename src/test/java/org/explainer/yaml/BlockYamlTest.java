package org.explainer.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.explainer.bench.SyntheticCorpus;
import org.explainer.content.FrontMatter;
import org.explainer.diagnostic.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link BlockYaml} against the library it stands in front of: whatever it reads, it reads into the
 * same tree as Jackson and SnakeYAML, locations and scalar types included, and it leaves everything
 * else to them.
 */
class BlockYamlTest {
  private static final Path FILE = Path.of("content/articles/2024-01-01-entry.md");
  private final YamlReader library = new YamlReader(1_000_000);

  private static YamlNode fast(String text) {
    return BlockYaml.read(text, FILE, 2, YamlReader.MAX_SCALAR);
  }

  /** Asserts that the fast reader reads {@code text} and that the library reads the same tree. */
  private void assertReadAsTheLibraryDoes(String text) {
    YamlNode fast = fast(text);
    assertThat(fast).as("read without the library:%n%s", text).isNotNull();
    assertThat(fast).as("the same tree as the library's for:%n%s", text).isEqualTo(library.readWithLibrary(text, FILE, 2));
  }

  /**
   * Compares the two readers on {@code text}: when the fast one reads it, the library must read it
   * too, into the same tree. Returns whether the fast reader read it.
   */
  private boolean agrees(String text) {
    YamlNode fast = fast(text);
    if (fast == null) {
      return false;
    }
    YamlNode expected;
    try {
      expected = library.readWithLibrary(text, FILE, 2);
    } catch (ContentException e) {
      fail("read without the library, but the library reports %s for:%n%s", e.getMessage(), text);
      return true;
    }
    assertThat(fast).as("the same tree as the library's for:%n%s", text).isEqualTo(expected);
    return true;
  }

  @Test
  void readsFrontMatterIntoTheLibrarysTreeWithItsLocations() {
    String text = """
        # a comment
        headline: "Sybiha: an invitation would be no escalation"
        source:
          outlet: "NewsX"
          note: "No date, 3–4 December; ‘quoted’ # not a comment"
        published:
          date: "2024-11-30"
          precision: approximate
        actors:
          - id: sybiha
            stance: invite-now

          - id: nato-allies
            stance: no-consensus
        quotes:
        - speaker: sybiha
          text: ""
        tags:
          - invitation
          - 00302-jansen-wrote
        nav: About the site
        order: 9
        home: true
        draft: false
        """;
    assertReadAsTheLibraryDoes(text);
    YamlNode.Mapping root = (YamlNode.Mapping) fast(text);
    assertThat(root.at().line()).isEqualTo(3);
    YamlNode.Sequence actors = (YamlNode.Sequence) root.entries().get("actors").value();
    assertThat(actors.at().column()).isEqualTo(3);
    assertThat(actors.items().get(1).at().line()).isEqualTo(14);
    assertThat(actors.items().get(1).at().column()).isEqualTo(5);
    assertThat(((YamlNode.Scalar) root.entries().get("order").value()).type()).isEqualTo(YamlNode.ScalarType.NUMBER);
    assertThat(((YamlNode.Scalar) root.entries().get("home").value()).type()).isEqualTo(YamlNode.ScalarType.BOOLEAN);
  }

  @Test
  void readsAnEmptyDocumentAsTheLibraryDoes() {
    assertReadAsTheLibraryDoes("");
    assertReadAsTheLibraryDoes("\n  \n# only a comment\n");
  }

  @Test
  void readsEveryYamlFileOfTheProjectsContentButTheFlowListsOfClaims() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("content"))) {
      files = walk.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(8);
    for (Path file : files) {
      String yaml = yamlOf(file);
      if (file.endsWith("claims.yaml")) {
        assertThat(fast(yaml)).as("claims.yaml uses flow lists, left to the library").isNull();
        assertThat(library.read(yaml, FILE, 2)).isEqualTo(library.readWithLibrary(yaml, FILE, 2));
      } else {
        assertReadAsTheLibraryDoes(yaml);
      }
    }
  }

  @Test
  void readsEveryYamlFileOfTheBenchmarksSyntheticCorpus(@TempDir Path dir) throws IOException {
    new SyntheticCorpus(40, SyntheticCorpus.DEFAULT_SEED).writeContent(dir.resolve("content"));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir.resolve("content"))) {
      files = walk.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(40);
    for (Path file : files) {
      assertReadAsTheLibraryDoes(yamlOf(file));
    }
  }

  private static String yamlOf(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return file.toString().endsWith(".md") ? FrontMatter.split(text, file).yaml() : text;
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "a: b\n\tc: d\n", // a tab
    "a: b\r\nc: d\r\n", // a carriage return
    "a: b\nc: d\na: e\n", // a duplicate key, reported by YamlReader with both lines
    "a: &x b\n", "a: *x\n", "a: !!str b\n", // anchors, aliases, tags
    "a: |\n  text\n", "a: >\n  text\n", // block scalars
    "a: [b, c]\n", "a: {b: c}\n", // flow collections
    "a: 'single'\n", "a: \"back\\\\slash\"\n", "a: \"in \"\" side\"\n", // other quoting
    "a: \"two\n  lines\"\n", "a: two\n  lines\n", "a: \"unclosed\n", // values over two lines
    "a: b # comment\n", "a: \"b\" # comment\n", "a: b  c\n", "a: b:c\n", "a: b.c\n", // other plain text
    "---\na: b\n", "a: b\n...\n", "%YAML 1.2\n---\na: b\n", // markers and directives
    "a:\n", "a:\nb: c\n", "a: ~\n", // empty values
    "a: yes\n", "a: No\n", "a: NULL\n", "a: True\n", "a: off\n", "a: n\n", // booleans and nulls but true/false
    "a: 0x1f\n", "a: 1e5\n", "a: 2024-01-30\n", "a: 007\n", "a: -1\n", "a: 1234567890\n", "a: 1-face\n", // numbers, dates
    "a: \"\uD83D\uDE00\"\n", "a: \"\uFEFF\"\n", "a: \"\u0085\"\n", // a surrogate pair, a byte-order mark, NEL
    "? a\n: b\n", "\"a\": b\n", "a b: c\n", "a:b\n", "1a: b\n", // other keys
    "- - a\n", "-\n  a: b\n", "a\n", "a:\n  - b\n   - c\n", "a:\n    b: c\n  d: e\n", // other structures
    "a: b\n c: d\n", "  a: b\nc: d\n" // indentation the library decides on
  })
  void leavesEverythingElseToTheLibrary(String text) {
    assertThat(fast(text)).as("left to the library:%n%s", text).isNull();
  }

  @Test
  void leavesValuesOverTheLengthLimitAndDeepNestingToTheLibrary() {
    assertThat(BlockYaml.read("a: \"" + "x".repeat(11) + "\"\n", FILE, 2, 10)).isNull();
    assertThat(BlockYaml.read("a: \"" + "x".repeat(10) + "\"\n", FILE, 2, 10)).isNotNull();
    assertThat(fast("k" + "x".repeat(1_000) + ": b\n")).isNull();
    StringBuilder deep = new StringBuilder();
    for (int level = 0; level <= YamlReader.MAX_DEPTH; level++) {
      deep.append("  ".repeat(level)).append("a:\n");
    }
    deep.append("  ".repeat(YamlReader.MAX_DEPTH + 1)).append("b: c\n");
    assertThat(fast(deep.toString())).isNull();
  }

  /**
   * Every plain scalar of up to three characters from an alphabet that reaches SnakeYAML's numbers,
   * timestamps, booleans and nulls: the fast reader gives each one it reads the library's type.
   */
  @Test
  void givesEveryShortPlainScalarTheLibrarysType() {
    String alphabet = "019aefnostxyFNOTY- ";
    int read = 0;
    List<String> values = new ArrayList<>(List.of("true", "false", "True", "yes", "Yes", "NO", "null", "Null", "on", "OFF",
        "face", "1-face", "1-fog", "12e5", "0x1f", "0b1", "0o7", "1_000", "123456789", "1234567890", "2024-01-30",
        "2024-1-3t1", "00302-jansen", "2024 summit", "12 monkeys", "inf", "nan"));
    for (char a : alphabet.toCharArray()) {
      values.add("" + a);
      for (char b : alphabet.toCharArray()) {
        values.add("" + a + b);
        for (char c : alphabet.toCharArray()) {
          values.add("" + a + b + c);
        }
      }
    }
    for (String value : values) {
      if (agrees("key: " + value + "\n")) {
        read++;
      }
    }
    assertThat(read).as("plain scalars read without the library").isGreaterThan(1_000);
  }

  /**
   * Random documents built from the shapes front matter takes, with values in and out of what the fast
   * reader handles and random damage: whatever it reads, it reads as the library does.
   */
  @Test
  void readsRandomDocumentsAsTheLibraryDoes() {
    Random random = new Random(20_261_122L);
    int read = 0;
    int left = 0;
    for (int i = 0; i < 6_000; i++) {
      StringBuilder text = new StringBuilder();
      mapping(text, random.nextInt(3) == 0 ? 0 : random.nextInt(3), 0, random);
      String doc = i % 3 == 0 ? damage(text.toString(), random) : text.toString();
      if (agrees(doc)) {
        read++;
      } else {
        left++;
      }
    }
    assertThat(read).as("documents read without the library").isGreaterThan(1_500);
    assertThat(left).as("documents left to the library").isGreaterThan(1_500);
  }

  private static final String[] KEYS = {"id", "name", "a", "b_c", "x-y", "Tag", "k9", "note", "yes", "on", "When", "z", "key-2", "_x"};
  /** Values the fast reader reads. */
  private static final String[] PLAIN = {
    "\"text\"", "\"\"", "\"a: b # c\"", "\"’ – é\"", "invite-now", "About", "Two words", "9", "0", "123456789",
    "true", "false", "00302-jansen", "2024 summit", "face-1", "x"
  };
  /** Values it leaves to the library. */
  private static final String[] OTHER = {
    "yes", "No", "null", "~", "1e5", "0x1f", "2024-01-30", "1234567890", "007", "-1", "'single'",
    "\"esc\\\"aped\"", "[a, b]", "{a: 1}", "&x a", "*x", "a #c", "\"a\" #c", "12:30", ".inf", "a  b", "1-face", "\"unclosed"
  };

  private static String value(Random random) {
    return random.nextInt(40) == 0 ? OTHER[random.nextInt(OTHER.length)] : PLAIN[random.nextInt(PLAIN.length)];
  }

  private static void mapping(StringBuilder out, int indent, int depth, Random random) {
    int keys = 1 + random.nextInt(4);
    for (int k = 0; k < keys; k++) {
      filler(out, random);
      String key = KEYS[random.nextInt(KEYS.length)];
      out.append(" ".repeat(indent)).append(key).append(':');
      int shape = depth >= 3 ? 0 : random.nextInt(6);
      if (shape <= 2) {
        out.append(' ').append(value(random)).append(random.nextInt(8) == 0 ? "  " : "").append('\n');
      } else if (shape == 3) {
        out.append('\n');
        mapping(out, indent + 1 + random.nextInt(3), depth + 1, random);
      } else {
        out.append('\n');
        sequence(out, random.nextBoolean() ? indent : indent + 2, depth + 1, random);
      }
    }
  }

  private static void sequence(StringBuilder out, int indent, int depth, Random random) {
    int items = 1 + random.nextInt(3);
    for (int i = 0; i < items; i++) {
      filler(out, random);
      if (depth >= 3 || random.nextBoolean()) {
        out.append(" ".repeat(indent)).append("- ").append(value(random)).append('\n');
      } else {
        StringBuilder item = new StringBuilder();
        mapping(item, indent + 2, depth + 1, random);
        int first = 0;
        while (item.substring(first, item.indexOf("\n", first)).isBlank() || item.substring(first).stripLeading().startsWith("#")) {
          first = item.indexOf("\n", first) + 1;
        }
        item.replace(first, first + indent + 2, " ".repeat(indent) + "- ");
        out.append(item);
      }
    }
  }

  private static void filler(StringBuilder out, Random random) {
    int kind = random.nextInt(12);
    if (kind == 0) {
      out.append('\n');
    } else if (kind == 1) {
      out.append(" ".repeat(random.nextInt(6))).append("# note: - \"x\"\n");
    }
  }

  private static String damage(String text, Random random) {
    char[] chars = text.toCharArray();
    String swaps = " :-\"#\t'\nabz9";
    for (int n = 1 + random.nextInt(2); n > 0; n--) {
      chars[random.nextInt(chars.length)] = swaps.charAt(random.nextInt(swaps.length()));
    }
    return new String(chars);
  }
}
