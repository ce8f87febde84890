package org.explainer.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Problems;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
  private final YamlReader reader = new YamlReader(10_000);
  private final Path file = Path.of("content/site.yaml");

  @Test
  void remembersLineAndColumnOfEveryValueShiftedByTheFirstLine() {
    YamlNode root = reader.read("title: Hello\nlist:\n  - one\n  - two\n", file, 2);
    var mapping = (YamlNode.Mapping) root;
    assertThat(mapping.entries().get("title").keyAt().line()).isEqualTo(2);
    assertThat(mapping.entries().get("title").value().at().column()).isEqualTo(8);
    var list = (YamlNode.Sequence) mapping.entries().get("list").value();
    assertThat(list.items().get(1).at().line()).isEqualTo(5);
    assertThat(list.items().get(1).at().column()).isEqualTo(5);
  }

  @Test
  void resolvesScalarTypes() {
    var m = (YamlNode.Mapping) reader.read("a: text\nb: 12\nc: true\nd:\ne: '12'\n", file, 1);
    assertThat(((YamlNode.Scalar) m.entries().get("a").value()).type()).isEqualTo(YamlNode.ScalarType.TEXT);
    assertThat(((YamlNode.Scalar) m.entries().get("b").value()).type()).isEqualTo(YamlNode.ScalarType.NUMBER);
    assertThat(((YamlNode.Scalar) m.entries().get("c").value()).type()).isEqualTo(YamlNode.ScalarType.TRUE);
    assertThat(((YamlNode.Scalar) m.entries().get("d").value()).type()).isEqualTo(YamlNode.ScalarType.NULL);
    assertThat(((YamlNode.Scalar) m.entries().get("e").value()).type()).isEqualTo(YamlNode.ScalarType.TEXT);
  }

  /** The line a value starting with '*' should be written as keeps its indentation, and a comment after it stays a comment. */
  @Test
  void aValueStartingWithAnAsteriskIsShownQuotedInItsLineAsItShouldBeWritten() {
    assertThatThrownBy(() -> reader.read("quotes:\n  - speaker: *ada # the founder\n", file, 1))
        .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.problems().get(0).fix())
            .isEqualTo("write the line as:   - speaker: \"*ada\" # the founder"));
  }

  @Test
  void rejectsDuplicateKeysNamingTheFirstLine() {
    assertThatThrownBy(() -> reader.read("title: a\nother: b\ntitle: c\n", file, 1))
        .isInstanceOf(ContentException.class)
        .satisfies(e -> assertThat(((ContentException) e).problems().get(0).format(Path.of("")))
            .isEqualTo("content/site.yaml:3:1: duplicate key 'title' (first written on line 1) — keep one of the two"));
  }

  @Test
  void reportsSyntaxErrorsWithTheirLine() {
    assertThatThrownBy(() -> reader.read("title: \"open\nnext: x\n", file, 2))
        .isInstanceOf(ContentException.class)
        .satisfies(e -> assertThat(((ContentException) e).problems().get(0).at().line()).isGreaterThanOrEqualTo(2));
  }

  @Test
  void rejectsTabsWithAFix() {
    assertThatThrownBy(() -> reader.read("title: a\n\tother: b\n", file, 1))
        .isInstanceOf(ContentException.class)
        .satisfies(e -> assertThat(((ContentException) e).problems().get(0).fix()).contains("spaces"));
  }

  @Test
  void refusesAnchorsAndAliases() {
    assertThatThrownBy(() -> reader.read("a: &x [1, 2]\nb: *x\n", file, 1))
        .isInstanceOf(ContentException.class)
        .hasMessageContaining("is not allowed in content files");
  }

  @Test
  void refusesAnAliasBombQuickly() {
    String bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
        + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n";
    long start = System.nanoTime();
    assertThatThrownBy(() -> reader.read(bomb, file, 1)).isInstanceOf(ContentException.class);
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }

  @Test
  void refusesVeryDeepNesting() {
    String deep = "a: " + "[".repeat(200) + "]".repeat(200) + "\n";
    assertThatThrownBy(() -> reader.read(deep, file, 1)).isInstanceOf(ContentException.class);
  }

  @Test
  void readsAnEmptyDocumentAsAnEmptyMapping() {
    assertThat(reader.read("", file, 1)).isInstanceOf(YamlNode.Mapping.class);
  }
  /** What reading {@code yaml} records besides the tree, formatted. */
  private List<String> notes(String yaml) {
    Problems problems = new Problems();
    reader.read(yaml, file, 1, problems);
    return problems.all().stream().map(p -> p.format(Path.of(""))).toList();
  }

  private static final String FIX = " — put the whole value in double quotes if the text belongs to it";
  private static final String NOTE = "; if it is a note, put it on a line of its own";

  /** YAML reads ' #' and what follows as a comment: an unquoted value cut there is an error at the '#', not a silent cut. */
  @Test
  void aCommentThatCutsAnUnquotedValueIsAnErrorAtItsHash() {
    assertThat(notes("headline: Kyiv's plan #2 for the summit\n")).containsExactly(
        "content/site.yaml:1:23: the text after ' #' is a YAML comment and is left out of 'headline', which reads “Kyiv's plan”"
            + FIX + " (headline: \"Kyiv's plan #2 for the summit\")" + NOTE);
    assertThat(notes("key_points:\n  - Some text # note\n")).containsExactly(
        "content/site.yaml:2:15: the text after ' #' is a YAML comment and is left out of an item of 'key_points', which reads “Some text”"
            + FIX + " (- \"Some text # note\")" + NOTE);
    assertThat(notes("tags: [alpha, beta #2\n  ]\n")).containsExactly(
        "content/site.yaml:1:20: the text after ' #' is a YAML comment and is left out of an item of 'tags', which reads “beta”" + FIX + NOTE);
    assertThat(notes("dek: one\n  two # three\n")).containsExactly(
        "content/site.yaml:2:7: the text after ' #' is a YAML comment and is left out of 'dek', which reads “one two”" + FIX + NOTE);
    assertThat(notes("headline: #StandWithUkraine rally\n")).containsExactly(
        "content/site.yaml:1:11: the text after ' #' is a YAML comment and is left out of 'headline', which is left empty"
            + FIX + " (headline: \"#StandWithUkraine rally\")" + NOTE);
    assertThat(notes("headline: Київ і план #2\n")).as("the column counts characters").containsExactly(
        "content/site.yaml:1:23: the text after ' #' is a YAML comment and is left out of 'headline', which reads “Київ і план”"
            + FIX + " (headline: \"Київ і план #2\")" + NOTE);
  }

  /** What YAML does not cut, or keeps whole whatever follows it, is never reported. */
  @Test
  void aHashThatCutsNothingIsNotReported() {
    assertThat(notes("headline: issue#2 and C#\n")).as("no space before the #").isEmpty();
    assertThat(notes("headline: \"Kyiv's plan #2\"\ndek: 'plan # 3'\n")).as("inside quotes").isEmpty();
    assertThat(notes("headline: \"Kyiv's plan\" # a note\ndek: 'plan' # another\n")).as("after a closing quote").isEmpty();
    assertThat(notes("dek: |\n  a # b\n  # c\nnote: >-\n  d # e\n")).as("in a block scalar").isEmpty();
    assertThat(notes("# a note\nheadline: x\nsource:\n  # another\n  outlet: y\nempty:\n  # a third\n")).as("whole-line comments").isEmpty();
    assertThat(notes("source: # the article\n  outlet: y\ntags: [alpha] # a note\n")).as("after a key whose value is below, or a list").isEmpty();
    assertThat(notes("order: 3 # third\ndraft: true # until it is ready\nnote: ~ # none\n")).as("after a number, true/false or null").isEmpty();
    assertThat(notes("dek: \"\" # to write\n")).as("after an empty quoted value").isEmpty();
  }

  /** A value cut by a comment is read as YAML reads it, and the error is not thrown: the file is still read (a draft stays a draft). */
  @Test
  void aCommentCuttingAValueLeavesTheDocumentReadable() {
    Problems problems = new Problems();
    var root = (YamlNode.Mapping) reader.read("headline: plan #2\ndraft: true\n", file, 1, problems);
    assertThat(((YamlNode.Scalar) root.entries().get("headline").value()).text()).isEqualTo("plan");
    assertThat(root.entries()).containsKey("draft");
    assertThat(problems.hasErrors()).isTrue();
    assertThatThrownBy(() -> reader.read("headline: plan #2\n", file, 1)).isInstanceOf(ContentException.class)
        .hasMessageContaining("is a YAML comment");
  }
}
