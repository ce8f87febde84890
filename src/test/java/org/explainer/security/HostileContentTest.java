package org.explainer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.explainer.TestSites;
import org.explainer.build.BuildOptions;
import org.explainer.build.Pipeline;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Threat: an entry from an untrusted pull request tries to run code in readers' browsers or in the
 * generator. Everything it writes must come out as inert text.
 */
class HostileContentTest {
  @TempDir Path tmp;

  @Test
  void markupScriptsAndTemplateCodeInContentArePrintedAsText() throws Exception {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Path entry = o.content().resolve("articles/board-reply.md");
    String hostile = Files.readString(entry)
        .replace("headline: \"The board replies\"", "headline: \"<script>alert(1)</script> ${7*7} <#assign x = 'pwned'>\"")
        .replace("dek: \"The board answers Ada.\"", "dek: \"\\\" onmouseover=\\\"alert(1) ${\\\"freemarker.template.utility.Execute\\\"?new()(\\\"id\\\")}\"")
        .replace("The board answered", "<script>alert(2)</script><img src=x onerror=alert(3)> <a href=\"javascript:alert(4)\">x</a> ${7*7} <#list 1..3 as i>${i}</#list>\n\nThe board ${7*7} <img src=x onerror=alert(5)> answered");
    Files.writeString(entry, hostile);
    new Pipeline(o).build();
    Map<String, byte[]> site = TestSites.files(o.output());
    String page = new String(site.get("articles/board-reply/index.html"), StandardCharsets.UTF_8);
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; ${7*7} &lt;#assign x = &#39;pwned&#39;&gt;")
        .doesNotContain("pwned'>");
    // ${7*7} stays as written: 49 appears nowhere a reader sees (asset names are hashes, which may hold "49")
    assertThat(Jsoup.parse(page).text()).doesNotContainPattern("\\b49\\b");
    assertThat(page).contains("&lt;#list 1..3 as i&gt;${i}&lt;/#list&gt;").contains("<a href=\"../first-note/index.html#_background\">");
    site.forEach((path, bytes) -> {
      if (path.endsWith(".html")) {
        var doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
        assertThat(doc.select("script:not([type=application/ld+json])").stream().map(e -> e.attr("src")))
            .as(path + ": only the site's own scripts, by relative URL").allMatch(src -> !src.contains(":") && !src.startsWith("/"));
        assertThat(doc.select("img, iframe, object, embed")).as(path).isEmpty();
        doc.getAllElements().forEach(el -> el.attributes().forEach(a -> {
          assertThat(a.getKey().toLowerCase(Locale.ROOT)).as(path + " " + el.tagName()).doesNotStartWith("on");
          assertThat(a.getValue().strip().toLowerCase(Locale.ROOT)).as(path + " " + el.tagName()).doesNotStartWith("javascript:");
        }));
      }
    });
  }

  @Test
  void templatesCannotInstantiateClassesOrReachTheApi() throws Exception {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Path page = o.templates().resolve("page.ftlh");
    Files.writeString(page, Files.readString(page).replace("<h1>${page.title}</h1>",
        "<h1>${page.title}</h1><#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"));
    var problems = org.assertj.core.api.Assertions.catchThrowableOfType(
        org.explainer.diagnostic.ContentException.class, () -> new Pipeline(o).check());
    assertThat(problems).isNotNull();
    assertThat(problems.problems().get(0).message()).contains("template error").containsIgnoringCase("instantiat");

    Files.writeString(page, Files.readString(page).replace("<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
        "${page.title?api.getClass()}"));
    var api = org.assertj.core.api.Assertions.catchThrowableOfType(
        org.explainer.diagnostic.ContentException.class, () -> new Pipeline(o).check());
    assertThat(api).isNotNull();
    assertThat(api.problems().get(0).message()).contains("template error");
  }
}
