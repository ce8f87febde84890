package org.explainer.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.explainer.config.SiteConfig;
import org.explainer.content.Actor;
import org.explainer.content.Article;
import org.explainer.content.Claim;
import org.explainer.content.ContextSource;
import org.explainer.content.GlossaryTerm;
import org.explainer.content.Page;
import org.explainer.content.Position;
import org.explainer.content.TimelineEvent;
import org.junit.jupiter.api.Test;

/**
 * Threat: an address field of a content file (the licence's url, a source's outlet_url…) carries a
 * {@code javascript:} or {@code data:} address into every page. One rule decides for every field.
 */
class WebAddressTest {
  @Test
  void acceptsAbsoluteHttpAddressesWithAHost() {
    for (String url : List.of("https://example.org/", "http://example.org/a?b=c#d", "HTTPS://Example.org", "https://example.org/a%20b")) {
      assertThat(WebAddress.problem(url)).as(url).isEmpty();
    }
  }

  @Test
  void refusesEveryOtherSchemeAndAnythingThatIsNotAnAbsoluteAddress() {
    assertThat(WebAddress.problem("javascript:alert(1)")).contains("uses the 'javascript:' scheme, which is not allowed");
    assertThat(WebAddress.problem(" JavaScript:alert(1)")).contains("uses the 'javascript:' scheme, which is not allowed");
    assertThat(WebAddress.problem("data:text/html,<script>")).contains("uses the 'data:' scheme, which is not allowed");
    for (String url : List.of("vbscript:x", "file:///etc/passwd", "mailto:a@example.org", "ftp://example.org/")) {
      assertThat(WebAddress.problem(url)).as(url).get().asString().contains("scheme, which is not allowed");
    }
    assertThat(WebAddress.problem("example.org/note")).contains("is not an http(s) address");
    assertThat(WebAddress.problem("//example.org/")).contains("is not an http(s) address");
    assertThat(WebAddress.problem("https:///path")).contains("names no host");
    assertThat(WebAddress.problem("https://exa mple.org/")).get().asString().startsWith("is not a valid address");
  }

  @Test
  void linksInMarkdownMayAlsoWriteToSomeone() {
    assertThat(WebAddress.schemeProblem("mailto:desk@example.org", true)).isEmpty();
    assertThat(WebAddress.schemeProblem("mailto:desk@example.org", false)).isPresent();
    assertThat(WebAddress.schemeProblem("../x.md", true)).isEmpty();
    assertThat(WebAddress.schemeProblem("javascript:x", true)).isPresent();
  }

  /**
   * Every component of every content record whose name speaks of an address is read as one, so a new
   * field such as {@code homepage_url} is checked without anyone remembering to.
   */
  @Test
  void everyAddressFieldOfEveryContentRecordGoesThroughTheRule() {
    Set<String> sentences = Set.of("Article.Source.urlUnknown"); // says in words why there is no address
    List<String> addresses = new ArrayList<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(SiteConfig.class, Article.class, Actor.class, TimelineEvent.class, GlossaryTerm.class,
        Claim.class, ContextSource.class, Position.class, Page.class));
    Set<Class<?>> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!seen.add(type)) {
        continue;
      }
      for (RecordComponent c : type.getRecordComponents()) {
        Class<?> value = valueType(c);
        if (value.isRecord()) {
          todo.push(value);
        }
        String name = c.getName().toLowerCase(Locale.ROOT);
        String where = type.getName().replaceFirst(".*\\.", "").replace('$', '.') + "." + c.getName();
        if (value == String.class && (name.contains("url") || name.contains("link") || name.contains("href")) && !sentences.contains(where)) {
          assertThat(RecordReader.isWebAddress(c.getName())).as("%s is read as a web address", where).isTrue();
          addresses.add(where);
        }
      }
    }
    assertThat(addresses).contains("SiteConfig.baseUrl", "SiteConfig.Licence.url", "Article.Source.url", "Article.Source.outletUrl");
  }

  private static Class<?> valueType(RecordComponent c) {
    Type generic = c.getGenericType();
    if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> argument) {
      return argument;
    }
    return c.getType();
  }
}
