package org.explainer.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problems;
import org.junit.jupiter.api.Test;

/** Records read from located YAML by their components' names and types. */
class RecordReaderTest {
  private static final Path FILE = Path.of("/site/content/x.yaml");

  enum Colour { RED, GREEN }

  @Yaml.What("a part")
  record Part(Ref owner, String note, Location at) {}

  record Entry(
      String id,
      String headline,
      Optional<String> subtitle,
      boolean draft,
      @Yaml(fallback = 7) int order,
      @Yaml(required = true) List<LocatedText> keyPoints,
      List<String> variants,
      List<Part> parts,
      Optional<Part> extra,
      Colour colour,
      @Yaml(key = "when") Optional<LocalDate> day,
      Location headlineAt,
      Path file) implements Yaml.Checked {
    @Override
    public boolean check(Fields f) {
      if (headline.equals("drop me")) {
        f.error("headline", "dropped", "keep it");
        return false;
      }
      return true;
    }
  }

  private static Entry read(String yaml, Problems problems) {
    YamlNode node = new YamlReader(1 << 20).read(yaml, FILE, 1);
    return RecordReader.read(Fields.of(node, "the entry", problems), Entry.class, Map.of("file", FILE));
  }

  @Test
  void readsEachComponentFromTheKeyOfItsNameInSnakeCase() {
    Problems problems = new Problems();
    Entry e = read("""
        id: first-one
        headline: "A headline"
        subtitle: "A subtitle"
        key_points: ["one", "two"]
        variants: single
        parts:
          - owner: ada
            note: "hers"
        colour: green
        when: "2024-12-03"
        """, problems);
    assertThat(problems.sorted()).isEmpty();
    assertThat(e.id()).isEqualTo("first-one");
    assertThat(e.subtitle()).contains("A subtitle");
    assertThat(e.draft()).isFalse();
    assertThat(e.order()).isEqualTo(7);
    assertThat(e.keyPoints()).extracting(LocatedText::text).containsExactly("one", "two");
    assertThat(e.keyPoints().get(1).at()).isEqualTo(new Location(FILE, 4, 21));
    assertThat(e.variants()).containsExactly("single");
    assertThat(e.parts()).singleElement().satisfies(p -> {
      assertThat(p.owner()).isEqualTo(new Ref("ada", new Location(FILE, 7, 12)));
      assertThat(p.at()).isEqualTo(new Location(FILE, 7, 5));
    });
    assertThat(e.extra()).isEmpty();
    assertThat(e.colour()).isEqualTo(Colour.GREEN);
    assertThat(e.day()).contains(LocalDate.of(2024, 12, 3));
    assertThat(e.headlineAt()).isEqualTo(new Location(FILE, 2, 11));
    assertThat(e.file()).isEqualTo(FILE);
  }

  @Test
  void reportsEveryProblemOfAMappingAtOnceAndLeavesOutWhatCannotBeMade() {
    Problems problems = new Problems();
    Entry e = read("""
        id: Not An Id
        headline: ""
        subtitle: ""
        draft: maybe
        order: many
        parts:
          - note: "no owner"
        colour: blue
        when: "yesterday"
        hedline: "typo"
        """, problems);
    assertThat(e).isNull();
    assertThat(problems.sorted()).extracting(p -> p.at().line() + ": " + p.message()).containsExactly(
        "1: the entry is missing the required field 'key_points'",
        "1: 'id' is 'Not An Id', which is not a valid id",
        "2: 'headline' is empty",
        "3: 'subtitle' is empty",
        "4: 'draft' should be true or false, not 'maybe'",
        "5: 'order' should be a whole number, not 'many'",
        "7: a part is missing the required field 'owner'",
        "8: unknown colour 'blue'",
        "9: 'yesterday' is not a date",
        "10: unknown field 'hedline' in the entry");
  }

  @Test
  void aCheckedRecordMayLeaveItselfOut() {
    Problems problems = new Problems();
    assertThat(read("id: x\nheadline: \"drop me\"\nkey_points: [a]\ncolour: red\n", problems)).isNull();
    assertThat(problems.sorted()).extracting(p -> p.message()).containsExactly("dropped");
  }

  @Test
  void componentNamesBecomeSnakeCaseKeys() {
    assertThat(RecordReader.snakeCase("keyPoints")).isEqualTo("key_points");
    assertThat(RecordReader.snakeCase("outletUrl")).isEqualTo("outlet_url");
    assertThat(RecordReader.snakeCase("urlUnknown2")).isEqualTo("url_unknown2");
    assertThat(RecordReader.snakeCase("a1B")).isEqualTo("a1_b");
    assertThat(RecordReader.snakeCase("id")).isEqualTo("id");
    assertThat(RecordReader.snakeCase("ABc")).isEqualTo("abc");
  }
}
