package org.explainer.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Templates read records through the view wrapper as through Freemarker's default wrapper, and can call
 * no method. (Public, like the views, so that its records are wrapped as records.)
 */
public class ViewWrapperTest {
  public record Link(String label, String href) {}

  public record Card(String title, String note, boolean draft, int count, Link link, List<Link> links, List<String> tags) {}

  private static final String TEMPLATE = """
      ${card.title} [${card.note!"no note"}] ${card.note???c} ${card.draft?c} ${card.count} ${card.link.label}=${card.link.href}
      <#list card.links as l>${l.label}<#sep>, </#list>; ${card.tags?join("/")}; ${card?has_content?c} ${card.links?size}
      ${card.nothing!"missing"} <#if card.draft>draft<#else>final</#if> <#if card.link??>linked</#if>""";

  private static String render(ObjectWrapper wrapper, Object card) throws Exception {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setObjectWrapper(wrapper);
    StringWriter out = new StringWriter();
    new Template("t", TEMPLATE, cfg).process(Map.of("card", card), out);
    return out.toString();
  }

  @Test
  void readsComponentsNestedRecordsListsAndNullsAsTheDefaultWrapperDoes() throws Exception {
    ObjectWrapper standard = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
    ObjectWrapper records = ViewWrapper.of(Configuration.VERSION_2_3_34);
    for (Card card : List.of(
        new Card("Summit <b>", null, true, 3, new Link("NATO", "../nato/"), List.of(new Link("a", "1"), new Link("b", "2")), List.of("x", "y")),
        new Card("", "a note", false, 0, new Link("", ""), List.of(), List.of()))) {
      String expected = render(standard, card);
      assertThat(render(records, card)).isEqualTo(expected);
    }
    assertThat(render(records, new Card("T", null, false, 1, new Link("L", "H"), List.of(), List.of("t"))))
        .isEqualTo("T [no note] false false 1 L=H\n; t; true 0\nmissing final linked");
  }

  @Test
  void aRecordShowsItsComponentsAndNoMethods() throws Exception {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setObjectWrapper(ViewWrapper.of(Configuration.VERSION_2_3_34));
    Link link = new Link("a", "b");
    for (String expression : List.of("link.hashCode()", "link.toString()", "link.getClass()", "link.class", "link.label()",
        "link.equals(link)", "link.toString", "link.hashCode")) {
      assertThatThrownBy(() -> new Template("t", "${" + expression + "}", cfg).process(Map.of("link", link), new StringWriter()))
          .as(expression).isInstanceOf(TemplateException.class);
    }
  }

  @Test
  void anOptionalReadsAsItsValueOrAsMissing() throws Exception {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setObjectWrapper(ViewWrapper.of(Configuration.VERSION_2_3_34));
    StringWriter out = new StringWriter();
    new Template("t", "${a!\"-\"} ${b!\"-\"} ${b???c}", cfg).process(Map.of("a", java.util.Optional.of("x"), "b", java.util.Optional.empty()), out);
    assertThat(out.toString()).isEqualTo("x - false");
  }

  @Test
  void aMissingComponentIsAnErrorAsBefore() {
    Card card = new Card("T", null, false, 1, null, List.of(), List.of());
    assertThatThrownBy(() -> render(ViewWrapper.of(Configuration.VERSION_2_3_34), card))
        .isInstanceOf(TemplateException.class).hasMessageContaining("card.link");
  }
}
