package org.explainer.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.explainer.TestSites;
import org.explainer.build.BuildOptions;
import org.explainer.build.Pipeline;
import org.explainer.content.Actor;
import org.explainer.content.Article;
import org.explainer.content.GlossaryTerm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the page types of the real site give search, in both languages: a result shows a record's
 * readable text, never its list of spellings, and a record that names an actor is found by every
 * spelling of the actor's name.
 */
class SearchDocumentsTest {
  @TempDir static Path tmp;
  private static Sites sites;

  @BeforeAll
  static void preview() {
    sites = new Pipeline(new BuildOptions(TestSites.CONTENT, TestSites.TEMPLATES, tmp.resolve("site"), false)).preview().state().site();
  }

  @Test
  void anActorResultShowsItsDescriptionAndIsFoundByItsRoleAndEverySpelling() {
    int withVariants = 0;
    for (Site site : sites.languages()) {
      for (Actor actor : site.library().actors()) {
        SearchIndex.Doc doc = only(site, ActorPage.at(actor.id()));
        assertThat(doc.excerpt().x()).as("%s in %s", actor.id(), site.language())
            .isEqualTo(SearchIndex.Doc.of("", "", "", actor.description().orElse(actor.role())).excerpt().x());
        assertThat(words(doc)).as("%s in %s", actor.id(), site.language())
            .containsAll(SearchText.words(actor.role())).containsAll(SearchText.words(ActorPage.spellings(site, actor.id())));
        if (!actor.variants().isEmpty()) {
          withVariants++;
          assertThat(doc.excerpt().x()).doesNotContain(String.join(" ", actor.variants()));
        }
      }
    }
    assertThat(withVariants).as("actors with variants, in both languages").isGreaterThanOrEqualTo(10);
  }

  @Test
  void aGlossaryResultShowsItsDefinitionAndIsFoundByItsVariants() {
    int withVariants = 0;
    for (Site site : sites.languages()) {
      for (GlossaryTerm term : site.library().glossary()) {
        SearchIndex.Doc doc = only(site, GlossaryPage.PATH + "#" + term.id());
        assertThat(doc.x()).as("%s in %s", term.id(), site.language()).isEqualTo(site.markdown().glossary().get(term.id()).text());
        assertThat(words(doc)).containsAll(SearchText.words(String.join(" ", term.variants())));
        withVariants += term.variants().isEmpty() ? 0 : 1;
      }
    }
    assertThat(withVariants).isGreaterThanOrEqualTo(10);
  }

  /** Every spelling of an actor is among the words of each entry naming it: "sybiga" finds every entry that names Sybiha, in both languages. */
  @Test
  void anEntryIsFoundByEverySpellingOfTheActorsItNames() {
    int pairs = 0;
    for (Site site : sites.languages()) {
      for (Article article : site.library().articles()) {
        SearchIndex.Doc doc = only(site, EntryPage.at(article.slug()));
        for (Article.Involved involved : article.actors()) {
          Actor actor = site.actor(involved.actor().id());
          assertThat(words(doc)).as("%s naming %s in %s", article.slug(), actor.id(), site.language())
              .containsAll(SearchText.words(ActorPage.spellings(site, actor.id())));
          pairs++;
        }
      }
      List<String> naming = site.library().articles().stream().filter(a -> a.actors().stream().anyMatch(i -> i.actor().id().equals("sybiha")))
          .map(a -> EntryPage.at(a.slug())).toList();
      assertThat(naming).hasSizeGreaterThanOrEqualTo(3);
      for (String url : naming) {
        assertThat(words(only(site, url))).as("%s in %s", url, site.language()).contains("sybiga", "sybiha");
      }
    }
    assertThat(pairs).isGreaterThan(10);
  }

  /**
   * A reader of the translation may type a name or a term as the original writes it: "zelensky" finds
   * Zelensky's page and the entries and events naming him in Ukrainian too, and "article" the term
   * «Стаття 5» (QA).
   */
  @Test
  void theTranslationIsFoundByTheOriginalsSpellingsToo() {
    Site uk = sites.languages().stream().filter(s -> s.edition().isTranslation()).findFirst().orElseThrow();
    assertThat(words(only(uk, ActorPage.at("sybiha")))).contains("sybiha", "sybiga", "andrii");
    List<String> naming = docs(uk).stream().filter(d -> words(d).contains("zelensky")).map(SearchIndex.Doc::u).toList();
    assertThat(naming).as("Ukrainian documents found by 'zelensky'").contains(ActorPage.at("zelensky"))
        .anyMatch(u -> u.startsWith("articles/")).anyMatch(u -> u.startsWith(TimelinePage.PATH));
    assertThat(words(only(uk, GlossaryPage.PATH + "#article-5"))).contains("article", "5");
    for (Site site : sites.languages()) {
      if (!site.edition().isTranslation()) {
        // the original's own words only: no other language's spellings
        assertThat(docs(site).stream().flatMap(d -> words(d).stream())).noneMatch(w -> w.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC));
      }
    }
  }

  private static Set<String> words(SearchIndex.Doc doc) {
    return Set.copyOf(SearchText.words(doc.t() + " " + SearchIndexTest.text(doc)));
  }

  /** The one document of {@code site} at {@code url} (relative to the site's root). */
  private static SearchIndex.Doc only(Site site, String url) {
    List<SearchIndex.Doc> at = docs(site).stream().filter(d -> d.u().equals(url)).toList();
    assertThat(at).as("the search documents at %s in %s", url, site.language()).hasSize(1);
    return at.get(0);
  }

  private static List<SearchIndex.Doc> docs(Site site) {
    List<SearchIndex.Doc> out = new ArrayList<>();
    for (SitePage<?> page : site.pages()) {
      out.addAll(search(page, site));
    }
    return out;
  }

  private static <T> List<SearchIndex.Doc> search(SitePage<T> page, Site site) {
    return page.type().search(page.subject(), site);
  }
}
