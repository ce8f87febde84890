package org.explainer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlobalPostProcessorTest {
  private static final String[] PIECES = {"word", " ", "\n", "\n\n", "# ", "> ", "- ", "  - ", "1. ", "*", "**", "`x`", "[a](b)",
      "[^1]", "[^1]: note\n", "| a |\n|---|\n| b |\n", "    code\n", "> - quoted list\n"};

  @Test
  void walksEveryNodeInDocumentOrder() {
    Parser parser = Parser.builder(MarkdownRenderer.options()).build();
    RandomDocuments.each(11, 2_000, PIECES, 25, markdown -> {
      Document document = parser.parse(markdown);
      List<Node> walked = new ArrayList<>();
      for (Node node = document.getFirstChild(); node != null; node = GlobalPostProcessor.next(node, document)) {
        walked.add(node);
      }
      List<Node> expected = new ArrayList<>();
      document.getDescendants().forEach(expected::add);
      assertThat(walked).as("%s", markdown).containsExactlyElementsOf(expected);
    });
  }

  @Test
  void staysInsideTheNodeItStartsFrom() {
    Document document = Parser.builder(MarkdownRenderer.options()).build().parse("> *a* b\n\nafter\n");
    Node quote = document.getFirstChild();
    List<String> walked = new ArrayList<>();
    for (Node node = quote.getFirstChild(); node != null; node = GlobalPostProcessor.next(node, quote)) {
      walked.add(node.getNodeName());
    }
    assertThat(walked).containsExactly("Paragraph", "Emphasis", "Text", "Text");
  }
}
