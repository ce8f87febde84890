package org.explainer.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.explainer.diagnostic.Problem;
import org.explainer.diagnostic.Problems;
import org.junit.jupiter.api.Test;

class FieldsTest {
  private final Path file = Path.of("x.yaml");

  private List<String> problems(String yaml, java.util.function.Consumer<Fields> read) {
    Problems problems = new Problems();
    Fields f = Fields.of(new YamlReader(10_000).read(yaml, file, 1), "the thing", problems);
    read.accept(f);
    f.finish();
    return problems.sorted().stream().map(p -> p.format(Path.of(""))).toList();
  }

  @Test
  void reportsUnknownFieldsWithDidYouMean() {
    assertThat(problems("headlin: x\n", f -> f.optionalText("headline")))
        .containsExactly("x.yaml:1:1: unknown field 'headlin' in the thing — did you mean 'headline'? known fields: headline");
  }

  @Test
  void reportsMissingRequiredFieldsAtTheMapping() {
    assertThat(problems("other: x\n", f -> {
      f.text("title");
      f.text("other");
    })).containsExactly("x.yaml:1:1: the thing is missing the required field 'title' — add a line 'title: …'");
  }

  @Test
  void aValueWithAProblemGetsNoSecondOneButTwoChecksOfItBothShow() {
    assertThat(problems("outlet:\n", f -> {
      f.optionalText("outlet");
      f.error("outlet", "no outlet", "add one");
    })).containsExactly("x.yaml:1:8: 'outlet' is empty — give it a value or remove the line");
    assertThat(problems("tags: [a, a, b, b]\n", f -> {
      f.textList("tags", true);
      f.error("tags", "'a' twice", "one");
      f.error("tags", "'b' twice", "one");
    })).containsExactly("x.yaml:1:7: 'a' twice — one", "x.yaml:1:7: 'b' twice — one");
  }

  @Test
  void reportsEmptyValues() {
    assertThat(problems("title:\n", f -> f.text("title")))
        .containsExactly("x.yaml:1:7: 'title' is empty — give it a value");
  }

  @Test
  void reportsWrongTypesQuotingTheValue() {
    assertThat(problems("draft: maybe\n", f -> f.flag("draft", false)))
        .containsExactly("x.yaml:1:8: 'draft' should be true or false, not 'maybe' — write 'draft: true' or 'draft: false'");
    assertThat(problems("tags: alpha\n", f -> f.refList("tags", true)))
        .containsExactly("x.yaml:1:7: 'tags' should be a list, not text — write each item on its own line starting with '- '");
  }

  /** YAML 1.1's words for true and false, as Jackson's parser reads them: "draft: yes" keeps an entry a draft. */
  @Test
  void readsYesOnNoAndOffAsFlags() {
    for (String yes : List.of("true", "True", "yes", "Yes", "on", "ON")) {
      Problems problems = new Problems();
      Fields f = Fields.of(new YamlReader(10_000).read("draft: " + yes + "\n", file, 1), "the thing", problems);
      assertThat(f.flag("draft", false)).as(yes).isTrue();
      assertThat(problems.all()).as(yes).isEmpty();
    }
    for (String no : List.of("false", "no", "No", "off")) {
      Problems problems = new Problems();
      Fields f = Fields.of(new YamlReader(10_000).read("draft: " + no + "\n", file, 1), "the thing", problems);
      assertThat(f.flag("draft", true)).as(no).isFalse();
      assertThat(problems.all()).as(no).isEmpty();
    }
    assertThat(problems("draft: y\n", f -> f.flag("draft", false)))
        .containsExactly("x.yaml:1:8: 'draft' should be true or false, not 'y' — write 'draft: true' or 'draft: false'");
  }

  /** A list item with ": " in it is a key and a value to YAML: the fix is the quotes, not "write it on one line". */
  @Test
  void aTextWithAColonInItIsToldToTakeQuotes() {
    assertThat(problems("key_points:\n  - A plain point\n  - Note: he argues that the allies agree\n", f -> f.textList("key_points", true)))
        .containsExactly("x.yaml:3:5: 'key_points' should be text, but the ': ' in it makes YAML read a key and a value"
            + " — put the whole text in double quotes: \"Note: he argues that the allies agree\"");
  }

  @Test
  void readsASingleTextAsAListOfOne() {
    Problems problems = new Problems();
    Fields f = Fields.of(new YamlReader(10_000).read("context: Common knowledge\n", file, 1), "x", problems);
    assertThat(f.textList("context", false)).containsExactly("Common knowledge");
    f.finish();
    assertThat(problems.sorted()).isEmpty();
  }

  @Test
  void refusesInvalidIdsSuggestingOne() {
    assertThat(problems("id: Ada Lovelace\n", f -> f.id("id")))
        .containsExactly("x.yaml:1:5: 'id' is 'Ada Lovelace', which is not a valid id — ids use lowercase letters, digits and single hyphens, e.g. 'ada-lovelace'");
  }

  @Test
  void keepsTheLocationOfEachReference() {
    Problems problems = new Problems();
    Fields f = Fields.of(new YamlReader(10_000).read("tags:\n  - a\n  - b\n", file, 1), "x", problems);
    List<Ref> refs = f.refList("tags", true);
    assertThat(refs).extracting(Ref::id).containsExactly("a", "b");
    assertThat(refs.get(1).at().line()).isEqualTo(3);
    assertThat(problems.sorted()).extracting(Problem::message).isEmpty();
  }
}
