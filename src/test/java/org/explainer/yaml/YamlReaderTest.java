package org.explainer.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.explainer.diagnostic.ContentException;
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
}
